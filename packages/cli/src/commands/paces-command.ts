/** `speedwork paces`: one race result → VDOT, training paces and race equivalents, as text or JSON. */
import { describeIssue, pacesReport, parseProfile } from '@speedwork/core';
import { flagForField } from '../args/flag-label.js';
import { parseFlags } from '../args/parse-flags.js';
import { parseRaceFlag } from '../args/race-flag.js';
import { renderPacesText } from '../render/paces-text.js';
import { parseChoiceFlag } from './choice-flag.js';
import { success, usageFailure, type CliContext, type CommandOutcome } from './command-outcome.js';
import { booleanFlag, stringFlag } from './flag-value.js';
import { PACES_HELP } from './help-text.js';
import { PACES_FLAGS, PACES_FORMATS } from './paces-flags.js';

/**
 * Runs `speedwork paces` with the words after `paces`.
 * @example runPacesCommand(['--recent', '10k=45:00'], context).stdout // "VDOT 45.3 from 10K in 45:00 ..."
 */
export function runPacesCommand(args: readonly string[], context: CliContext): CommandOutcome {
  const parsed = parseFlags(args, PACES_FLAGS);
  if (!parsed.ok) return usageFailure('paces', parsed.problems);
  if (booleanFlag(parsed.values, 'help')) return success(PACES_HELP);

  const problems: string[] = [];
  const format = parseChoiceFlag('format', stringFlag(parsed.values, 'format'), PACES_FORMATS, 'text');
  if (!format.ok) problems.push(format.problem);
  const rawRecent = stringFlag(parsed.values, 'recent');
  const recent = rawRecent === undefined ? undefined : parseRaceFlag('recent', rawRecent);
  if (recent?.ok === false) problems.push(recent.problem);

  // The race and the units are checked by the same rules as a plan's (R-IN-1); a plan's other fields get
  // valid stand-ins, so every issue left is about --recent or --units.
  const profile = parseProfile({
    recent: recent?.ok === true ? { distance: recent.distance, time: recent.time } : undefined,
    units: stringFlag(parsed.values, 'units'),
    start: context.today,
    days: 'mon',
  });
  if (!profile.ok) {
    const issues =
      recent?.ok === false
        ? profile.issues.filter((issue) => flagForField(issue.field) !== '--recent')
        : profile.issues;
    problems.push(...issues.map((issue) => describeIssue(issue, flagForField)));
  }
  if (!profile.ok || !format.ok) return usageFailure('paces', problems);

  const race = profile.value.recent;
  const report = pacesReport(race.distanceM, race.timeS);
  if (format.value === 'json') return success(JSON.stringify(report, null, 2));
  return success(renderPacesText(report, race, profile.value.units));
}
