/**
 * R-ADA-6: adaptation never breaks a rule of SPEC section 1 for the days ahead. Compares the rule violations
 * `checkPlanRules` finds before and after a change, keeping only the new ones that concern a date after
 * today (or no date at all): the past keeps whatever it was.
 */
import { checkPlanRules, type RuleViolation } from '../plan/check-plan-rules.js';
import type { Plan } from '../plan/plan-types.js';
import { parseDayNumber } from '../calendar/calendar-date.js';

const DATE = /\d{4}-\d{2}-\d{2}/g;

/**
 * A violation concerns the days ahead when it names a date after today, or a plan week that ends after
 * today, or neither (a rule of the whole plan).
 */
function concernsFuture(violation: RuleViolation, plan: Plan, todayDay: number): boolean {
  const dates = violation.message.match(DATE);
  if (dates) return dates.some((d) => (parseDayNumber(d) ?? Infinity) > todayDay);
  const weeks = [...violation.message.matchAll(/\bweeks? (\d+)(?:(?:–| and )(\d+))?/g)].flatMap((m) =>
    [m[1], m[2]].filter((w): w is string => w !== undefined).map(Number),
  );
  if (weeks.length === 0) return true;
  const startDay = parseDayNumber(plan.profile.start) ?? 0;
  return weeks.some((week) => startDay + week * 7 - 1 > todayDay);
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
 * Violations of `after` that `before` did not have and that concern a day after today. `before` is counted
 * only when `after` breaks a rule ahead at all, so a clean result costs one check.
 * @example newFutureViolations(plan, adapted, todayDay) // []
 */
export function newFutureViolations(
  before: Plan | ReadonlyMap<string, number>,
  after: Plan,
  todayDay: number,
): RuleViolation[] {
  const ahead = checkPlanRules(after).filter((v) => concernsFuture(v, after, todayDay));
  if (ahead.length === 0) return [];
  const counts = before instanceof Map ? before : violationCounts(before as Plan);
  const seen = new Map<string, number>();
  const fresh: RuleViolation[] = [];
  for (const v of ahead) {
    const k = key(v);
    const count = (seen.get(k) ?? 0) + 1;
    seen.set(k, count);
    if (count > (counts.get(k) ?? 0)) fresh.push(v);
  }
  return fresh;
}
