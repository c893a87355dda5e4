/**
 * `speedwork adapt PLAN.json --logs LOGS.json [--races RACES.json] --today DATE`: the plan adapted to what was
 * really run (SPEC R-ADA-1..6), as the changes in words or as `{ plan, changes }` JSON.
 */
import { adaptPlan, parseDayNumber, type PlanChange } from '@speedwork/core';
import { parseFlags } from '../args/parse-flags.js';
import { dayLabel } from '../render/calendar-label.js';
import { hangingIndent } from '../render/text-wrap.js';
import { ADAPT_FLAGS, ADAPT_FORMATS } from './adapt-flags.js';
import { readLogsFile, readRacesFile } from './adapt-input.js';
import { parseChoiceFlag } from './choice-flag.js';
import { success, usageFailure, type CliContext, type CommandOutcome } from './command-outcome.js';
import { booleanFlag, stringFlag } from './flag-value.js';
import { ADAPT_HELP } from './help-text.js';
import { readPlanFile } from './plan-file.js';

/**
 * Runs `speedwork adapt` with the words after `adapt`.
 * @example (await runAdaptCommand(['plan.json', '--logs', 'logs.json', '--today', '2026-12-20'], context)).exitCode // 0
 */
export async function runAdaptCommand(args: readonly string[], context: CliContext): Promise<CommandOutcome> {
  const parsed = parseFlags(args, ADAPT_FLAGS, { name: 'PLAN.json', max: 1 });
  if (!parsed.ok) return usageFailure('adapt', parsed.problems);
  if (booleanFlag(parsed.values, 'help')) return success(ADAPT_HELP);

  const problems: string[] = [];
  const [planPath] = parsed.positionals;
  if (planPath === undefined)
    problems.push('give the plan to adapt: a file saved with `speedwork plan ... --format json`');
  const logsPath = stringFlag(parsed.values, 'logs');
  if (logsPath === undefined)
    problems.push('--logs is required: the file with what you ran, such as --logs logs.json');
  const racesPath = stringFlag(parsed.values, 'races');
  const today = stringFlag(parsed.values, 'today') ?? context.today;
  if (parseDayNumber(today) === undefined)
    problems.push(
      `--today: ${JSON.stringify(today)} is not a date; accepted: YYYY-MM-DD, such as 2026-12-20`,
    );
  const format = parseChoiceFlag('format', stringFlag(parsed.values, 'format'), ADAPT_FORMATS, 'text');
  if (!format.ok) problems.push(format.problem);
  if (planPath === undefined || logsPath === undefined || !format.ok || problems.length > 0)
    return usageFailure('adapt', problems);

  const planFile = await readPlanFile(context.io, planPath);
  if (!planFile.ok) return usageFailure('adapt', [planFile.problem]);
  const plan = planFile.plan;
  const missingId = plan.sessions.findIndex((s) => typeof s.id !== 'string' || s.id === '');
  if (missingId >= 0)
    return usageFailure('adapt', [
      `${planPath}: sessions[${missingId}].id is missing; save the plan again with \`speedwork plan ... --format json\``,
    ]);
  const logs = await readLogsFile(context.io, logsPath, plan);
  const races =
    racesPath === undefined ? { ok: true as const, value: [] } : await readRacesFile(context.io, racesPath);
  const fileProblems = [...(logs.ok ? [] : logs.problems), ...(races.ok ? [] : races.problems)];
  if (!logs.ok || !races.ok || fileProblems.length > 0) return usageFailure('adapt', fileProblems);

  const adapted = adaptPlan(plan, logs.value, races.value, today);
  if (format.value === 'json') return success(JSON.stringify(adapted, null, 2));
  return success(renderChanges(adapted.changes, today, plan.paces.vdot, adapted.plan.paces.vdot));
}

/**
 * The changes as a runner reads them: what changed on which day, before → after, and why; changes that share
 * their reason (new paces on every session) are listed under it once.
 */
export function renderChanges(
  changes: readonly PlanChange[],
  today: string,
  vdotBefore: number,
  vdotAfter: number,
): string {
  const lines = [`SPEEDWORK ADAPT · as of ${dayLabel(today, { year: true })}`];
  if (vdotAfter !== vdotBefore) lines.push(`Fitness: VDOT ${vdotBefore} → ${vdotAfter}`);
  if (changes.length === 0) {
    lines.push('', 'No changes: the plan ahead already fits what you logged.');
    return lines.join('\n');
  }
  lines.push(`${changes.length} change${changes.length === 1 ? '' : 's'}`);
  const groups = new Map<string, PlanChange[]>();
  for (const change of changes) {
    const key = `${change.what}\u0000${change.why}`;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  for (const group of groups.values()) {
    const first = group[0];
    if (!first) continue;
    lines.push('');
    lines.push(...hangingIndent(`${first.what.toUpperCase()} · `, first.why));
    // Dates padded to the group's longest ("Thu 7 Jan", "Tue 12 Jan"), so the changes line up.
    const days = group.map((change) => dayLabel(change.date));
    const width = Math.max(...days.map((d) => d.length));
    group.forEach((change, i) => {
      const what = change.before === '' && change.after === '' ? '' : `${change.before} → ${change.after}`;
      lines.push(`  ${(days[i] ?? '').padEnd(width)}  ${what}`.trimEnd());
    });
  }
  return lines.join('\n');
}
