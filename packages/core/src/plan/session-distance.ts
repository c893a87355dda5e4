/**
 * How far and how long a run is, from its parts: warm-up, every block of reps with its recoveries, strides
 * and cool-down. One function for the builders, the weekly volume and the rule checker, so the plan's
 * `plannedDistanceM` and the week's `runningDistanceM` can never disagree.
 */
import type { TrainingPaces } from '../paces/training-paces.js';
import type { Interval, Session } from './plan-types.js';

type RunParts = Pick<Session, 'warmup' | 'cooldown' | 'intervals' | 'strides'>;

/** Jogs and recoveries are run at the slow end of easy pace. */
export function jogSPerKm(paces: TrainingPaces): number {
  return paces.easySPerKm[1];
}

/** The middle of the easy range: how long easy and long runs take. */
export function easyMidSPerKm(paces: TrainingPaces): number {
  return Math.round((paces.easySPerKm[0] + paces.easySPerKm[1]) / 2);
}

const STRIDE_WALK_BACK_S = 60;
const STRETCHING_S = 480;
const DRILLS_S = 360;

/** Metres of one block's reps (not its recoveries). */
export function blockRepsM(interval: Interval): number {
  if (interval.distanceM !== undefined) return interval.repeat * interval.distanceM;
  const sPerKm = interval.targetSPerKm ?? 0;
  return sPerKm > 0 && interval.durationS !== undefined
    ? (interval.repeat * interval.durationS * 1000) / sPerKm
    : 0;
}

function blockRecoveryM(interval: Interval, paces: TrainingPaces): number {
  const recovery = interval.recovery;
  if (!recovery || interval.repeat < 2) return 0;
  // A jog down the hill covers the ground the rep climbed.
  if (recovery.type === 'jog-down') return blockRepsM(interval) * ((interval.repeat - 1) / interval.repeat);
  if (recovery.type === 'walk') return 0;
  return ((interval.repeat - 1) * recovery.durationS * 1000) / jogSPerKm(paces);
}

function blockS(interval: Interval, paces: TrainingPaces): number {
  const repS =
    interval.durationS !== undefined
      ? interval.repeat * interval.durationS
      : (blockRepsM(interval) * (interval.targetSPerKm ?? easyMidSPerKm(paces))) / 1000;
  const recoveryS =
    interval.recovery && interval.repeat > 1 ? (interval.repeat - 1) * interval.recovery.durationS : 0;
  return repS + recoveryS;
}

/** Every metre of a run: warm-up, reps, recoveries, strides, cool-down. */
export function runDistanceM(session: RunParts, paces: TrainingPaces): number {
  const blocks = (session.intervals ?? []).reduce(
    (sum, interval) => sum + blockRepsM(interval) + blockRecoveryM(interval, paces),
    0,
  );
  const strides = session.strides
    ? (session.strides.repeat * session.strides.durationS * 1000) / paces.repetitionSPerKm
    : 0;
  return (session.warmup?.jogM ?? 0) + blocks + strides + (session.cooldown?.jogM ?? 0);
}

/** Every second of a run, stretching, drills and the walk back after each stride included. */
function runDurationS(session: RunParts, paces: TrainingPaces): number {
  const jogM = (session.warmup?.jogM ?? 0) + (session.cooldown?.jogM ?? 0);
  const warmupS = (session.warmup?.stretching ? STRETCHING_S : 0) + (session.warmup?.drills ? DRILLS_S : 0);
  const blocks = (session.intervals ?? []).reduce((sum, interval) => sum + blockS(interval, paces), 0);
  const strides = session.strides
    ? session.strides.repeat * (session.strides.durationS + STRIDE_WALK_BACK_S)
    : 0;
  return (jogM * jogSPerKm(paces)) / 1000 + warmupS + blocks + strides;
}

/** Sets `plannedDistanceM` and `plannedDurationS` from the run's parts (whole metres and seconds). */
export function withPlannedTotals<
  T extends RunParts & { plannedDurationS: number; plannedDistanceM?: number },
>(session: T, paces: TrainingPaces): T {
  session.plannedDistanceM = Math.round(runDistanceM(session, paces));
  session.plannedDurationS = Math.round(runDurationS(session, paces));
  return session;
}
