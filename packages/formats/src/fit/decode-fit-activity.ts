/**
 * FIT activity files (what a Garmin, Coros, Suunto or Wahoo watch records) to normalized `Activity`s: every
 * activity of a chained file, one per session, or one multisport activity whose legs keep their sports.
 */
import type { FitMessages } from '@garmin/fitsdk';
import type { Activity, ActivityLeg, LapIntensity, LapTrigger } from '../activity/activity-types.js';
import { buildActivity, type RawLap, type RawPoint } from '../activity/build-activity.js';
import { FormatError } from '../errors/format-error.js';
import { closeClockJumps } from './fit-clock.js';
import { fitFileKind } from './fit-file-kind.js';
import { fitNumber, fitString, fitTimeMs, semicirclesToDegrees } from './fit-values.js';
import { readFitFiles, type FitRead, type FitReadOptions } from './read-fit-messages.js';

/** Sessions closer than this (end to start) are legs of one multisport activity, not separate activities. */
const MULTISPORT_GAP_S = 15 * 60;

/**
 * Decodes a FIT activity with Garmin's SDK and normalizes it: the first activity of the file, with a warning
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
  const files = readFitFiles(bytes, options, true);
  const groups: FitRead[][] = [];
  let otherKind: string | null = null;
  let problem: FormatError | null = null;
  for (const file of files) {
    problem ??= file.problem;
    const type = fitString(file.messages.fileIdMesgs?.[0]?.type);
    const hasFileId = (file.messages.fileIdMesgs?.length ?? 0) > 0;
    if (type !== null && type !== 'activity') {
      otherKind ??= fitFileKind(type);
      continue;
    }
    // A chained piece without a file id continues the activity before it (a Forerunner 935 writes 7 pieces).
    const current = groups[groups.length - 1];
    if (current !== undefined && !hasFileId) current.push(file);
    else groups.push([file]);
  }
  const activities: Activity[] = [];
  for (const group of groups) {
    const messages = mergeMessages(group);
    if ((messages.recordMesgs?.length ?? 0) === 0) continue;
    const groupProblem = group.find((file) => file.problem !== null)?.problem ?? null;
    activities.push(...activitiesOf(messages, groupProblem));
  }
  if (activities.length > 0) return activities;
  if (otherKind !== null) {
    throw new FormatError('wrong-fit-type', `this FIT file is a ${otherKind} file, not a recorded activity`, {
      kind: otherKind,
    });
  }
  throw problem ?? new FormatError('empty-track', 'the FIT file holds no records: nothing was recorded');
}

type RecordMesg = NonNullable<FitMessages['recordMesgs']>[number];
type LapMesg = NonNullable<FitMessages['lapMesgs']>[number];
type SessionMesg = NonNullable<FitMessages['sessionMesgs']>[number];

/** The messages of an activity written as several chained pieces, as one list per kind. */
function mergeMessages(group: readonly FitRead[]): FitMessages {
  const [first] = group;
  if (first === undefined || group.length === 1) return first?.messages ?? {};
  const merged: FitMessages = { ...first.messages };
  const kinds = ['recordMesgs', 'lapMesgs', 'sessionMesgs', 'eventMesgs', 'sportMesgs'] as const;
  for (const kind of kinds) {
    const all: unknown[] = [];
    for (const file of group) all.push(...(file.messages[kind] ?? []));
    (merged as Record<string, unknown>)[kind] = all;
  }
  return merged;
}

interface SessionSpan {
  startMs: number;
  endMs: number;
  sport: string | null;
  distanceM: number | null;
  elapsedS: number | null;
}

function activitiesOf(messages: FitMessages, problem: FormatError | null): Activity[] {
  const records = messages.recordMesgs ?? [];
  const warnings = problem === null ? [] : [`incomplete file, kept what could be read: ${problem.message}`];
  const sessions = sessionSpans(messages.sessionMesgs ?? []);
  const clock = closeClockJumps(
    records.map((record) => fitTimeMs(record.timestamp) ?? Number.NaN),
    sessions.length === 1 ? (sessions[0]?.elapsedS ?? null) : null,
  );
  if (clock.jumps > 0) {
    warnings.push(
      `the watch's clock jumped ${clock.jumps === 1 ? 'once' : `${clock.jumps} times`} during the recording; times after it were moved back in line`,
    );
  }
  const points = records.map((record, i) => toPoint(record, clock.timesMs[i] ?? Number.NaN));
  const laps = (messages.lapMesgs ?? []).flatMap((lap) => toLap(lap, clock.correct));
  for (const session of sessions) {
    session.startMs = clock.correct(session.startMs);
    session.endMs = Math.max(session.startMs, clock.correct(session.endMs));
  }
  const device = deviceOf(messages);
  const base = { format: 'fit' as const, device };
  if (sessions.length <= 1) {
    return [
      buildActivity({
        ...base,
        sport: sportOf(messages),
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
      sport: multisport ? 'multisport' : (run[0]?.sport ?? sportOf(messages)),
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

function sessionSpans(sessions: readonly SessionMesg[]): SessionSpan[] {
  const spans: SessionSpan[] = [];
  for (const session of sessions) {
    const startMs = fitTimeMs(session.startTime);
    if (startMs === null) continue;
    const elapsedS = fitNumber(session.totalElapsedTime) ?? fitNumber(session.totalTimerTime);
    const endMs = fitTimeMs(session.timestamp) ?? startMs + (elapsedS ?? 0) * 1000;
    const sport = fitString(session.sport);
    spans.push({
      startMs,
      endMs,
      sport: sport === null ? null : sport.toLowerCase(),
      distanceM: fitNumber(session.totalDistance),
      elapsedS,
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

function toPoint(record: RecordMesg, timeMs: number): RawPoint {
  return {
    timeMs,
    distanceM: fitNumber(record.distance),
    speedMPerS:
      compressedSpeed(record.compressedSpeedDistance) ??
      fitNumber(record.enhancedSpeed) ??
      fitNumber(record.speed),
    lat: semicirclesToDegrees(record.positionLat),
    lon: semicirclesToDegrees(record.positionLong),
    altitudeM: fitNumber(record.enhancedAltitude) ?? fitNumber(record.altitude),
    heartRate: fitNumber(record.heartRate),
    cadence: fitNumber(record.cadence),
  };
}

/**
 * Speed from the 3 bytes of `compressed_speed_distance` (the Forerunner 70's records): 12 bits of speed in
 * cm/s. Read here because Garmin's SDK (21.217) expands whole metres a second ten times too fast (2.00 m/s as
 * 20 m/s); python-fitparse and fitdecode read 2.0.
 */
function compressedSpeed(value: unknown): number | null {
  if (!Array.isArray(value) || value.length !== 3) return null;
  const [low, high] = value as unknown[];
  if (typeof low !== 'number' || typeof high !== 'number') return null;
  return (low + ((high & 0x0f) << 8)) / 100;
}

function toLap(lap: LapMesg, correct: (ms: number) => number): RawLap[] {
  const startMs = fitTimeMs(lap.startTime);
  const durationS = fitNumber(lap.totalElapsedTime) ?? fitNumber(lap.totalTimerTime);
  if (startMs === null || durationS === null) return [];
  return [
    {
      startMs: correct(startMs),
      durationS,
      distanceM: fitNumber(lap.totalDistance),
      intensity: lapIntensity(lap.intensity),
      trigger: lapTrigger(lap.lapTrigger),
    },
  ];
}

const INTENSITIES: Readonly<Record<string, LapIntensity>> = {
  active: 'active',
  rest: 'rest',
  warmup: 'warmup',
  cooldown: 'cooldown',
  recovery: 'recovery',
  interval: 'interval',
  other: 'other',
};

function lapIntensity(value: unknown): LapIntensity | null {
  const name = fitString(value);
  return name === null ? null : (INTENSITIES[name] ?? null);
}

const TRIGGERS: Readonly<Record<string, LapTrigger>> = {
  manual: 'manual',
  time: 'time',
  distance: 'distance',
  positionStart: 'position',
  positionLap: 'position',
  positionWaypoint: 'position',
  positionMarked: 'position',
  sessionEnd: 'session-end',
  fitnessEquipment: 'other',
};

function lapTrigger(value: unknown): LapTrigger | null {
  const name = fitString(value);
  return name === null ? null : (TRIGGERS[name] ?? null);
}

function sportOf(messages: FitMessages): string | null {
  const sport =
    fitString(messages.sessionMesgs?.[0]?.sport) ??
    fitString(messages.sportMesgs?.[0]?.sport) ??
    fitString(messages.lapMesgs?.[0]?.sport);
  return sport === null ? null : sport.toLowerCase();
}

function deviceOf(messages: FitMessages): string | null {
  const fileId = messages.fileIdMesgs?.[0];
  if (fileId === undefined) return null;
  const manufacturer = fitString(fileId.manufacturer);
  const product = fitString(fileId.garminProduct) ?? fitString(fileId.productName);
  const parts = [manufacturer, product].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}
