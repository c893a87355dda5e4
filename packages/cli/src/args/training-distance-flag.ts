/**
 * `--weekly-distance 30km` and `--longest-run 12km` (R-VOL-1): a distance with its unit, in metres for core's
 * profile (`current.weeklyDistanceM`, `current.longestRunM`).
 */
import {
  MAX_LONGEST_RUN_M,
  MAX_WEEKLY_DISTANCE_M,
  METRES_PER_MILE,
  parseTrainingDistanceM,
  type InputIssue,
} from '@speedwork/core';

export const TRAINING_DISTANCE_FLAGS = {
  'weekly-distance': { field: 'weeklyDistanceM', maxM: MAX_WEEKLY_DISTANCE_M, example: '30km or 20mi' },
  'longest-run': { field: 'longestRunM', maxM: MAX_LONGEST_RUN_M, example: '12km or 8mi' },
} as const;

export type TrainingDistanceFlagName = keyof typeof TRAINING_DISTANCE_FLAGS;

export type TrainingDistanceFlag = { ok: true; distanceM: number } | { ok: false; problem: string };

/** What a training-distance flag accepts, in the words of its error messages and its help line. */
export function acceptedTrainingDistance(flag: TrainingDistanceFlagName): string {
  const { maxM, example } = TRAINING_DISTANCE_FLAGS[flag];
  const miles = Math.floor(maxM / METRES_PER_MILE);
  return `a distance with its unit (km or mi), such as ${example}, up to ${maxM / 1000} km (${miles} mi)`;
}

/**
 * A training-distance flag's value in metres, or the one-line problem naming the flag.
 * @example parseTrainingDistanceFlag('weekly-distance', '20mi') // { ok: true, distanceM: 32186.88 }
 */
export function parseTrainingDistanceFlag(
  flag: TrainingDistanceFlagName,
  value: string,
): TrainingDistanceFlag {
  const distanceM = parseTrainingDistanceM(value);
  if (distanceM === undefined) {
    return {
      ok: false,
      problem: `--${flag}: ${JSON.stringify(value)} is not a distance; accepted: ${acceptedTrainingDistance(flag)}`,
    };
  }
  return { ok: true, distanceM };
}

/**
 * Core checks the metres; the runner typed a distance with its unit. An issue about one of these fields
 * shows what was typed and what the flag accepts, instead of metres nobody typed.
 */
export function trainingDistanceIssue(issue: InputIssue, typed: ReadonlyMap<string, string>): InputIssue {
  const entry = Object.entries(TRAINING_DISTANCE_FLAGS).find(
    ([, spec]) => issue.field === `current.${spec.field}`,
  );
  if (entry === undefined) return issue;
  const [flag] = entry as [TrainingDistanceFlagName, unknown];
  const given = typed.get(flag);
  const rewritten: InputIssue = { ...issue, ...(given === undefined ? {} : { given }) };
  if (issue.accepted.startsWith('metres')) {
    rewritten.accepted = acceptedTrainingDistance(flag);
  } else if (flag === 'longest-run' && typed.has('weekly-distance')) {
    // A longest run beyond the weekly distance: name that distance as it was typed, in its unit.
    rewritten.accepted = `at most your weekly distance (${typed.get('weekly-distance') ?? ''})`;
  }
  return rewritten;
}
