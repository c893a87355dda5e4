/**
 * A plan as rows and back: the plan header (`plans.plan_json`) and one row per session, its own stable id
 * (`2026-12-15-track`) in `session_key` and the rest of it in `session_json`. A new revision of the plan is
 * written as the difference to the stored one: rows keep their ids (and so their logs) while their key
 * stays, and nothing on or before `today`, and nothing logged, is ever rewritten or removed (R-ADA-1).
 */
import { randomUUID } from 'node:crypto';
import type { Plan, Session } from '@speedwork/core';
import type { SessionsTable } from '../db/tables.js';

/** A stored session with its log, as adaptation reads it. */
export interface StoredSession {
  id: string;
  session_key: string | null;
  date: string;
  position: number;
  session_json: string;
  log_json: string | null;
}

/** The session's plan id: the stored key, else the one its JSON still carries, else date and type. */
export function keyOf(row: Pick<StoredSession, 'session_key' | 'session_json' | 'date'>): string {
  if (row.session_key !== null) return row.session_key;
  const { id, type } = JSON.parse(row.session_json) as { id?: unknown; type?: unknown };
  return typeof id === 'string' ? id : `${row.date}-${String(type)}`;
}

/** A core session as the columns that store it: its id apart, the rest as JSON. */
export function storedSession(session: Session): { session_key: string; date: string; session_json: string } {
  const { id, ...rest } = session;
  return { session_key: id, date: session.date, session_json: JSON.stringify(rest) };
}

/** The plan JSON without its sessions. */
export function planHeaderJson(plan: Plan): string {
  const { sessions: _sessions, ...header } = plan;
  return JSON.stringify(header);
}

/** Rows of a new plan, in plan order. */
export function sessionRows(planId: string, runnerId: string, plan: Plan): SessionsTable[] {
  return plan.sessions.map((session, position) => ({
    id: randomUUID(),
    plan_id: planId,
    runner_id: runnerId,
    position,
    ...storedSession(session),
  }));
}

/** The core plan the stored rows hold. */
export function corePlan(planJson: string, rows: readonly StoredSession[]): Plan {
  const header = JSON.parse(planJson) as Omit<Plan, 'sessions'>;
  const sessions = [...rows]
    .sort((a, b) => a.position - b.position)
    .map((row) => {
      // Parsed objects are fresh: set the id in place rather than copy every field of a year of sessions.
      const session = JSON.parse(row.session_json) as Session;
      session.id = keyOf(row);
      return session;
    });
  return { ...header, sessions };
}

export interface PlanDiff {
  /** The new header, when it changed. */
  planJson: string | undefined;
  /** Kept rows whose date, position or JSON changed. */
  updates: { id: string; date: string; position: number; session_json: string }[];
  inserts: SessionsTable[];
  /** Row ids to delete. */
  removed: string[];
  /** What the revision record keeps: the changed and new sessions (as core sessions) and the removed keys. */
  record: { plan?: unknown; sessions: Session[]; removed: string[] };
  /** Row id of every session key, old and new, to name sessions in changes. */
  rowIdOfKey: Map<string, string>;
}

/** The rows to write so the stored plan becomes `next`; empty when nothing changed. */
export function diffPlan(
  planId: string,
  runnerId: string,
  storedPlanJson: string,
  rows: readonly StoredSession[],
  next: Plan,
  today: string,
): PlanDiff {
  const oldByKey = new Map(rows.map((row) => [keyOf(row), row]));
  const frozen = (row: StoredSession) => row.date <= today || row.log_json !== null;
  const rowIdOfKey = new Map([...oldByKey].map(([key, row]) => [key, row.id]));
  // The new plan's sessions, plus any frozen session it left out (never dropped), in date order.
  const nextKeys = new Set(next.sessions.map((s) => s.id));
  const kept = [...oldByKey].filter(([key, row]) => !nextKeys.has(key) && frozen(row));
  type Entry = { key: string; session: Session | undefined; row: StoredSession | undefined; date: string };
  const entries: Entry[] = next.sessions.map((session) => ({
    key: session.id,
    session,
    row: oldByKey.get(session.id),
    date: session.date,
  }));
  for (const [key, row] of kept) entries.push({ key, session: undefined, row, date: row.date });
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const diff: PlanDiff = {
    planJson: undefined,
    updates: [],
    inserts: [],
    removed: [],
    record: { sessions: [], removed: [] },
    rowIdOfKey,
  };
  entries.forEach((entry, position) => {
    const { row, session } = entry;
    if (row && (frozen(row) || !session)) {
      if (row.position !== position)
        diff.updates.push({ id: row.id, date: row.date, position, session_json: row.session_json });
      return;
    }
    if (!session) return;
    const stored = storedSession(session);
    if (!row) {
      const id = randomUUID();
      rowIdOfKey.set(entry.key, id);
      diff.inserts.push({ id, plan_id: planId, runner_id: runnerId, position, ...stored });
      diff.record.sessions.push(session);
    } else if (
      row.session_json !== stored.session_json ||
      row.date !== stored.date ||
      row.position !== position
    ) {
      diff.updates.push({ id: row.id, date: stored.date, position, session_json: stored.session_json });
      if (row.session_json !== stored.session_json || row.date !== stored.date)
        diff.record.sessions.push(session);
    }
  });
  for (const [key, row] of oldByKey) {
    if (!nextKeys.has(key) && !frozen(row)) {
      diff.removed.push(row.id);
      diff.record.removed.push(key);
    }
  }
  const header = planHeaderJson(next);
  if (header !== storedPlanJson) {
    diff.planJson = header;
    diff.record.plan = JSON.parse(header) as unknown;
  }
  return diff;
}

/** True when the plan did not change (at most the order of equal sessions did): no revision to write. */
export function isEmpty(diff: PlanDiff): boolean {
  return (
    diff.planJson === undefined &&
    diff.record.sessions.length === 0 &&
    diff.inserts.length === 0 &&
    diff.removed.length === 0
  );
}
