/**
 * Fuzz: 12,000 damaged FIT files (half of them with their header and CRCs repaired, so the damage reaches the
 * decoder) must each end in an activity or a FormatError: never another exception, a hang, or more samples
 * than the bytes could hold.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeActivity } from '../activity/decode-activity.js';
import { analyzeActivity } from '../reps/analyze-activity.js';
import { fuzz } from '../synthetic/fuzz-harness.js';
import { mutateFit } from '../synthetic/mutations.js';
import { trackSession } from '../synthetic/sample-sessions.js';
import { seededRandom } from '../synthetic/seeded-random.js';
import { sessionSegments, TYPICAL_RUNNER } from '../synthetic/synthesize-session.js';
import { synthesizeRun } from '../synthetic/synthesize-run.js';
import { decodeFitWorkout } from './decode-fit-workout.js';
import { encodeFitActivity } from './encode-fit-activity.js';
import { encodeFitWorkout } from './encode-fit-workout.js';
import { sessionWorkout } from './session-workout.js';

const FIXTURES = new URL('../../../../fixtures/fit/', import.meta.url);

const short = synthesizeRun({
  startMs: Date.UTC(2026, 11, 14, 7),
  seed: 1,
  segments: sessionSegments(trackSession(1, 100, 271, 60, 30), { ...TYPICAL_RUNNER, stretchS: 5 }, 1).map(
    (s) => (s.distanceM !== undefined && s.kind !== 'work' ? { ...s, distanceM: 30 } : s),
  ),
  laps: 'workout',
});

const ACTIVITY_SEEDS = [
  new Uint8Array(readFileSync(new URL('Activity.fit', FIXTURES))),
  new Uint8Array(readFileSync(new URL('garmin-fenix-5-run.fit', FIXTURES))),
  // Compressed-timestamp headers: the damage reaches our rewriting of them too.
  new Uint8Array(readFileSync(new URL('compressed-speed-distance.fit', FIXTURES))),
  encodeFitActivity(short.activity),
];
const WORKOUT_SEED = encodeFitWorkout(
  sessionWorkout(trackSession(2, 100, 271, 150, 30), { units: 'km', easySPerKm: [366, 412] }),
  {
    createdAt: new Date('2026-12-01T00:00:00Z'),
  },
);

describe('decodeActivity (FIT fuzz)', () => {
  it(
    '10,000 damaged activity files: an activity or a FormatError, never a crash or a hang',
    { timeout: 600_000 },
    () => {
      const random = seededRandom(0xf17);
      const outcome = fuzz(
        10_000,
        (i) => ({
          bytes: mutateFit(ACTIVITY_SEEDS[i % ACTIVITY_SEEDS.length] ?? new Uint8Array(), random),
          salvage: i % 2 === 0,
        }),
        ({ bytes, salvage }) => {
          const activity = decodeActivity(bytes, { salvage });
          // Detection runs on whatever decoded: it must cope too.
          analyzeActivity(activity);
          return activity;
        },
        (activity, { bytes }) => {
          expect(activity.samples.length).toBeGreaterThan(0);
          expect(activity.samples.length).toBeLessThanOrEqual(bytes.length);
          for (const sample of activity.samples) expect(Number.isFinite(sample.timeS)).toBe(true);
        },
      );
      expect(outcome.crashes).toEqual([]);
      expect(outcome.results + outcome.formatErrors).toBe(10_000);
      // The damage reached the decoder, not just the integrity check.
      expect(outcome.results).toBeGreaterThan(1000);
      expect(Object.keys(outcome.codes).sort()).toEqual(
        expect.arrayContaining(['bad-crc', 'bad-fit', 'too-large', 'truncated']),
      );
    },
  );

  it('2,000 damaged workout files: a workout or a FormatError', () => {
    const random = seededRandom(0xbeef);
    const outcome = fuzz(
      2000,
      () => mutateFit(WORKOUT_SEED, random),
      (bytes) => decodeFitWorkout(bytes),
    );
    expect(outcome.crashes).toEqual([]);
    expect(outcome.results).toBeGreaterThan(100);
  });
});
