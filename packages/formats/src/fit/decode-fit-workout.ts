/** FIT workout files (ours, Garmin Connect's, TrainingPeaks') back to a `Workout`. */
import type { FitMessages } from '@garmin/fitsdk';
import { FormatError } from '../errors/format-error.js';
import { fitNumber, fitString } from './fit-values.js';
import { readFitMessages, type FitReadOptions } from './read-fit-messages.js';
import type {
  Workout,
  WorkoutIntensity,
  WorkoutStep,
  WorkoutStepDuration,
  WorkoutStepTarget,
} from './workout-types.js';

type StepMesg = NonNullable<FitMessages['workoutStepMesgs']>[number];

const INTENSITIES: readonly WorkoutIntensity[] = [
  'warmup',
  'active',
  'recovery',
  'rest',
  'cooldown',
  'interval',
  'other',
];

/**
 * Decodes a FIT workout file.
 * @example decodeFitWorkout(bytes).steps[0]?.duration // { kind: 'distance', distanceM: 800 }
 */
export function decodeFitWorkout(bytes: Uint8Array, options: FitReadOptions = {}): Workout {
  const { messages } = readFitMessages(bytes, { ...options, salvage: false });
  const fileType = fitString(messages.fileIdMesgs?.[0]?.type);
  const header = messages.workoutMesgs?.[0];
  if (header === undefined) {
    throw new FormatError(
      'wrong-fit-type',
      `this FIT file is ${fileType === null ? 'not' : `a ${fileType} file,`} not a workout`,
    );
  }
  const steps = [...(messages.workoutStepMesgs ?? [])]
    .sort((a, b) => (fitNumber(a.messageIndex) ?? 0) - (fitNumber(b.messageIndex) ?? 0))
    .map(toStep);
  const sport = fitString(header.sport);
  const subSport = fitString(header.subSport);
  const workout: Workout = {
    name: fitString(header.wktName) ?? '',
    sport: sport === 'training' ? 'training' : 'running',
    subSport: subSport === 'track' || subSport === 'strengthTraining' ? subSport : 'generic',
    steps,
  };
  const description = fitString(header.wktDescription);
  if (description !== null) workout.description = description;
  return workout;
}

function toStep(mesg: StepMesg): WorkoutStep {
  const intensityName = fitString(mesg.intensity);
  const step: WorkoutStep = {
    name: fitString(mesg.wktStepName) ?? '',
    intensity: INTENSITIES.find((i) => i === intensityName) ?? 'active',
    duration: durationOf(mesg),
    target: targetOf(mesg),
  };
  const notes = fitString(mesg.notes);
  if (notes !== null) step.notes = notes;
  const category = fitString(mesg.exerciseCategory);
  if (category !== null) step.exercise = { category, name: fitNumber(mesg.exerciseName) };
  return step;
}

function durationOf(mesg: StepMesg): WorkoutStepDuration {
  const type = fitString(mesg.durationType);
  const value = fitNumber(mesg.durationValue);
  switch (type) {
    case 'distance':
      return value === null ? { kind: 'open' } : { kind: 'distance', distanceM: value / 100 };
    case 'time':
      return value === null ? { kind: 'open' } : { kind: 'time', durationS: value / 1000 };
    case 'reps':
      return value === null ? { kind: 'open' } : { kind: 'reps', reps: value };
    case 'open':
    case null:
      return { kind: 'open' };
    case 'repeatUntilStepsCmplt':
      return { kind: 'repeat', fromStep: value ?? 0, times: fitNumber(mesg.targetValue) ?? 1 };
    default:
      return { kind: 'other', type, value };
  }
}

function targetOf(mesg: StepMesg): WorkoutStepTarget {
  const type = fitString(mesg.targetType);
  if (fitString(mesg.durationType) === 'repeatUntilStepsCmplt' || type === null || type === 'open') {
    return { kind: 'open' };
  }
  const low = fitNumber(mesg.customTargetValueLow);
  const high = fitNumber(mesg.customTargetValueHigh);
  if (type === 'speed' && low !== null && high !== null) {
    return { kind: 'speed', lowMPerS: low / 1000, highMPerS: high / 1000 };
  }
  return { kind: 'other', type, zone: fitNumber(mesg.targetValue), low, high };
}
