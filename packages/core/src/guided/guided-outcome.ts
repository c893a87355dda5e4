/**
 * What a guided session recorded, in the shape the log needs: each logged rep's time in the log's rep
 * order, a race or time trial's result, and each exercise's sets done.
 */
import type { ExerciseId } from '../catalog/exercises.js';
import type { GuidedState } from './guided-run.js';
import type { GuidedStep } from './guided-steps.js';

export interface GuidedOutcome {
  /** Seconds per logged rep, by the log's rep index; `undefined` where a rep was skipped or not reached. */
  repTimesS: (number | undefined)[];
  /** The race or time trial's time, when its run was lapped. */
  resultS?: number;
  /** Per exercise, in the session's order: whether each set was done, and a timed set's seconds. */
  exercises: { id: ExerciseId; sets: { done: boolean; durationS?: number }[] }[];
  /** Every step was run through, none skipped and no early finish. */
  complete: boolean;
}

/** Rounds to the tenth of a second, as a stopwatch shows a lap. */
function tenths(ms: number): number {
  return Math.round(ms / 100) / 10;
}

/**
 * The log's view of a guided session.
 * @example guidedOutcome(steps, state).repTimesS // [31.2, 30.8, undefined, 31.5]
 */
export function guidedOutcome(steps: readonly GuidedStep[], state: GuidedState): GuidedOutcome {
  const lapOf = new Map(state.laps.map((lap) => [lap.step, lap]));
  const repTimesS: (number | undefined)[] = [];
  const exercises: GuidedOutcome['exercises'] = [];
  let resultS: number | undefined;
  let complete = true;
  steps.forEach((step, i) => {
    const lap = lapOf.get(i);
    if (lap === undefined || lap.ended === 'skip') {
      if (step.kind !== 'recovery' && step.kind !== 'rest' && step.kind !== 'walk') complete = false;
    }
    const timeS = lap?.ended === 'skip' || lap?.elapsedMs === undefined ? undefined : tenths(lap.elapsedMs);
    if (step.log !== undefined && 'rep' in step.log) {
      // A rep run for a set time (tempo reps) has no time to give: the log asks for its distance.
      repTimesS[step.log.rep] = step.log.measure === 'distance' ? undefined : timeS;
    }
    if (step.log !== undefined && 'result' in step.log && timeS !== undefined) resultS = timeS;
    if (step.exercise !== undefined) {
      const { id, set } = step.exercise;
      let entry = exercises.find((e) => e.id === id);
      if (entry === undefined) {
        entry = { id, sets: [] };
        exercises.push(entry);
      }
      const done = lap !== undefined && lap.ended !== 'skip';
      entry.sets[set - 1] =
        done && step.exercise.durationS !== undefined && timeS !== undefined
          ? { done, durationS: Math.round(timeS) }
          : { done };
    }
  });
  return { repTimesS, ...(resultS === undefined ? {} : { resultS }), exercises, complete };
}
