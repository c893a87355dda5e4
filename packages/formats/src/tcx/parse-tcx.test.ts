import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../errors/format-error.js';
import { parseTcx } from './parse-tcx.js';

const FIXTURES = new URL('../../../../fixtures/tcx/', import.meta.url);
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

describe('parseTcx', () => {
  it('reads a Forerunner 410 run with heart rate and its three laps', () => {
    const activity = parseTcx(fixture('test.tcx'));
    expect(activity.format).toBe('tcx');
    expect(activity.sport).toBe('running');
    expect(activity.device).toBe('Forerunner 410 Software Version 2.20');
    expect(activity.startTime).toBe('2012-12-26T21:29:53.000Z');
    expect(activity.distanceSource).toBe('device');
    expect(activity.laps).toHaveLength(3);
    expect(activity.laps[0]).toEqual({
      startS: 0,
      durationS: 608.47,
      distanceM: 1609.34399414,
      intensity: 'active',
      trigger: 'distance',
    });
    expect(activity.laps[2]?.trigger).toBe('manual');
    expect(activity.samples[0]).toMatchObject({ timeS: 0, heartRate: 62, distanceM: 0 });
    const last = activity.samples[activity.samples.length - 1];
    expect(last?.timeS).toBe(1992);
    expect(last?.distanceM).toBeCloseTo(4686.31, 1);
    expect(Math.max(...activity.samples.map((s) => s.heartRate ?? 0))).toBe(189);
  });

  it('reads the same run without heart rate', () => {
    const activity = parseTcx(fixture('no_hr.tcx'));
    expect(activity.samples.every((s) => s.heartRate === null)).toBe(true);
    expect(activity.samples.length).toBe(parseTcx(fixture('test.tcx')).samples.length);
  });

  it('refuses what is not a TCX activity', () => {
    expect(formatErrorOf(() => parseTcx('<gpx/>')).code).toBe('not-tcx');
    expect(
      formatErrorOf(() => parseTcx('<TrainingCenterDatabase><Activities/></TrainingCenterDatabase>')).code,
    ).toBe('empty-track');
    const course =
      '<TrainingCenterDatabase><Courses><Course><Name>Loop</Name></Course></Courses></TrainingCenterDatabase>';
    expect(formatErrorOf(() => parseTcx(course)).code).toBe('no-times');
    expect(formatErrorOf(() => parseTcx('<!DOCTYPE x><TrainingCenterDatabase/>')).code).toBe('xml-doctype');
  });
});
