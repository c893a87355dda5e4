/**
 * Core's adaptation functions. TEMPORARY stand-ins for `replanFrom` and `moveSession` until they land in
 * @speedwork/core (same signatures): replanFrom keeps the past and takes the new plan's future, moveSession
 * moves without checking section 1.
 */
import type { Plan, PlanChange } from '@speedwork/core';

export { adaptPlan } from '@speedwork/core';
export type { LogStatus, PlanChange, RaceEntry, SessionLog } from '@speedwork/core';

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
