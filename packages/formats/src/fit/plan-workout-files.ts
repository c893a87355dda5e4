/** A whole plan as watch workouts: one FIT file per session, named by date and type. */
import type { Plan } from '@speedwork/core';
import { encodeFitWorkout } from './encode-fit-workout.js';
import { sessionWorkout } from './session-workout.js';

export interface WorkoutFile {
  /** `2026-12-14-track.fit`; a second session of the same type on one date gets `-2`. */
  fileName: string;
  date: string;
  bytes: Uint8Array;
}

/**
 * Every session of a plan as a FIT workout file.
 * @example planWorkoutFiles(plan, { createdAt: new Date() })[0]?.fileName // "2026-12-07-strength.fit"
 */
export function planWorkoutFiles(plan: Plan, options: { createdAt: Date }): WorkoutFile[] {
  const used = new Set<string>();
  return plan.sessions.map((session, index) => {
    const base = `${session.date}-${session.type}`;
    let fileName = `${base}.fit`;
    for (let n = 2; used.has(fileName); n++) fileName = `${base}-${n}.fit`;
    used.add(fileName);
    const workout = sessionWorkout(session, {
      units: plan.profile.units,
      easySPerKm: plan.paces.paces.easySPerKm,
    });
    return {
      fileName,
      date: session.date,
      bytes: encodeFitWorkout(workout, { createdAt: options.createdAt, serialNumber: index + 1 }),
    };
  });
}
