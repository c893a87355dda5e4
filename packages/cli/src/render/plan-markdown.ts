/**
 * The plan as a Markdown document to print or keep in notes: a heading per week, a section per training
 * day, exercise tables, and at the end a guide to every exercise and technique focus the plan uses.
 */
import {
  distanceLabel,
  exerciseById,
  formatClock,
  formatDistance,
  techniqueFocusById,
  type Plan,
  type Session,
  type Units,
  exerciseWords,
  sessionParts,
  durationWords,
  showsDuration,
  techniqueWords,
  titleGivesDistance,
} from '@speedwork/core';
import { addDays, dayLabel } from './calendar-label.js';
import { escapeMarkdown as md, markdownTable } from './markdown-text.js';
import { goalWords, planPaceRows, recentWords, setupWords, spanWords } from './plan-facts.js';
import { phaseWords, planWeeks, type PlanWeek } from './plan-weeks.js';

/** The whole plan as Markdown. */
export function renderPlanMarkdown(plan: Plan): string {
  const units = plan.profile.units;
  const lines: string[] = [
    `# Speedwork plan: ${md(distanceLabel(plan.goal.distanceM))} in ${formatClock(plan.goal.timeS)}`,
    '',
    `**${md(spanWords(plan))}** · ${md(setupWords(plan))}`,
    '',
    `- **Recent race:** ${md(recentWords(plan))}`,
    `- **Goal:** ${md(goalWords(plan))}`,
    '',
    '## Your paces',
    '',
    ...markdownTable(
      ['Pace', 'Target'],
      planPaceRows(plan).map(([name, pace]) => [capitalise(name), pace]),
    ),
  ];
  if (plan.assumptions.length > 0) {
    lines.push('', '## Assumptions', '', ...plan.assumptions.map((assumption) => `- ${md(assumption)}`));
  }
  if (plan.warnings.length > 0) {
    lines.push('', '## Warnings', '', ...plan.warnings.map((warning) => `- ${md(warning.message)}`));
  }
  if (plan.guidance.length > 0) {
    lines.push('', '## Guidance', '');
    for (const guidance of plan.guidance) lines.push(`- **${md(guidance.title)}.** ${md(guidance.text)}`);
  }
  for (const week of planWeeks(plan)) lines.push('', ...weekSection(week, units));
  lines.push('', ...exerciseGuide(plan), '', ...techniqueGuide(plan));
  return `${lines.join('\n')}\n`;
}

function weekSection(week: PlanWeek, units: Units): string[] {
  const { summary } = week;
  const facts = [
    `${dayLabel(summary.start)} – ${dayLabel(addDays(summary.start, 6))}`,
    summary.runningDistanceM > 0 ? `running ${formatDistance(summary.runningDistanceM, units)}` : '',
    summary.longRunM > 0 ? `long run ${formatDistance(summary.longRunM, units)}` : '',
    summary.intervalVolumeM > 0 ? `intervals ${formatDistance(summary.intervalVolumeM, units)}` : '',
    summary.strengthSets > 0 ? `${summary.strengthSets} strength sets` : '',
  ].filter((part) => part !== '');
  const lines = [`## Week ${summary.week}: ${md(phaseWords(summary))}`, '', `*${md(facts.join(' · '))}*`];
  for (const day of week.trainingDays) {
    for (const session of day.sessions) lines.push('', ...sessionSection(session, day.date, units));
  }
  if (week.restDates.length > 0) {
    lines.push('', `**Rest:** ${week.restDates.map((date) => dayLabel(date)).join(', ')}`);
  }
  return lines;
}

function sessionSection(session: Session, date: string, units: Units): string[] {
  // The planned time and distance after the title, each only where the title does not say it already.
  const distance =
    session.type === 'strength' || session.plannedDistanceM === undefined || titleGivesDistance(session.title)
      ? ''
      : formatDistance(session.plannedDistanceM, units);
  const size = [showsDuration(session) ? `about ${durationWords(session.plannedDurationS)}` : '', distance]
    .filter((part) => part !== '')
    .join(', ');
  const about = size === '' ? '' : ` (${size})`;
  const lines = [`### ${dayLabel(date)} · ${md(session.title)}${about}`, '', `*${md(session.why)}*`];
  const items: string[] = [];
  for (const part of sessionParts(session, units)) {
    items.push(`- **${capitalise(part.label)}:** ${md(part.text)}`);
  }
  for (const focus of session.technique) {
    const words = techniqueWords(focus, session.week, 2);
    items.push(`- **Technique, ${md(words.name.toLowerCase())}:** ${md(words.cues.join(' '))}`);
  }
  if (items.length > 0) lines.push('', ...items);
  const exercises = (session.exercises ?? []).map(exerciseWords);
  if (exercises.length > 0) {
    lines.push(
      '',
      ...markdownTable(
        ['Exercise', 'Sets × reps, load, rest'],
        exercises.map((e) => [e.name, e.dose]),
      ),
    );
  }
  return lines;
}

function exerciseGuide(plan: Plan): string[] {
  const ids = [...new Set(plan.sessions.flatMap((session) => (session.exercises ?? []).map((e) => e.id)))];
  if (ids.length === 0) return [];
  const lines = ['## How to do the exercises'];
  for (const id of ids) {
    const exercise = exerciseById(id);
    lines.push('', `### ${md(exercise.name)}`, '', md(exercise.description), '');
    exercise.cues.forEach((cue, i) => lines.push(`${i + 1}. ${md(cue)}`));
  }
  return lines;
}

function techniqueGuide(plan: Plan): string[] {
  const ids = [...new Set(plan.sessions.flatMap((session) => session.technique))];
  if (ids.length === 0) return [];
  const lines = ['## Technique'];
  for (const id of ids) {
    const focus = techniqueFocusById(id);
    lines.push(
      '',
      `### ${md(focus.name)}`,
      '',
      md(focus.summary),
      '',
      ...focus.cues.map((cue) => `- ${md(cue)}`),
    );
  }
  return lines;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
