/**
 * The onboarding and profile form as data: what the runner typed, the API body it becomes, and core's
 * verdict on it: the same `parseProfile` and `describeIssue` the API answers with, so the web says
 * exactly what the server would, before anything is sent.
 */
import { NAMED_DISTANCES, describeIssue, pacesReport, parseProfile, parseRaceResult } from '@speedwork/core';
import type { Equipment, InputIssue, Level, PacesReport, RaceResult, Units, Weekday } from '@speedwork/core';
import type { ProfileBody } from '@speedwork/server/api-types';
import { addDays, normalizeRaceTime } from '../units/pace-display.js';

export interface ProfileForm {
  recentDistance: string;
  recentTime: string;
  hasGoal: boolean;
  goalDistance: string;
  goalTime: string;
  raceDate: string;
  start: string;
  weeks: string;
  days: Weekday[];
  equipment: Equipment;
  level: Level;
  units: Units;
}

export type StepId = 'race' | 'goal' | 'days' | 'setup' | 'review';

export const STEPS: readonly { id: StepId; title: string; fields: readonly string[] }[] = [
  { id: 'race', title: 'Your recent race', fields: ['recent', 'recent.distance', 'recent.time'] },
  {
    id: 'goal',
    title: 'Your goal and dates',
    fields: ['goal', 'goal.distance', 'goal.time', 'raceDate', 'start', 'weeks'],
  },
  { id: 'days', title: 'Days you can train', fields: ['days'] },
  { id: 'setup', title: 'Equipment, level, units', fields: ['equipment', 'level', 'units'] },
  { id: 'review', title: 'Check and build', fields: [] },
];

/** How the form names each field in front of core's sentence: "Race time: "12:00" is faster than...". */
export const FIELD_LABEL: Record<string, string> = {
  recent: 'Recent race',
  'recent.distance': 'Distance',
  'recent.time': 'Time',
  goal: 'Goal race',
  'goal.distance': 'Goal distance',
  'goal.time': 'Goal time',
  raceDate: 'Race date',
  start: 'Start date',
  weeks: 'Weeks',
  days: 'Days',
  equipment: 'Equipment',
  level: 'Level',
  units: 'Units',
};

export const DISTANCE_CHOICES = NAMED_DISTANCES.map((d) => ({ value: d.name, label: d.label }));

export function emptyForm(today: string): ProfileForm {
  return {
    recentDistance: '5k',
    recentTime: '',
    hasGoal: false,
    goalDistance: '5k',
    goalTime: '',
    raceDate: '',
    start: today,
    weeks: '12',
    days: [],
    equipment: 'gym',
    level: 'intermediate',
    units: 'km',
  };
}

/** The form filled from a stored profile (settings edits it with the same fields). */
export function formFromBody(body: ProfileBody, today: string): ProfileForm {
  const form = emptyForm(today);
  return {
    ...form,
    recentDistance: body.recent.distance,
    recentTime: body.recent.time,
    hasGoal: body.goal !== undefined,
    goalDistance: body.goal?.distance ?? body.recent.distance,
    goalTime: body.goal?.time ?? '',
    raceDate: body.raceDate ?? '',
    start: body.start,
    weeks: body.weeks === undefined ? form.weeks : String(body.weeks),
    days: body.days.filter((d): d is Weekday =>
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].includes(d),
    ),
    equipment: body.equipment ?? 'gym',
    level: body.level ?? 'intermediate',
    units: body.units ?? 'km',
  };
}

/** The API body for the form: what `PUT /api/me/profile` and `parseProfile` take. */
export function toProfileBody(form: ProfileForm): ProfileBody {
  const body: ProfileBody = {
    recent: { distance: form.recentDistance, time: normalizeRaceTime(form.recentTime) },
    start: form.start,
    days: form.days,
    equipment: form.equipment,
    level: form.level,
    units: form.units,
  };
  if (form.hasGoal) {
    body.goal = { distance: form.goalDistance, time: normalizeRaceTime(form.goalTime) };
    if (form.raceDate.trim() !== '') body.raceDate = form.raceDate.trim();
  }
  if (!(form.hasGoal && form.raceDate.trim() !== '')) {
    const weeks = form.weeks.trim();
    // A number the runner typed goes as a number; anything else goes as typed, for core to name.
    if (weeks !== '') body.weeks = /^-?\d+$/.test(weeks) ? Number(weeks) : (weeks as unknown as number);
  }
  return body;
}

/** One sentence per field: core's own words, with the form's field names. */
export function describeForForm(issue: InputIssue): string {
  return describeIssue(issue, (field) => FIELD_LABEL[field] ?? field);
}

/** Every problem core finds in the form, by field; empty when the profile is valid. */
export function formIssues(form: ProfileForm): Map<string, InputIssue> {
  const parsed = parseProfile(toProfileBody(form));
  const issues = new Map<string, InputIssue>();
  if (parsed.ok) return issues;
  for (const issue of parsed.issues) if (!issues.has(issue.field)) issues.set(issue.field, issue);
  return issues;
}

/**
 * Problems worth showing while the runner is still typing: a time that is not a time yet, or an empty
 * field, waits until they leave the field or try to go on; facts (faster than the world record, a race
 * date outside the plan) show at once.
 */
export function shownWhileTyping(issue: InputIssue): boolean {
  return ![
    'required',
    'malformed-time',
    'malformed-date',
    'no-available-days',
    'weeks-out-of-range',
  ].includes(issue.reason);
}

/** The step that holds a field, to send the runner back to it when the server names it. */
export function stepOfField(field: string): StepId {
  return STEPS.find((s) => s.fields.includes(field))?.id ?? 'review';
}

/** Paces from the recent race as typed, or undefined until it is a valid race. */
export function livePaces(
  form: Pick<ProfileForm, 'recentDistance' | 'recentTime'>,
): { race: RaceResult; report: PacesReport } | undefined {
  const parsed = parseRaceResult('recent', {
    distance: form.recentDistance,
    time: normalizeRaceTime(form.recentTime),
  });
  if (!parsed.ok) return undefined;
  return { race: parsed.value, report: pacesReport(parsed.value.distanceM, parsed.value.timeS) };
}

/** The last date a plan of `weeks` weeks from `start` covers, for the summary. */
export function planEnd(start: string, weeks: number): string {
  return addDays(start, weeks * 7 - 1);
}
