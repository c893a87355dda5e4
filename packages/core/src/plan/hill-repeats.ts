/**
 * Hill repeats (R-INT-5): uphill at race pace, jog down to recover, three repeats the first time and at most
 * one more each time after. Grades rotate so no grade comes three times running. The reps are sized by time
 * for the race: race pace uphill costs far more than on the flat (Minetti et al. 2002), so the steeper the
 * hill, the shorter the rep that can still hold race effort (COACHING 4.3).
 */
import type { HillGrade } from './plan-types.js';
import type { Level } from '../profile/profile-types.js';
import type { RaceClass } from './race-profile.js';

export const FIRST_HILL_REPEATS = 3;
/** Moderate first: it teaches the effort; gentle and steep then take turns with it. */
const HILL_GRADES: readonly HillGrade[] = ['moderate', 'gentle', 'moderate', 'steep'];

/** Seconds uphill by race and grade. */
export const UPHILL_S: Record<RaceClass, Record<HillGrade, number>> = {
  short: { gentle: 45, moderate: 25, steep: 12 },
  mid: { gentle: 60, moderate: 40, steep: 15 },
  half: { gentle: 90, moderate: 50, steep: 20 },
  marathon: { gentle: 150, moderate: 75, steep: 25 },
};

/** The most repeats a level builds to; a marathoner's longer reps stop sooner. */
export function maxHillRepeats(level: Level, race: RaceClass): number {
  const byLevel = level === 'beginner' ? 6 : level === 'intermediate' ? 8 : 10;
  return Math.min(byLevel, race === 'marathon' ? 8 : 10);
}

export function hillGrade(hillSessionIndex: number): HillGrade {
  return HILL_GRADES[hillSessionIndex % HILL_GRADES.length] ?? 'moderate';
}

/** Jogging down takes about twice as long as running up; steep reps get a little more at the bottom. */
export function jogDownS(uphillS: number, grade: HillGrade): number {
  return uphillS * 2 + (grade === 'steep' ? 30 : 0);
}
