import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../errors/format-error.js';
import { decodeFitActivity } from './decode-fit-activity.js';

const FIXTURES = new URL('../../../../fixtures/fit/', import.meta.url);
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, FIXTURES)));

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

  it('says when a file uses compressed timestamps', () => {
    expect(formatErrorOf(() => decodeFitActivity(fixture('compressed-speed-distance.fit'))).code).toBe(
      'unsupported',
    );
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
