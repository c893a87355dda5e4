/**
 * Each catalog exercise as Garmin's exercise profile knows it, so a watch shows the right animation and
 * counts reps where it can. Where Garmin has no close match, only the category is given.
 */
import { Profile } from '@garmin/fitsdk';
import type { ExerciseId } from '@speedwork/core';
import type { WorkoutExercise } from './workout-types.js';

const CODES: Readonly<Record<ExerciseId, { category: string; name: string | null }>> = {
  deadlift: { category: 'deadlift', name: 'barbellDeadlift' },
  squat: { category: 'squat', name: 'barbellBackSquat' },
  // One-footed hops around an imaginary box.
  'box-jump': { category: 'plyo', name: 'lateralLeapAndHop' },
  'tuck-jump': { category: 'plyo', name: null },
  'concentric-box-jump': { category: 'plyo', name: 'boxJump' },
  'frog-squat-jump': { category: 'plyo', name: 'jumpSquat' },
  'alternating-lunge-jump': { category: 'plyo', name: 'alternatingJumpLunge' },
  'pushup-to-squat': { category: 'totalBody', name: 'squatThrusts' },
  'single-leg-romanian-deadlift': { category: 'deadlift', name: null },
  'bulgarian-split-squat': { category: 'lunge', name: null },
};

/** The number of a FIT type's value by its name (`exerciseCategory`, `plyo` → 20). */
export function fitTypeValue(type: string, valueName: string): number | null {
  const values: Record<string, string> | undefined = (
    Profile.types as Record<string, Record<string, string>>
  )[type];
  if (values === undefined) return null;
  for (const [key, name] of Object.entries(values)) if (name === valueName) return Number(key);
  return null;
}

/**
 * The FIT exercise of a catalog exercise.
 * @example exerciseCode('concentric-box-jump') // { category: 'plyo', name: 33 }
 */
export function exerciseCode(id: ExerciseId): WorkoutExercise {
  const code = CODES[id];
  const name = code.name === null ? null : fitTypeValue(`${code.category}ExerciseName`, code.name);
  return { category: code.category, name };
}
