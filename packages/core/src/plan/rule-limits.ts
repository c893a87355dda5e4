/**
 * The numeric limits of the whole-plan rules, in one place: the generator keeps under them, the checker
 * measures against them and adaptation keeps its changes within them, so the three can never disagree.
 */

/** R-VOL-2: the most a week may run, given the largest week before it (10 % more, or 2 km). */
export function weekRiseCapM(largestEarlierM: number): number {
  return Math.max(1.1 * largestEarlierM, largestEarlierM + 2000);
}

/** R-LNG-1: the longest a long run may be, given the longest before it (10 % more, or 1 km). */
export function longRunStepCapM(longestBeforeM: number): number {
  return Math.max(1.1 * longestBeforeM, longestBeforeM + 1000);
}

/** R-REC-4: a deload week runs at most this share of the week before it. */
export const DELOAD_MAX_SHARE = 0.8;

/** R-VOL-1: week 1 runs at least this share of what the runner runs now (and at most 105 %). */
export const FIRST_WEEK_MIN_SHARE = 0.8;
export const FIRST_WEEK_MAX_SHARE = 1.05;
