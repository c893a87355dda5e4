/**
 * The tables, as Kysely sees them. Both dialects store the same columns: text ids (random UUIDs, so an id
 * says nothing about other runners), ISO timestamps as text, JSON documents as text. Keeping types this
 * plain is what lets one query layer and one migration history serve SQLite and PostgreSQL.
 */

export interface RunnersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: string;
}

export interface AuthSessionsTable {
  /** SHA-256 of the cookie value: a stolen database gives no working cookies. */
  token_hash: string;
  runner_id: string;
  created_at: string;
  expires_at: string;
}

export interface AccessTokensTable {
  id: string;
  runner_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** When the token stops working by itself; null: never (until revoked). */
  expires_at: string | null;
}

export interface ProfilesTable {
  runner_id: string;
  /** The profile as the runner gave it (API body shape), validated by core on every write. */
  input_json: string;
  updated_at: string;
}

export interface PlansTable {
  id: string;
  runner_id: string;
  created_at: string;
  /** 1 for the runner's current plan, 0 for the ones regeneration kept. */
  is_current: number;
  /** The plan JSON without its sessions (they have their own rows). */
  plan_json: string;
  /** Revisions of this plan: 1 when built, one more for every adaptation, re-plan or move. */
  revision: number;
  /** Changes to what the API serves for this plan (revisions and logs): the ETag. */
  version: number;
}

export interface SessionsTable {
  id: string;
  plan_id: string;
  runner_id: string;
  date: string;
  position: number;
  /** The plan's own id of the session (`2026-12-15-track`), stable across revisions. */
  session_key: string | null;
  /** The session JSON without its `id` (that is `session_key`). */
  session_json: string;
}

export interface LogsTable {
  session_id: string;
  runner_id: string;
  status: string;
  revision: number;
  log_json: string;
  updated_at: string;
}

export interface LogRevisionsTable {
  session_id: string;
  revision: number;
  runner_id: string;
  log_json: string;
  created_at: string;
}

export interface RacesTable {
  id: string;
  runner_id: string;
  date: string;
  distance: string;
  distance_m: number;
  time_s: number;
  kind: string;
  created_at: string;
  /** The session the race was logged from, if any. */
  session_id: string | null;
}

export interface PlanRevisionsTable {
  plan_id: string;
  number: number;
  runner_id: string;
  created_at: string;
  /** `generated`, `adapted`, `replanned` or `moved`. */
  reason: string;
  /** The changes as the API serves them (`PlanChangeDocument[]`). */
  changes_json: string;
  /** What the revision wrote: `{ plan?, sessions: [...], removed: [keys] }`; revision 1 holds every session. */
  diff_json: string;
}

export interface CalendarFeedsTable {
  runner_id: string;
  token_hash: string;
  created_at: string;
}

/** Attempts counted per key (`account:<email>`, `address:<ip>`, `device:<hash>`, `signup:<ip>`) in a window. */
export interface ThrottlesTable {
  key: string;
  /** Attempts counted since `window_start` (failures for sign-in keys, every attempt for sign-up). */
  failures: number;
  window_start: string;
  /** Attempts are refused until then; null when the key is not over its limit. */
  blocked_until: string | null;
}

/** Browsers that signed in to an account before (the `sw_device` cookie's hash): they pass its lock-out. */
export interface SignInDevicesTable {
  token_hash: string;
  runner_id: string;
  created_at: string;
}

export interface Database {
  runners: RunnersTable;
  auth_sessions: AuthSessionsTable;
  access_tokens: AccessTokensTable;
  profiles: ProfilesTable;
  plans: PlansTable;
  sessions: SessionsTable;
  logs: LogsTable;
  log_revisions: LogRevisionsTable;
  races: RacesTable;
  calendar_feeds: CalendarFeedsTable;
  plan_revisions: PlanRevisionsTable;
  throttles: ThrottlesTable;
  sign_in_devices: SignInDevicesTable;
}
