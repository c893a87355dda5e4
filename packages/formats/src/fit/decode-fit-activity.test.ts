import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decoder, Encoder, Stream, type FileIdMesg, type RecordMesg, type SessionMesg } from '@garmin/fitsdk';
import { FormatError } from '../errors/format-error.js';
import { gunzipCapped } from '../bulk/archive-reader.js';
import { withClockJump } from '../synthetic/fit-clock-jump.js';
import { decodeFitActivities, decodeFitActivity } from './decode-fit-activity.js';
import { FIT_MESG } from './fit-message-numbers.js';
import { fitTimeMs } from './fit-values.js';

const FIXTURES = new URL('../../../../fixtures/fit/', import.meta.url);
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, FIXTURES)));

/** The sessions fitdecode (an independent Python decoder) read from each fixture: `fitdecode-sessions.csv`. */
interface FitdecodeSession {
  piece: number;
  fileType: string;
  sport: string;
  startTime: string;
  elapsedS: number;
  distanceM: number;
  records: number;
}
const FITDECODE = readFileSync(new URL('fitdecode-sessions.csv', FIXTURES), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','));
function fitdecode(file: string): FitdecodeSession[] {
  return FITDECODE.filter((row) => row[0] === file).map((row) => ({
    piece: Number(row[1]),
    fileType: row[2] ?? '',
    sport: row[4] ?? '',
    startTime: row[5] ?? '',
    elapsedS: Number(row[6]),
    distanceM: Number(row[8]),
    records: Number(row[9]),
  }));
}
const FIT_EPOCH_S = Date.UTC(1989, 11, 31) / 1000;

function formatErrorOf(run: () => unknown): FormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error('expected a FormatError');
}

describe('decodeFitActivity', () => {
  it('reads a Fenix 5 run sample for sample as another FIT library decoded it', () => {
    const activity = decodeFitActivity(fixture('garmin-fenix-5-run.fit'));
    const rows = readFileSync(new URL('garmin-fenix-5-run-records.csv', FIXTURES), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    expect(activity.samples).toHaveLength(rows.length);
    expect(activity.startTime).toBe('2017-06-11T14:34:09.000Z');
    expect(activity.sport).toBe('running');
    expect(activity.device).toBe('garmin fenix5');
    expect(activity.distanceSource).toBe('device');
    rows.forEach((row, i) => {
      const [, hr, cadence, speed, distance, lat, lon, altitude] = row.split(',').map(Number);
      const sample = activity.samples[i];
      expect(sample?.heartRate).toBe(hr);
      expect(sample?.cadence).toBe(cadence);
      expect(sample?.speedMPerS).toBeCloseTo(speed ?? NaN, 3);
      expect(sample?.distanceM).toBeCloseTo(distance ?? NaN, 2);
      expect(sample?.lat).toBeCloseTo(((lat ?? NaN) * 180) / 2 ** 31, 7);
      expect(sample?.lon).toBeCloseTo(((lon ?? NaN) * 180) / 2 ** 31, 7);
      expect(sample?.altitudeM).toBeCloseTo(altitude ?? NaN, 6);
    });
  });

  it('reads a Fenix 2 run with its laps', () => {
    const activity = decodeFitActivity(fixture('activity-small-fenix2-run.fit'));
    expect(activity.samples.length).toBe(2809);
    expect(activity.laps).toHaveLength(4);
    expect(activity.laps[0]).toMatchObject({ startS: 1, durationS: 270, distanceM: 848.94 });
    const last = activity.samples[activity.samples.length - 1];
    expect(last?.distanceM).toBeGreaterThan(9000);
    expect(activity.warnings).toEqual([]);
  });

  it('reads a file with developer fields', () => {
    const activity = decodeFitActivity(fixture('developer-types-sample.fit'));
    expect(activity.samples).toHaveLength(3424);
    expect(activity.device).toBe('stryd');
  });

  it('refuses a truncated file, or keeps what decodes when asked to salvage', () => {
    const bytes = fixture('activity-unexpected-eof.fit');
    const error = formatErrorOf(() => decodeFitActivity(bytes));
    expect(error.code).toBe('truncated');
    expect(error.message).toMatch(/cut off/);
    const salvaged = decodeFitActivity(bytes, { salvage: true });
    expect(salvaged.samples).toHaveLength(14);
    expect(salvaged.warnings[0]).toMatch(/^incomplete file/);
  });

  it('refuses a file whose CRC does not match', () => {
    expect(formatErrorOf(() => decodeFitActivity(fixture('activity-filecrc.fit'))).code).toBe('bad-crc');
  });

  it('refuses a file with a corrupt chained header', () => {
    const error = formatErrorOf(() => decodeFitActivity(fixture('activity-settings-corruptheader.fit')));
    expect(error.code).toBe('bad-fit');
  });

  it('FIT-CT-1: reads a Forerunner 70 run with compressed timestamps, record for record as python-fitparse did', () => {
    const activity = decodeFitActivity(fixture('compressed-speed-distance.fit'));
    const rows = readFileSync(new URL('compressed-speed-distance-records.csv', FIXTURES), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((row) => row.split(','));
    const [session] = fitdecode('compressed-speed-distance.fit');
    const startS = Number(session?.startTime);
    expect(activity.startTime).toBe(new Date((FIT_EPOCH_S + startS) * 1000).toISOString());
    // The CSV leaves out the first record, which carries nothing but the start time.
    expect(activity.samples).toHaveLength(rows.length + 1);
    expect(activity.samples[0]).toMatchObject({ timeS: 0, heartRate: null, distanceM: 0 });
    rows.forEach(([timestamp, heartRate, speed, distance], i) => {
      const sample = activity.samples[i + 1];
      expect(sample?.timeS).toBe(Number(timestamp) - startS);
      expect(sample?.heartRate).toBe(Number(heartRate));
      expect(sample?.speedMPerS).toBeCloseTo(Number(speed), 2);
      expect(sample?.distanceM).toBeCloseTo(Number(distance), 6);
    });
    const last = activity.samples[activity.samples.length - 1];
    // The device's totals as fitdecode read them: distance to the centimetre, time within the last record's 8 s.
    expect(last?.distanceM).toBeCloseTo(session?.distanceM ?? NaN, 1);
    expect(Math.abs((last?.timeS ?? 0) - (session?.elapsedS ?? 0))).toBeLessThan(8);
    expect(activity.laps).toHaveLength(11);
  });

  it('FIT-CHAIN-1: a chained activity and settings file gives the activity and leaves the settings out', () => {
    const [session, settings] = fitdecode('activity-settings.fit');
    expect(settings?.fileType).toBe('settings');
    const activities = decodeFitActivities(fixture('activity-settings.fit'));
    expect(activities).toHaveLength(1);
    expect(activities[0]?.samples).toHaveLength(session?.records ?? NaN);
    const last = activities[0]?.samples[activities[0].samples.length - 1];
    expect(last?.distanceM).toBeCloseTo(session?.distanceM ?? NaN, 2);
  });

  it('FIT-CHAIN-2: two activities chained in one file each keep their own records and laps', () => {
    const run = fixture('garmin-fenix-5-run.fit');
    const walk = fixture('garmin-fenix-5-walk.fit');
    const chained = new Uint8Array(run.length + walk.length);
    chained.set(run);
    chained.set(walk, run.length);
    const activities = decodeFitActivities(chained);
    const expected = [...fitdecode('garmin-fenix-5-run.fit'), ...fitdecode('garmin-fenix-5-walk.fit')];
    expect(activities.map((a) => a.sport)).toEqual(expected.map((s) => s.sport));
    expect(activities.map((a) => a.startTime)).toEqual(
      expected.map((s) => s.startTime.replace('Z', '.000Z')),
    );
    expect(activities.map((a) => a.samples.length)).toEqual(expected.map((s) => s.records));
    expect(activities.map((a) => a.laps.length)).toEqual([1, 1]);
    activities.forEach((activity, i) => {
      const last = activity.samples[activity.samples.length - 1];
      expect(last?.distanceM).toBeCloseTo(expected[i]?.distanceM ?? NaN, 1);
    });
    expect(decodeFitActivity(chained).warnings).toContain('the file holds 2 activities; this is the first');
  });

  it('FIT-CHAIN-3: a Forerunner 935 swim written as 7 chained pieces is one activity', () => {
    const pieces = fitdecode('garmin-fr935-cr.fit');
    expect(pieces).toHaveLength(7);
    const activities = decodeFitActivities(fixture('garmin-fr935-cr.fit'));
    expect(activities).toHaveLength(1);
    expect(activities[0]?.sport).toBe('swimming');
    expect(activities[0]?.startTime).toBe(pieces[0]?.startTime.replace('Z', '.000Z'));
    const last = activities[0]?.samples[activities[0].samples.length - 1];
    expect(Math.abs((last?.timeS ?? 0) - (pieces[0]?.elapsedS ?? 0))).toBeLessThan(2);
  });

  it('FIT-MS-1: a 7-session triathlon-style file is one multisport activity: legs keep their sports, totals add up', () => {
    const bytes = gunzipCapped(fixture('activity-large-fenxi2-multisport.fit.gz'), 4 * 1024 * 1024);
    const sessions = fitdecode('activity-large-fenxi2-multisport.fit.gz');
    const activities = decodeFitActivities(bytes);
    expect(activities).toHaveLength(1);
    const [activity] = activities;
    expect(activity?.sport).toBe('multisport');
    expect(activity?.legs?.map((leg) => leg.sport)).toEqual(sessions.map((s) => s.sport));
    expect(activity?.legs?.map((leg) => leg.distanceM)).toEqual(sessions.map((s) => s.distanceM));
    const totalM = sessions.reduce((sum, s) => sum + s.distanceM, 0);
    const last = activity?.samples[activity.samples.length - 1];
    // The last record of each leg comes up to a second before the leg's end: within 2 m of 69.8 km.
    expect(Math.abs((last?.distanceM ?? 0) - totalM)).toBeLessThan(2);
    const elapsedS = sessions.reduce((sum, s) => sum + s.elapsedS, 0);
    expect(Math.abs((last?.timeS ?? 0) - elapsedS) / elapsedS).toBeLessThan(0.001);
  });

  it('FIT-SESS-1: two sessions 84 minutes apart in one file are two activities, the break no recovery', () => {
    // The Fenix 5 run and walk, their records re-encoded by Garmin's encoder as two sessions of one file.
    const read = (name: string): RecordMesg[] =>
      new Decoder(Stream.fromByteArray(fixture(name))).read().messages.recordMesgs as RecordMesg[];
    const run = read('garmin-fenix-5-run.fit');
    const walk = read('garmin-fenix-5-walk.fit');
    const timeMs = (record: RecordMesg | undefined): number => fitTimeMs(record?.timestamp) ?? NaN;
    const runEndMs = timeMs(run[run.length - 1]);
    const shiftMs = runEndMs + 84 * 60_000 - timeMs(walk[0]);
    const later = walk.map((r) => ({ ...r, timestamp: new Date(timeMs(r) + shiftMs) }));
    const encoder = new Encoder();
    encoder.onMesg(FIT_MESG.FILE_ID, {
      type: 'activity',
      manufacturer: 'garmin',
      timeCreated: new Date(timeMs(run[0])),
    } as FileIdMesg);
    for (const [sport, records] of [
      ['running', run],
      ['walking', later],
    ] as const) {
      for (const record of records) encoder.onMesg(FIT_MESG.RECORD, record);
      const firstMs = timeMs(records[0]);
      const lastMs = timeMs(records[records.length - 1]);
      encoder.onMesg(FIT_MESG.SESSION, {
        timestamp: new Date(lastMs),
        startTime: new Date(firstMs),
        totalElapsedTime: (lastMs - firstMs) / 1000,
        totalDistance: records[records.length - 1]?.distance,
        sport,
      } as SessionMesg);
    }
    const activities = decodeFitActivities(encoder.close());
    expect(activities.map((a) => a.sport)).toEqual(['running', 'walking']);
    expect(activities.map((a) => a.samples.length)).toEqual([run.length, walk.length]);
    expect(activities[1]?.startTime).toBe(new Date(runEndMs + 84 * 60_000).toISOString());
    expect(activities.every((a) => a.legs === undefined)).toBe(true);
  });

  it("FIT-CLOCK-1: a clock that jumps 20 days 8 minutes into a run keeps every point and the device's totals", () => {
    const original = fixture('activity-small-fenix2-run.fit');
    const [session] = fitdecode('activity-small-fenix2-run.fit');
    const startS = Date.parse(session?.startTime ?? '') / 1000 - FIT_EPOCH_S;
    const jumped = withClockJump(original, startS + 8 * 60, 20 * 86_400);
    const activity = decodeFitActivity(jumped);
    expect(activity.samples).toHaveLength(decodeFitActivity(original).samples.length);
    expect(activity.startTime).toBe(session?.startTime.replace('Z', '.000Z'));
    const last = activity.samples[activity.samples.length - 1];
    expect(last?.distanceM).toBeCloseTo(session?.distanceM ?? NaN, -1);
    expect(Math.abs((last?.timeS ?? 0) - (session?.elapsedS ?? 0))).toBeLessThanOrEqual(2);
    expect(activity.laps.map((lap) => Math.round(lap.startS))).toEqual(
      decodeFitActivity(original).laps.map((lap) => Math.round(lap.startS)),
    );
    expect(activity.warnings.join(' ')).toMatch(/clock jumped once/);
  });

  it('FIT-KIND-1: settings, monitoring, weight, workout and course files are named for what they are', () => {
    const course = new Encoder();
    course.onMesg(FIT_MESG.FILE_ID, {
      type: 'course',
      manufacturer: 'development',
      timeCreated: new Date('2026-12-01T07:00:00Z'),
    } as FileIdMesg);
    for (let i = 0; i < 5; i++) {
      course.onMesg(FIT_MESG.RECORD, {
        timestamp: new Date(Date.UTC(2026, 11, 1, 7, 0, i)),
        positionLat: 574_000_000 + i * 100,
        positionLong: 138_000_000,
        distance: i * 3,
      } as RecordMesg);
    }
    const files: [string, Uint8Array][] = [
      ['settings', fixture('Settings.fit')],
      ['monitoring', fixture('MonitoringFile.fit')],
      ['weight', fixture('WeightScaleSingleUser.fit')],
      ['workout', fixture('WorkoutRepeatSteps.fit')],
      ['course', course.close()],
    ];
    for (const [kind, bytes] of files) {
      const error = formatErrorOf(() => decodeFitActivity(bytes));
      expect(error.code).toBe('wrong-fit-type');
      expect(error.kind).toBe(kind);
      expect(error.message).toBe(`this FIT file is a ${kind} file, not a recorded activity`);
    }
  });

  it('keeps the readable part of a crashed Strava recording and drops its record dated decades ahead', () => {
    expect(
      formatErrorOf(() => decodeFitActivity(fixture('strava-android-app-201.10-b1218918.fit'))).code,
    ).toBe('truncated');
    const activity = decodeFitActivity(fixture('strava-android-app-201.10-b1218918.fit'), { salvage: true });
    expect(activity.startTime.startsWith('2021-09-27')).toBe(true);
    const last = activity.samples[activity.samples.length - 1];
    expect(last?.timeS).toBeLessThan(4 * 3600);
    expect(activity.warnings.join(' ')).toMatch(/more than a day away/);
  });

  it('says a workout file is not an activity', () => {
    const error = formatErrorOf(() => decodeFitActivity(fixture('WorkoutRepeatSteps.fit')));
    expect(error.code).toBe('wrong-fit-type');
    expect(error.message).toBe('this FIT file is a workout file, not a recorded activity');
  });

  it('refuses random bytes and a header declaring gigabytes', () => {
    expect(formatErrorOf(() => decodeFitActivity(new Uint8Array([1, 2, 3]))).code).toBe('not-fit');
    const bytes = fixture('Activity.fit').slice();
    new DataView(bytes.buffer).setUint32(4, 0xfffffff0, true);
    const error = formatErrorOf(() => decodeFitActivity(bytes));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/declares 4\.0 GB/);
  });

  it('refuses a file over the size cap', () => {
    expect(formatErrorOf(() => decodeFitActivity(fixture('Activity.fit'), { maxBytes: 100 })).code).toBe(
      'too-large',
    );
  });
});
