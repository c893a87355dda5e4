/**
 * Telling a steady run with stops from an interval session when there is no plan to match. Stops at traffic
 * lights split a steady run into stretches that look like reps with recoveries between them; what they lack
 * is contrast: each stretch is run at the run's own pace. So without a plan an effort counts only when it is
 * clearly faster than the run's typical moving pace, and a session needs at least two such efforts.
 */
import { distanceAt, type DistanceSeries } from './distance-series.js';
import type { TimeSpan } from './speed-segments.js';

/** Slower than this is standing still: a pause, left out of the run's pace. */
const MOVING_MPERS = 0.8;
/** A rep is at least this much faster than the run's typical moving speed. */
const MIN_EFFORT_RATIO = 1.2;
/** An interval session has at least this many reps. */
const MIN_REPS = 2;
/** Speed over this many seconds, centred, for the run's typical moving speed. */
const SPEED_WINDOW_S = 10;

/**
 * The efforts among `spans` that are clearly faster than the run's own moving pace, or none when fewer than
 * two are: a steady run (with or without stops) has no reps.
 * @example clearEfforts(speedWorkSpans(series), series) // [] for an easy run with 30 traffic lights
 */
export function clearEfforts(spans: readonly TimeSpan[], series: DistanceSeries): TimeSpan[] {
  if (spans.length < MIN_REPS) return [];
  const typical = typicalMovingSpeed(series);
  if (typical === null) return [];
  const efforts = spans.filter((span) => {
    const durationS = span.endS - span.startS;
    if (durationS <= 0) return false;
    const speed = (distanceAt(series, span.endS) - distanceAt(series, span.startS)) / durationS;
    return speed >= MIN_EFFORT_RATIO * typical;
  });
  return efforts.length >= MIN_REPS ? efforts : [];
}

/** The median moving speed over 10-second windows: the pace the run is mostly run at, stops left out. */
function typicalMovingSpeed(series: DistanceSeries): number | null {
  const d = series.distanceM;
  const step = Math.max(1, Math.round(SPEED_WINDOW_S / series.stepS));
  const speeds: number[] = [];
  for (let i = 0; i + step < d.length; i += step) {
    const speed = ((d[i + step] ?? 0) - (d[i] ?? 0)) / (step * series.stepS);
    if (speed >= MOVING_MPERS && speed < 15) speeds.push(speed);
  }
  if (speeds.length < 3) return null;
  speeds.sort((a, b) => a - b);
  return speeds[Math.floor(speeds.length / 2)] ?? null;
}
