import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Activity } from '../activity/activity-types.js';
import { decodeActivities, decodeActivity } from '../activity/decode-activity.js';
import { encodeFitActivity } from '../fit/encode-fit-activity.js';
import { writeGpx } from '../gpx/write-gpx.js';
import { trackSession } from '../synthetic/sample-sessions.js';
import { seededRandom } from '../synthetic/seeded-random.js';
import { sessionSegments, TYPICAL_RUNNER } from '../synthetic/synthesize-session.js';
import { synthesizeRun, type SyntheticSegment } from '../synthetic/synthesize-run.js';
import { encodeUtf8 } from '../text/text-codec.js';
import { analyzeActivity } from './analyze-activity.js';
import { detectIntervals } from './detect-intervals.js';

const FIXTURES = new URL('../../../../fixtures/', import.meta.url);
const fixture = (path: string): Uint8Array => new Uint8Array(readFileSync(new URL(path, FIXTURES)));
const START_MS = Date.UTC(2026, 11, 14, 7);

/**
 * An easy run with `stops` stops of 10–90 s at traffic lights, seeded: the runner walks up to each light,
 * waits, and runs on at an easy pace that drifts by a few per cent from one stretch to the next.
 */
function runWithStops(seed: number, stops: number): { activity: Activity; stopS: number[] } {
  const random = seededRandom(seed);
  const easyMPerS = 2.4 + random.next() * 0.8;
  const stretch = (): SyntheticSegment => ({
    kind: 'work',
    durationS: 60 + random.below(200),
    speedMPerS: easyMPerS * (0.95 + random.next() * 0.1),
  });
  const segments: SyntheticSegment[] = [stretch()];
  const stopS: number[] = [];
  for (let i = 0; i < stops; i++) {
    const durationS = 10 + random.below(81);
    stopS.push(durationS);
    segments.push({ kind: 'recovery', durationS: 3 + random.below(10), speedMPerS: 1.3 });
    segments.push({ kind: 'stand', durationS, speedMPerS: 0 });
    segments.push(stretch());
  }
  const run = synthesizeRun({ startMs: START_MS, seed, segments, course: 'road' });
  return { activity: run.activity, stopS };
}

function throughFile(activity: Activity, format: 'fit' | 'gpx'): Activity {
  return decodeActivity(format === 'fit' ? encodeFitActivity(activity) : encodeUtf8(writeGpx(activity)));
}

describe('detectIntervals (steady runs with stops, no plan)', () => {
  it('R-STOP-1: 16 synthesized easy runs with 5–40 stops of 10–90 s give no reps (FIT and GPX)', () => {
    const random = seededRandom(0x5707);
    let stopsSeen = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const stops = 5 + random.below(36);
      const { activity, stopS } = runWithStops(seed, stops);
      expect(Math.min(...stopS)).toBeGreaterThanOrEqual(10);
      expect(Math.max(...stopS)).toBeLessThanOrEqual(90);
      stopsSeen += stopS.length;
      for (const format of ['fit', 'gpx'] as const) {
        const detection = detectIntervals(throughFile(activity, format));
        expect({ seed, format, detection }).toEqual({
          seed,
          format,
          detection: { source: 'none', intervals: [] },
        });
      }
    }
    expect(stopsSeen).toBeGreaterThan(8 * 5);
  });

  it('R-STOP-2: the same runs still give their reps when the stops surround real efforts', () => {
    // Control for R-STOP-1: 6 × 400 m at 3:40/km between jogs, with a traffic light in the warm-up.
    const session = trackSession(6, 400, 220, 90);
    const segments: SyntheticSegment[] = [
      { kind: 'warmup', durationS: 300, speedMPerS: 2.5 },
      { kind: 'stand', durationS: 45, speedMPerS: 0 },
      ...sessionSegments(session, { ...TYPICAL_RUNNER, stretchS: 30 }, 3),
      { kind: 'stand', durationS: 60, speedMPerS: 0 },
      { kind: 'cooldown', durationS: 600, speedMPerS: 2.5 },
    ];
    const run = synthesizeRun({ startMs: START_MS, seed: 3, segments, course: 'track' });
    const work = detectIntervals(throughFile(run.activity, 'gpx')).intervals.filter((i) => i.kind === 'work');
    expect(work).toHaveLength(6);
  });

  it('R-STOP-3: a real run with 12 stops of 10–155 s (Forerunner 70, compressed timestamps) gives no reps', () => {
    const activity = decodeActivity(fixture('fit/compressed-speed-distance.fit'));
    expect(analyzeActivity(activity).intervals).toEqual([]);
  });

  it('R-STOP-4: rides and a triathlon get no reps from their speed without a plan', () => {
    for (const name of [
      'fit/2015-10-13-08-43-15.fit',
      'fit/Edge810-Vector-2013-08-16-15-35-10.fit',
      'fit/activity-large-fenxi2-multisport.fit.gz',
    ]) {
      for (const activity of decodeActivities(fixture(name))) {
        expect({ name, intervals: analyzeActivity(activity).intervals }).toEqual({ name, intervals: [] });
      }
    }
  });
});

describe('detectIntervals (manual laps, no plan)', () => {
  it('R-LAP-1: an interval run whose reps the runner marked with the lap button gives the laps', () => {
    const session = trackSession(5, 300, 240, 90);
    const run = synthesizeRun({
      startMs: START_MS,
      seed: 17,
      segments: sessionSegments(session, TYPICAL_RUNNER, 17),
      course: 'track',
      laps: 'workout',
    });
    // A lap button press at each change: no intensity, closed by hand.
    const laps = run.activity.laps.map((lap) => ({ ...lap, intensity: null, trigger: 'manual' as const }));
    const detection = detectIntervals(throughFile({ ...run.activity, laps }, 'fit'));
    expect(detection.source).toBe('laps');
    const work = detection.intervals.filter((i) => i.kind === 'work');
    const truth = run.truth.filter((t) => t.kind === 'work');
    expect(work).toHaveLength(5);
    work.forEach((interval, i) => {
      expect(Math.abs(interval.startS - (truth[i]?.startS ?? 0))).toBeLessThanOrEqual(1);
    });
  });
});
