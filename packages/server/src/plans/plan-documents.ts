/**
 * Plan documents as the API serves them: the plan JSON of SPEC section 3, each session with its id and
 * its log. Stored rows hold the JSON; this file puts them back together.
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

export function sessionDocument(row: SessionRow): SessionDocument {
  const session = JSON.parse(row.session_json) as Session;
  return {
    id: row.id,
    planId: row.plan_id,
    ...session,
    log: row.log_json === null ? null : (JSON.parse(row.log_json) as LogDocument),
  };
}

export function planDocument(
  id: string,
  createdAt: string,
  planJson: string,
  sessions: SessionRow[],
): PlanDocument {
  const plan = JSON.parse(planJson) as Omit<Plan, 'sessions'>;
  return { id, createdAt, ...plan, sessions: sessions.map(sessionDocument) };
}
