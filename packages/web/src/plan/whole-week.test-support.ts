/**
 * One build week of a whole plan, written by hand to the plan contract (SPEC section 3, added 2026-11-27):
 * an easy run with strides and strength after it on the same date, intervals, a run–walk easy run, tempo,
 * and a long run with a marathon-pace block and a fuelling note. The web's tests use it to show the new
 * session kinds before and whatever the generator makes of them.
 */
import type { PlanDocument, SessionDocument } from '@speedwork/server/api-types';
import { apiPlan, SAMPLE_PLAN_INPUT } from './test-plans.test-support.js';

const EASY: [number, number] = [350, 390];

function session(
  fields: Partial<SessionDocument> & Pick<SessionDocument, 'date' | 'type' | 'title'>,
): SessionDocument {
  return {
    id: `${fields.date}-${fields.type}`,
    key: `${fields.date}-${fields.type}`,
    planId: 'plan-1',
    week: 3,
    phase: 'build',
    deload: false,
    why: 'Builds what your race needs.',
    technique: ['stride'],
    plannedDurationS: 2400,
    targetRpe: [3, 4],
    log: null,
    ...fields,
  };
}

export const EASY_WITH_STRIDES = session({
  date: '2026-12-21',
  type: 'easy',
  title: 'Easy run: 40 min + strides',
  intervals: [{ repeat: 1, durationS: 2400, intensity: 'easy', targetSPerKm: 370, targetRangeSPerKm: EASY }],
  strides: { repeat: 6, durationS: 20 },
  plannedDurationS: 2700,
  plannedDistanceM: 7000,
});

export const STRENGTH_AFTER_RUN = session({
  date: '2026-12-21',
  type: 'strength',
  title: 'Strength: Deadlift + 3 plyometrics',
  technique: [],
  targetRpe: [5, 6],
  plannedDurationS: 1800,
  exercises: [
    {
      id: 'deadlift',
      sets: 3,
      reps: { min: 12, max: 15 },
      load: 'light',
      footContacts: 0,
      restS: 90,
    },
    { id: 'tuck-jump', sets: 2, durationS: 30, load: 'bodyweight', footContacts: 40, restS: 90 },
  ],
});

export const INTERVALS = session({
  date: '2026-12-22',
  type: 'intervals',
  title: 'Intervals: 5 × 1000 m',
  targetRpe: [8, 9],
  warmup: { jogM: 2000, stretching: true, drills: true },
  intervals: [
    {
      repeat: 5,
      distanceM: 1000,
      intensity: 'interval',
      targetSPerKm: 267,
      recovery: { type: 'jog', durationS: 180 },
    },
  ],
  cooldown: { jogM: 1600 },
  plannedDurationS: 3300,
  plannedDistanceM: 9600,
});

export const RUN_WALK = session({
  date: '2026-12-24',
  type: 'easy',
  title: 'Easy run–walk: 30 min',
  intervals: [
    { repeat: 1, durationS: 1800, intensity: 'easy', targetSPerKm: 560, targetRangeSPerKm: [540, 590] },
  ],
  runWalk: { runS: 120, walkS: 60 },
  plannedDurationS: 1800,
  plannedDistanceM: 3200,
  targetRpe: [2, 3],
});

export const TEMPO = session({
  date: '2026-12-25',
  type: 'tempo',
  title: 'Tempo: 3 × 10 min at threshold',
  targetRpe: [6, 7],
  warmup: { jogM: 2000, stretching: true, drills: true },
  intervals: [
    {
      repeat: 3,
      durationS: 600,
      intensity: 'threshold',
      targetSPerKm: 290,
      recovery: { type: 'jog', durationS: 60 },
    },
  ],
  cooldown: { jogM: 1600 },
  plannedDurationS: 3000,
  plannedDistanceM: 10000,
});

export const LONG_RUN = session({
  date: '2026-12-27',
  type: 'long',
  title: 'Long run: 18 km with 6 km at marathon pace',
  targetRpe: [5, 6],
  intervals: [
    { repeat: 1, distanceM: 10000, intensity: 'easy', targetSPerKm: 370, targetRangeSPerKm: EASY },
    { repeat: 1, distanceM: 6000, intensity: 'marathon', targetSPerKm: 310 },
    { repeat: 1, distanceM: 2000, intensity: 'easy', targetSPerKm: 370, targetRangeSPerKm: EASY },
  ],
  notes: ['Take a gel or sports drink every 30–40 minutes after the first hour, and drink to thirst.'],
  plannedDurationS: 6100,
  plannedDistanceM: 18000,
});

export const WHOLE_WEEK: readonly SessionDocument[] = [
  EASY_WITH_STRIDES,
  STRENGTH_AFTER_RUN,
  INTERVALS,
  RUN_WALK,
  TEMPO,
  LONG_RUN,
];

/** The sample plan with week 3 replaced by the whole week above, plus an assumption and a warning. */
export function wholePlan(): PlanDocument {
  const plan = apiPlan(SAMPLE_PLAN_INPUT);
  return {
    ...plan,
    assumptions: ['You gave no weekly distance, so the plan starts from about 25 km a week.'],
    warnings: [{ code: 'few-days', message: 'Two days leave no room for a long run every week.' }],
    sessions: [...plan.sessions.filter((s) => s.week !== 3), ...WHOLE_WEEK].sort((a, b) =>
      a.date.localeCompare(b.date),
    ),
  };
}
