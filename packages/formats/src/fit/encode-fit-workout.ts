/**
 * A `Workout` as a FIT workout file, written with Garmin's encoder in the raw units it keeps (see
 * STACK.md): distance in centimetres, time in milliseconds, speed in millimetres per second. Strings are
 * clipped to FIT's 254 bytes.
 */
import {
  Encoder,
  type ExerciseTitleMesg,
  type FileIdMesg,
  type Types,
  type WorkoutMesg,
  type WorkoutStepMesg,
} from '@garmin/fitsdk';
import { clipText } from '../text/text-codec.js';
import { FIT_MESG } from './fit-message-numbers.js';
import { fitTypeValue } from './strength-exercise-codes.js';
import type { Workout, WorkoutStep } from './workout-types.js';

/** FIT strings: one length byte, a terminating zero. */
export const FIT_STRING_BYTES = 254;

export interface FitWorkoutOptions {
  /** When the file is made (FIT's time_created); passed in, so the same plan gives the same bytes. */
  createdAt: Date;
  /** FIT serial number, to tell files apart on a device (default 1). */
  serialNumber?: number;
}

/**
 * Encodes a workout.
 * @example decodeFitWorkout(encodeFitWorkout(workout, { createdAt })).steps.length === workout.steps.length
 */
export function encodeFitWorkout(workout: Workout, options: FitWorkoutOptions): Uint8Array {
  const encoder = new Encoder();
  const fileId: FileIdMesg = {
    type: 'workout',
    manufacturer: 'development',
    product: 0,
    serialNumber: options.serialNumber ?? 1,
    timeCreated: options.createdAt,
  };
  encoder.onMesg(FIT_MESG.FILE_ID, fileId);
  const header: WorkoutMesg = {
    wktName: clipText(workout.name, FIT_STRING_BYTES),
    sport: workout.sport,
    subSport: workout.subSport,
    numValidSteps: workout.steps.length,
  };
  if (workout.description !== undefined)
    header.wktDescription = clipText(workout.description, FIT_STRING_BYTES);
  encoder.onMesg(FIT_MESG.WORKOUT, header);
  workout.steps.forEach((step, index) => encoder.onMesg(FIT_MESG.WORKOUT_STEP, stepMesg(step, index)));
  // Exercise titles let the watch show the names this plan uses instead of Garmin's.
  let titles = 0;
  for (const step of workout.steps) {
    if (step.exercise === undefined || step.exercise.name === null) continue;
    const category = fitTypeValue('exerciseCategory', step.exercise.category);
    if (category === null) continue;
    const title: ExerciseTitleMesg = {
      messageIndex: titles++,
      exerciseCategory: category,
      exerciseName: step.exercise.name,
      wktStepName: clipText(step.name, FIT_STRING_BYTES),
    };
    encoder.onMesg(FIT_MESG.EXERCISE_TITLE, title);
  }
  return encoder.close();
}

function stepMesg(step: WorkoutStep, index: number): WorkoutStepMesg {
  const mesg: WorkoutStepMesg = {
    messageIndex: index,
    wktStepName: clipText(step.name, FIT_STRING_BYTES),
    intensity: step.intensity,
  };
  const duration = step.duration;
  switch (duration.kind) {
    case 'distance':
      mesg.durationType = 'distance';
      mesg.durationValue = Math.round(duration.distanceM * 100);
      break;
    case 'time':
      mesg.durationType = 'time';
      mesg.durationValue = Math.round(duration.durationS * 1000);
      break;
    case 'reps':
      mesg.durationType = 'reps';
      mesg.durationValue = duration.reps;
      break;
    case 'open':
      mesg.durationType = 'open';
      break;
    case 'repeat':
      mesg.durationType = 'repeatUntilStepsCmplt';
      mesg.durationValue = duration.fromStep;
      mesg.targetValue = duration.times;
      break;
    case 'other':
      mesg.durationType = duration.type as Types.WktStepDuration;
      if (duration.value !== null) mesg.durationValue = duration.value;
      break;
  }
  const target = step.target;
  if (duration.kind !== 'repeat') {
    switch (target.kind) {
      case 'open':
        mesg.targetType = 'open';
        break;
      case 'speed':
        mesg.targetType = 'speed';
        mesg.targetValue = 0;
        mesg.customTargetValueLow = Math.round(target.lowMPerS * 1000);
        mesg.customTargetValueHigh = Math.round(target.highMPerS * 1000);
        break;
      case 'other':
        mesg.targetType = target.type as Types.WktStepTarget;
        if (target.zone !== null) mesg.targetValue = target.zone;
        if (target.low !== null) mesg.customTargetValueLow = target.low;
        if (target.high !== null) mesg.customTargetValueHigh = target.high;
        break;
    }
  }
  if (step.notes !== undefined) mesg.notes = clipText(step.notes, FIT_STRING_BYTES);
  if (step.exercise !== undefined) {
    const category = fitTypeValue('exerciseCategory', step.exercise.category);
    if (category !== null) mesg.exerciseCategory = category;
    if (step.exercise.name !== null) mesg.exerciseName = step.exercise.name;
  }
  return mesg;
}
