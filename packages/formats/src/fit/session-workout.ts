/**
 * A planned session as a watch workout: warm-up, each block of reps as a repeat (the flat-out part of a rep
 * its own step), recoveries, cool-down; a strength session as exercise steps with sets and rests. Speed
 * targets come from the plan's paces; the technique cue of the week rides in the notes of the first work
 * step, where the runner reads it before each rep.
 */
import {
  paceRange,
  exerciseWords,
  durationWords,
  exerciseById,
  formatDistance,
  formatPace,
  intensityWords,
  jogDistanceWords,
  dayLabel,
  titleWithDistance,
  runWalkWords,
  type ExercisePrescription,
  type Interval,
  type RunWalk,
  type Session,
  type Strides,
  type Units,
} from '@speedwork/core';
import { techniqueLine } from '../prescription/session-prescription.js';
import { clipText } from '../text/text-codec.js';
import { appendAll } from '../util/arrays.js';
import { FIT_STRING_BYTES } from './encode-fit-workout.js';
import { exerciseCode } from './strength-exercise-codes.js';
import type { Workout, WorkoutStep, WorkoutStepTarget } from './workout-types.js';

export interface SessionWorkoutOptions {
  units: Units;
  /** The runner's easy pace range [fastest, slowest], for warm-up, recoveries and cool-down. */
  easySPerKm?: readonly [number, number];
  /** Half-width of a rep's speed band, as a share of its pace (default 0.03: 3 % either side). */
  paceBandShare?: number;
}

/** A time trial or a race is run even: a tighter band than reps. */
const RACE_BAND_SHARE = 0.02;

/**
 * The watch workout for a session.
 * @example sessionWorkout(track, { units: 'km' }).steps.map((s) => s.name)
 * // ['Warm-up', 'Stretch', 'Flat out', 'Rep pace', 'Jog', 'Repeat 2 ×', 'Cool-down']
 */
export function sessionWorkout(session: Session, options: SessionWorkoutOptions): Workout {
  const workout = session.type === 'strength' ? strengthWorkout(session) : runningWorkout(session, options);
  return fitted({ ...workout, name: workoutName(session, options.units) });
}

/**
 * The workout's name on the watch: the date first, so a plan's workouts read in order and a run and the
 * strength after it on one date still differ by their titles; running sessions say their distance.
 * @example workoutName(longRun, 'km') // "Sun 13 Dec · Long run: 18 km"
 */
export function workoutName(
  session: Pick<Session, 'date' | 'type' | 'title' | 'plannedDistanceM'>,
  units: Units,
): string {
  return `${dayLabel(session.date)} · ${titleWithDistance(session, units)}`;
}

/** Names and notes clipped to what a FIT string holds, so the workout is exactly what the watch gets. */
function fitted(workout: Workout): Workout {
  const clip = (text: string): string => clipText(text, FIT_STRING_BYTES);
  return {
    ...workout,
    name: clip(workout.name),
    ...(workout.description === undefined ? {} : { description: clip(workout.description) }),
    steps: workout.steps.map((step) => ({
      ...step,
      name: clip(step.name),
      ...(step.notes === undefined ? {} : { notes: clip(step.notes) }),
    })),
  };
}

/** A speed band around a pace, to the millimetre per second. */
export function paceBand(sPerKm: number, share: number): WorkoutStepTarget {
  return {
    kind: 'speed',
    lowMPerS: roundSpeed(1000 / (sPerKm * (1 + share))),
    highMPerS: roundSpeed(1000 / (sPerKm * (1 - share))),
  };
}

/** A speed band for a pace range [fastest, slowest]. */
export function paceRangeBand([fastSPerKm, slowSPerKm]: readonly [number, number]): WorkoutStepTarget {
  return { kind: 'speed', lowMPerS: roundSpeed(1000 / slowSPerKm), highMPerS: roundSpeed(1000 / fastSPerKm) };
}

function roundSpeed(mPerS: number): number {
  return Math.round(mPerS * 1000) / 1000;
}

function runningWorkout(session: Session, options: SessionWorkoutOptions): Workout {
  const { units } = options;
  const easy: WorkoutStepTarget =
    options.easySPerKm === undefined ? { kind: 'open' } : paceRangeBand(options.easySPerKm);
  const easyWords = options.easySPerKm === undefined ? '' : ` at ${paceRange(options.easySPerKm, units)}`;
  const cue = session.technique.map((focus) => techniqueLine(focus, session.week)).join(' ');
  const steps: WorkoutStep[] = [];

  if (session.warmup !== undefined) {
    steps.push({
      name: 'Warm-up',
      intensity: 'warmup',
      duration: { kind: 'distance', distanceM: session.warmup.jogM },
      target: easy,
      notes: `Easy jog${easyWords}.${cue === '' ? '' : ` ${cue}`}`,
    });
    const drills = session.warmup.drills === true;
    if (session.warmup.stretching || drills) {
      const what = [session.warmup.stretching ? 'stretch' : '', drills ? 'drills and a few build-ups' : '']
        .filter((part) => part !== '')
        .join(', then ');
      steps.push({
        name: drills ? 'Drills' : 'Stretch',
        intensity: 'warmup',
        duration: { kind: 'open' },
        target: { kind: 'open' },
        notes: `${what.charAt(0).toUpperCase()}${what.slice(1)}; press lap to start the first rep.`,
      });
    }
  }

  const blocks = session.intervals ?? [];
  const easyIndex = blocks.findIndex((block) => block.intensity === 'easy');
  blocks.forEach((interval, index) => {
    const notesCue = index === 0 ? cue : '';
    if (session.runWalk !== undefined && index === easyIndex) {
      appendAll(steps, runWalkSteps(interval, session.runWalk, steps.length, easy, notesCue));
      return;
    }
    const first = steps.length;
    appendAll(steps, workSteps(session, interval, options, notesCue));
    if (interval.repeat > 1 && interval.recovery !== undefined) {
      const { type, durationS } = interval.recovery;
      steps.push({
        name: type === 'walk' ? 'Walk' : type === 'jog-down' ? 'Jog down' : 'Jog',
        intensity: 'recovery',
        duration: { kind: 'time', durationS },
        target: type === 'jog' ? easy : { kind: 'open' },
        notes: `${type === 'walk' ? 'Walk' : type === 'jog-down' ? 'Jog back down' : 'Easy jog'} ${durationWords(durationS)}.`,
      });
    }
    if (interval.repeat > 1) steps.push(repeatStep(first, interval.repeat));
  });
  if (session.strides !== undefined) appendAll(steps, strideSteps(session.strides, steps.length));

  if (session.cooldown !== undefined) {
    steps.push({
      name: 'Cool-down',
      intensity: 'cooldown',
      duration: { kind: 'distance', distanceM: session.cooldown.jogM },
      target: easy,
      notes: `Easy jog${easyWords}, ${jogDistanceWords(session.cooldown.jogM, units)}.`,
    });
  }
  // The day's notes (fuelling) first: a FIT description holds 254 bytes, and they matter more than the why.
  const notes = (session.notes ?? []).join(' ');
  return {
    name: session.title,
    sport: 'running',
    subSport: session.type === 'track' ? 'track' : 'generic',
    description: notes === '' ? session.why : `${notes} ${session.why}`,
    steps,
  };
}

function repeatStep(fromStep: number, times: number): WorkoutStep {
  return {
    name: `Repeat ${times} ×`,
    intensity: 'active',
    duration: { kind: 'repeat', fromStep, times },
    target: { kind: 'open' },
  };
}

/** Seconds of easy jogging or walking back after each stride: enough to start the next one fresh. */
const STRIDE_RECOVERY_S = 60;

/** Strides after the run (R-DAY-1): each one by feel, a jog or walk back, repeated. */
function strideSteps(strides: Strides, first: number): WorkoutStep[] {
  return [
    {
      name: 'Stride',
      intensity: 'active',
      duration: { kind: 'time', durationS: strides.durationS },
      target: { kind: 'open' },
      notes: `${durationWords(strides.durationS)} quick and relaxed: build up, hold, ease off. Not a sprint.`,
    },
    {
      name: 'Walk back',
      intensity: 'recovery',
      duration: { kind: 'time', durationS: STRIDE_RECOVERY_S },
      target: { kind: 'open' },
      notes: 'Walk or jog easily until you are ready for the next stride.',
    },
    ...(strides.repeat > 1 ? [repeatStep(first, strides.repeat)] : []),
  ];
}

/**
 * Run–walk (R-REC-6): the easy block as run and walk steps repeated to fill it; a block given by distance
 * is timed at the middle of its easy range.
 */
function runWalkSteps(
  interval: Interval,
  runWalk: RunWalk,
  first: number,
  easy: WorkoutStepTarget,
  cue: string,
): WorkoutStep[] {
  const range = interval.targetRangeSPerKm;
  const paceSPerKm = range === undefined ? interval.targetSPerKm : (range[0] + range[1]) / 2;
  const blockS =
    interval.durationS ??
    (interval.distanceM !== undefined && paceSPerKm !== undefined
      ? (interval.distanceM * paceSPerKm) / 1000
      : 0);
  const times = Math.max(1, Math.round((blockS * interval.repeat) / (runWalk.runS + runWalk.walkS)));
  const target = range === undefined ? easy : paceRangeBand(range);
  return [
    {
      name: 'Run',
      intensity: 'active',
      duration: { kind: 'time', durationS: runWalk.runS },
      target,
      notes: `Easy running: ${runWalkWords(runWalk)}.${cue === '' ? '' : ` ${cue}`}`,
    },
    {
      name: 'Walk',
      intensity: 'recovery',
      duration: { kind: 'time', durationS: runWalk.walkS },
      target: { kind: 'open' },
      notes: `Walk briskly ${durationWords(runWalk.walkS)}.`,
    },
    ...(times > 1 ? [repeatStep(first, times)] : []),
  ];
}

/** What a work step is called on the watch, by what it is run at. */
function workStepName(session: Session, interval: Interval): string {
  switch (interval.intensity) {
    case 'easy':
      return session.type === 'long' ? 'Long run' : 'Easy run';
    case 'marathon':
      return 'Marathon pace';
    case 'threshold':
      return 'Threshold';
    case 'race':
      return 'Race';
    case 'time-trial':
      return 'Time trial';
    case 'top-speed':
      return 'Sprint';
    case 'interval':
    case 'repetition':
    case 'race-pace':
      return 'Rep';
  }
}

/** The work of one rep: the flat-out part as its own step, then the rest at the target pace. */
function workSteps(
  session: Session,
  interval: Interval,
  options: SessionWorkoutOptions,
  cue: string,
): WorkoutStep[] {
  const { units } = options;
  const band =
    session.type === 'race' || session.type === 'time-trial'
      ? RACE_BAND_SHARE
      : (options.paceBandShare ?? 0.03);
  const pace = interval.targetSPerKm === undefined ? '' : formatPace(interval.targetSPerKm, units);
  const withCue = (text: string): string => (cue === '' ? text : `${text} ${cue}`);

  if (
    interval.distanceM !== undefined &&
    interval.sprintM !== undefined &&
    interval.sprintM < interval.distanceM
  ) {
    const restM = interval.distanceM - interval.sprintM;
    return [
      {
        name: 'Flat out',
        intensity: 'active',
        duration: { kind: 'distance', distanceM: interval.sprintM },
        target: { kind: 'open' },
        notes: withCue(
          `First ${interval.sprintM} m of the ${formatDistance(interval.distanceM, units)} flat out, by effort.`,
        ),
      },
      {
        name: 'Rep pace',
        intensity: 'active',
        duration: { kind: 'distance', distanceM: restM },
        target:
          interval.targetSPerKm === undefined ? { kind: 'open' } : paceBand(interval.targetSPerKm, band),
        notes: `The last ${restM} m${pace === '' ? ' smooth' : ` at ${pace}`}.`,
      },
    ];
  }

  // Uphill at race-pace effort: the flat pace would be a wrong target on a slope, so effort rules.
  const uphill = interval.grade !== undefined;
  const target: WorkoutStepTarget = uphill
    ? { kind: 'open' }
    : interval.targetRangeSPerKm !== undefined
      ? paceRangeBand(interval.targetRangeSPerKm)
      : interval.targetSPerKm !== undefined
        ? paceBand(interval.targetSPerKm, band)
        : { kind: 'open' };
  const { name, feel } = intensityWords(interval.intensity);
  const paced = interval.intensity === 'marathon' || interval.intensity === 'threshold';
  const what = uphill
    ? `Uphill (${interval.grade ?? ''} grade) at race-pace effort${pace === '' ? '' : `, ${pace} on the flat`}.`
    : interval.targetRangeSPerKm !== undefined
      ? `Easy, ${paceRange(interval.targetRangeSPerKm, units)}.`
      : pace === ''
        ? 'By effort.'
        : paced
          ? `${name.charAt(0).toUpperCase()}${name.slice(1)}, ${pace}${feel === undefined ? '' : `: ${feel}`}.`
          : `At ${pace}.`;
  return [
    {
      name: workStepName(session, interval),
      intensity: 'active',
      duration:
        interval.distanceM !== undefined
          ? { kind: 'distance', distanceM: interval.distanceM }
          : interval.durationS !== undefined
            ? { kind: 'time', durationS: interval.durationS }
            : { kind: 'open' },
      target,
      notes: withCue(what),
    },
  ];
}

function strengthWorkout(session: Session): Workout {
  const steps: WorkoutStep[] = [];
  for (const exercise of session.exercises ?? []) {
    const first = steps.length;
    steps.push(exerciseStep(exercise));
    if (exercise.restS > 0) {
      steps.push({
        name: 'Rest',
        intensity: 'rest',
        duration: { kind: 'time', durationS: exercise.restS },
        target: { kind: 'open' },
      });
    }
    if (exercise.sets > 1) {
      steps.push({
        name: `${exercise.sets} sets`,
        intensity: 'active',
        duration: { kind: 'repeat', fromStep: first, times: exercise.sets },
        target: { kind: 'open' },
      });
    }
  }
  return {
    name: session.title,
    sport: 'training',
    subSport: 'strengthTraining',
    description: session.why,
    steps,
  };
}

/** One set of an exercise: counted reps (the top of the range), or time, with the dose and cues in the notes. */
function exerciseStep(exercise: ExercisePrescription): WorkoutStep {
  const entry = exerciseById(exercise.id);
  const variant = exercise.variant === undefined ? '' : ` Harder: ${exercise.variant}`;
  return {
    name: entry.name,
    intensity: 'active',
    duration:
      exercise.reps !== undefined
        ? { kind: 'reps', reps: exercise.reps.max }
        : exercise.durationS !== undefined
          ? { kind: 'time', durationS: exercise.durationS }
          : { kind: 'open' },
    target: { kind: 'open' },
    notes: `${exerciseWords(exercise).dose}. ${entry.cues.join(' ')}${variant}`,
    exercise: exerciseCode(exercise.id),
  };
}
