/**
 * The runner's VDOT today, from the evidence in date order (R-ADA-2, R-ADA-3, R-ADA-4): races and time trials
 * (the most recent counts; a jump of more than +5 or -2 is capped until a second result confirms it), a trend
 * of fast quality sessions (+1), and a gap of two or more missed weeks (-1, or -2 after more than four) until a
 * fast quality session or a result says otherwise. Starts from the plan's own race, so it is the same on
 * every revision of a plan.
 */
import { vdotFromRace } from '../paces/vdot.js';
import type { Plan } from '../plan/plan-types.js';
import { distanceLabel } from '../race/distances.js';
import { formatClock } from '../race/race-time.js';
import type { RaceEntry } from './adapt-types.js';
import { dayOf, shortDate } from './adapt-dates.js';
import { roundVdot } from './session-pacing.js';
import { becauseWords, type SessionOutcome } from './session-outcome.js';

export const MAX_RISE_PER_RESULT = 5;
export const MAX_FALL_PER_RESULT = 2;
/** R-ADA-4: fast sessions needed, and the plan weeks they must spread over, for +1 VDOT. */
export const FAST_SESSIONS_FOR_RAISE = 3;
export const FAST_WEEKS_FOR_RAISE = 3;
const MIN_VDOT = 20;
const MAX_VDOT = 85;

export interface TrainingGap {
  /** First and last plan week missed. */
  fromWeek: number;
  toWeek: number;
  /** The day after the gap's last week: when the runner comes back. */
  returnDay: number;
  /** VDOT points the paces drop. */
  penalty: number;
}

export interface Fitness {
  /** One decimal. */
  vdot: number;
  /** The plan's own starting VDOT. */
  baseline: number;
  /** Why the VDOT is what it is, one sentence per step, oldest first. */
  reasons: string[];
}

type Evidence =
  | { day: number; order: number; kind: 'race'; race: RaceEntry }
  | { day: number; order: number; kind: 'fast'; outcome: SessionOutcome }
  | { day: number; order: number; kind: 'gap'; gap: TrainingGap };

function clampVdot(vdot: number): number {
  return roundVdot(Math.min(MAX_VDOT, Math.max(MIN_VDOT, vdot)));
}

function raceWords(race: RaceEntry): string {
  const what = race.kind === 'race' ? 'race' : 'time trial';
  return `your ${formatClock(race.timeS)} ${distanceLabel(race.distanceM)} ${what} on ${shortDate(race.date)}`;
}

/** Races and time trials on or before today, oldest first; ties broken by the entry itself so order never matters. */
export function racesUpTo(races: readonly RaceEntry[], todayDay: number): RaceEntry[] {
  return races
    .filter((r) => dayOf(r.date) <= todayDay && r.distanceM > 0 && r.timeS > 0)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        a.distanceM - b.distanceM ||
        a.timeS - b.timeS ||
        a.kind.localeCompare(b.kind),
    );
}

/**
 * Today's VDOT and the reasons for it.
 * @example currentFitness(plan, [{ date: '2027-01-09', distanceM: 5000, timeS: 1440, kind: 'time-trial' }], [], undefined, today).vdot // 40.2
 */
export function currentFitness(
  plan: Plan,
  races: readonly RaceEntry[],
  outcomes: readonly SessionOutcome[],
  gap: TrainingGap | undefined,
  todayDay: number,
): Fitness {
  const baseline = roundVdot(vdotFromRace(plan.profile.recent.distanceM, plan.profile.recent.timeS));
  const evidence: Evidence[] = [];
  for (const race of racesUpTo(races, todayDay))
    evidence.push({ day: dayOf(race.date), order: 2, kind: 'race', race });
  for (const outcome of outcomes)
    if (outcome.fast) evidence.push({ day: outcome.day, order: 0, kind: 'fast', outcome });
  if (gap) evidence.push({ day: gap.returnDay, order: 1, kind: 'gap', gap });
  // Stable sort: same-day evidence keeps sessions before a gap before races.
  evidence.sort((a, b) => a.day - b.day || a.order - b.order);

  let vdot = baseline;
  let capped: 'up' | 'down' | undefined;
  let penalty = 0;
  let fast: SessionOutcome[] = [];
  const reasons: string[] = [];
  for (const item of evidence) {
    switch (item.kind) {
      case 'race': {
        const measured = clampVdot(vdotFromRace(item.race.distanceM, item.race.timeS));
        const rise = measured - vdot;
        const words = raceWords(item.race);
        if (rise > MAX_RISE_PER_RESULT && capped !== 'up') {
          vdot = clampVdot(vdot + MAX_RISE_PER_RESULT);
          capped = 'up';
          reasons.push(
            `${words} rates you at VDOT ${measured}; one result moves paces at most ${MAX_RISE_PER_RESULT} points, so VDOT ${vdot} until a second result confirms it`,
          );
        } else if (-rise > MAX_FALL_PER_RESULT && capped !== 'down') {
          vdot = clampVdot(vdot - MAX_FALL_PER_RESULT);
          capped = 'down';
          reasons.push(
            `${words} rates you at VDOT ${measured}; one off day lowers paces at most ${MAX_FALL_PER_RESULT} points, so VDOT ${vdot} until a second result confirms it`,
          );
        } else {
          const confirmed = (capped === 'up' && rise > 0) || (capped === 'down' && rise < 0);
          vdot = measured;
          capped = undefined;
          reasons.push(
            `${words} rates you at VDOT ${measured}${confirmed ? ', confirming the earlier result' : ''}`,
          );
        }
        penalty = 0;
        fast = [];
        break;
      }
      case 'fast': {
        if (penalty > 0) {
          vdot = clampVdot(vdot + penalty);
          reasons.push(
            `${becauseWords(item.outcome, `your ${shortDate(item.outcome.session.date)} session`)}, so the paces you had before the break come back (VDOT ${vdot})`,
          );
          penalty = 0;
        }
        fast.push(item.outcome);
        const weeks = new Set(fast.map((o) => o.session.week));
        if (fast.length >= FAST_SESSIONS_FOR_RAISE && weeks.size >= FAST_WEEKS_FOR_RAISE) {
          vdot = clampVdot(vdot + 1);
          const dates = fast.map((o) => shortDate(o.session.date)).join(', ');
          reasons.push(
            `your reps were more than 5 % faster than their targets at a comfortable effort in ${fast.length} sessions over ${weeks.size} weeks (${dates}), so paces rise one VDOT point to ${vdot}`,
          );
          fast = [];
        }
        break;
      }
      case 'gap': {
        const weeks = item.gap.toWeek - item.gap.fromWeek + 1;
        penalty = item.gap.penalty;
        vdot = clampVdot(vdot - penalty);
        reasons.push(
          `you missed ${weeks} weeks in a row (weeks ${item.gap.fromWeek}–${item.gap.toWeek}), so paces come back ${penalty} VDOT point${penalty === 1 ? '' : 's'} lower, at ${vdot}, until a quality session or a time trial says otherwise`,
        );
        fast = [];
        break;
      }
    }
  }
  return { vdot, baseline, reasons };
}
