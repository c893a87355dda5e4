/**
 * Finds the work and recovery stretches of an interval session: from the laps when the watch recorded
 * meaningful ones, else from the speed signal (see `speed-segments.ts`).
 */
import type { Activity } from '../activity/activity-types.js';
import { distanceAt, distanceSeries, type DistanceSeries } from './distance-series.js';
import type { DetectedInterval, IntervalDetection } from './interval-types.js';
import { altitudeSeries, climbSpans, gradeAdjusted, turnAtTop } from './hill-effort.js';
import { lapSpans, type LapSpan } from './lap-segments.js';
import { clearEfforts } from './steady-run.js';
import { speedWorkSpans, type TimeSpan } from './speed-segments.js';

export interface DetectIntervalsOptions {
  /** The planned rep pace: sharpens the split between work and jog. */
  workSPerKm?: number;
  /** Force a source instead of laps-then-speed. */
  source?: 'auto' | 'laps' | 'speed';
  /** Hill repeats: the reps are the climbs (see `hill-effort.ts`). */
  hills?: boolean;
}

/**
 * Work and recovery, alternating, in seconds from the activity's start.
 * @example detectIntervals(activity).intervals.filter((i) => i.kind === 'work').length // 10
 */
export function detectIntervals(activity: Activity, options: DetectIntervalsOptions = {}): IntervalDetection {
  const source = options.source ?? 'auto';
  if (source !== 'speed') {
    const spans = lapSpans(activity.laps);
    if (spans !== null && spans.some((span) => span.kind === 'work')) {
      return { source: 'laps', intervals: fromLaps(spans) };
    }
    if (source === 'laps') return { source: 'none', intervals: [] };
  }
  const planned = options.workSPerKm !== undefined || options.hills === true;
  // Without a plan, a ride, a swim or a triathlon has reps only when its laps say so.
  if (!planned && !isRun(activity.sport)) return { source: 'none', intervals: [] };
  const series = distanceSeries(activity);
  if (series === null) return { source: 'none', intervals: [] };
  const speedOptions = options.workSPerKm === undefined ? {} : { workSPerKm: options.workSPerKm };
  const altitude = options.hills === true ? altitudeSeries(activity, series) : null;
  const found =
    altitude === null
      ? speedWorkSpans(series, speedOptions)
      : turnAtTop(
          climbSpans(altitude, series.stepS) ?? speedWorkSpans(gradeAdjusted(series, altitude), speedOptions),
          series,
        );
  // With a plan the reps are matched to it; without one, only efforts clearly faster than the run's own pace.
  const work = planned ? found : clearEfforts(found, series);
  if (work.length === 0) return { source: 'none', intervals: [] };
  return { source: 'speed', intervals: fromWorkSpans(work, series) };
}

function interval(
  kind: DetectedInterval['kind'],
  startS: number,
  endS: number,
  distanceM: number | null,
): DetectedInterval {
  const durationS = endS - startS;
  return {
    kind,
    startS,
    durationS,
    distanceM,
    sPerKm: distanceM !== null && distanceM >= 1 ? (durationS * 1000) / distanceM : null,
  };
}

/** Consecutive work laps (a flat-out step, then the rest of the rep) make one rep; so do recovery laps. */
function fromLaps(spans: readonly LapSpan[]): DetectedInterval[] {
  const first = spans.findIndex((span) => span.kind === 'work');
  const last = spans.findLastIndex((span) => span.kind === 'work');
  const intervals: DetectedInterval[] = [];
  for (const span of spans.slice(first, last + 1)) {
    const kind = span.kind === 'work' ? 'work' : 'recovery';
    const previous = intervals[intervals.length - 1];
    if (previous !== undefined && previous.kind === kind) {
      const endS = span.endS;
      const distanceM =
        previous.distanceM === null || span.distanceM === null ? null : previous.distanceM + span.distanceM;
      intervals[intervals.length - 1] = interval(kind, previous.startS, endS, distanceM);
    } else {
      intervals.push(interval(kind, span.startS, span.endS, span.distanceM));
    }
  }
  return intervals;
}

function fromWorkSpans(work: readonly TimeSpan[], series: DistanceSeries): DetectedInterval[] {
  const intervals: DetectedInterval[] = [];
  const between = (a: number, b: number): number => distanceAt(series, b) - distanceAt(series, a);
  work.forEach((span, i) => {
    const previous = work[i - 1];
    if (previous !== undefined) {
      intervals.push(interval('recovery', previous.endS, span.startS, between(previous.endS, span.startS)));
    }
    intervals.push(interval('work', span.startS, span.endS, between(span.startS, span.endS)));
  });
  return intervals;
}

/** Running, or a sport the file does not name (GPX tracks rarely do): where reps come from the speed. */
function isRun(sport: string | null): boolean {
  if (sport === null || sport === '' || sport === 'generic' || sport === 'other') return true;
  return /run|jog|track|treadmill/i.test(sport);
}
