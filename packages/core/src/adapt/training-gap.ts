/**
 * Two or more plan weeks in a row without a run (R-ADA-3): the runner comes back at about 70 % of the last
 * full week they ran and rebuilds by at most 10 % a week, with paces one VDOT point lower (two after more
 * than four weeks).
 */
import type { Plan, Session } from '../plan/plan-types.js';
import type { TrainingGap } from './current-fitness.js';
import { isRun, type SessionOutcome } from './session-outcome.js';
import { dayOf } from './adapt-dates.js';

export const GAP_MIN_WEEKS = 2;
export const LONG_GAP_WEEKS = 4;
export const RESTART_SHARE = 0.7;
export const REBUILD_PER_WEEK = 1.1;

export interface GapRebuild extends TrainingGap {
  /** Running metres of the last full week run before the gap. */
  lastFullWeekM: number;
}

/** Every metre of a run: its planned distance, or warm-up, reps, recoveries and cool-down at easy pace. */
export function sessionDistanceM(session: Session, easySPerKm: number): number {
  if (!isRun(session)) return 0;
  if (session.plannedDistanceM !== undefined) return session.plannedDistanceM;
  let metres = (session.warmup?.jogM ?? 0) + (session.cooldown?.jogM ?? 0);
  for (const interval of session.intervals ?? []) {
    const pace = interval.targetSPerKm ?? easySPerKm;
    metres +=
      interval.repeat * (interval.distanceM ?? ((interval.durationS ?? 0) * 1000) / pace) +
      (interval.recovery ? ((interval.repeat - 1) * interval.recovery.durationS * 1000) / easySPerKm : 0);
  }
  return metres;
}

/**
 * The latest gap of two or more missed weeks among the weeks already behind the runner, or undefined.
 * A week is missed when it had sessions and none of them was done (strength counts as training too).
 */
export function findGap(
  plan: Plan,
  outcomes: readonly SessionOutcome[],
  todayDay: number,
): GapRebuild | undefined {
  const startDay = dayOf(plan.profile.start);
  const easySPerKm = plan.paces.paces.easySPerKm[1];
  const byWeek = new Map<number, SessionOutcome[]>();
  for (const o of outcomes) {
    if (o.session.type === 'race') continue;
    byWeek.set(o.session.week, [...(byWeek.get(o.session.week) ?? []), o]);
  }
  let gap: GapRebuild | undefined;
  let streakFrom: number | undefined;
  let lastFullWeekM: number | undefined;
  const lastWeek = Math.floor((todayDay - startDay) / 7) + 1;
  for (let week = 1; week <= Math.min(lastWeek, plan.profile.weeks); week++) {
    const weekEnd = startDay + week * 7 - 1;
    const runs = byWeek.get(week) ?? [];
    const planned = plan.sessions.filter((s) => s.week === week && s.type !== 'race');
    const resolved = runs.length === planned.length && runs.every((o) => o.outcome !== 'open');
    const missed = resolved && planned.length > 0 && runs.every((o) => !o.ran);
    if (missed) {
      streakFrom ??= week;
      const length = week - streakFrom + 1;
      if (length >= GAP_MIN_WEEKS) {
        gap = {
          fromWeek: streakFrom,
          toWeek: week,
          returnDay: weekEnd + 1,
          penalty: length > LONG_GAP_WEEKS ? 2 : 1,
          lastFullWeekM: lastFullWeekM ?? firstWeekM(plan, easySPerKm),
        };
      }
      continue;
    }
    streakFrom = undefined;
    if (planned.some(isRun) && weekEnd <= todayDay && runs.every((o) => o.ran)) {
      lastFullWeekM = planned.reduce((sum, s) => sum + sessionDistanceM(s, easySPerKm), 0);
    }
  }
  return gap;
}

function firstWeekM(plan: Plan, easySPerKm: number): number {
  return (
    plan.profile.current?.weeklyDistanceM ??
    plan.sessions
      .filter((s) => s.week === 1 && s.type !== 'race')
      .reduce((sum, s) => sum + sessionDistanceM(s, easySPerKm), 0)
  );
}

/** The most running a week may hold after the gap: 70 % of the last full week, then +10 % a week. */
export function rebuildCapM(gap: GapRebuild, week: number): number {
  return RESTART_SHARE * gap.lastFullWeekM * REBUILD_PER_WEEK ** Math.max(0, week - gap.toWeek - 1);
}
