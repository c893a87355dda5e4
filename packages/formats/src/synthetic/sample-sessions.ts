/**
 * Planned sessions as core writes them, for tests and the bench: the track ladder's rungs (from 2 × 100 m
 * with 30 m flat out to 10 × 300 m with a one-minute jog), hill repeats, and the runs of a whole plan: easy
 * runs with strides or run–walk, a long run with a marathon-pace block, tempo and intervals.
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

/** Easy and long runs start running straight away: no warm-up jog, no cool-down. */
const RUN_BASE = {
  week: 2,
  phase: 'build',
  deload: false,
  why: 'Synthetic session.',
} as const satisfies Partial<Session>;

/** Easy pace band of the sessions below: [fastest, slowest] seconds per km. */
const EASY_RANGE: [number, number] = [366, 412];

/** An easy run of `durationS` in its pace band, with strides or run–walk when asked. */
export function easyRunSession(durationS: number, extra: Pick<Session, 'strides' | 'runWalk'> = {}): Session {
  return {
    ...RUN_BASE,
    technique: ['breathing'],
    id: '2026-12-15-easy',
    date: '2026-12-15',
    targetRpe: [2, 3],
    type: 'easy',
    title: `Easy run: ${Math.round(durationS / 60)} min${extra.strides === undefined ? '' : ' + strides'}`,
    intervals: [{ repeat: 1, durationS, intensity: 'easy', targetRangeSPerKm: [...EASY_RANGE] }],
    plannedDurationS: durationS,
    plannedDistanceM: Math.round((durationS / 389) * 1000),
    ...extra,
  };
}

/** A long run: easy kilometres, then `marathonM` at marathon pace, with a fuelling note. */
export function longRunSession(easyM: number, marathonM: number, marathonSPerKm: number): Session {
  const totalM = easyM + marathonM;
  return {
    ...RUN_BASE,
    technique: ['body-control'],
    id: '2026-12-20-long',
    date: '2026-12-20',
    targetRpe: [4, 6],
    type: 'long',
    title: `Long run: ${totalM / 1000} km, the last ${marathonM / 1000} km at marathon pace`,
    notes: ['Fuel this one: from about an hour in, take some carbohydrate every 30 minutes.'],
    intervals: [
      { repeat: 1, distanceM: easyM, intensity: 'easy', targetRangeSPerKm: [...EASY_RANGE] },
      { repeat: 1, distanceM: marathonM, intensity: 'marathon', targetSPerKm: marathonSPerKm },
    ],
    plannedDurationS: Math.round((easyM * 389 + marathonM * marathonSPerKm) / 1000),
    plannedDistanceM: totalM,
  };
}

/** Cruise intervals: `repeat` × `durationS` at threshold pace with a short jog; warm-up with drills. */
export function tempoSession(repeat: number, durationS: number, thresholdSPerKm: number): Session {
  return {
    ...BASE,
    technique: ['stride'],
    id: '2026-12-17-tempo',
    date: '2026-12-17',
    targetRpe: [6, 7],
    type: 'tempo',
    title: `Tempo: ${repeat} × ${Math.round(durationS / 60)} min at threshold`,
    warmup: { jogM: 2000, stretching: true, drills: true },
    cooldown: { jogM: 1600 },
    intervals: [
      {
        repeat,
        durationS,
        intensity: 'threshold',
        targetSPerKm: thresholdSPerKm,
        recovery: { type: 'jog', durationS: 60 },
      },
    ],
    plannedDurationS: 3000,
    plannedDistanceM: 9000,
  };
}

/** Interval-pace reps of `distanceM` (400–1200 m), jogging `jogS` between. */
export function intervalsSession(
  repeat: number,
  distanceM: number,
  intervalSPerKm: number,
  jogS: number,
): Session {
  return {
    ...BASE,
    technique: ['body-control'],
    id: '2026-12-18-intervals',
    date: '2026-12-18',
    targetRpe: [7, 8],
    type: 'intervals',
    title: `Intervals: ${repeat} × ${distanceM} m`,
    warmup: { jogM: 2000, stretching: true, drills: true },
    cooldown: { jogM: 1600 },
    intervals: [
      {
        repeat,
        distanceM,
        intensity: 'interval',
        targetSPerKm: intervalSPerKm,
        recovery: { type: 'jog', durationS: jogS },
      },
    ],
    plannedDurationS: 3300,
    plannedDistanceM: 3600 + repeat * distanceM,
  };
}
