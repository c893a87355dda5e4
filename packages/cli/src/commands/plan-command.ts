/** `speedwork plan`: flags → profile → plan → text, Markdown or the plan JSON. */
import { describeIssue, generatePlan, parseProfile, type Plan, type ProfileInput } from '@speedwork/core';
import { nextMondayAfter } from '../args/default-start.js';
import { flagForField } from '../args/flag-label.js';
import { parseFlags, type FlagValues } from '../args/parse-flags.js';
import { parseRaceFlag } from '../args/race-flag.js';
import { renderPlanMarkdown } from '../render/plan-markdown.js';
import { renderPlanText } from '../render/plan-text.js';
import { parseChoiceFlag } from './choice-flag.js';
import { success, usageFailure, type CliContext, type CommandOutcome } from './command-outcome.js';
import { booleanFlag, stringFlag } from './flag-value.js';
import { PLAN_HELP } from './help-text.js';
import { PLAN_FLAGS, PLAN_FORMATS, type PlanFormat } from './plan-flags.js';

/**
 * Runs `speedwork plan` with the words after `plan`.
 * @example runPlanCommand(['--recent', '5k=25:00', '--days', 'mon,thu'], context).exitCode // 0
 */
export function runPlanCommand(args: readonly string[], context: CliContext): CommandOutcome {
  const parsed = parseFlags(args, PLAN_FLAGS);
  if (!parsed.ok) return usageFailure('plan', parsed.problems);
  if (booleanFlag(parsed.values, 'help')) return success(PLAN_HELP);

  const problems: string[] = [];
  const flaggedFields = new Set<string>();
  const input = profileInput(parsed.values, context, problems, flaggedFields);
  const format = parseChoiceFlag('format', stringFlag(parsed.values, 'format'), PLAN_FORMATS, 'text');
  if (!format.ok) problems.push(format.problem);

  const profile = parseProfile(input);
  if (!profile.ok) {
    // A flag the CLI already rejected (no `=` in --recent) reaches core as missing: say it once.
    const issues = profile.issues.filter((issue) => !flaggedFields.has(flagForField(issue.field)));
    problems.push(...issues.map((issue) => describeIssue(issue, flagForField)));
  }
  if (!profile.ok || !format.ok) return usageFailure('plan', problems);

  const plan = generatePlan(profile.value);
  return render(plan, format.value);
}

function profileInput(
  values: FlagValues,
  context: CliContext,
  problems: string[],
  flaggedFields: Set<string>,
): ProfileInput {
  const input: ProfileInput = {
    raceDate: stringFlag(values, 'race-date'),
    start: stringFlag(values, 'start') ?? nextMondayAfter(context.today),
    weeks: stringFlag(values, 'weeks'),
    days: stringFlag(values, 'days'),
    equipment: stringFlag(values, 'equipment'),
    level: stringFlag(values, 'level'),
    units: stringFlag(values, 'units'),
  };
  for (const flag of ['recent', 'goal'] as const) {
    const raw = stringFlag(values, flag);
    if (raw === undefined) continue;
    const race = parseRaceFlag(flag, raw);
    if (race.ok) {
      input[flag] = { distance: race.distance, time: race.time };
    } else {
      problems.push(race.problem);
      flaggedFields.add(`--${flag}`);
    }
  }
  return input;
}

function render(plan: Plan, format: PlanFormat): CommandOutcome {
  switch (format) {
    case 'text':
      return success(renderPlanText(plan));
    case 'md':
      return success(renderPlanMarkdown(plan));
    case 'json': {
      // The plan JSON is read by programs; a runner piping it to a file still hears about its warnings.
      const warnings = plan.warnings
        .map((warning) => `speedwork plan: warning: ${warning.message}\n`)
        .join('');
      return success(JSON.stringify(plan, null, 2), warnings);
    }
  }
}
