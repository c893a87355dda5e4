import { raceTimeSForVdot, velocityForOxygenCost } from './vdot.js';

/** Daniels' five training intensities for one runner, in seconds per kilometre. */
export interface TrainingPaces {
  /** Easy and long runs: [faster bound, slower bound]. */
  easySPerKm: [number, number];
  marathonSPerKm: number;
  thresholdSPerKm: number;
  intervalSPerKm: number;
  repetitionSPerKm: number;
}

/*
 * How the paces are derived (SPEC section 2). Daniels defines each intensity as a share of VO2max; the pace is
 * the speed whose oxygen cost is that share of the runner's VDOT (closed form, no iteration). The shares below
 * were fitted (minimax) to the printed tables of Daniels' Running Formula, 3rd edition, over VDOT 30–85 (the
 * tables and the measured deviations are in training-paces.test.ts):
 *
 * - Easy: 63.1 % to 73.2 % of VO2max (Daniels: "59–74 %"). Constant shares stay within 1 % of the table's
 *   E range, far inside the 3 % tolerance, so no VDOT-dependent fit is needed.
 * - Threshold: 88.0 %, within 0.3 % everywhere.
 * - Interval: 97.6 %, within 0.5 % of the printed per-kilometre I paces.
 * - Marathon: the marathon race-equivalent pace. The printed M column is slower than Daniels' own marathon
 *   equivalents for VDOT below about 50 (by 2.6 % at VDOT 30: beginners are given a more conservative M pace
 *   than their equivalent race time), so the equivalent is slowed by a smooth quadratic ramp
 *   (1 + 8.1e-5 · (49.2 - VDOT)² below VDOT 49.2, zero above). Without it the worst deviation is 2.6 %, just
 *   inside the 3 % tolerance; with it 0.4 %.
 * - Repetition: no single share fits. The printed R paces are 8 s per 400 m faster than I pace up to VDOT 47 and
 *   6 s per 400 m faster from VDOT 50 on, so the R share of VO2max climbs with VDOT and steps down around VDOT
 *   48. A share linear in VDOT misses the table by 1.7 % there (over the 1.5 % tolerance); adding a smooth
 *   step (smoothstep from VDOT 45 to 52) brings the worst deviation to 1.1 %.
 */
const EASY_FAST_SHARE = 0.732;
const EASY_SLOW_SHARE = 0.631;
const THRESHOLD_SHARE = 0.88;
const INTERVAL_SHARE = 0.976;

const REPETITION_SHARE_AT_50 = 1.0922;
const REPETITION_SHARE_PER_VDOT = 0.00201;
const REPETITION_STEP = -0.0336;
const REPETITION_STEP_FROM_VDOT = 45;
const REPETITION_STEP_TO_VDOT = 52;

const MARATHON_M = 42195;
const MARATHON_SLOWDOWN_BELOW_VDOT = 49.2;
const MARATHON_SLOWDOWN_PER_VDOT_SQUARED = 0.000081;

/** Seconds per km at the speed whose oxygen cost is `share` of VO2max. */
function paceSPerKmAtShare(vdot: number, share: number): number {
  return 60_000 / velocityForOxygenCost(share * vdot);
}

/** 0 at or below `from`, 1 at or above `to`, a smooth S-curve (zero slope at both ends) in between. */
function smoothstep(value: number, from: number, to: number): number {
  const x = Math.min(1, Math.max(0, (value - from) / (to - from)));
  return x * x * (3 - 2 * x);
}

function repetitionShare(vdot: number): number {
  return (
    REPETITION_SHARE_AT_50 +
    REPETITION_SHARE_PER_VDOT * (vdot - 50) +
    REPETITION_STEP * smoothstep(vdot, REPETITION_STEP_FROM_VDOT, REPETITION_STEP_TO_VDOT)
  );
}

function marathonSPerKm(vdot: number): number {
  const equivalentSPerKm = raceTimeSForVdot(vdot, MARATHON_M) / (MARATHON_M / 1000);
  const belowBy = Math.max(0, MARATHON_SLOWDOWN_BELOW_VDOT - vdot);
  return equivalentSPerKm * (1 + MARATHON_SLOWDOWN_PER_VDOT_SQUARED * belowBy * belowBy);
}

/**
 * Daniels' E, M, T, I and R paces (s/km, unrounded) for a VDOT, matching the published tables within the
 * tolerances of SPEC section 2 over VDOT 30–85.
 * @example trainingPaces(50).thresholdSPerKm // ≈ 255 (4:15/km)
 */
export function trainingPaces(vdot: number): TrainingPaces {
  return {
    easySPerKm: [paceSPerKmAtShare(vdot, EASY_FAST_SHARE), paceSPerKmAtShare(vdot, EASY_SLOW_SHARE)],
    marathonSPerKm: marathonSPerKm(vdot),
    thresholdSPerKm: paceSPerKmAtShare(vdot, THRESHOLD_SHARE),
    intervalSPerKm: paceSPerKmAtShare(vdot, INTERVAL_SHARE),
    repetitionSPerKm: paceSPerKmAtShare(vdot, repetitionShare(vdot)),
  };
}
