/**
 * Hill repeats: uphill at race-pace effort is about as fast as a warm-up jog, so speed alone cannot tell them
 * apart. A hill rep is a climb: with an altimeter the reps are the stretches of steady climbing, from the
 * bottom to the top; without a usable altitude, grade-adjusted distance (each metre weighted by the cost of
 * its grade) makes a climb at race effort read like race pace on the flat.
 */
import type { Activity } from '../activity/activity-types.js';
import type { DistanceSeries } from './distance-series.js';
import type { TimeSpan } from './speed-segments.js';

/** Altitude on the distance series' grid, averaged over 5 points; null when most samples lack one. */
export function altitudeSeries(activity: Activity, series: DistanceSeries): Float64Array | null {
  const samples = activity.samples;
  let withAltitude = 0;
  for (const s of samples) if (s.altitudeM !== null) withAltitude++;
  if (withAltitude < samples.length / 2) return null;
  const raw = new Float64Array(series.distanceM.length);
  let k = 0;
  let last = samples.find((s) => s.altitudeM !== null)?.altitudeM ?? 0;
  for (let i = 0; i < raw.length; i++) {
    const t = i * series.stepS;
    while (k + 1 < samples.length && (samples[k + 1]?.timeS ?? Infinity) <= t) {
      k++;
      last = samples[k]?.altitudeM ?? last;
    }
    raw[i] = last;
  }
  const smoothed = new Float64Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    let sum = 0;
    let count = 0;
    for (let j = Math.max(0, i - 2); j <= Math.min(raw.length - 1, i + 2); j++) {
      sum += raw[j] ?? 0;
      count++;
    }
    smoothed[i] = sum / count;
  }
  return smoothed;
}

/**
 * Cost of running a metre at a grade, relative to the flat: about 3.3 % more per percent of climb, and
 * about 1.8 % less per percent of descent down to -10 % (a linear fit of Minetti's measurements, close
 * enough to tell a rep from a jog).
 */
export function gradeCost(grade: number): number {
  const percent = Math.max(-10, Math.min(20, grade * 100));
  return percent >= 0 ? 1 + 0.033 * percent : 1 + 0.018 * percent;
}

/** The distance series with each metre weighted by the cost of its grade (5 s either side). */
export function gradeAdjusted(series: DistanceSeries, altitude: Float64Array): DistanceSeries {
  const d = series.distanceM;
  const adjusted = new Float64Array(d.length);
  const half = Math.max(1, Math.round(5 / series.stepS));
  for (let i = 1; i < d.length; i++) {
    const a = Math.max(0, i - half);
    const b = Math.min(d.length - 1, i + half);
    const run = (d[b] ?? 0) - (d[a] ?? 0);
    const grade = run >= 5 ? ((altitude[b] ?? 0) - (altitude[a] ?? 0)) / run : 0;
    adjusted[i] = (adjusted[i - 1] ?? 0) + ((d[i] ?? 0) - (d[i - 1] ?? 0)) * gradeCost(grade);
  }
  return { stepS: series.stepS, distanceM: adjusted };
}

/** Climbing this fast (m/s) at the 95th percentile means there were climbs; below it, altitude is flat. */
const MIN_CLIMB_MPERS = 0.05;
const MIN_CLIMB_S = 15;
const CLIMB_MERGE_S = 6;
/** A dip below this share of the rep's speed is a turn. */
const TURN_SHARE = 0.6;

/**
 * The stretches of steady climbing, edges at the bottom and top of each; null when the altitude shows no
 * climbs (flat ground, or no altimeter).
 */
export function climbSpans(altitude: Float64Array, stepS: number): TimeSpan[] | null {
  const n = altitude.length;
  const half = Math.max(1, Math.round(5 / stepS));
  const climb = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = Math.max(0, i - half);
    const b = Math.min(n - 1, i + half);
    climb[i] = b > a ? ((altitude[b] ?? 0) - (altitude[a] ?? 0)) / ((b - a) * stepS) : 0;
  }
  const sorted = climb.slice().sort();
  const typical = sorted[Math.floor(0.95 * (n - 1))] ?? 0;
  if (typical < MIN_CLIMB_MPERS) return null;
  const open = 0.5 * typical;
  const close = 0.25 * typical;
  const spans: TimeSpan[] = [];
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const rate = i < n ? (climb[i] ?? 0) : -Infinity;
    if (start < 0 && rate >= open) start = i;
    else if (start >= 0 && rate < close) {
      const last = spans[spans.length - 1];
      if (last !== undefined && start * stepS - last.endS <= CLIMB_MERGE_S) last.endS = i * stepS;
      else spans.push({ startS: start * stepS, endS: i * stepS });
      start = -1;
    }
  }
  return climbEdges(
    spans.filter((span) => span.endS - span.startS >= MIN_CLIMB_S),
    altitude,
    stepS,
  );
}

/**
 * Each climb's edges placed where its slope meets the bottom and the top: lines fitted to the first and the
 * last 15 s of the climb, crossed with the lowest altitude just before it and the highest just after. Sharper than the
 * extremes themselves, which a flat stretch at the bottom (or a flat cool-down at the top) smears.
 */
export function climbEdges(spans: readonly TimeSpan[], altitude: Float64Array, stepS: number): TimeSpan[] {
  const reach = Math.round(8 / stepS);
  return spans.map((span) => {
    const a = Math.round(span.startS / stepS);
    const b = Math.round(span.endS / stepS);
    // The climb's own slope next to each edge (the pace drifts over a long rep).
    const width = Math.max(3, Math.min(Math.round(15 / stepS), Math.floor((b - a) / 3)));
    const skip = Math.round(3 / stepS);
    const first = fitLine(altitude, a + skip, a + skip + width);
    const last = fitLine(altitude, b - skip - width, b - skip);
    if (first === null || last === null || first.slope <= 0 || last.slope <= 0) return span;
    const bottom = extremeValue(altitude, a - reach, a + reach, 'min');
    const top = extremeValue(altitude, b - reach, b + reach, 'max');
    const startIndex = (bottom - first.intercept) / first.slope;
    const endIndex = (top - last.intercept) / last.slope;
    const clamp = (value: number, near: number): number =>
      Math.min(near + reach, Math.max(near - reach, value));
    const startS = clamp(startIndex, a) * stepS;
    const endS = clamp(endIndex, b) * stepS;
    return endS > startS ? { startS, endS } : span;
  });
}

/**
 * A hill rep ends at the top where the runner turns round to jog down: the speed dips sharply there, more
 * sharply than the altitude peaks. The end moves to such a dip when one lies within 3 s. (The bottom is not
 * always a turn: a runner back down early jogs on the flat, so the start keeps its altitude edge.)
 */
export function turnAtTop(spans: readonly TimeSpan[], series: DistanceSeries): TimeSpan[] {
  const d = series.distanceM;
  const speedAt = (i: number): number => {
    const a = Math.max(0, i - 1);
    const b = Math.min(d.length - 1, i + 1);
    return b > a ? ((d[b] ?? 0) - (d[a] ?? 0)) / ((b - a) * series.stepS) : 0;
  };
  const reach = Math.max(1, Math.round(3 / series.stepS));
  const snap = (timeS: number, workMPerS: number): number => {
    const near = Math.round(timeS / series.stepS);
    let best = -1;
    let bestSpeed = Infinity;
    for (let i = Math.max(1, near - reach); i <= Math.min(d.length - 2, near + reach); i++) {
      const speed = speedAt(i);
      if (speed < bestSpeed && speed <= speedAt(i - 1) && speed <= speedAt(i + 1)) {
        best = i;
        bestSpeed = speed;
      }
    }
    return best >= 0 && bestSpeed < TURN_SHARE * workMPerS ? best * series.stepS : timeS;
  };
  return spans.map((span) => {
    const workMPerS =
      ((d[Math.round(span.endS / series.stepS)] ?? 0) - (d[Math.round(span.startS / series.stepS)] ?? 0)) /
      Math.max(1, span.endS - span.startS);
    const endS = snap(span.endS, workMPerS);
    return endS > span.startS ? { startS: span.startS, endS } : span;
  });
}

/** Least-squares line through values[from..to] against their index. */
function fitLine(
  values: Float64Array,
  from: number,
  to: number,
): { intercept: number; slope: number } | null {
  const a = Math.max(0, from);
  const b = Math.min(values.length - 1, to);
  const count = b - a + 1;
  if (count < 3) return null;
  let sumX = 0;
  let sumY = 0;
  let sumXY = 0;
  let sumXX = 0;
  for (let i = a; i <= b; i++) {
    const y = values[i] ?? 0;
    sumX += i;
    sumY += y;
    sumXY += i * y;
    sumXX += i * i;
  }
  const denominator = count * sumXX - sumX * sumX;
  if (denominator === 0) return null;
  const slope = (count * sumXY - sumX * sumY) / denominator;
  return { slope, intercept: (sumY - slope * sumX) / count };
}

function extremeValue(values: Float64Array, from: number, to: number, kind: 'min' | 'max'): number {
  let best = kind === 'min' ? Infinity : -Infinity;
  for (let i = Math.max(0, from); i <= Math.min(values.length - 1, to); i++) {
    const value = values[i] ?? 0;
    best = kind === 'min' ? Math.min(best, value) : Math.max(best, value);
  }
  return best;
}
