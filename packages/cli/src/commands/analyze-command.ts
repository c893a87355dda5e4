/**
 * `speedwork analyze FILE [--plan plan.json --date DATE]`: an activity file's summary and reps, matched to
 * the planned session when a plan is given.
 */
import { parseDayNumber, type Session, type Units } from '@speedwork/core';
import { analyzeActivity, decodeActivity, isFormatError, type ActivityAnalysis } from '@speedwork/formats';
import { parseFlags } from '../args/parse-flags.js';
import { ioProblem } from '../io/cli-io.js';
import { renderAnalysisText } from '../render/analysis-text.js';
import { ANALYZE_FLAGS, ANALYZE_FORMATS } from './analyze-flags.js';
import { parseChoiceFlag } from './choice-flag.js';
import {
  fileFailure,
  success,
  usageFailure,
  type CliContext,
  type CommandOutcome,
} from './command-outcome.js';
import { booleanFlag, stringFlag } from './flag-value.js';
import { ANALYZE_HELP } from './help-text.js';
import { readPlanFile } from './plan-file.js';

/**
 * Runs `speedwork analyze` with the words after `analyze`.
 * @example (await runAnalyzeCommand(['run.fit', '--format', 'json'], context)).exitCode // 0
 */
export async function runAnalyzeCommand(
  args: readonly string[],
  context: CliContext,
): Promise<CommandOutcome> {
  const parsed = parseFlags(args, ANALYZE_FLAGS, { name: 'FILE', max: 1 });
  if (!parsed.ok) return usageFailure('analyze', parsed.problems);
  if (booleanFlag(parsed.values, 'help')) return success(ANALYZE_HELP);

  const problems: string[] = [];
  const [file] = parsed.positionals;
  if (file === undefined) problems.push('give the activity file to analyze: a FIT, GPX or TCX file');
  const format = parseChoiceFlag('format', stringFlag(parsed.values, 'format'), ANALYZE_FORMATS, 'text');
  if (!format.ok) problems.push(format.problem);
  const unitsFlag = parseChoiceFlag('units', stringFlag(parsed.values, 'units'), ['km', 'mi'] as const, 'km');
  if (!unitsFlag.ok) problems.push(unitsFlag.problem);
  const date = stringFlag(parsed.values, 'date');
  const planPath = stringFlag(parsed.values, 'plan');
  if (date !== undefined && parseDayNumber(date) === undefined) {
    problems.push(`--date: ${JSON.stringify(date)} is not a date; accepted: YYYY-MM-DD, such as 2026-12-14`);
  }
  if (date !== undefined && planPath === undefined)
    problems.push('--date picks a session of a plan: give --plan too');
  if (file === undefined || !format.ok || !unitsFlag.ok || problems.length > 0)
    return usageFailure('analyze', problems);

  let bytes: Uint8Array;
  try {
    bytes = await context.io.readFile(file);
  } catch (error) {
    return fileFailure('analyze', file, ioProblem(error));
  }
  let analysis: ActivityAnalysis;
  let units: Units = unitsFlag.value;
  let note = '';
  try {
    const activity = decodeActivity(bytes, { salvage: booleanFlag(parsed.values, 'salvage') });
    let session: Session | undefined;
    if (planPath !== undefined) {
      const planFile = await readPlanFile(context.io, planPath);
      if (!planFile.ok) return usageFailure('analyze', [`--plan: ${planFile.problem}`]);
      if (stringFlag(parsed.values, 'units') === undefined) units = planFile.plan.profile.units;
      const day = date ?? activity.startTime.slice(0, 10);
      session = planFile.plan.sessions.find((s) => s.date === day && s.type !== 'strength');
      if (session === undefined) {
        if (date !== undefined) {
          return usageFailure('analyze', [`--date: the plan has no running session on ${date}`]);
        }
        note = `speedwork analyze: note: the plan has no running session on ${day}; give --date to pick one\n`;
      }
    }
    analysis = analyzeActivity(activity, session);
  } catch (error) {
    if (isFormatError(error)) return fileFailure('analyze', file, `${error.message} (${error.code})`);
    throw error;
  }
  const warnings = analysis.activity.warnings
    .map((w) => `speedwork analyze: ${file}: warning: ${w}\n`)
    .join('');
  if (format.value === 'json')
    return success(JSON.stringify(analysisJson(analysis), null, 2), note + warnings);
  return success(renderAnalysisText(analysis, units), note);
}

/** The JSON contract: `{ activity, intervals: [{ kind, startS, durationS, distanceM, sPerKm }] }`, and more. */
function analysisJson(analysis: ActivityAnalysis): unknown {
  const round = (value: number | null): number | null =>
    value === null ? null : Math.round(value * 100) / 100;
  return {
    activity: analysis.activity,
    source: analysis.source,
    intervals: analysis.intervals.map((interval) => ({
      kind: interval.kind,
      startS: round(interval.startS),
      durationS: round(interval.durationS),
      distanceM: round(interval.distanceM),
      sPerKm: round(interval.sPerKm),
    })),
    ...(analysis.match === undefined ? {} : { match: analysis.match }),
  };
}
