/** An activity's distance on an even one-second grid: what the speed signal is computed from. */
import type { Activity } from '../activity/activity-types.js';

/** A week at one point a second; longer recordings are sampled more coarsely. */
const MAX_POINTS = 7 * 24 * 3600;

export interface DistanceSeries {
  /** Seconds between points (1 unless the recording is longer than a week). */
  stepS: number;
  /** Cumulative metres at t = i × stepS from the activity's start. */
  distanceM: Float64Array;
}

/**
 * Distance at every whole second, interpolated between samples; null when the activity has no distance.
 * @example distanceSeries(activity)?.distanceM[60] // metres run in the first minute
 */
export function distanceSeries(activity: Activity): DistanceSeries | null {
  const samples = activity.samples;
  const last = samples[samples.length - 1];
  if (activity.distanceSource === 'none' || last === undefined || last.timeS <= 0) return null;
  const stepS = Math.max(1, Math.ceil(last.timeS / MAX_POINTS));
  const count = Math.floor(last.timeS / stepS) + 1;
  const distanceM = new Float64Array(count);
  let k = 0;
  for (let i = 0; i < count; i++) {
    const t = i * stepS;
    while (k + 1 < samples.length && (samples[k + 1]?.timeS ?? Infinity) <= t) k++;
    const a = samples[k];
    const b = samples[k + 1];
    const da = a?.distanceM ?? 0;
    if (a === undefined || b === undefined || b.timeS <= a.timeS || t <= a.timeS) {
      distanceM[i] = da;
      continue;
    }
    const f = (t - a.timeS) / (b.timeS - a.timeS);
    distanceM[i] = da + f * ((b.distanceM ?? da) - da);
  }
  return { stepS, distanceM };
}

/** Distance at a fractional time, by linear interpolation on the grid. */
export function distanceAt(series: DistanceSeries, timeS: number): number {
  const values = series.distanceM;
  const x = Math.min(Math.max(timeS / series.stepS, 0), values.length - 1);
  const i = Math.floor(x);
  const a = values[i] ?? 0;
  const b = values[Math.min(i + 1, values.length - 1)] ?? a;
  return a + (x - i) * (b - a);
}
