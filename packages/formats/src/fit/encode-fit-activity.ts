/**
 * An `Activity` as a FIT activity file, written with Garmin's encoder: what a watch would upload. Used to
 * export an activity, and to build realistic test and benchmark files.
 */
import {
  Encoder,
  type ActivityMesg,
  type EventMesg,
  type FileIdMesg,
  type LapMesg,
  type RecordMesg,
  type SessionMesg,
  type Types,
} from '@garmin/fitsdk';
import type { Activity, ActivityLap, LapIntensity, LapTrigger } from '../activity/activity-types.js';
import { summarizeActivity } from '../activity/summarize-activity.js';
import { FIT_MESG } from './fit-message-numbers.js';
import { degreesToSemicircles } from './fit-values.js';

const FIT_INTENSITY: Readonly<Record<LapIntensity, Types.Intensity>> = {
  warmup: 'warmup',
  active: 'active',
  recovery: 'recovery',
  rest: 'rest',
  cooldown: 'cooldown',
  interval: 'interval',
  other: 'other',
};

const FIT_TRIGGER: Readonly<Record<LapTrigger, Types.LapTrigger>> = {
  manual: 'manual',
  distance: 'distance',
  time: 'time',
  position: 'positionLap',
  'session-end': 'sessionEnd',
  other: 'manual',
};

/**
 * Encodes an activity; FIT keeps whole seconds, centimetres and millimetres per second.
 * @example decodeFitActivity(encodeFitActivity(activity)).samples.length === activity.samples.length
 */
export function encodeFitActivity(activity: Activity): Uint8Array {
  const startMs = Date.parse(activity.startTime);
  const at = (timeS: number): Date => new Date(startMs + Math.round(timeS) * 1000);
  const summary = summarizeActivity(activity);
  const endDate = at(summary.durationS);
  const encoder = new Encoder();

  const fileId: FileIdMesg = {
    type: 'activity',
    manufacturer: 'development',
    product: 0,
    serialNumber: 1,
    timeCreated: at(0),
  };
  encoder.onMesg(FIT_MESG.FILE_ID, fileId);
  const start: EventMesg = { timestamp: at(0), event: 'timer', eventType: 'start' };
  encoder.onMesg(FIT_MESG.EVENT, start);

  for (const sample of activity.samples) {
    const record: RecordMesg = { timestamp: at(sample.timeS) };
    if (sample.lat !== null && sample.lon !== null) {
      record.positionLat = degreesToSemicircles(sample.lat);
      record.positionLong = degreesToSemicircles(sample.lon);
    }
    if (sample.distanceM !== null) record.distance = sample.distanceM;
    if (sample.speedMPerS !== null) record.speed = sample.speedMPerS;
    if (sample.altitudeM !== null) record.altitude = sample.altitudeM;
    if (sample.heartRate !== null) record.heartRate = Math.round(sample.heartRate);
    if (sample.cadence !== null) record.cadence = Math.round(sample.cadence);
    encoder.onMesg(FIT_MESG.RECORD, record);
  }

  const stop: EventMesg = { timestamp: endDate, event: 'timer', eventType: 'stopAll' };
  encoder.onMesg(FIT_MESG.EVENT, stop);
  const laps: readonly ActivityLap[] =
    activity.laps.length > 0
      ? activity.laps
      : [
          {
            startS: 0,
            durationS: summary.durationS,
            distanceM: summary.distanceM,
            intensity: null,
            trigger: 'session-end',
          },
        ];
  laps.forEach((lap, index) => {
    const mesg: LapMesg = {
      messageIndex: index,
      timestamp: at(lap.startS + lap.durationS),
      startTime: at(lap.startS),
      totalElapsedTime: lap.durationS,
      totalTimerTime: lap.durationS,
      event: 'lap',
      eventType: 'stop',
      sport: 'running',
    };
    if (lap.distanceM !== null) mesg.totalDistance = lap.distanceM;
    if (lap.intensity !== null) mesg.intensity = FIT_INTENSITY[lap.intensity];
    if (lap.trigger !== null) mesg.lapTrigger = FIT_TRIGGER[lap.trigger];
    encoder.onMesg(FIT_MESG.LAP, mesg);
  });

  const session: SessionMesg = {
    messageIndex: 0,
    timestamp: endDate,
    startTime: at(0),
    totalElapsedTime: summary.durationS,
    totalTimerTime: summary.durationS,
    sport: activity.sport === 'running' || activity.sport === null ? 'running' : 'generic',
    firstLapIndex: 0,
    numLaps: laps.length,
    event: 'session',
    eventType: 'stop',
  };
  if (summary.distanceM !== null) session.totalDistance = summary.distanceM;
  encoder.onMesg(FIT_MESG.SESSION, session);
  const done: ActivityMesg = {
    timestamp: endDate,
    numSessions: 1,
    type: 'manual',
    event: 'activity',
    eventType: 'stop',
  };
  encoder.onMesg(FIT_MESG.ACTIVITY, done);
  return encoder.close();
}
