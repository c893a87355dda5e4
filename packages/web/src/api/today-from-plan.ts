import type { PlanDocument, Today } from '@speedwork/server/api-types';

/** Today's sessions and the next one, worked out from a plan the phone already has (offline). */
export function todayFromPlan(plan: Pick<PlanDocument, 'sessions'>, date: string): Today {
  const sessions = plan.sessions.filter((s) => s.date === date);
  const next = plan.sessions.find((s) => s.date > date) ?? null;
  return { date, sessions, next };
}
