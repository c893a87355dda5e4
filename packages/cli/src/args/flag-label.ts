/** Core names input fields as the API body does (`raceDate`, `recent.time`); the CLI names them as flags. */

/**
 * The flag a runner typed for an input field, for `describeIssue`.
 * @example flagForField('recent.time') // '--recent'
 * @example flagForField('raceDate') // '--race-date'
 */
export function flagForField(field: string): string {
  const top = field.split('.')[0] ?? field;
  return `--${top.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
