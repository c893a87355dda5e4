/**
 * Planned sessions as core writes them, for tests and the bench: the track ladder's rungs (from 2 × 100 m
 * with 30 m flat out to 10 × 300 m with a one-minute jog) and hill repeats.
 */
import type { Session } from '@speedwork/core';

const BASE = {
  date: '2026-12-14',
  week: 2,
  phase: 'build',
  deload: false,
  why: 'Synthetic session.',
  warmup: { jogM: 800, stretching: true },
  cooldown: { jogM: 800 },
  technique: ['stride'],
  plannedDurationS: 1500,
} as const satisfies Partial<Session>;

/** A track session of `repeat` × `distanceM` at `targetSPerKm`, jogging `jogS` between reps. */
export function trackSession(
  repeat: number,
  distanceM: number,
  targetSPerKm: number,
  jogS: number,
  sprintM?: number,
): Session {
  return {
    ...BASE,
    technique: [...BASE.technique],
    warmup: { ...BASE.warmup },
    cooldown: { ...BASE.cooldown },
    id: 'sample-track',
    targetRpe: [6, 8],
    type: 'track',
    title: `Track: ${repeat} × ${distanceM} m${sprintM === undefined ? '' : ` (${sprintM} m flat out)`}`,
    intervals: [
      {
        repeat,
        distanceM,
        intensity: sprintM === undefined ? 'interval' : 'repetition',
        targetSPerKm,
        recovery: { type: 'jog', durationS: jogS },
        ...(sprintM === undefined ? {} : { sprintM }),
      },
    ],
  };
}

/** Hill repeats of `durationS` uphill at race pace, jogging down for `jogDownS`. */
export function hillSession(
  repeat: number,
  durationS: number,
  targetSPerKm: number,
  jogDownS: number,
): Session {
  return {
    ...BASE,
    technique: [...BASE.technique],
    warmup: { ...BASE.warmup },
    cooldown: { ...BASE.cooldown },
    id: 'sample-hills',
    targetRpe: [6, 8],
    type: 'hills',
    title: `Hills: ${repeat} × ${durationS} s uphill (moderate)`,
    intervals: [
      {
        repeat,
        durationS,
        intensity: 'race-pace',
        targetSPerKm,
        grade: 'moderate',
        recovery: { type: 'jog-down', durationS: jogDownS },
      },
    ],
  };
}

/** The rungs of the track ladder a plan climbs, with typical paces. */
export const LADDER_SESSIONS: readonly Session[] = [
  trackSession(2, 100, 271, 150, 30),
  trackSession(3, 150, 262, 135, 50),
  trackSession(4, 200, 255, 120, 60),
  trackSession(5, 300, 250, 90),
  trackSession(10, 300, 245, 60),
];
