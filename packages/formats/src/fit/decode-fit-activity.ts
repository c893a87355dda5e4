/** FIT activity files (what a Garmin, Coros, Suunto or Wahoo watch records) to the normalized `Activity`. */
import type { FitMessages } from '@garmin/fitsdk';
import type { Activity, LapIntensity, LapTrigger } from '../activity/activity-types.js';
import { buildActivity, type RawLap, type RawPoint } from '../activity/build-activity.js';
import { FormatError } from '../errors/format-error.js';
import { fitNumber, fitString, fitTimeMs, semicirclesToDegrees } from './fit-values.js';
import { readFitMessages, type FitReadOptions } from './read-fit-messages.js';

/**
 * Decodes a FIT activity with Garmin's SDK and normalizes it.
 * @example decodeFitActivity(bytes).samples.length // 3600
 */
export function decodeFitActivity(bytes: Uint8Array, options: FitReadOptions = {}): Activity {
  const { messages, problem } = readFitMessages(bytes, options);
  const records = messages.recordMesgs ?? [];
  const fileType = fitString(messages.fileIdMesgs?.[0]?.type);
  if (records.length === 0 && fileType !== null && fileType !== 'activity') {
    throw new FormatError('wrong-fit-type', `this FIT file is a ${fileType} file, not a recorded activity`);
  }
  if (records.length === 0) {
    throw problem ?? new FormatError('empty-track', 'the FIT file holds no records: nothing was recorded');
  }
  const session = messages.sessionMesgs?.[0];
  return buildActivity({
    format: 'fit',
    sport: sportOf(messages),
    declaredStartMs: fitTimeMs(session?.startTime),
    points: records.map(toPoint),
    laps: (messages.lapMesgs ?? []).flatMap(toLap),
    device: deviceOf(messages),
    warnings: problem === null ? [] : [`incomplete file, kept what could be read: ${problem.message}`],
  });
}

type RecordMesg = NonNullable<FitMessages['recordMesgs']>[number];
type LapMesg = NonNullable<FitMessages['lapMesgs']>[number];

function toPoint(record: RecordMesg): RawPoint {
  return {
    timeMs: fitTimeMs(record.timestamp) ?? Number.NaN,
    distanceM: fitNumber(record.distance),
    speedMPerS: fitNumber(record.enhancedSpeed) ?? fitNumber(record.speed),
    lat: semicirclesToDegrees(record.positionLat),
    lon: semicirclesToDegrees(record.positionLong),
    altitudeM: fitNumber(record.enhancedAltitude) ?? fitNumber(record.altitude),
    heartRate: fitNumber(record.heartRate),
    cadence: fitNumber(record.cadence),
  };
}

function toLap(lap: LapMesg): RawLap[] {
  const startMs = fitTimeMs(lap.startTime);
  const durationS = fitNumber(lap.totalElapsedTime) ?? fitNumber(lap.totalTimerTime);
  if (startMs === null || durationS === null) return [];
  return [
    {
      startMs,
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
