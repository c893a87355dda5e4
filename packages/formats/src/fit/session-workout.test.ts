import { Decoder, Stream } from '@garmin/fitsdk';
import { generatePlan, parseProfile, techniqueFocusById, type Plan, type Session } from '@speedwork/core';
import { describe, expect, it } from 'vitest';
import { hillSession, trackSession } from '../synthetic/sample-sessions.js';
import { decodeFitWorkout } from './decode-fit-workout.js';
import { encodeFitWorkout } from './encode-fit-workout.js';
import { planWorkoutFiles } from './plan-workout-files.js';
import { sessionWorkout } from './session-workout.js';
import type { WorkoutStep } from './workout-types.js';

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
const SESSIONS: Session[] = PLANS.flatMap((p) => p.sessions);

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
      new Set(['strength', 'easy', 'track', 'hills', 'time-trial', 'race']),
    );
  });

  it('a track rep with a flat-out part: warm-up, stretch, flat out, rep pace, jog, repeat, cool-down', () => {
    const session = trackSession(2, 100, 271, 150, 30);
    const workout = sessionWorkout(session, { units: 'km', easySPerKm: [366, 412] });
    expect(workout.sport).toBe('running');
    expect(workout.subSport).toBe('track');
    expect(workout.name).toBe('Track: 2 × 100 m (30 m flat out)');
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
      for (const interval of session.intervals ?? []) {
        const work = workout.steps.filter((s) => s.intensity === 'active' && s.duration.kind !== 'repeat');
        const distance = work.reduce(
          (sum, s) => sum + (s.duration.kind === 'distance' ? s.duration.distanceM : 0),
          0,
        );
        if (interval.distanceM !== undefined) expect(distance).toBe(interval.distanceM);
        if (interval.durationS !== undefined) {
          expect(work[0]?.duration).toEqual({ kind: 'time', durationS: interval.durationS });
        }
        const paced = work.find((s) => s.target.kind === 'speed');
        if (interval.targetRangeSPerKm !== undefined && paced?.target.kind === 'speed') {
          expect(paced.target.lowMPerS).toBeCloseTo(1000 / interval.targetRangeSPerKm[1], 3);
          expect(paced.target.highMPerS).toBeCloseTo(1000 / interval.targetRangeSPerKm[0], 3);
        } else if (interval.grade === undefined && interval.targetSPerKm !== undefined) {
          expect(bandPace(paced)).toBeCloseTo(interval.targetSPerKm, 0);
        }
        const repeat = workout.steps.find((s) => s.duration.kind === 'repeat');
        if (interval.repeat > 1) expect(repeat?.duration).toMatchObject({ times: interval.repeat });
        else expect(repeat).toBeUndefined();
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

describe('planWorkoutFiles', () => {
  it('one file per session, named by date and type, each a valid FIT workout', () => {
    const files = planWorkoutFiles(PLANS[0] as Plan, { createdAt: CREATED_AT });
    expect(files).toHaveLength(PLANS[0]?.sessions.length ?? -1);
    expect(files[0]?.fileName).toMatch(/^2026-12-07-strength\.fit$/);
    expect(new Set(files.map((f) => f.fileName)).size).toBe(files.length);
    for (const file of files)
      expect(new Decoder(Stream.fromByteArray(file.bytes)).checkIntegrity()).toBe(true);
  });
});
