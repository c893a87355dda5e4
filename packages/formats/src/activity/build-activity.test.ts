import { describe, expect, it } from 'vitest';
import { FormatError } from '../errors/format-error.js';
import { buildActivity, type RawActivity, type RawPoint } from './build-activity.js';

const T0 = Date.UTC(2026, 11, 7, 7);

function point(second: number, extra: Partial<RawPoint> = {}): RawPoint {
  return {
    timeMs: T0 + second * 1000,
    distanceM: null,
    speedMPerS: null,
    lat: null,
    lon: null,
    altitudeM: null,
    heartRate: null,
    cadence: null,
    ...extra,
  };
}

function raw(points: RawPoint[], extra: Partial<RawActivity> = {}): RawActivity {
  return {
    format: 'gpx',
    sport: null,
    declaredStartMs: null,
    points,
    laps: [],
    device: null,
    warnings: [],
    ...extra,
  };
}

describe('buildActivity', () => {
  it('sorts points, merges two records of one instant, and counts seconds from the start', () => {
    const activity = buildActivity(
      raw([
        point(2, { heartRate: 120 }),
        point(0, { heartRate: 100 }),
        point(1, { heartRate: 110 }),
        point(1, { cadence: 80 }),
      ]),
    );
    expect(activity.startTime).toBe('2026-12-07T07:00:00.000Z');
    expect(activity.samples.map((s) => [s.timeS, s.heartRate, s.cadence])).toEqual([
      [0, 100, null],
      [1, 110, 80],
      [2, 120, null],
    ]);
  });

  it('drops impossible values, (0, 0) fixes, and a record dated decades away from the rest', () => {
    const activity = buildActivity(
      raw([
        point(0, { lat: 0, lon: 0, heartRate: 0 }),
        point(1, { lat: 91, lon: 10, altitudeM: 99999, speedMPerS: -1 }),
        point(2, { lat: 48, lon: 11, cadence: 300 }),
        point(3, { lat: 48, lon: 11 }),
        point(2_000_000_000),
      ]),
    );
    expect(activity.samples).toHaveLength(4);
    expect(activity.samples[0]).toMatchObject({ lat: null, lon: null, heartRate: null });
    expect(activity.samples[1]).toMatchObject({ lat: null, altitudeM: null });
    expect(activity.samples[2]?.cadence).toBeNull();
    expect(activity.warnings).toEqual([
      'dropped 1 point more than a day away from the rest of the recording',
    ]);
  });

  it('takes the declared start when it is just before the first point, and ignores one far before', () => {
    expect(buildActivity(raw([point(5)], { declaredStartMs: T0 })).samples[0]?.timeS).toBe(5);
    expect(buildActivity(raw([point(5)], { declaredStartMs: T0 - 86_400_000 })).samples[0]?.timeS).toBe(0);
  });

  it('measures distance along the GPS track when the device gave none, leaving out a spike', () => {
    const metre = 1 / 111_195;
    const points = Array.from({ length: 21 }, (_, i) => point(i, { lat: 48 + i * 3 * metre, lon: 11 }));
    const spiked = points.map((p, i) => (i === 10 ? { ...p, lon: 11 + 0.01 } : p));
    for (const track of [points, spiked]) {
      const activity = buildActivity(raw(track));
      expect(activity.distanceSource).toBe('gps');
      expect(activity.samples[20]?.distanceM).toBeCloseTo(60, 0);
    }
    expect(buildActivity(raw(points)).samples[10]?.speedMPerS).toBeCloseTo(3, 4);
  });

  it("keeps the device's distance, never going backwards, gaps interpolated", () => {
    const activity = buildActivity(
      raw([
        point(0, { distanceM: 0 }),
        point(1, { distanceM: 4 }),
        point(2),
        point(3, { distanceM: 10 }),
        point(4, { distanceM: 9 }),
      ]),
    );
    expect(activity.distanceSource).toBe('device');
    expect(activity.samples.map((s) => s.distanceM)).toEqual([0, 4, 7, 10, 10]);
  });

  it('empty-track: nothing with a time left', () => {
    expect(() => buildActivity(raw([point(Number.NaN)]))).toThrow(FormatError);
    expect(() => buildActivity(raw([]))).toThrow(/no track points/);
  });
});
