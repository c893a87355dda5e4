/**
 * FIT activity files (what a Garmin, Coros, Suunto or Wahoo watch records) to normalized `Activity`s: every
 * activity of a chained file, one per session, or one multisport activity whose legs keep their sports.
 */
import type { Activity, ActivityLeg } from '../activity/activity-types.js';
import { buildActivity, type RawLap, type RawPoint } from '../activity/build-activity.js';
import { FormatError } from '../errors/format-error.js';
import { appendAll } from '../util/arrays.js';
import { closeClockJumps } from './fit-clock.js';
import { fitFileKind } from './fit-file-kind.js';
import type { FitActivityData, FitSession } from './fit-activity-reader.js';
import { sdkActivityData } from './fit-sdk-activity.js';
import { readFitActivityFiles, type FitReadOptions } from './read-fit-messages.js';

/** Sessions closer than this (end to start) are legs of one multisport activity, not separate activities. */
const MULTISPORT_GAP_S = 15 * 60;

/**
 * Decodes a FIT activity and normalizes it: the first activity of the file, with a warning
 * when the file holds more (see `decodeFitActivities`).
 * @example decodeFitActivity(bytes).samples.length // 3600
 */
export function decodeFitActivity(bytes: Uint8Array, options: FitReadOptions = {}): Activity {
  const activities = decodeFitActivities(bytes, options);
  const [first] = activities;
  if (first === undefined) throw new FormatError('empty-track', 'the FIT file holds no activity');
  if (activities.length > 1) {
    first.warnings.push(`the file holds ${activities.length} activities; this is the first`);
  }
  return first;
}

/**
 * Every activity a FIT file holds: each activity file of a chain, and in each, one activity per session, or
 * one multisport activity when its sessions follow each other (a triathlon's swim, transitions, bike and run).
 * Other FIT files (settings, workouts, courses, weight, monitoring) are refused with `wrong-fit-type` and
 * their kind in `FormatError.kind`.
 * @example decodeFitActivities(bytes).map((a) => a.sport) // ['multisport']
 */
export function decodeFitActivities(bytes: Uint8Array, options: FitReadOptions = {}): Activity[] {
  const files = readFitActivityFiles(bytes, options);
  const groups: { data: FitActivityData[]; problem: FormatError | null }[] = [];
  let otherKind: string | null = null;
  let problem: FormatError | null = null;
  for (const file of files) {
    problem ??= file.problem;
    const data = 'data' in file ? file.data : sdkActivityData(file.messages);
    if (data.fileType !== null && data.fileType !== 'activity') {
      otherKind ??= fitFileKind(data.fileType);
      continue;
    }
    // A chained piece without a file id continues the activity before it (a Forerunner 935 writes 7 pieces).
    const current = groups[groups.length - 1];
    if (current !== undefined && !data.hasFileId) {
      current.data.push(data);
      current.problem ??= file.problem;
    } else {
      groups.push({ data: [data], problem: file.problem });
    }
  }
  const activities: Activity[] = [];
  for (const group of groups) {
    const data = mergeData(group.data);
    if (data.points.length === 0) continue;
    appendAll(activities, activitiesOf(data, group.problem));
  }
  if (activities.length > 0) return activities;
  if (otherKind !== null) {
    throw new FormatError('wrong-fit-type', `this FIT file is a ${otherKind} file, not a recorded activity`, {
      kind: otherKind,
    });
  }
  throw problem ?? new FormatError('empty-track', 'the FIT file holds no records: nothing was recorded');
}

/** The pieces of an activity written as several chained files, as one. */
function mergeData(pieces: readonly FitActivityData[]): FitActivityData {
  const [first] = pieces;
  if (first === undefined || pieces.length === 1) {
    return (
      first ?? {
        fileType: null,
        hasFileId: false,
        device: null,
        points: [],
        laps: [],
        sessions: [],
        sport: null,
      }
    );
  }
  return {
    ...first,
    points: pieces.flatMap((piece) => piece.points),
    laps: pieces.flatMap((piece) => piece.laps),
    sessions: pieces.flatMap((piece) => piece.sessions),
    sport: pieces.find((piece) => piece.sport !== null)?.sport ?? null,
  };
}

interface SessionSpan {
  startMs: number;
  endMs: number;
  sport: string | null;
  distanceM: number | null;
  elapsedS: number | null;
}

function activitiesOf(data: FitActivityData, problem: FormatError | null): Activity[] {
  const warnings = problem === null ? [] : [`incomplete file, kept what could be read: ${problem.message}`];
  const sessions = sessionSpans(data.sessions);
  const clock = closeClockJumps(
    data.points.map((point) => point.timeMs),
    sessions.length === 1 ? (sessions[0]?.elapsedS ?? null) : null,
  );
  let points = data.points;
  if (clock.jumps > 0) {
    warnings.push(
      `the watch's clock jumped ${clock.jumps === 1 ? 'once' : `${clock.jumps} times`} during the recording; times after it were moved back in line`,
    );
    points = points.map((point, i) => ({ ...point, timeMs: clock.timesMs[i] ?? Number.NaN }));
  }
  const laps: RawLap[] = [];
  for (const lap of data.laps) {
    if (lap.startMs === null || lap.elapsedS === null) continue;
    laps.push({
      startMs: clock.correct(lap.startMs),
      durationS: lap.elapsedS,
      distanceM: lap.distanceM,
      intensity: lap.intensity,
      trigger: lap.trigger,
    });
  }
  for (const session of sessions) {
    session.startMs = clock.correct(session.startMs);
    session.endMs = Math.max(session.startMs, clock.correct(session.endMs));
  }
  const sport = sessions[0]?.sport ?? data.sport ?? data.laps[0]?.sport ?? null;
  const base = { format: 'fit' as const, device: data.device };
  if (sessions.length <= 1) {
    return [
      buildActivity({
        ...base,
        sport,
        declaredStartMs: sessions[0]?.startMs ?? null,
        points,
        laps,
        warnings,
      }),
    ];
  }
  // Sessions that follow each other are the legs of one multisport activity; others stand alone.
  const runs: SessionSpan[][] = [];
  for (const session of sessions) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    if (
      run !== undefined &&
      previous !== undefined &&
      session.startMs - previous.endMs <= MULTISPORT_GAP_S * 1000
    )
      run.push(session);
    else runs.push([session]);
  }
  const activities: Activity[] = [];
  runs.forEach((run, r) => {
    const fromMs = r === 0 ? -Infinity : (run[0]?.startMs ?? 0) - 1000;
    const next = runs[r + 1]?.[0];
    const toMs = next === undefined ? Infinity : next.startMs - 1000;
    const inRun = (ms: number): boolean => ms >= fromMs && ms < toMs;
    const runPoints = cumulativeDistance(
      points.filter((p) => inRun(p.timeMs)),
      run,
    );
    if (runPoints.length === 0) return;
    const multisport = run.length > 1;
    const activity = buildActivity({
      ...base,
      sport: multisport ? 'multisport' : (run[0]?.sport ?? sport),
      declaredStartMs: run[0]?.startMs ?? null,
      points: runPoints,
      laps: laps.filter((lap) => inRun(lap.startMs)),
      warnings: [...warnings],
    });
    if (multisport) activity.legs = legsOf(run, Date.parse(activity.startTime));
    activities.push(activity);
  });
  return activities;
}

function sessionSpans(sessions: readonly FitSession[]): SessionSpan[] {
  const spans: SessionSpan[] = [];
  for (const session of sessions) {
    if (session.startMs === null) continue;
    const endMs = session.endMs ?? session.startMs + (session.elapsedS ?? 0) * 1000;
    spans.push({
      startMs: session.startMs,
      endMs,
      sport: session.sport === null ? null : session.sport.toLowerCase(),
      distanceM: session.distanceM,
      elapsedS: session.elapsedS,
    });
  }
  return spans.sort((a, b) => a.startMs - b.startMs);
}

/**
 * A multisport watch starts each leg's distance from zero: such a leg gets the distance of the legs before it
 * (the device's session totals), so the activity's distance is the sum of its legs.
 */
function cumulativeDistance(points: RawPoint[], legs: readonly SessionSpan[]): RawPoint[] {
  if (legs.length < 2) return points;
  let leg = 0;
  let totalM = 0;
  let offsetM = 0;
  let legTotalM = 0;
  let first = true;
  return points.map((point) => {
    while (leg + 1 < legs.length && point.timeMs >= (legs[leg + 1]?.startMs ?? Infinity)) {
      totalM = offsetM + (legs[leg]?.distanceM ?? legTotalM);
      legTotalM = 0;
      first = true;
      leg++;
    }
    if (point.distanceM === null) return point;
    if (first) {
      offsetM = point.distanceM < totalM - 1 ? totalM : 0;
      first = false;
    }
    legTotalM = Math.max(legTotalM, point.distanceM);
    return { ...point, distanceM: point.distanceM + offsetM };
  });
}

function legsOf(run: readonly SessionSpan[], startMs: number): ActivityLeg[] {
  return run.map((session) => ({
    sport: session.sport,
    startS: (session.startMs - startMs) / 1000,
    durationS: session.elapsedS ?? (session.endMs - session.startMs) / 1000,
    distanceM: session.distanceM,
  }));
}
