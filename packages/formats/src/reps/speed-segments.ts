/**
 * Work stretches from the speed signal, for watches without useful laps. Speed is the distance gained over
 * 4 s, centred on each second. Stretches open well above the jog and close when clearly back down; then each
 * edge is placed where the speed crosses halfway between the levels on either side of it. A centred average
 * turns a sudden change of pace into a symmetric ramp, so the halfway crossing lands on the change itself:
 * edges within about half a second under GPS jitter, which a 100 m rep (some 25 s, 30 m of it flat out) needs.
 */
import { distanceAt, type DistanceSeries } from './distance-series.js';

export interface SpeedSegmentOptions {
  /** The planned rep pace, when known: used as the work level when the runner got near it. */
  workSPerKm?: number;
}

/** A stretch in seconds from the activity's start. */
export interface TimeSpan {
  startS: number;
  endS: number;
}

/** Seconds either side of a point in its speed. */
const SPEED_HALF_WINDOW_S = 2;
/** Slower than this is standing still (or GPS jitter around it), left out of the jog level. */
const MOVING_MPERS = 0.8;
/** Work must be this much faster than the jog to count as a separate effort. */
const MIN_CONTRAST = 1.2;
/** A stretch opens above this share of the way from jog to work speed, and closes below the other. */
const OPEN_SHARE = 0.65;
const CLOSE_SHARE = 0.45;
/** ... and closes no higher than this much above the jog. */
const MAX_CLOSE_OVER_JOG = 1.2;
/** A stretch is work only if it holds the opening level this long. */
const MIN_BLIP_S = 4;
/** Shorter dips inside a rep are GPS noise or a stumble, not a recovery (the shortest planned jog is 60 s). */
const MERGE_GAP_S = 6;
/** Seconds of speed just inside an edge that set the level on that side. */
const EDGE_WINDOW = 5;
/** Work stretches closer than this are one: no planned recovery is this short (the shortest jog is 60 s). */
const MIN_RECOVERY_S = 20;
/** Points either side of a rough edge searched for the exact crossing. */
const CROSSING_REACH = 6;
/** Shorter pick-ups are not reps. */
const MIN_WORK_S = 6;
const MIN_WORK_M = 30;

/**
 * The work stretches of an activity, or none for a steady run.
 * @example speedWorkSpans(distanceSeries(activity)!, { workSPerKm: 271 }) // [{ startS: 612.3, endS: 637.1 }, ...]
 */
export function speedWorkSpans(series: DistanceSeries, options: SpeedSegmentOptions = {}): TimeSpan[] {
  const n = series.distanceM.length;
  if (n < 10) return [];
  const speed = centredSpeed(series);
  const levels = speedLevels(speed, options.workSPerKm);
  if (levels === null) return [];
  const { jogMPerS, workMPerS } = levels;
  const middleMPerS = (jogMPerS + workMPerS) / 2;

  const result: TimeSpan[] = [];
  for (const [a, b] of roughSpans(speed, levels, series.stepS)) {
    // Each edge sits halfway between the speeds on either side of it: a flat-out start is a big step up, the
    // end of a rep at pace a smaller step down.
    const before = median(speed, a - 20, a - 3) ?? jogMPerS;
    const after = median(speed, b + 3, b + 20) ?? jogMPerS;
    const inside = median(speed, a, b) ?? middleMPerS;
    const opening = Math.max(
      median(speed, a + 1, Math.min(b, a + EDGE_WINDOW + 1)) ?? middleMPerS,
      middleMPerS,
    );
    const closing = Math.max(
      median(speed, Math.max(a, b - EDGE_WINDOW - 1), b - 1) ?? middleMPerS,
      middleMPerS,
    );
    const startS = crossing(speed, a, (before + (opening + inside) / 2) / 2, 'up') * series.stepS;
    const endS = crossing(speed, b, (after + (closing + inside) / 2) / 2, 'down') * series.stepS;
    if (endS - startS < MIN_WORK_S) continue;
    if (distanceAt(series, endS) - distanceAt(series, startS) < MIN_WORK_M) continue;
    const previous = result[result.length - 1];
    // A stop shorter than any recovery (a traffic light) does not split a rep.
    if (previous !== undefined && startS < previous.endS + MIN_RECOVERY_S)
      previous.endS = Math.max(previous.endS, endS);
    else result.push({ startS, endS });
  }
  return result;
}

/** Speed at each point: the distance gained from 2 s before to 2 s after, over the time between. */
function centredSpeed(series: DistanceSeries): Float64Array {
  const d = series.distanceM;
  const n = d.length;
  const half = Math.max(1, Math.round(SPEED_HALF_WINDOW_S / series.stepS));
  const speed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = Math.max(0, i - half);
    const b = Math.min(n - 1, i + half);
    speed[i] = b > a ? ((d[b] ?? 0) - (d[a] ?? 0)) / ((b - a) * series.stepS) : 0;
  }
  return speed;
}

interface SpeedLevels {
  jogMPerS: number;
  workMPerS: number;
}

/**
 * The jog level and the work level: two-means on the moving speeds splits jog from work, each level the
 * median of its side; a planned rep pace replaces the work level when the runner's top speeds got near it
 * (an off day runs slower than planned).
 */
function speedLevels(speed: Float64Array, workSPerKm: number | undefined): SpeedLevels | null {
  const moving: number[] = [];
  for (const v of speed) if (v >= MOVING_MPERS && v < 15) moving.push(v);
  if (moving.length < 10) return null;
  const sorted = Float64Array.from(moving).sort();
  // The fast side starts from the top speeds: two 100 m reps in an hour's run are under 2 % of it.
  const top = quantile(sorted, 0.995);
  let slow = quantile(sorted, 0.1);
  let fast = top;
  for (let iteration = 0; iteration < 12; iteration++) {
    const middle = (slow + fast) / 2;
    let slowSum = 0;
    let slowCount = 0;
    let fastSum = 0;
    let fastCount = 0;
    for (const v of sorted) {
      if (v < middle) {
        slowSum += v;
        slowCount++;
      } else {
        fastSum += v;
        fastCount++;
      }
    }
    if (slowCount === 0 || fastCount === 0) break;
    slow = slowSum / slowCount;
    fast = fastSum / fastCount;
  }
  // Each level is its cluster's median: a rep's flat-out part must not lift the work level above the pace
  // the rest of the rep is run at.
  const split = (slow + fast) / 2;
  const splitIndex = sorted.findIndex((v) => v >= split);
  if (splitIndex <= 0) return null;
  const jog = quantile(sorted.subarray(0, splitIndex), 0.5);
  const measured = quantile(sorted.subarray(splitIndex), 0.5);
  const planned = workSPerKm !== undefined && workSPerKm > 0 ? 1000 / workSPerKm : undefined;
  const work =
    planned !== undefined && planned >= jog * MIN_CONTRAST && planned <= measured * 1.1 ? planned : measured;
  if (work < jog * MIN_CONTRAST) return null;
  return { jogMPerS: jog, workMPerS: work };
}

/**
 * Index ranges [start, end) of the work stretches, with hysteresis: running above the low (closing) level,
 * dips of a few seconds allowed, is one stretch, and it is work when it holds the high (opening) level for a
 * few seconds somewhere. So a brisk warm-up does not make a rep, and a rep does not end at a GPS dip. A short
 * bump that never reaches the opening level, just before or after the rep, is trimmed off its ends.
 */
function roughSpans(speed: Float64Array, levels: SpeedLevels, stepS: number): [number, number][] {
  const { jogMPerS, workMPerS } = levels;
  const openMPerS = jogMPerS + OPEN_SHARE * (workMPerS - jogMPerS);
  // A rep ends when the runner is back near jog speed, however fast its flat-out start was.
  const closeMPerS = Math.min(jogMPerS + CLOSE_SHARE * (workMPerS - jogMPerS), jogMPerS * MAX_CLOSE_OVER_JOG);

  // Runs above the closing level, each noting whether it reaches the opening level and holds it.
  interface Run {
    start: number;
    end: number;
    reachesOpen: boolean;
    holdsOpen: boolean;
  }
  const runs: Run[] = [];
  let current: Run | null = null;
  let aboveOpenFor = 0;
  for (let i = 0; i <= speed.length; i++) {
    const value = i < speed.length ? (speed[i] ?? 0) : -Infinity;
    if (value < closeMPerS) {
      if (current !== null) runs.push({ ...current, end: i });
      current = null;
      continue;
    }
    current ??= { start: i, end: i, reachesOpen: false, holdsOpen: false };
    aboveOpenFor = value >= openMPerS ? aboveOpenFor + 1 : 0;
    if (aboveOpenFor > 0) current.reachesOpen = true;
    if (aboveOpenFor * stepS >= MIN_BLIP_S) current.holdsOpen = true;
  }

  // Runs a few seconds apart are one stretch; it is work when one of its runs holds the opening level.
  const groups: Run[][] = [];
  for (const run of runs) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    if (group !== undefined && last !== undefined && (run.start - last.end) * stepS <= MERGE_GAP_S)
      group.push(run);
    else groups.push([run]);
  }
  const isBump = (run: Run): boolean => !run.reachesOpen && (run.end - run.start) * stepS < MIN_BLIP_S;
  const spans: [number, number][] = [];
  for (const group of groups) {
    if (!group.some((run) => run.holdsOpen)) continue;
    while (group.length > 1 && group[0] !== undefined && isBump(group[0])) group.shift();
    while (
      group.length > 1 &&
      group[group.length - 1] !== undefined &&
      isBump(group[group.length - 1] as Run)
    ) {
      group.pop();
    }
    const first = group[0];
    const last = group[group.length - 1];
    if (first !== undefined && last !== undefined) spans.push([first.start, last.end]);
  }
  return spans;
}

function quantile(sorted: Float64Array, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function median(values: Float64Array, from: number, to: number): number | null {
  const a = Math.max(0, from);
  const b = Math.min(values.length, to);
  if (b <= a) return null;
  return quantile(values.slice(a, b).sort(), 0.5);
}

/**
 * Where `speed` crosses `level` in the given direction nearest to index `near`, to a fraction of a point;
 * `near - 0.5` (the rough edge) when there is no crossing close by.
 */
function crossing(speed: Float64Array, near: number, level: number, direction: 'up' | 'down'): number {
  let best: number | null = null;
  for (
    let i = Math.max(1, near - CROSSING_REACH);
    i <= Math.min(speed.length - 1, near + CROSSING_REACH);
    i++
  ) {
    const a = speed[i - 1] ?? 0;
    const b = speed[i] ?? 0;
    const crosses = direction === 'up' ? a < level && b >= level : a >= level && b < level;
    if (!crosses) continue;
    const at = i - 1 + (level - a) / (b - a);
    if (best === null || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best ?? near - 0.5;
}
