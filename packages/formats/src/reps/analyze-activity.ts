/**
 * The whole analysis of one activity: its summary, its work and recovery stretches, and with a planned
 * session, how each planned rep went. What `speedwork analyze` prints and what fills a session's log.
 */
import type { Session } from '@speedwork/core';
import type { Activity, ActivitySummary } from '../activity/activity-types.js';
import { summarizeActivity } from '../activity/summarize-activity.js';
import { minOf } from '../util/arrays.js';
import { detectIntervals } from './detect-intervals.js';
import type { DetectedInterval, DetectionSource } from './interval-types.js';
import { distanceAt, distanceSeries, type DistanceSeries } from './distance-series.js';
import { matchSession, plannedReps, type SessionMatch, type TimeIntoStretch } from './match-session.js';

export interface ActivityAnalysis {
  activity: ActivitySummary;
  source: DetectionSource;
  intervals: DetectedInterval[];
  /** Present when a planned session was given. */
  match?: SessionMatch;
}

/**
 * Summarizes an activity and finds its reps, matched to `session` when one is given.
 * @example analyzeActivity(decodeActivity(bytes), plan.sessions[3]).match?.reps[0]?.paceDiffSPerKm // -3.2
 */
export function analyzeActivity(activity: Activity, session?: Session): ActivityAnalysis {
  const summary = summarizeActivity(activity);
  const workSPerKm = session === undefined ? undefined : fastestTarget(session);
  const detection = detectIntervals(activity, {
    ...(workSPerKm === undefined ? {} : { workSPerKm }),
    hills: session?.type === 'hills',
  });
  if (session === undefined)
    return { activity: summary, source: detection.source, intervals: detection.intervals };

  let intervals = detection.intervals;
  let source = detection.source;
  const series = distanceSeries(activity);
  const timeInto: TimeIntoStretch | undefined =
    series === null ? undefined : (stretch, distanceM) => timeAtDistance(series, stretch.startS, distanceM);
  let match = matchSession(intervals, session, timeInto);
  // One continuous run planned (an easy run, a race, a time trial): without reps to find, the whole
  // recording is the run.
  if (match.reps.length === 0 && plannedReps(session).length === 1 && summary.durationS > 0) {
    intervals = [
      {
        kind: 'work',
        startS: 0,
        durationS: summary.durationS,
        distanceM: summary.distanceM,
        sPerKm: summary.sPerKm,
      },
    ];
    source = 'none';
    match = matchSession(intervals, session);
  }
  return { activity: summary, source, intervals, match };
}

/** Seconds after `startS` when the distance has grown by `distanceM`, to a fraction of a second. */
function timeAtDistance(series: DistanceSeries, startS: number, distanceM: number): number | null {
  const goal = distanceAt(series, startS) + distanceM;
  const values = series.distanceM;
  for (let i = Math.ceil(startS / series.stepS); i < values.length; i++) {
    const value = values[i] ?? 0;
    if (value < goal) continue;
    const previous = values[i - 1] ?? value;
    const fraction = value > previous ? (goal - previous) / (value - previous) : 0;
    return Math.max(0, (i - 1 + fraction) * series.stepS - startS);
  }
  return null;
}

function fastestTarget(session: Session): number | undefined {
  const targets = (session.intervals ?? []).flatMap((block) =>
    block.targetSPerKm === undefined ? [] : [block.targetSPerKm],
  );
  return targets.length > 0 ? minOf(targets) : undefined;
}
