import { Decoder, Stream } from '@garmin/fitsdk';
import { generatePlan, parseProfile, techniqueFocusById, type Plan, type Session } from '@speedwork/core';
import { describe, expect, it } from 'vitest';
import {
  easyRunSession,
  hillSession,
  intervalsSession,
  longRunSession,
  tempoSession,
  trackSession,
} from '../synthetic/sample-sessions.js';
import { decodeFitWorkout } from './decode-fit-workout.js';
import { encodeFitWorkout } from './encode-fit-workout.js';
import { planWorkoutFiles } from './plan-workout-files.js';
import { sessionWorkout } from './session-workout.js';
import type { Workout, WorkoutStep } from './workout-types.js';

const CREATED_AT = new Date('2026-12-01T08:00:00Z');

function plan(equipment: 'gym' | 'none', level: 'beginner' | 'intermediate' | 'advanced'): Plan {
  const profile = parseProfile({
    recent: { distance: '5k', time: '25:00' },
    goal: { distance: '5k', time: '23:30' },
    raceDate: '2027-03-14',
    start: '2026-12-07',
    days: 'mon,wed,fri,sat',
    equipment,
    level,
  });
  if (!profile.ok) throw new Error('bad test profile');
  return generatePlan(profile.value);
}

const PLANS = [plan('gym', 'intermediate'), plan('none', 'advanced')];
/** The runs of a whole plan, built by hand so each kind is here whatever the generator does this week. */
const WHOLE_PLAN_RUNS: Session[] = [
  easyRunSession(2400, { strides: { repeat: 6, durationS: 20 } }),
  easyRunSession(2400, { runWalk: { runS: 180, walkS: 60 } }),
  longRunSession(12000, 6000, 342),
  tempoSession(3, 480, 316),
  intervalsSession(5, 1000, 291, 180),
];
const SESSIONS: Session[] = [...PLANS.flatMap((p) => p.sessions), ...WHOLE_PLAN_RUNS];

/** Decodes a workout's bytes with Garmin's SDK, checking the file first. */
function decoded(workout: Workout): NonNullable<ReturnType<Decoder['read']>['messages']['workoutStepMesgs']> {
  const decoder = new Decoder(Stream.fromByteArray(encodeFitWorkout(workout, { createdAt: CREATED_AT })));
  expect(decoder.checkIntegrity()).toBe(true);
  const { messages, errors } = decoder.read();
  expect(errors).toEqual([]);
  return messages.workoutStepMesgs ?? [];
}

/** The center of a speed band, as a pace. */
function bandPace(step: WorkoutStep | undefined): number | null {
  if (step?.target.kind !== 'speed') return null;
  const { lowMPerS, highMPerS } = step.target;
  // Low and high are 3 % either side of the pace; their paces average back to it.
  return (1000 / lowMPerS + 1000 / highMPerS) / 2;
}

describe('sessionWorkout', () => {
  it('covers every kind of session the plans hold', () => {
    expect(new Set(SESSIONS.map((s) => s.type))).toEqual(
      new Set(['strength', 'easy', 'long', 'tempo', 'intervals', 'track', 'hills', 'time-trial', 'race']),
    );
  });

  it('a track rep with a flat-out part: warm-up, stretch, flat out, rep pace, jog, repeat, cool-down', () => {
    const session = trackSession(2, 100, 271, 150, 30);
    const workout = sessionWorkout(session, { units: 'km', easySPerKm: [366, 412] });
    expect(workout.sport).toBe('running');
    expect(workout.subSport).toBe('track');
    expect(workout.name).toBe('Mon 14 Dec · Track: 2 × 100 m (30 m flat out)');
    expect(workout.steps.map((s) => s.name)).toEqual([
      'Warm-up',
      'Stretch',
      'Flat out',
      'Rep pace',
      'Jog',
      'Repeat 2 ×',
      'Cool-down',
    ]);
    const [warmup, stretch, flatOut, repPace, jog, repeat, cooldown] = workout.steps;
    expect(warmup?.duration).toEqual({ kind: 'distance', distanceM: 800 });
    expect(warmup?.target).toEqual({ kind: 'speed', lowMPerS: 2.427, highMPerS: 2.732 });
    expect(stretch?.duration).toEqual({ kind: 'open' });
    expect(flatOut?.duration).toEqual({ kind: 'distance', distanceM: 30 });
    expect(flatOut?.target).toEqual({ kind: 'open' });
    expect(repPace?.duration).toEqual({ kind: 'distance', distanceM: 70 });
    expect(bandPace(repPace)).toBeCloseTo(271, 0);
    expect(jog).toMatchObject({ intensity: 'recovery', duration: { kind: 'time', durationS: 150 } });
    expect(repeat?.duration).toEqual({ kind: 'repeat', fromStep: 2, times: 2 });
    expect(cooldown).toMatchObject({ intensity: 'cooldown', duration: { kind: 'distance', distanceM: 800 } });
    // The week's technique cue, in the notes of the first work step.
    expect(flatOut?.notes).toContain(`Stride: ${techniqueFocusById('stride').cues[1] ?? ''}`);
  });

  it('R-INT-5: hill repeats are run by effort uphill, timed, with the jog down as recovery', () => {
    const workout = sessionWorkout(hillSession(3, 60, 282, 120), { units: 'mi' });
    const rep = workout.steps.find((s) => s.name === 'Rep');
    expect(rep?.duration).toEqual({ kind: 'time', durationS: 60 });
    expect(rep?.target).toEqual({ kind: 'open' });
    expect(rep?.notes).toContain('7:34/mi on the flat');
    expect(workout.steps.find((s) => s.name === 'Jog down')?.duration).toEqual({
      kind: 'time',
      durationS: 120,
    });
  });

  it('every session: steps, durations and targets say what the plan says', () => {
    for (const session of SESSIONS) {
      const workout = sessionWorkout(session, { units: 'km' });
      if (session.type === 'strength') {
        const exerciseSteps = workout.steps.filter((s) => s.exercise !== undefined);
        expect(exerciseSteps).toHaveLength(session.exercises?.length ?? 0);
        (session.exercises ?? []).forEach((exercise, i) => {
          const step = exerciseSteps[i];
          expect(step?.duration).toEqual(
            exercise.reps !== undefined
              ? { kind: 'reps', reps: exercise.reps.max }
              : { kind: 'time', durationS: exercise.durationS },
          );
          const at = workout.steps.indexOf(step as WorkoutStep);
          expect(workout.steps[at + 1]).toMatchObject({
            intensity: 'rest',
            duration: { durationS: exercise.restS },
          });
          // R-STR-2: 2 or 3 sets.
          expect(workout.steps[at + 2]?.duration).toEqual({
            kind: 'repeat',
            fromStep: at,
            times: exercise.sets,
          });
        });
        continue;
      }
      const work = workout.steps.filter((s) => s.intensity === 'active' && s.duration.kind !== 'repeat');
      const repeats = workout.steps.filter((s) => s.duration.kind === 'repeat');
      const blocks = session.intervals ?? [];
      // One repeat per block of reps, one for run–walk, one for the strides.
      expect(repeats).toHaveLength(
        blocks.filter((b) => b.repeat > 1).length +
          (session.runWalk === undefined ? 0 : 1) +
          (session.strides === undefined ? 0 : 1),
      );
      if (session.runWalk === undefined) {
        const distanceM = work
          .filter((s) => s.name !== 'Stride')
          .reduce((sum, s) => sum + (s.duration.kind === 'distance' ? s.duration.distanceM : 0), 0);
        expect(distanceM).toBeCloseTo(
          blocks.reduce((sum, b) => sum + (b.distanceM ?? 0), 0),
          6,
        );
      }
      for (const interval of blocks) {
        if (interval.durationS !== undefined && session.runWalk === undefined) {
          expect(
            work.some((s) => s.duration.kind === 'time' && s.duration.durationS === interval.durationS),
          ).toBe(true);
        }
        if (interval.targetRangeSPerKm !== undefined) {
          const [fast, slow] = interval.targetRangeSPerKm;
          const inBand = work.some(
            (s) =>
              s.target.kind === 'speed' &&
              Math.abs(s.target.lowMPerS - 1000 / slow) < 0.001 &&
              Math.abs(s.target.highMPerS - 1000 / fast) < 0.001,
          );
          expect(inBand).toBe(true);
        } else if (interval.grade === undefined && interval.targetSPerKm !== undefined) {
          const target = interval.targetSPerKm;
          expect(work.some((s) => Math.abs((bandPace(s) ?? 0) - target) < 0.5)).toBe(true);
        }
      }
      // R-TEC-2: the focus of every running session reaches the watch.
      for (const focus of session.technique) {
        expect(workout.steps.some((s) => s.notes?.includes(techniqueFocusById(focus).name))).toBe(true);
      }
    }
  });
});

describe('encodeFitWorkout', () => {
  it("every session's file passes Garmin's integrity check, decodes without errors and round-trips", () => {
    for (const [index, session] of SESSIONS.entries()) {
      const workout = sessionWorkout(session, {
        units: index % 2 === 0 ? 'km' : 'mi',
        easySPerKm: [366, 412],
      });
      const bytes = encodeFitWorkout(workout, { createdAt: CREATED_AT });
      const decoder = new Decoder(Stream.fromByteArray(bytes));
      expect(decoder.isFIT()).toBe(true);
      expect(decoder.checkIntegrity()).toBe(true);
      const { messages, errors } = decoder.read();
      expect(errors).toEqual([]);
      expect(messages.fileIdMesgs?.[0]?.type).toBe('workout');
      expect(messages.fileIdMesgs?.[0]?.timeCreated).toEqual(CREATED_AT);
      expect(messages.workoutMesgs?.[0]?.numValidSteps).toBe(workout.steps.length);
      expect(decodeFitWorkout(bytes)).toEqual(workout);
    }
  });

  it('writes the raw units Garmin keeps: centimetres, milliseconds, millimetres per second', () => {
    const workout = sessionWorkout(trackSession(2, 100, 271, 150, 30), { units: 'km' });
    const { messages } = new Decoder(
      Stream.fromByteArray(encodeFitWorkout(workout, { createdAt: CREATED_AT })),
    ).read();
    const steps = messages.workoutStepMesgs ?? [];
    expect(steps[2]).toMatchObject({ durationType: 'distance', durationValue: 3000, durationDistance: 30 });
    expect(steps[3]).toMatchObject({
      targetType: 'speed',
      customTargetValueLow: 3583,
      customTargetValueHigh: 3804,
    });
    expect(steps[4]).toMatchObject({ durationType: 'time', durationValue: 150000, durationTime: 150 });
    expect(steps[5]).toMatchObject({
      durationType: 'repeatUntilStepsCmplt',
      durationValue: 2,
      targetValue: 2,
    });
  });

  it('strength exercises carry Garmin exercise codes and titles', () => {
    const strength = SESSIONS.find(
      (s) => s.type === 'strength' && s.exercises?.some((e) => e.id === 'concentric-box-jump'),
    );
    expect(strength).toBeDefined();
    const workout = sessionWorkout(strength as Session, { units: 'km' });
    expect(workout.sport).toBe('training');
    expect(workout.subSport).toBe('strengthTraining');
    const step = workout.steps.find((s) => s.name === 'Concentric Box Jump');
    expect(step?.exercise).toEqual({ category: 'plyo', name: 33 });
    const { messages } = new Decoder(
      Stream.fromByteArray(encodeFitWorkout(workout, { createdAt: CREATED_AT })),
    ).read();
    expect(messages.exerciseTitleMesgs?.some((t) => t.wktStepName === 'Concentric Box Jump')).toBe(true);
  });
});

describe('decodeFitWorkout', () => {
  it('reads the sample workouts: repeat steps, zones, custom targets', async () => {
    const { readFileSync } = await import('node:fs');
    const read = (name: string): Uint8Array =>
      new Uint8Array(readFileSync(new URL(`../../../../fixtures/fit/${name}`, import.meta.url)));
    const repeat = decodeFitWorkout(read('WorkoutRepeatSteps.fit'));
    expect(repeat.steps).toHaveLength(5);
    expect(repeat.steps[1]).toMatchObject({ duration: { kind: 'distance', distanceM: 500 } });
    expect(repeat.steps[3]?.duration).toEqual({ kind: 'repeat', fromStep: 1, times: 3 });
    const custom = decodeFitWorkout(read('WorkoutCustomTargetValues.fit'));
    expect(custom.steps[0]).toMatchObject({
      intensity: 'warmup',
      duration: { kind: 'time', durationS: 60 },
      target: { kind: 'other', type: 'heartRate', low: 50, high: 60 },
    });
    expect(decodeFitWorkout(read('WorkoutRepeatGreaterThanStep.fit')).steps[3]?.duration).toEqual({
      kind: 'other',
      type: 'repeatUntilHrGreaterThan',
      value: 1,
    });
    expect(decodeFitWorkout(read('WorkoutIndividualSteps.fit')).steps).toHaveLength(4);
    expect(() => decodeFitWorkout(read('Activity.fit'))).toThrow(/not a workout/);
  });
});

describe('sessionWorkout for the runs of a whole plan', () => {
  const EASY = { units: 'km', easySPerKm: [366, 412] } as const;

  it('R-QUA-1: threshold pace as a speed band in mm/s, cruise intervals as a repeat, drills before', () => {
    const workout = sessionWorkout(tempoSession(3, 480, 316), EASY);
    expect(workout.steps.map((s) => s.name)).toEqual([
      'Warm-up',
      'Drills',
      'Threshold',
      'Jog',
      'Repeat 3 ×',
      'Cool-down',
    ]);
    expect(workout.steps[1]?.notes).toBe(
      'Stretch, then drills and a few build-ups; press lap to start the first rep.',
    );
    expect(workout.steps[2]?.notes).toMatch(/^Threshold pace, 5:16\/km: comfortably hard/);
    const steps = decoded(workout);
    // 316 s/km is 3.165 m/s; 3 % either side of the pace.
    expect(steps[2]).toMatchObject({
      durationType: 'time',
      durationValue: 480_000,
      targetType: 'speed',
      customTargetValueLow: Math.round(1_000_000 / (316 * 1.03)),
      customTargetValueHigh: Math.round(1_000_000 / (316 * 0.97)),
    });
    expect(steps[4]).toMatchObject({
      durationType: 'repeatUntilStepsCmplt',
      durationValue: 2,
      targetValue: 3,
    });
  });

  it('R-LNG-1 / R-QUA-1: a long run: the easy kilometres in the easy band, then the marathon block in its band', () => {
    const workout = sessionWorkout(longRunSession(12000, 6000, 342), EASY);
    expect(workout.name).toBe('Sun 20 Dec · Long run: 18 km, the last 6 km at marathon pace');
    expect(workout.description).toMatch(/^Fuel this one/);
    expect(workout.steps.map((s) => s.name)).toEqual(['Long run', 'Marathon pace']);
    const steps = decoded(workout);
    expect(steps[0]).toMatchObject({
      durationType: 'distance',
      durationValue: 1_200_000,
      targetType: 'speed',
      customTargetValueLow: Math.round(1_000_000 / 412),
      customTargetValueHigh: Math.round(1_000_000 / 366),
    });
    expect(steps[1]).toMatchObject({
      durationType: 'distance',
      durationValue: 600_000,
      targetType: 'speed',
      customTargetValueLow: Math.round(1_000_000 / (342 * 1.03)),
      customTargetValueHigh: Math.round(1_000_000 / (342 * 0.97)),
    });
    expect(steps[1]?.notes).toMatch(/^Marathon pace, 5:42\/km: steady/);
  });

  it('R-QUA-2: interval reps of 1000 m by distance at interval pace', () => {
    const steps = decoded(sessionWorkout(intervalsSession(5, 1000, 291, 180), EASY));
    const rep = steps.find((s) => s.wktStepName === 'Rep');
    expect(rep).toMatchObject({ durationType: 'distance', durationValue: 100_000, targetType: 'speed' });
    expect(steps.find((s) => s.durationType === 'repeatUntilStepsCmplt')?.targetValue).toBe(5);
  });

  it('R-DAY-1: strides close the easy run as their own steps: stride, walk back, repeat', () => {
    const workout = sessionWorkout(easyRunSession(2400, { strides: { repeat: 6, durationS: 20 } }), EASY);
    expect(workout.steps.map((s) => s.name)).toEqual(['Easy run', 'Stride', 'Walk back', 'Repeat 6 ×']);
    const steps = decoded(workout);
    expect(steps[0]).toMatchObject({ durationType: 'time', durationValue: 2_400_000, targetType: 'speed' });
    expect(steps[1]).toMatchObject({ durationType: 'time', durationValue: 20_000, targetType: 'open' });
    expect(steps[2]).toMatchObject({ intensity: 'recovery', durationType: 'time', durationValue: 60_000 });
    expect(steps[3]).toMatchObject({
      durationType: 'repeatUntilStepsCmplt',
      durationValue: 1,
      targetValue: 6,
    });
  });

  it('R-REC-6: run–walk fills the easy run with run and walk steps at the stated ratio', () => {
    const workout = sessionWorkout(easyRunSession(2400, { runWalk: { runS: 180, walkS: 60 } }), EASY);
    expect(workout.steps.map((s) => s.name)).toEqual(['Run', 'Walk', 'Repeat 10 ×']);
    expect(workout.steps[0]?.notes).toMatch(/^Easy running: run 3 min, walk 1 min, and repeat\./);
    const steps = decoded(workout);
    expect(steps[0]).toMatchObject({ durationType: 'time', durationValue: 180_000, targetType: 'speed' });
    expect(steps[1]).toMatchObject({ intensity: 'recovery', durationValue: 60_000, targetType: 'open' });
    expect(steps[2]).toMatchObject({ durationValue: 0, targetValue: 10 });
  });

  it('R-INT-2: in miles the cool-down note reads in quarter miles', () => {
    const workout = sessionWorkout(tempoSession(3, 480, 316), { units: 'mi', easySPerKm: [366, 412] });
    expect(workout.steps.at(-1)?.notes).toMatch(/, 1 mile\.$/);
  });
});

describe('planWorkoutFiles', () => {
  it('one file per session, named by its id, each a valid FIT workout', () => {
    const files = planWorkoutFiles(PLANS[0] as Plan, { createdAt: CREATED_AT });
    expect(files).toHaveLength(PLANS[0]?.sessions.length ?? -1);
    expect(files.map((f) => f.fileName)).toEqual(PLANS[0]?.sessions.map((s) => `${s.id}.fit`));
    expect(new Set(files.map((f) => f.fileName)).size).toBe(files.length);
    for (const file of files)
      expect(new Decoder(Stream.fromByteArray(file.bytes)).checkIntegrity()).toBe(true);
  });

  it('R-DAY-1: a run and the strength after it on one date: two files, two workout names', () => {
    const base = PLANS[0] as Plan;
    const run = easyRunSession(2400, { strides: { repeat: 6, durationS: 20 } });
    const strength = base.sessions.find((s) => s.type === 'strength');
    if (strength === undefined) throw new Error('the plan has strength sessions');
    const sameDay: Plan = {
      ...base,
      // Twice the run too: should a plan ever repeat an id, files and names still differ.
      sessions: [run, { ...strength, date: run.date, id: `${run.date}-strength` }, run],
    };
    const files = planWorkoutFiles(sameDay, { createdAt: CREATED_AT });
    expect(files.map((f) => f.fileName)).toEqual([
      '2026-12-15-easy.fit',
      '2026-12-15-strength.fit',
      '2026-12-15-easy-2.fit',
    ]);
    const names = files.map((f) => decodeFitWorkout(f.bytes).name);
    expect(names[0]).toBe('Tue 15 Dec · Easy run: 40 min + strides · 6.2 km');
    expect(names[1]).toMatch(/^Tue 15 Dec · Strength/);
    expect(names[2]).toBe(`${names[0] ?? ''} (2)`);
  });
});
