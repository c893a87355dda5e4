/**
 * TEMPORARY stand-in for core's adaptation functions until they land in @speedwork/core (same signatures):
 * adaptPlan changes nothing, replanFrom keeps the past and takes the new plan's future, moveSession moves.
 */
import type { Plan } from '@speedwork/core';

export type LogStatus = 'done' | 'partly' | 'skipped' | 'pain' | 'ill';
export interface SessionLog {
  sessionId: string;
  status: LogStatus;
  rpe?: number;
  reps?: { timeS?: number; distanceM?: number }[];
}
export interface RaceEntry {
  date: string;
  distanceM: number;
  timeS: number;
  kind: 'race' | 'time-trial';
}
export interface PlanChange {
  sessionId: string;
  date: string;
  what: string;
  before: string;
  after: string;
  why: string;
}

export function adaptPlan(
  plan: Plan,
  _logs: SessionLog[],
  _races: RaceEntry[],
  _today: string,
): { plan: Plan; changes: PlanChange[] } {
  return { plan, changes: [] };
}

export function replanFrom(
  oldPlan: Plan,
  newPlan: Plan,
  today: string,
): { plan: Plan; changes: PlanChange[] } {
  const past = oldPlan.sessions.filter((s) => s.date <= today);
  const future = newPlan.sessions.filter((s) => s.date > today);
  return { plan: { ...newPlan, sessions: [...past, ...future] }, changes: [] };
}

export function moveSession(
  plan: Plan,
  sessionId: string,
  toDate: string,
  today: string,
): { ok: true; plan: Plan; changes: PlanChange[] } | { ok: false; rule: string; message: string } {
  const session = plan.sessions.find((s) => s.id === sessionId);
  if (!session || session.date <= today || toDate <= today)
    return { ok: false, rule: 'R-ADA-1', message: 'only sessions after today move, to a date after today' };
  const moved = { ...session, date: toDate };
  const sessions = plan.sessions
    .map((s) => (s.id === sessionId ? moved : s))
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    ok: true,
    plan: { ...plan, sessions },
    changes: [
      { sessionId, date: toDate, what: 'moved', before: session.date, after: toDate, why: 'You moved it.' },
    ],
  };
}
