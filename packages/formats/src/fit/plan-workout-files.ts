/** A whole plan as watch workouts: one FIT file per session, named by date and type. */
import type { Plan } from '@speedwork/core';
import { encodeFitWorkout } from './encode-fit-workout.js';
import { sessionWorkout } from './session-workout.js';

export interface WorkoutFile {
  /** The session's id as the file name, `2026-12-14-track.fit`; should two ids clash, the later gets `-2`. */
  fileName: string;
  date: string;
  bytes: Uint8Array;
}

/**
 * Every session of a plan as a FIT workout file.
 * @example planWorkoutFiles(plan, { createdAt: new Date() })[0]?.fileName // "2026-12-07-strength.fit"
 */
export function planWorkoutFiles(plan: Plan, options: { createdAt: Date }): WorkoutFile[] {
  const usedFiles = new Set<string>();
  const usedNames = new Set<string>();
  return plan.sessions.map((session, index) => {
    // Ids are the plan's own; a file name keeps only what every file system takes.
    const base = session.id.replace(/[^A-Za-z0-9._-]+/g, '-') || `${session.date}-${session.type}`;
    const fileName = unique(usedFiles, (n) => `${base}${n === 1 ? '' : `-${n}`}.fit`);
    const workout = sessionWorkout(session, {
      units: plan.profile.units,
      easySPerKm: plan.paces.paces.easySPerKm,
    });
    // Watches list workouts by name: no two of a plan may look the same.
    const name = unique(usedNames, (n) => (n === 1 ? workout.name : `${workout.name} (${n})`));
    return {
      fileName,
      date: session.date,
      bytes: encodeFitWorkout(
        { ...workout, name },
        { createdAt: options.createdAt, serialNumber: index + 1 },
      ),
    };
  });
}

/** The first of `make(1)`, `make(2)`, ... not yet used, marked as used. */
function unique(used: Set<string>, make: (n: number) => string): string {
  let n = 1;
  while (used.has(make(n))) n++;
  const value = make(n);
  used.add(value);
  return value;
}
