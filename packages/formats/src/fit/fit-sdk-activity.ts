/**
 * Garmin's SDK messages to what an activity needs (`FitActivityData`), for the FIT files the lean reader leaves
 * to the SDK: damaged files read in salvage mode, and heart rate kept in separate messages.
 */
import type { FitMessages } from '@garmin/fitsdk';
import type { LapIntensity, LapTrigger } from '../activity/activity-types.js';
import type { RawPoint } from '../activity/build-activity.js';
import type { FitActivityData, FitLap, FitSession } from './fit-activity-reader.js';
import { fitNumber, fitString, fitTimeMs, semicirclesToDegrees } from './fit-values.js';
import { lapIntensityNamed, lapTriggerNamed } from './lap-names.js';

type RecordMesg = NonNullable<FitMessages['recordMesgs']>[number];
type LapMesg = NonNullable<FitMessages['lapMesgs']>[number];
type SessionMesg = NonNullable<FitMessages['sessionMesgs']>[number];

/**
 * What an activity needs from one decoded FIT file.
 * @example sdkActivityData(new Decoder(stream).read().messages).points.length // 3600
 */
export function sdkActivityData(messages: FitMessages): FitActivityData {
  const fileId = messages.fileIdMesgs?.[0];
  return {
    fileType: fitString(fileId?.type),
    hasFileId: fileId !== undefined,
    device: deviceOf(messages),
    points: (messages.recordMesgs ?? []).map(toPoint),
    laps: (messages.lapMesgs ?? []).map(toLap),
    sessions: (messages.sessionMesgs ?? []).map(toSession),
    sport: lowerCase(fitString(messages.sportMesgs?.[0]?.sport)),
  };
}

function lowerCase(value: string | null): string | null {
  return value === null ? null : value.toLowerCase();
}

function toSession(session: SessionMesg): FitSession {
  return {
    startMs: fitTimeMs(session.startTime),
    endMs: fitTimeMs(session.timestamp),
    elapsedS: fitNumber(session.totalElapsedTime) ?? fitNumber(session.totalTimerTime),
    distanceM: fitNumber(session.totalDistance),
    sport: lowerCase(fitString(session.sport)),
  };
}

function toPoint(record: RecordMesg): RawPoint {
  return {
    timeMs: fitTimeMs(record.timestamp) ?? Number.NaN,
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

function toLap(lap: LapMesg): FitLap {
  return {
    startMs: fitTimeMs(lap.startTime),
    elapsedS: fitNumber(lap.totalElapsedTime) ?? fitNumber(lap.totalTimerTime),
    distanceM: fitNumber(lap.totalDistance),
    intensity: lapIntensity(lap.intensity),
    trigger: lapTrigger(lap.lapTrigger),
    sport: lowerCase(fitString(lap.sport)),
  };
}
function lapIntensity(value: unknown): LapIntensity | null {
  return lapIntensityNamed(fitString(value));
}

function lapTrigger(value: unknown): LapTrigger | null {
  return lapTriggerNamed(fitString(value));
}

function deviceOf(messages: FitMessages): string | null {
  const fileId = messages.fileIdMesgs?.[0];
  if (fileId === undefined) return null;
  const manufacturer = fitString(fileId.manufacturer);
  const product = fitString(fileId.garminProduct) ?? fitString(fileId.productName);
  const parts = [manufacturer, product].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}
