/**
 * Plan documents as the API serves them: the plan JSON of SPEC section 3, each session with its id and
 * its log. Stored rows hold JSON text; the documents are spliced together from that text without parsing
 * it, so a year-long plan with every log is served at the cost of copying strings.
 */
import type { Plan, Session } from '@speedwork/core';
import type { LogDocument } from '../logs/log-body.js';
import type { SessionRow } from './plans.repository.js';

/**
 * A served session: `id` is the API's id of the session (a UUID, for `/api/sessions/:id`), `key` the plan's
 * own id of it (`2026-12-15-track`, what core's changes name), both stable across revisions.
 */
export type SessionDocument = Session & { id: string; key: string; planId: string; log: LogDocument | null };
export type PlanDocument = Omit<Plan, 'sessions'> & {
  id: string;
  createdAt: string;
  /** The plan's revision: 1 when built, one more with every adaptation, re-plan or move. */
  revision: number;
  sessions: SessionDocument[];
};

/** The members of a stored JSON object, without its braces. */
function members(objectJson: string): string {
  const inner = objectJson.trim().slice(1, -1).trim();
  return inner === '' ? '' : `${inner},`;
}

/** `{ id, key, planId, ...session, log }` as JSON text, as `PlansRepository.sessionsJsonOfPlan` splices it. */
export function sessionJson(row: SessionRow): string {
  const key = row.session_key ?? '';
  return `{"id":${JSON.stringify(row.id)},"key":${JSON.stringify(key)},"planId":${JSON.stringify(row.plan_id)},${members(row.session_json)}"log":${row.log_json ?? 'null'}}`;
}

export function sessionDocument(row: SessionRow): SessionDocument {
  return JSON.parse(sessionJson(row)) as SessionDocument;
}

/** `{ id, createdAt, revision, ...plan, sessions }` as JSON text, from the stored plan and its sessions' array text. */
export function planJson(
  plan: { id: string; created_at: string; revision: number; plan_json: string },
  sessionsJson: string,
): string {
  return `{"id":${JSON.stringify(plan.id)},"createdAt":${JSON.stringify(plan.created_at)},"revision":${plan.revision},${members(plan.plan_json)}"sessions":${sessionsJson}}`;
}
