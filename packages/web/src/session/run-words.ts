/**
 * The running parts of a session in short words for cards and the session view: a block of reps with what
 * it is run at, strides, run–walk, the effort on the 1–10 scale and the distance in the runner's units.
 * Core's prescription words give the long forms; these are the glanceable ones.
 */
import { durationWords, formatDistance } from '@speedwork/core';
import type { Intensity, Interval, RunWalk, Units } from '@speedwork/core';
import type { SessionDocument } from '@speedwork/server/api-types';
import { formatRest } from '../units/pace-display.js';

/** What each intensity is called after "at": "at threshold", "at marathon pace". */
export const INTENSITY_NAME: Record<Intensity, string> = {
  easy: 'easy',
  marathon: 'marathon pace',
  threshold: 'threshold',
  interval: 'interval pace',
  repetition: 'repetition pace',
  'race-pace': 'race pace',
  'top-speed': 'flat out',
  'time-trial': 'time trial',
  race: 'race',
};

/**
 * One rep's length: track-length reps in metres, anything from 2 km up in the runner's units, durations
 * as a coach says them.
 * @example repLength({ repeat: 5, distanceM: 1000, intensity: 'interval' }, 'mi') // "1000 m"
 */
export function repLength(interval: Pick<Interval, 'distanceM' | 'durationS'>, units: Units): string {
  const { distanceM, durationS } = interval;
  if (distanceM !== undefined)
    return distanceM < 2000 && distanceM % 100 === 0 ? `${distanceM} m` : formatDistance(distanceM, units);
  return durationWords(durationS ?? 0);
}

/**
 * A block in a few words: "5 × 1000 m at interval pace", "10 km easy", "20 min at threshold".
 */
export function blockSummary(interval: Interval, units: Units): string {
  const reps = interval.repeat > 1 ? `${interval.repeat} × ` : '';
  const how =
    interval.intensity === 'easy' || interval.intensity === 'top-speed'
      ? INTENSITY_NAME[interval.intensity]
      : `at ${INTENSITY_NAME[interval.intensity]}`;
  return `${reps}${repLength(interval, units)} ${how}`;
}

/** The blocks that are the work of the session: everything but easy running. */
export function workBlocks(session: Pick<SessionDocument, 'intervals'>): Interval[] {
  return (session.intervals ?? []).filter((i) => i.intensity !== 'easy');
}

/** "run 2 min, walk 1 min". */
export function runWalkText(runWalk: RunWalk): string {
  return `run ${formatRest(runWalk.runS)}, walk ${formatRest(runWalk.walkS)}`;
}

/**
 * The effort a session is meant to take, on the 1–10 scale the log uses.
 * @example effortText([7, 8]) // "effort 7–8 of 10"
 */
export function effortText(targetRpe: readonly [number, number] | undefined): string | undefined {
  if (!targetRpe) return undefined;
  const [min, max] = targetRpe;
  return `effort ${min === max ? min : `${min}–${max}`} of 10`;
}

/** The whole session's distance in the runner's units, when the plan gives it. */
export function plannedDistanceText(
  session: Pick<SessionDocument, 'type' | 'plannedDistanceM'>,
  units: Units,
): string | undefined {
  if (session.type === 'strength' || session.plannedDistanceM === undefined) return undefined;
  if (session.plannedDistanceM <= 0) return undefined;
  return formatDistance(session.plannedDistanceM, units);
}
