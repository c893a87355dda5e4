import { readFileSync } from 'node:fs';
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../errors/format-error.js';
import { encodeFitActivity } from '../fit/encode-fit-activity.js';
import { writeGpx } from '../gpx/write-gpx.js';
import { trackSession } from '../synthetic/sample-sessions.js';
import { sessionSegments, TYPICAL_RUNNER } from '../synthetic/synthesize-session.js';
import { synthesizeRun } from '../synthetic/synthesize-run.js';
import { encodeUtf8 } from '../text/text-codec.js';
import { decodeActivities, decodeActivity, sniffActivityFormat } from './decode-activity.js';
import { summarizeActivity } from './summarize-activity.js';

const FIXTURES = new URL('../../../../fixtures/', import.meta.url);
const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(path, FIXTURES)));

const RUN = synthesizeRun({
  startMs: Date.UTC(2026, 11, 14, 7),
  seed: 3,
  segments: sessionSegments(trackSession(2, 100, 271, 150, 30), TYPICAL_RUNNER, 3),
  laps: 'workout',
});

describe('sniffActivityFormat', () => {
  it('knows each format by its content, renamed or with a BOM', () => {
    expect(sniffActivityFormat(fixture('fit/Activity.fit'))).toBe('fit');
    expect(sniffActivityFormat(fixture('gpx/unicode_with_bom.gpx'))).toBe('gpx');
    expect(sniffActivityFormat(fixture('tcx/test.tcx'))).toBe('tcx');
    expect(sniffActivityFormat(encodeUtf8('<?xml version="1.0"?>\n<!-- c --><ns:gpx xmlns:ns="x">'))).toBe(
      'gpx',
    );
    expect(sniffActivityFormat(encodeUtf8('hello'))).toBeNull();
  });
});

describe('decodeActivity', () => {
  it('refuses what is not an activity file', () => {
    expect(() => decodeActivity(encodeUtf8('date,km\n2026-12-07,5\n'))).toThrow(/neither FIT, GPX nor TCX/);
  });

  it('FIT round trip: what encodeFitActivity writes reads back, to FIT resolution', () => {
    const activity = decodeActivity(encodeFitActivity(RUN.activity));
    expect(activity.format).toBe('fit');
    expect(activity.startTime).toBe(RUN.activity.startTime);
    expect(activity.samples).toHaveLength(RUN.activity.samples.length);
    activity.samples.forEach((sample, i) => {
      const original = RUN.activity.samples[i];
      expect(sample.timeS).toBe(original?.timeS);
      expect(sample.distanceM).toBeCloseTo(original?.distanceM ?? NaN, 2);
      expect(sample.speedMPerS).toBeCloseTo(original?.speedMPerS ?? NaN, 3);
      expect(sample.lat).toBeCloseTo(original?.lat ?? NaN, 6);
      expect(sample.lon).toBeCloseTo(original?.lon ?? NaN, 6);
      expect(sample.altitudeM).toBeCloseTo(original?.altitudeM ?? NaN, 1);
      expect(sample.heartRate).toBe(original?.heartRate);
      expect(sample.cadence).toBe(original?.cadence);
    });
    expect(activity.laps).toEqual(
      RUN.activity.laps.map((lap) => ({
        ...lap,
        distanceM: expect.closeTo(lap.distanceM ?? 0, 2) as number,
      })),
    );
  });

  it('GPX round trip: positions, altitude, heart rate and cadence; distance measured again from the track', () => {
    const activity = decodeActivity(encodeUtf8(writeGpx(RUN.activity, { name: 'Track & <reps>' })));
    expect(activity.format).toBe('gpx');
    expect(activity.samples).toHaveLength(RUN.activity.samples.length);
    activity.samples.forEach((sample, i) => {
      const original = RUN.activity.samples[i];
      expect(sample.lat).toBeCloseTo(original?.lat ?? NaN, 6);
      expect(sample.heartRate).toBe(original?.heartRate);
      expect(sample.cadence).toBe(original?.cadence);
    });
    const measured = summarizeActivity(activity).distanceM ?? 0;
    const recorded = summarizeActivity(RUN.activity).distanceM ?? 0;
    expect(Math.abs(measured - recorded) / recorded).toBeLessThan(0.02);
  });
});

function formatErrorOf(run: () => unknown): FormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error('expected a FormatError');
}

describe('decodeActivities', () => {
  it('GZ-1: reads gzipped FIT, GPX and TCX files as their unpacked selves', () => {
    for (const name of ['fit/garmin-fenix-5-run.fit', 'gpx/korita-zbevnica.gpx', 'tcx/test.tcx']) {
      const plain = decodeActivities(fixture(name));
      const gzipped = decodeActivities(gzipSync(fixture(name)));
      expect({ name, activities: gzipped }).toEqual({ name, activities: plain });
    }
  });

  it('EMPTY-1: an empty (0-byte) or blank file is called empty, not "not an activity file"', () => {
    const empty = formatErrorOf(() => decodeActivities(new Uint8Array(0)));
    expect(empty.code).toBe('empty-file');
    expect(empty.message).toBe(
      'the file is empty (0 bytes): nothing was saved in it; a FIT, GPX or TCX activity is expected',
    );
    expect(formatErrorOf(() => decodeActivities(encodeUtf8('\n\n  '))).code).toBe('empty-file');
    expect(formatErrorOf(() => decodeActivities(gzipSync(new Uint8Array(0)))).code).toBe('empty-file');
  });

  it("CUT-1: cut-off GPX and TCX files say they are cut off, never a parser's internal words", () => {
    for (const name of ['gpx/korita-zbevnica.gpx', 'tcx/no_hr.tcx']) {
      const bytes = fixture(name);
      for (const share of [0.1, 0.5, 0.97]) {
        const error = formatErrorOf(() =>
          decodeActivities(bytes.subarray(0, Math.floor(bytes.length * share))),
        );
        expect({ name, share, code: error.code }).toEqual({ name, share, code: 'truncated' });
        expect(error.message).toMatch(
          /^the file is cut off: it ends before its <(gpx|TrainingCenterDatabase)> element is closed/,
        );
        expect(error.message).not.toMatch(/Invalid '\[/);
      }
    }
  });

  it('ROUTE-1: a planned GPX route is refused as a route, named so a bulk import can skip it', () => {
    const error = formatErrorOf(() => decodeActivities(fixture('gpx/route.gpx')));
    expect(error.code).toBe('no-times');
    expect(error.kind).toBe('route');
  });
});

describe('summarizeActivity', () => {
  it('duration, distance, pace and heart rate of the Fenix 2 run', () => {
    const summary = summarizeActivity(decodeActivity(fixture('fit/activity-small-fenix2-run.fit')));
    expect(summary).toMatchObject({
      format: 'fit',
      sport: 'running',
      sampleCount: 2809,
      lapCount: 4,
      device: 'garmin fenix2',
    });
    expect(summary.durationS).toBeGreaterThan(2800);
    expect(summary.distanceM).toBeGreaterThan(9000);
    expect(summary.sPerKm).toBeCloseTo((summary.durationS * 1000) / (summary.distanceM ?? 1), 6);
    expect(summary.maxHeartRate).toBeGreaterThan(summary.avgHeartRate ?? 0);
  });
});
