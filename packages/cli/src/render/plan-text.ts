/**
 * The plan as a runner reads it at the track, in a terminal of about 100 columns: who it is for and at what
 * paces, then week by week each day's session with its warm-up, reps, paces, exercises and technique cue,
 * and at the end a short guide to the exercises and technique focuses it uses.
 */
import {
  exerciseById,
  formatDistance,
  formatPace,
  techniqueFocusById,
  type Plan,
  type Session,
  type Units,
  exerciseWords,
  type ExerciseWords,
  showsDuration,
  sessionParts,
  techniqueWords,
  durationWords,
} from '@speedwork/core';
import { addDays, dayLabel } from './calendar-label.js';
import { goalWords, paceRows, recentWords, setupWords, spanWords } from './plan-facts.js';
import { phaseWords, planWeeks, type PlanWeek } from './plan-weeks.js';
import { alignColumns, hangingIndent, TEXT_WIDTH, wrapWords } from './text-wrap.js';

/** Width of the date column: "Wed 30 Dec" plus room. */
const DATE_COLUMN = 13;
/** Width of the labels inside a session: "cool-down". */
const LABEL_COLUMN = 11;

/** The whole plan as plain text. */
export function renderPlanText(plan: Plan): string {
  const units = plan.profile.units;
  const lines: string[] = [];
  lines.push(`SPEEDWORK PLAN · ${spanWords(plan)}`, setupWords(plan), '');
  const facts: [string, string][] = [
    ['Recent race', recentWords(plan)],
    ['Goal', goalWords(plan)],
    ['Race pace', `${formatPace(plan.racePaceSPerKm, units)}, for hill repeats and the race`],
    // The unit once in the label keeps the five training paces on one line.
    [
      `Paces /${units}`,
      paceRows(plan.paces, units)
        .map(([name, pace]) => `${name} ${pace.replace(`/${units}`, '')}`)
        .join(' · '),
    ],
  ];
  for (const [label, text] of facts) lines.push(...hangingIndent(label.padEnd(13), text));

  if (plan.assumptions.length > 0) {
    // R-VOL-1: what the plan took for granted, so the runner can correct it with --weekly-distance.
    lines.push('', 'Assumptions');
    for (const assumption of plan.assumptions) lines.push(...hangingIndent('  · ', assumption));
  }
  if (plan.warnings.length > 0) {
    lines.push('', 'Warnings');
    for (const warning of plan.warnings) lines.push(...hangingIndent('  ! ', warning.message));
  }
  if (plan.guidance.length > 0) {
    lines.push('', 'Guidance');
    // Briefly: the first sentence of each; the Markdown plan carries the whole text.
    for (const guidance of plan.guidance)
      lines.push(...hangingIndent('  · ', `${guidance.title}: ${firstSentence(guidance.text)}`));
  }
  for (const week of planWeeks(plan)) lines.push('', ...weekLines(week, units));
  lines.push(...guideLines(plan));
  return `${lines.join('\n')}\n`;
}

function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}

function weekLines(week: PlanWeek, units: Units): string[] {
  const { summary } = week;
  const volume = [
    summary.runningDistanceM > 0 ? `running ${formatDistance(summary.runningDistanceM, units)}` : '',
    summary.longRunM > 0 ? `long run ${formatDistance(summary.longRunM, units)}` : '',
    summary.intervalVolumeM > 0 ? `intervals ${formatDistance(summary.intervalVolumeM, units)}` : '',
    summary.strengthSets > 0 ? `${summary.strengthSets} strength sets` : '',
  ].filter((part) => part !== '');
  const dates = `${dayLabel(summary.start)} – ${dayLabel(addDays(summary.start, 6))}`;
  const heading = `WEEK ${summary.week} · ${phaseWords(summary)} · ${dates}${volume.length > 0 ? ` · ${volume.join(', ')}` : ''}`;
  const lines = hangingIndent('', heading);
  lines.push('─'.repeat(Math.max(...lines.map((line) => line.length))));
  for (const day of week.trainingDays) {
    day.sessions.forEach((session, i) => {
      // A second session on one date (strength after the run) follows the first: "then".
      const dateCell = (i === 0 ? dayLabel(day.date) : 'then').padEnd(DATE_COLUMN);
      lines.push(...sessionLines(session, units, `  ${dateCell}`));
    });
  }
  if (week.restDates.length > 0) {
    lines.push(
      ...hangingIndent(
        `  ${'Rest'.padEnd(DATE_COLUMN)}`,
        week.restDates.map((date) => dayLabel(date)).join(', '),
      ),
    );
  }
  return lines;
}

/**
 * One session: the title after the date, the planned time under the date, then labelled lines.
 * @example sessionLines(session, 'km', '  Mon 7 Dec    ')
 */
export function sessionLines(session: Session, units: Units, firstIndent: string): string[] {
  const indent = ' '.repeat(firstIndent.length);
  const lines = hangingIndent(firstIndent, session.title);
  const row = (label: string, text: string): void => {
    lines.push(...hangingIndent(`${indent}${label.padEnd(LABEL_COLUMN)}`, text));
  };
  for (const line of wrapWords(session.why, TEXT_WIDTH - indent.length)) lines.push(`${indent}${line}`);
  for (const part of sessionParts(session, units)) row(part.label, part.text);
  const exercises = (session.exercises ?? []).map(exerciseWords);
  exerciseLines(exercises, TEXT_WIDTH - indent.length - LABEL_COLUMN).forEach((text, i) => {
    lines.push(`${indent}${(i === 0 ? 'exercises' : '').padEnd(LABEL_COLUMN)}${text}`);
  });
  for (const focus of session.technique) {
    const words = techniqueWords(focus, session.week, 1);
    row('technique', `${words.name}: ${words.cues.join(' ')}`);
  }
  // The planned time and distance sit in the date column, under the date, where the lines are otherwise empty.
  const under = [
    showsDuration(session) ? `~${durationWords(session.plannedDurationS)}` : '',
    session.type !== 'strength' && session.plannedDistanceM !== undefined && session.plannedDistanceM > 0
      ? formatDistance(session.plannedDistanceM, units)
      : '',
  ].filter((text) => text !== '');
  under.forEach((text, i) => {
    const line = lines[i + 1];
    if (line === undefined || `  ${text}`.length >= indent.length) return;
    lines[i + 1] = `${`  ${text}`.padEnd(indent.length)}${line.slice(indent.length)}`;
  });
  return lines;
}

/** Exercises as an aligned table when it fits the width; else one "name: dose" each, wrapped. */
function exerciseLines(exercises: readonly ExerciseWords[], width: number): string[] {
  const table = alignColumns(exercises.map((exercise) => [exercise.name, exercise.dose]));
  if (table.every((line) => line.length <= width)) return table;
  return exercises.flatMap((exercise) =>
    hangingIndent('', `${exercise.name}: ${exercise.dose}`, width).map((line, i) =>
      i === 0 ? line : `  ${line}`,
    ),
  );
}

/** At the end, once: how to do each exercise the plan uses, and what each technique focus is for. */
function guideLines(plan: Plan): string[] {
  const lines: string[] = [];
  const exerciseIds = [
    ...new Set(plan.sessions.flatMap((session) => (session.exercises ?? []).map((e) => e.id))),
  ];
  if (exerciseIds.length > 0) {
    lines.push('', 'HOW TO DO THE EXERCISES');
    for (const id of exerciseIds) {
      const exercise = exerciseById(id);
      lines.push(...hangingIndent('  · ', `${exercise.name}: ${exercise.description}`));
    }
  }
  const focusIds = [...new Set(plan.sessions.flatMap((session) => session.technique))];
  if (focusIds.length > 0) {
    lines.push('', 'TECHNIQUE');
    for (const id of focusIds) {
      const focus = techniqueFocusById(id);
      lines.push(...hangingIndent('  · ', `${focus.name}: ${focus.summary}`));
    }
  }
  return lines;
}
