/**
 * Hill repeats (R-INT-5): uphill at race pace, jog down to recover, three repeats the first time and at most
 * one more each time after. Grades rotate gentle → moderate → steep so no grade comes three times running.
 */
import type { HillGrade } from './plan-types.js';
import type { Level } from '../profile/profile-types.js';

export const FIRST_HILL_REPEATS = 3;
export const HILL_GRADES: readonly HillGrade[] = ['gentle', 'moderate', 'steep'];

/** Steeper hills get shorter reps so the effort, not the clock, stays near race effort. */
export const UPHILL_S: Record<HillGrade, number> = { gentle: 60, moderate: 45, steep: 30 };

/** The most repeats a level builds to. */
export function maxHillRepeats(level: Level): number {
  return level === 'beginner' ? 6 : level === 'intermediate' ? 8 : 10;
}

export function hillGrade(hillSessionIndex: number): HillGrade {
  return HILL_GRADES[hillSessionIndex % HILL_GRADES.length] ?? 'gentle';
}

/** Jogging down takes about twice as long as running up. */
export function jogDownS(uphillS: number): number {
  return uphillS * 2;
}
