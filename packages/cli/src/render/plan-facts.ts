/** The facts at the top of a plan, in words: the runner's race, the goal, the paces, the span of the plan. */
import {
  distanceLabel,
  formatClock,
  formatPace,
  type PacesReport,
  type Plan,
  type Units,
  paceRange,
} from '@speedwork/core';
import { dayLabel } from './calendar-label.js';
import { planEndDate } from './plan-weeks.js';

/** "5K in 25:00 (VDOT 38.3)". */
export function recentWords(plan: Plan): string {
  const recent = plan.profile.recent;
  return `${distanceLabel(recent.distanceM)} in ${formatClock(recent.timeS)} (VDOT ${plan.paces.vdot.toFixed(1)})`;
}

/**
 * The goal in words; a goal speedwork predicted says so.
 * @example goalWords(plan) // "5K in 23:30 on Sun 14 Mar 2027 (VDOT 41.2)"
 */
export function goalWords(plan: Plan): string {
  const goal = plan.goal;
  const on = goal.date === undefined ? '' : ` on ${dayLabel(goal.date, { year: true })}`;
  const race = `${distanceLabel(goal.distanceM)} in ${formatClock(goal.timeS)}${on} (VDOT ${goal.vdot.toFixed(1)})`;
  if (goal.source === 'predicted') return `${race}: what ${plan.profile.weeks} weeks can realistically bring`;
  return race;
}

/** "10 weeks, Mon 7 Dec 2026 to Sun 14 Feb 2027". */
export function spanWords(plan: Plan): string {
  const { start, weeks } = plan.profile;
  return `${weeks} weeks, ${dayLabel(start, { year: true })} to ${dayLabel(planEndDate(plan), { year: true })}`;
}

/** "Mon, Wed, Fri, Sat · gym · intermediate". */
export function setupWords(plan: Plan): string {
  const { days, equipment, level } = plan.profile;
  const dayNames = days.map((day) => day.charAt(0).toUpperCase() + day.slice(1)).join(', ');
  return `${dayNames} · ${equipment === 'gym' ? 'gym' : 'no equipment'} · ${level}`;
}

/** A plan's paces: race pace (hills and the race, R-INT-6) first, then the training paces. */
export function planPaceRows(plan: Plan): [name: string, pace: string][] {
  const units = plan.profile.units;
  return [['race', formatPace(plan.racePaceSPerKm, units)], ...paceRows(plan.paces, units)];
}

/** The training paces, name and pace in the runner's units. */
export function paceRows(report: PacesReport, units: Units): [name: string, pace: string][] {
  const paces = report.paces;
  return [
    ['easy', paceRange(paces.easySPerKm, units)],
    ['marathon', formatPace(paces.marathonSPerKm, units)],
    ['threshold', formatPace(paces.thresholdSPerKm, units)],
    ['interval', formatPace(paces.intervalSPerKm, units)],
    ['repetition', formatPace(paces.repetitionSPerKm, units)],
  ];
}
