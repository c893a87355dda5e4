/** Core names input fields as the API body does (`raceDate`, `recent.time`); the CLI names them as flags. */

/** Fields whose flag is not their top-level name in kebab case: the runner's current training (R-VOL-1). */
const FLAG_BY_FIELD: Readonly<Record<string, string>> = {
  'current.weeklyDistanceM': '--weekly-distance',
  'current.longestRunM': '--longest-run',
};

/**
 * The flag a runner typed for an input field, for `describeIssue`.
 * @example flagForField('recent.time') // '--recent'
 * @example flagForField('raceDate') // '--race-date'
 * @example flagForField('current.longestRunM') // '--longest-run'
 */
export function flagForField(field: string): string {
  const named = FLAG_BY_FIELD[field];
  if (named !== undefined) return named;
  const top = field.split('.')[0] ?? field;
  return `--${top.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
