/**
 * R-ADA-6: adaptation never breaks a rule of SPEC section 1 for the days ahead. Compares the rule violations
 * `checkPlanRules` finds before and after a change, keeping only the new ones that concern a date after
 * today (or no date at all): the past keeps whatever it was.
 */
import { checkPlanRules, type RuleViolation } from '../plan/check-plan-rules.js';
import type { Plan } from '../plan/plan-types.js';
import { parseDayNumber } from '../calendar/calendar-date.js';

const DATE = /\d{4}-\d{2}-\d{2}/g;

function concernsFuture(violation: RuleViolation, todayDay: number): boolean {
  const dates = violation.message.match(DATE);
  if (!dates) return true;
  return dates.some((d) => (parseDayNumber(d) ?? Infinity) > todayDay);
}

function key(violation: RuleViolation): string {
  return `${violation.rule}\u0000${violation.message}`;
}

/** Plans are never changed in place, so the violations of one plan object are counted once. */
const countsByPlan = new WeakMap<Plan, ReadonlyMap<string, number>>();

/** The violations of `plan`, as counts by rule and message. */
export function violationCounts(plan: Plan): ReadonlyMap<string, number> {
  const cached = countsByPlan.get(plan);
  if (cached) return cached;
  const counts = new Map<string, number>();
  for (const v of checkPlanRules(plan)) counts.set(key(v), (counts.get(key(v)) ?? 0) + 1);
  countsByPlan.set(plan, counts);
  return counts;
}

/**
 * Violations of `after` that `before` did not have and that concern a day after today.
 * @example newFutureViolations(violationCounts(plan), adapted, todayDay) // []
 */
export function newFutureViolations(
  before: ReadonlyMap<string, number>,
  after: Plan,
  todayDay: number,
): RuleViolation[] {
  const seen = new Map<string, number>();
  const fresh: RuleViolation[] = [];
  for (const v of checkPlanRules(after)) {
    const k = key(v);
    const count = (seen.get(k) ?? 0) + 1;
    seen.set(k, count);
    if (count > (before.get(k) ?? 0) && concernsFuture(v, todayDay)) fresh.push(v);
  }
  return fresh;
}
