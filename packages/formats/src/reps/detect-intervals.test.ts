import type { Session } from '@speedwork/core';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../activity/activity-types.js';
import { decodeActivity } from '../activity/decode-activity.js';
import { encodeFitActivity } from '../fit/encode-fit-activity.js';
import { writeGpx } from '../gpx/write-gpx.js';
import { hillSession, LADDER_SESSIONS, trackSession } from '../synthetic/sample-sessions.js';
import { sessionSegments, TYPICAL_RUNNER } from '../synthetic/synthesize-session.js';
import { synthesizeRun, type SyntheticRun, type SyntheticRunSpec } from '../synthetic/synthesize-run.js';
import { encodeUtf8 } from '../text/text-codec.js';
import { detectIntervals } from './detect-intervals.js';
import type { DetectedInterval } from './interval-types.js';

const START_MS = Date.UTC(2026, 11, 14, 7);

function synthesize(session: Session, seed: number, extra: Partial<SyntheticRunSpec> = {}): SyntheticRun {
  return synthesizeRun({
    startMs: START_MS,
    seed,
    segments: sessionSegments(session, TYPICAL_RUNNER, seed),
    course: session.type === 'hills' ? 'road' : 'track',
    ...extra,
  });
}

/** The activity as the app reads it back from a file: FIT from the encoder, or GPX (positions only). */
function throughFile(activity: Activity, format: 'fit' | 'gpx'): Activity {
  return decodeActivity(format === 'fit' ? encodeFitActivity(activity) : encodeUtf8(writeGpx(activity)));
}

interface RepError {
  startS: number;
  endS: number;
  distanceShare: number;
}

/** For each true work rep, how far off the detected one is; null when none overlaps it. */
function errors(run: SyntheticRun, intervals: readonly DetectedInterval[]): (RepError | null)[] {
  const work = intervals.filter((interval) => interval.kind === 'work');
  return run.truth
    .filter((segment) => segment.kind === 'work')
    .map((truth) => {
      const found = work.find(
        (w) => w.startS < truth.startS + truth.durationS && w.startS + w.durationS > truth.startS,
      );
      if (found === undefined) return null;
      return {
        startS: found.startS - truth.startS,
        endS: found.startS + found.durationS - (truth.startS + truth.durationS),
        distanceShare: ((found.distanceM ?? 0) - truth.distanceM) / truth.distanceM,
      };
    });
}

function expectWithin(found: (RepError | null)[], timeS: number, distanceShare: number): void {
  for (const error of found) {
    expect(error).not.toBeNull();
    expect(Math.abs(error?.startS ?? Infinity)).toBeLessThanOrEqual(timeS);
    expect(Math.abs(error?.endS ?? Infinity)).toBeLessThanOrEqual(timeS);
    expect(Math.abs(error?.distanceShare ?? Infinity)).toBeLessThanOrEqual(distanceShare);
  }
}

describe('detectIntervals', () => {
  describe('from the speed signal of synthesized track sessions with GPS noise (FIT and GPX)', () => {
    for (const session of LADDER_SESSIONS) {
      for (const format of ['fit', 'gpx'] as const) {
        it(`${session.title} (${format}): every rep found, start and end within 2 s, distance within 10 %`, () => {
          for (const seed of [1, 2, 3, 4]) {
            const run = synthesize(session, seed);
            const detection = detectIntervals(throughFile(run.activity, format), {
              workSPerKm: session.intervals?.[0]?.targetSPerKm,
            });
            expect(detection.source).toBe('speed');
            const work = detection.intervals.filter((interval) => interval.kind === 'work');
            expect(work).toHaveLength(session.intervals?.[0]?.repeat ?? 0);
            expectWithin(errors(run, detection.intervals), 2, 0.1);
          }
        });
      }
    }
  });

  it('the hard case, 100 m with 30 m flat out, also without the plan', () => {
    const session = trackSession(3, 100, 271, 150, 30);
    for (const seed of [11, 12, 13, 14, 15, 16]) {
      const run = synthesize(session, seed);
      const detection = detectIntervals(throughFile(run.activity, 'gpx'));
      const found = errors(run, detection.intervals);
      expect(found).toHaveLength(3);
      expectWithin(found, 2, 0.1);
      // Work and recovery alternate, recoveries filling the gaps.
      expect(detection.intervals.map((interval) => interval.kind)).toEqual([
        'work',
        'recovery',
        'work',
        'recovery',
        'work',
      ]);
      const [first, recovery] = detection.intervals;
      expect((first?.startS ?? 0) + (first?.durationS ?? 0)).toBeCloseTo(recovery?.startS ?? -1, 9);
    }
  });

  it('finds two 100 m reps inside an hour of easy running (under 2 % of the recording)', () => {
    const session = trackSession(2, 100, 271, 150, 30);
    const segments = [
      ...sessionSegments(session, TYPICAL_RUNNER, 31),
      { kind: 'cooldown' as const, durationS: 2400, speedMPerS: 2.7 },
    ];
    const run = synthesizeRun({ startMs: START_MS, seed: 31, segments, course: 'track' });
    for (const options of [{}, { workSPerKm: 271 }]) {
      const detection = detectIntervals(throughFile(run.activity, 'fit'), options);
      expect(detection.intervals.filter((interval) => interval.kind === 'work')).toHaveLength(2);
      expectWithin(errors(run, detection.intervals), 2, 0.1);
    }
  });

  it('noisier GPS (5 m wander, 1 m jitter): every rep still found, edges within 5 s', () => {
    for (const session of LADDER_SESSIONS) {
      const run = synthesize(session, 21, { gpsDriftM: 5, gpsJitterM: 1 });
      const detection = detectIntervals(throughFile(run.activity, 'gpx'));
      const work = detection.intervals.filter((interval) => interval.kind === 'work');
      expect(work).toHaveLength(session.intervals?.[0]?.repeat ?? 0);
      expectWithin(errors(run, detection.intervals), 5, 0.15);
    }
  });

  it('hill repeats: the climbs, from the bottom to the top (altitude), within 4 s', () => {
    for (const session of [hillSession(3, 60, 282, 120), hillSession(6, 90, 282, 150)]) {
      for (const seed of [1, 2, 3]) {
        const run = synthesize(session, seed);
        const detection = detectIntervals(throughFile(run.activity, 'fit'), { workSPerKm: 282, hills: true });
        const work = detection.intervals.filter((interval) => interval.kind === 'work');
        expect(work).toHaveLength(session.intervals?.[0]?.repeat ?? 0);
        expectWithin(errors(run, detection.intervals), 4, 0.1);
      }
    }
  });

  it('uses the laps of a watch that followed the workout, joining the flat-out lap to the rest of its rep', () => {
    const session = trackSession(2, 100, 271, 150, 30);
    const run = synthesize(session, 5, { laps: 'workout' });
    const laps = run.activity.laps.flatMap((lap) => {
      if (lap.intensity !== 'active') return [lap];
      // The exported workout has the flat-out part as its own step, so the watch splits each rep in two laps.
      const split = Math.round(lap.durationS / 3);
      return [
        { ...lap, durationS: split, distanceM: 30 },
        {
          ...lap,
          startS: lap.startS + split,
          durationS: lap.durationS - split,
          distanceM: (lap.distanceM ?? 0) - 30,
        },
      ];
    });
    const activity = throughFile({ ...run.activity, laps }, 'fit');
    const detection = detectIntervals(activity);
    expect(detection.source).toBe('laps');
    const truth = run.truth.filter((segment) => segment.kind === 'work' || segment.kind === 'recovery');
    expect(detection.intervals.map((interval) => interval.kind)).toEqual(
      truth.map((segment) => segment.kind),
    );
    detection.intervals.forEach((interval, i) => {
      expect(Math.abs(interval.startS - (truth[i]?.startS ?? 0))).toBeLessThanOrEqual(1);
      expect(Math.abs(interval.durationS - (truth[i]?.durationS ?? 0))).toBeLessThanOrEqual(1);
    });
  });

  it('ignores automatic kilometre laps and finds the reps in the speed', () => {
    const session = trackSession(5, 300, 250, 90);
    const run = synthesize(session, 8, { laps: 'auto-km' });
    const activity = throughFile(run.activity, 'fit');
    expect(activity.laps.length).toBeGreaterThan(2);
    const detection = detectIntervals(activity, { workSPerKm: 250 });
    expect(detection.source).toBe('speed');
    expectWithin(errors(run, detection.intervals), 2, 0.1);
  });

  it('finds nothing in a steady run', () => {
    const run = synthesizeRun({
      startMs: START_MS,
      seed: 4,
      segments: [{ kind: 'work', durationS: 1800, speedMPerS: 2.9 }],
      course: 'road',
    });
    expect(detectIntervals(throughFile(run.activity, 'gpx'))).toEqual({ source: 'none', intervals: [] });
  });

  it('finds nothing without distance', () => {
    const run = synthesize(trackSession(2, 100, 271, 150, 30), 1);
    const blind: Activity = {
      ...run.activity,
      distanceSource: 'none',
      samples: run.activity.samples.map((s) => ({ ...s, distanceM: null, lat: null, lon: null })),
    };
    expect(detectIntervals(blind).source).toBe('none');
  });
});
