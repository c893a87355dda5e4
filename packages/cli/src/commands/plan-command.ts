/** `speedwork plan`: flags → profile → plan → text, Markdown, the plan JSON, a calendar or watch workouts. */
import { describeIssue, generatePlan, parseProfile, type Plan, type ProfileInput } from '@speedwork/core';
import type * as Formats from '@speedwork/formats';

type FormatsModule = typeof Formats;
import { ioProblem } from '../io/cli-io.js';
import { nextMondayAfter } from '../args/default-start.js';
import { flagForField } from '../args/flag-label.js';
import { parseFlags, type FlagValues } from '../args/parse-flags.js';
import { parseRaceFlag } from '../args/race-flag.js';
import {
  parseTrainingDistanceFlag,
  trainingDistanceIssue,
  TRAINING_DISTANCE_FLAGS,
  type TrainingDistanceFlagName,
} from '../args/training-distance-flag.js';
import { renderPlanMarkdown } from '../render/plan-markdown.js';
import { renderPlanText } from '../render/plan-text.js';
import { parseChoiceFlag } from './choice-flag.js';
import {
  fileFailure,
  success,
  usageFailure,
  type CliContext,
  type CommandOutcome,
} from './command-outcome.js';
import { booleanFlag, stringFlag } from './flag-value.js';
import { PLAN_HELP } from './help-text.js';
import { PLAN_FLAGS, PLAN_FORMATS, type PlanFormat } from './plan-flags.js';

/**
 * Runs `speedwork plan` with the words after `plan`.
 * @example (await runPlanCommand(['--recent', '5k=25:00', '--days', 'mon,thu'], context)).exitCode // 0
 */
export async function runPlanCommand(args: readonly string[], context: CliContext): Promise<CommandOutcome> {
  const parsed = parseFlags(args, PLAN_FLAGS);
  if (!parsed.ok) return usageFailure('plan', parsed.problems);
  if (booleanFlag(parsed.values, 'help')) return success(PLAN_HELP);

  const problems: string[] = [];
  const flaggedFields = new Set<string>();
  const typed = new Map<string, string>();
  const input = profileInput(parsed.values, context, problems, flaggedFields, typed);
  const format = parseChoiceFlag('format', stringFlag(parsed.values, 'format'), PLAN_FORMATS, 'text');
  if (!format.ok) problems.push(format.problem);
  const out = stringFlag(parsed.values, 'out');
  if (format.ok && format.value === 'fit' && (out === undefined || out === '')) {
    problems.push('--format fit writes one file per session: give the folder with --out DIR');
  }
  if (format.ok && format.value !== 'fit' && out !== undefined) {
    problems.push(`--out is for --format fit; --format ${format.value} prints to the terminal`);
  }

  const profile = parseProfile(input);
  if (!profile.ok) {
    // A flag the CLI already rejected (no `=` in --recent) reaches core as missing: say it once.
    const issues = profile.issues.filter((issue) => !flaggedFields.has(flagForField(issue.field)));
    problems.push(...issues.map((issue) => describeIssue(trainingDistanceIssue(issue, typed), flagForField)));
  }
  if (!profile.ok || !format.ok || problems.length > 0) return usageFailure('plan', problems);

  const plan = generatePlan(profile.value);
  if (format.value === 'fit') return writeWorkouts(plan, out ?? '.', context);
  if (format.value === 'ics') {
    // A calendar file: CRLF lines as RFC 5545 wants, the text untouched by success()'s newline.
    const { planToIcs } = await loadFormats();
    return { exitCode: 0, stdout: planToIcs(plan, { dtstamp: context.now() }), stderr: warningLines(plan) };
  }
  return render(plan, format.value);
}

/** The file formats load only when asked for: the FIT SDK would double the start-up of every other run. */
function loadFormats(): Promise<FormatsModule> {
  return import('@speedwork/formats');
}

/** `--format fit --out DIR`: one FIT workout per session, named by date and type. */
async function writeWorkouts(plan: Plan, directory: string, context: CliContext): Promise<CommandOutcome> {
  const { planWorkoutFiles } = await loadFormats();
  const files = planWorkoutFiles(plan, { createdAt: context.now() });
  try {
    await context.io.makeDirectory(directory);
    for (const file of files)
      await context.io.writeFile(context.io.joinPath(directory, file.fileName), file.bytes);
  } catch (error) {
    return fileFailure('plan', directory, ioProblem(error));
  }
  const lines = [
    `Wrote ${files.length} FIT workouts to ${directory}:`,
    ...files.map((file) => `  ${file.fileName}`),
  ];
  return success(lines.join('\n'), warningLines(plan));
}

function warningLines(plan: Plan): string {
  return plan.warnings.map((warning) => `speedwork plan: warning: ${warning.message}\n`).join('');
}

function profileInput(
  values: FlagValues,
  context: CliContext,
  problems: string[],
  flaggedFields: Set<string>,
  typed: Map<string, string>,
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
  const current: { weeklyDistanceM?: number; longestRunM?: number } = {};
  for (const flag of Object.keys(TRAINING_DISTANCE_FLAGS) as TrainingDistanceFlagName[]) {
    const raw = stringFlag(values, flag);
    if (raw === undefined) continue;
    typed.set(flag, raw);
    const distance = parseTrainingDistanceFlag(flag, raw);
    if (distance.ok) current[TRAINING_DISTANCE_FLAGS[flag].field] = distance.distanceM;
    else problems.push(distance.problem);
  }
  if (Object.keys(current).length > 0) input.current = current;
  return input;
}

function render(plan: Plan, format: Exclude<PlanFormat, 'fit' | 'ics'>): CommandOutcome {
  switch (format) {
    case 'text':
      return success(renderPlanText(plan));
    case 'md':
      return success(renderPlanMarkdown(plan));
    case 'json':
      // The plan JSON is read by programs; a runner piping it to a file still hears about its warnings.
      return success(JSON.stringify(plan, null, 2), warningLines(plan));
  }
}
