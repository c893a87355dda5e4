/**
 * Work and recovery from the watch's laps, when the laps mean something: a watch following a workout marks
 * each lap's intensity, and a runner pressing the lap button marks reps by hand. Automatic laps (every
 * kilometre, every five minutes) say nothing about reps and are not used.
 */
import type { ActivityLap } from '../activity/activity-types.js';
import { maxOf, minOf } from '../util/arrays.js';
import type { IntervalKind } from './interval-types.js';

export interface LapSpan {
  kind: IntervalKind | 'outside';
  startS: number;
  endS: number;
  distanceM: number | null;
}

const MIN_CONTRAST = 1.15;
/** A lap slower than this on average was spent standing. */
const MOVING_MPERS = 0.8;

/**
 * Each lap as work, recovery or outside the reps (warm-up, cool-down), or null when the laps cannot tell.
 * @example lapSpans(activity.laps) // [{ kind: 'outside', ... }, { kind: 'work', ... }, ...]
 */
export function lapSpans(laps: readonly ActivityLap[]): LapSpan[] | null {
  if (laps.length < 3) return null;
  const byIntensity = intensitySpans(laps);
  if (byIntensity !== null) return byIntensity;
  if (looksAutomatic(laps)) return null;
  return speedSpans(laps);
}

function spanOf(lap: ActivityLap, kind: LapSpan['kind']): LapSpan {
  return { kind, startS: lap.startS, endS: lap.startS + lap.durationS, distanceM: lap.distanceM };
}

/** Laps recorded while following a workout carry their step's intensity. */
function intensitySpans(laps: readonly ActivityLap[]): LapSpan[] | null {
  const hasWork = laps.some((lap) => lap.intensity === 'active' || lap.intensity === 'interval');
  const hasRest = laps.some((lap) => lap.intensity === 'rest' || lap.intensity === 'recovery');
  if (!hasWork || !hasRest) return null;
  return laps.map((lap) => {
    switch (lap.intensity) {
      case 'active':
      case 'interval':
        return spanOf(lap, 'work');
      case 'rest':
      case 'recovery':
        return spanOf(lap, 'recovery');
      case 'warmup':
      case 'cooldown':
      case 'other':
      case null:
        return spanOf(lap, 'outside');
    }
  });
}

/** Laps closed by distance, time or position, all about the same length: the watch's auto-lap. */
function looksAutomatic(laps: readonly ActivityLap[]): boolean {
  const body = laps.slice(0, -1);
  const automatic = body.filter(
    (lap) => lap.trigger === 'distance' || lap.trigger === 'time' || lap.trigger === 'position',
  );
  if (automatic.length >= body.length * 0.8) return true;
  const distances = body.map((lap) => lap.distanceM ?? 0);
  const mean = distances.reduce((sum, d) => sum + d, 0) / distances.length;
  const spread = Math.sqrt(distances.reduce((sum, d) => sum + (d - mean) ** 2, 0) / distances.length);
  return mean > 0 && spread / mean < 0.03;
}

/** Manual laps: the fast ones are the reps, the slow ones between them the recoveries (they must alternate). */
function speedSpans(laps: readonly ActivityLap[]): LapSpan[] | null {
  const speeds = laps.map((lap) =>
    lap.distanceM !== null && lap.durationS > 0 ? lap.distanceM / lap.durationS : 0,
  );
  // Laps spent standing (stretching, a long stop) are never reps, and would pull the slow level to zero.
  const moving = speeds.filter((v) => v >= MOVING_MPERS);
  if (moving.length < 2) return null;
  let slow = minOf(moving);
  let fast = maxOf(moving);
  if (fast < slow * MIN_CONTRAST || fast <= 0) return null;
  for (let iteration = 0; iteration < 10; iteration++) {
    const middle = (slow + fast) / 2;
    const low = moving.filter((v) => v < middle);
    const high = moving.filter((v) => v >= middle);
    if (low.length === 0 || high.length === 0) break;
    slow = low.reduce((a, b) => a + b, 0) / low.length;
    fast = high.reduce((a, b) => a + b, 0) / high.length;
  }
  if (fast < slow * MIN_CONTRAST) return null;
  const middle = (slow + fast) / 2;
  const fastLaps = speeds.map((v) => v >= middle);
  // Reps alternate with recoveries: two fast laps in a row are a run that sped up, not intervals.
  const workCount = fastLaps.filter(Boolean).length;
  if (workCount < 2 || fastLaps.some((isFast, i) => isFast && fastLaps[i + 1] === true)) return null;
  const first = fastLaps.indexOf(true);
  const last = fastLaps.lastIndexOf(true);
  return laps.map((lap, i) =>
    spanOf(lap, i < first || i > last ? 'outside' : fastLaps[i] === true ? 'work' : 'recovery'),
  );
}
