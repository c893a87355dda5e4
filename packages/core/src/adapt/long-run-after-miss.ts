/**
 * A missed long run (COACHING 7.2, Frandsen et al. 2025): the long runs ahead grow again from the longest run
 * the runner really did in the last 30 days, one R-LNG-1 step at a time, not from the one the plan expected.
 * A single run much longer than anything in the past month is where the injury risk of a long run lies.
 */
import { longRunStepCapM } from '../plan/rule-limits.js';
import { capitalize } from '../prescription/capitalize.js';
import type { Session } from '../plan/plan-types.js';
import { formatDistance } from '../units/pace-format.js';
import { addChange, replaceFuture, type AdaptDraft } from './adapt-draft.js';
import { dayOf, possessiveWhen } from './adapt-dates.js';
import type { SessionLog } from './adapt-types.js';
import type { SessionOutcome } from './session-outcome.js';
import { scaled } from './volume-rebuild.js';

/** How far back "what you really ran" looks (Frandsen et al. 2025 compare a run with the last 30 days). */
const LOOKBACK_DAYS = 30;

/**
 * Shortens the long runs ahead that would outgrow the longest run done in the last 30 days by more than one
 * step each, when the latest long run on or before today was missed.
 * @example capLongRunsAfterMiss(draft, outcomes) // after a skipped 16 km: 14.3 km from the 13 km done
 */
export function capLongRunsAfterMiss(draft: AdaptDraft, outcomes: readonly SessionOutcome[]): void {
  const lastLong = outcomes.filter((o) => o.session.type === 'long').at(-1);
  if (!lastLong || lastLong.outcome !== 'missed') return;
  const doneM = longestDoneM(draft, outcomes);
  // Nothing run at all: the gap rebuild and the illness rules decide (R-ADA-3, R-ADA-4).
  if (doneM <= 0) return;
  const units = draft.plan.profile.units;
  const why =
    `${capitalize(possessiveWhen(lastLong.session.date, draft.today))} long run was missed, so ` +
    `the long runs ahead grow again from the longest run you did in the last 30 days ` +
    `(${formatDistance(doneM, units)}), one step of at most 10 % at a time.`;
  let baseM = doneM;
  for (const session of draft.future.filter((s) => s.type === 'long')) {
    const capM = longRunStepCapM(baseM);
    const m = session.plannedDistanceM ?? 0;
    let kept: Session = session;
    if (m > capM + 1) {
      const shorter = scaled(session, capM / m, units);
      if (shorter.plannedDurationS < session.plannedDurationS) {
        kept = { ...shorter, why };
        replaceFuture(draft, kept);
        addChange(draft, session, 'volume', session.title, kept.title, why);
      }
    }
    baseM = Math.max(baseM, kept.plannedDistanceM ?? 0);
  }
}

/** The longest run of the last 30 days as logged (its distance, else the plan's when done in full). */
function longestDoneM(draft: AdaptDraft, outcomes: readonly SessionOutcome[]): number {
  let longestM = 0;
  for (const o of outcomes) {
    if (!o.ran || !o.log || o.day <= draft.todayDay - LOOKBACK_DAYS) continue;
    const loggedM = loggedDistanceM(o.log);
    const m = loggedM ?? (o.log.status === 'done' ? (o.session.plannedDistanceM ?? 0) : 0);
    longestM = Math.max(longestM, m);
  }
  // The runner's own longest run counts while the plan is younger than the look-back.
  const { profile } = draft.plan;
  if (draft.todayDay - dayOf(profile.start) < LOOKBACK_DAYS)
    longestM = Math.max(longestM, profile.current?.longestRunM ?? 0);
  return longestM;
}

/** The distance a log gives (the sum of its reps' distances), or undefined when any rep has none. */
function loggedDistanceM(log: SessionLog): number | undefined {
  const reps = log.reps ?? [];
  if (reps.length === 0 || reps.some((r) => r.distanceM === undefined)) return undefined;
  return reps.reduce((sum, r) => sum + (r.distanceM ?? 0), 0);
}
