import { describe, expect, it } from 'vitest';
import { hillSession, trackSession } from '../synthetic/sample-sessions.js';
import type { DetectedInterval } from './interval-types.js';
import { matchSession, plannedReps } from './match-session.js';

function work(startS: number, durationS: number, distanceM: number | null): DetectedInterval {
  return {
    kind: 'work',
    startS,
    durationS,
    distanceM,
    sPerKm: distanceM === null ? null : (durationS * 1000) / distanceM,
  };
}

const SESSION = trackSession(3, 150, 262, 135, 50);

describe('plannedReps', () => {
  it('lists every rep of every block in running order', () => {
    expect(plannedReps(SESSION)).toEqual(
      [0, 1, 2].map((rep) => ({
        block: 0,
        rep,
        distanceM: 150,
        targetSPerKm: 262,
        sprintM: 50,
        intensity: 'repetition',
      })),
    );
  });
});

describe('matchSession', () => {
  it('matches each rep with its time, distance, pace and difference from the target', () => {
    const match = matchSession([work(600, 38, 148), work(780, 39.5, 152), work(960, 41, 151)], SESSION);
    expect(match.missed).toEqual([]);
    expect(match.extra).toEqual([]);
    expect(match.reps).toHaveLength(3);
    const [first] = match.reps;
    expect(first?.actual.startS).toBe(600);
    expect(first?.distanceDiffM).toBe(-2);
    expect(first?.durationDiffS).toBeNull();
    expect(first?.paceDiffSPerKm).toBeCloseTo((38 * 1000) / 148 - 262, 9);
  });

  it('reports a skipped rep and an extra effort (strides in the warm-up) as unmatched', () => {
    const match = matchSession([work(200, 12, 50), work(600, 38, 148), work(960, 41, 151)], SESSION);
    expect(match.reps.map((r) => r.actual.startS)).toEqual([600, 960]);
    expect(match.extra.map((e) => e.startS)).toEqual([200]);
    expect(match.missed).toHaveLength(1);
  });

  it('does not match a stretch far off the planned length', () => {
    const match = matchSession([work(600, 300, 1200)], SESSION);
    expect(match.reps).toEqual([]);
    expect(match.missed).toHaveLength(3);
    expect(match.extra).toHaveLength(1);
  });

  it('matches timed reps (hills) by duration', () => {
    const hills = hillSession(3, 60, 282, 120);
    const match = matchSession([work(600, 58, 170), work(780, 63, 180), work(960, 61, null)], hills);
    expect(match.reps.map((r) => r.durationDiffS)).toEqual([-2, 3, 1]);
    expect(match.reps[2]?.paceDiffSPerKm).toBeNull();
  });

  it('ignores recoveries', () => {
    const recovery: DetectedInterval = {
      kind: 'recovery',
      startS: 640,
      durationS: 135,
      distanceM: 300,
      sPerKm: 450,
    };
    expect(matchSession([work(600, 38, 148), recovery], SESSION).extra).toEqual([]);
  });
});
