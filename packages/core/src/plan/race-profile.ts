/**
 * What a race distance asks of a plan: how much running, how long the long run, how long the taper. The
 * numbers are a coaching consensus (Daniels, Pfitzinger, COACHING.md sections 1, 2 and 5) and SPEC's caps
 * (R-LNG-1, R-REC-5); a plan picks inside them from the runner's level and weeks.
 */
import type { Level } from '../profile/profile-types.js';

/** Races group by what their training needs: mile to 5K, 10K and 15K, the half, the marathon. */
export type RaceClass = 'short' | 'mid' | 'half' | 'marathon';

export function raceClass(distanceM: number): RaceClass {
  if (distanceM <= 5000) return 'short';
  if (distanceM <= 16000) return 'mid';
  if (distanceM <= 30000) return 'half';
  return 'marathon';
}

const KM = 1000;
type ByLevel<T> = Record<Level, T>;

/** Peak weekly running distance in metres, [low, high] (COACHING 1.1). */
export const PEAK_RANGE_M: Record<RaceClass, ByLevel<[number, number]>> = {
  short: { beginner: [20 * KM, 30 * KM], intermediate: [30 * KM, 50 * KM], advanced: [50 * KM, 80 * KM] },
  mid: { beginner: [25 * KM, 40 * KM], intermediate: [35 * KM, 55 * KM], advanced: [55 * KM, 90 * KM] },
  half: { beginner: [32 * KM, 45 * KM], intermediate: [40 * KM, 60 * KM], advanced: [60 * KM, 100 * KM] },
  marathon: {
    beginner: [45 * KM, 65 * KM],
    intermediate: [60 * KM, 85 * KM],
    advanced: [85 * KM, 130 * KM],
  },
};

/** R-VOL-1: what we assume a runner runs when they do not say, [weekly, longest] (COACHING 1.2). */
export const ASSUMED_TRAINING_M: Record<RaceClass, ByLevel<[number, number]>> = {
  short: { beginner: [15 * KM, 6 * KM], intermediate: [25 * KM, 9 * KM], advanced: [45 * KM, 14 * KM] },
  mid: { beginner: [20 * KM, 8 * KM], intermediate: [30 * KM, 11 * KM], advanced: [50 * KM, 16 * KM] },
  half: { beginner: [25 * KM, 10 * KM], intermediate: [35 * KM, 13 * KM], advanced: [55 * KM, 18 * KM] },
  marathon: {
    beginner: [30 * KM, 13 * KM],
    intermediate: [45 * KM, 18 * KM],
    advanced: [65 * KM, 24 * KM],
  },
};

/** The long run a plan builds toward, at most (COACHING 2.1). */
export const LONG_RUN_GOAL_M: Record<RaceClass, ByLevel<number>> = {
  short: { beginner: 10 * KM, intermediate: 15 * KM, advanced: 19 * KM },
  mid: { beginner: 14 * KM, intermediate: 18 * KM, advanced: 22 * KM },
  half: { beginner: 18 * KM, intermediate: 21 * KM, advanced: 24 * KM },
  marathon: { beginner: 30 * KM, intermediate: 32 * KM, advanced: 35 * KM },
};

/** R-LNG-1: the long run's share of its week, plus 5 points with 3 or fewer running days. */
export function longRunShareCap(race: RaceClass, runningDays: number): number {
  const base = race === 'short' ? 0.35 : race === 'marathon' ? 0.45 : 0.4;
  return base + (runningDays <= 3 ? 0.05 : 0);
}

/** R-LNG-1: the long run's duration cap in seconds. */
export function longRunDurationCapS(race: RaceClass): number {
  return race === 'marathon' ? 3 * 3600 : race === 'half' ? 2.5 * 3600 : 2 * 3600;
}

/** R-LNG-1: whether every build and peak week must hold a long run. */
export function needsLongRun(race: RaceClass, availableDays: number): boolean {
  return race === 'short' ? availableDays >= 4 : availableDays >= 3;
}

/**
 * R-REC-5: days of taper before the race (the race day included in the count of the window's last day).
 * A marathon whose peak week is under 60 km tapers for 14 days, not 21.
 */
export function taperDays(race: RaceClass, peakWeekM: number, planWeeks: number): number {
  switch (race) {
    case 'short':
      return planWeeks >= 8 ? 10 : 7;
    case 'mid':
      return 10;
    case 'half':
      return 14;
    case 'marathon':
      return peakWeekM < 60 * KM ? 14 : 21;
  }
}

/**
 * Running distance on a taper day as a share of the peak week's daily running, by days before the race:
 * the cut deepens step by step and the last six days stay well under R-REC-5's 60 %.
 */
export function taperShare(race: RaceClass, daysBeforeRace: number): number {
  if (daysBeforeRace <= 6) return race === 'marathon' ? 0.45 : 0.5;
  if (daysBeforeRace <= 13) return race === 'marathon' ? 0.65 : race === 'half' ? 0.75 : 0.8;
  return 0.8;
}

/** R-REC-5: no plyometrics in this many last days, and no strength at all in this many. */
export function taperStrengthLimits(race: RaceClass): { noPlyometricsDays: number; noStrengthDays: number } {
  if (race === 'marathon') return { noPlyometricsDays: 10, noStrengthDays: 7 };
  if (race === 'half') return { noPlyometricsDays: 7, noStrengthDays: 4 };
  return { noPlyometricsDays: 5, noStrengthDays: 4 };
}

/** R-DAY-1: the running days a level carries in a build week ("or more" once the volume asks for it). */
export function levelRunningDays(level: Level, weekM: number): number {
  const base = level === 'beginner' ? 3 : level === 'intermediate' ? 4 : 5;
  return base + (weekM >= 50 * KM ? 1 : 0);
}

/** Average rise per build week (COACHING 1.3). */
export const WEEKLY_RISE: ByLevel<number> = { beginner: 0.06, intermediate: 0.07, advanced: 0.08 };
