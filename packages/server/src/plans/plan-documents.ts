/**
 * Plan documents as the API serves them: the plan JSON of SPEC section 3, each session with its id and
 * its log. Stored rows hold JSON text; the documents are spliced together from that text without parsing
 * it, so a year-long plan with every log is served at the cost of copying strings.
 */
import type { Plan, Session } from '@speedwork/core';
import type { LogDocument } from '../logs/log-body.js';
import type { SessionRow } from './plans.repository.js';

export type SessionDocument = Session & { id: string; planId: string; log: LogDocument | null };
export type PlanDocument = Omit<Plan, 'sessions'> & {
  id: string;
  createdAt: string;
  sessions: SessionDocument[];
};

/** The members of a stored JSON object, without its braces. */
function members(objectJson: string): string {
  const inner = objectJson.trim().slice(1, -1).trim();
  return inner === '' ? '' : `${inner},`;
}

/** `{ id, planId, ...session, log }` as JSON text. */
export function sessionJson(row: SessionRow): string {
  return `{"id":${JSON.stringify(row.id)},"planId":${JSON.stringify(row.plan_id)},${members(row.session_json)}"log":${row.log_json ?? 'null'}}`;
}

export function sessionDocument(row: SessionRow): SessionDocument {
  return JSON.parse(sessionJson(row)) as SessionDocument;
}

/** `{ id, createdAt, ...plan, sessions }` as JSON text, from the plan's stored JSON and its sessions' array text. */
export function planJson(
  id: string,
  createdAt: string,
  storedPlanJson: string,
  sessionsJson: string,
): string {
  return `{"id":${JSON.stringify(id)},"createdAt":${JSON.stringify(createdAt)},${members(storedPlanJson)}"sessions":${sessionsJson}}`;
}

export function planDocument(
  id: string,
  createdAt: string,
  storedPlanJson: string,
  sessions: readonly SessionRow[],
): PlanDocument {
  return JSON.parse(
    planJson(id, createdAt, storedPlanJson, `[${sessions.map(sessionJson).join(',')}]`),
  ) as PlanDocument;
}
