/**
 * The onboarding and profile form as data: what the runner typed, the API body it becomes, and core's
 * verdict on it: the same `parseProfile` the API answers with, so the web finds exactly what the server
 * would, before anything is sent, and says it in the runner's words (api/problem-words.ts).
 */
import {
  MAX_LONGEST_RUN_M,
  MAX_WEEKLY_DISTANCE_M,
  NAMED_DISTANCES,
  pacesReport,
  parseProfile,
  parseRaceResult,
} from '@speedwork/core';
import type {
  Equipment,
  InputIssue,
  Level,
  PacesReport,
  Profile,
  RaceResult,
  Units,
  Weekday,
} from '@speedwork/core';
import type { ProfileBody } from '@speedwork/server/api-types';
import { problemSentence } from '../api/problem-words.js';
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
  /** Typical week now, in `units`, as typed (R-VOL-1). */
  weeklyDistance: string;
  weeklyUnknown: boolean;
  /** Longest run of the last month, in `units`, as typed. */
  longestRun: string;
  longestUnknown: boolean;
}

export type StepId = 'race' | 'goal' | 'days' | 'setup' | 'running' | 'review';

export const STEPS: readonly { id: StepId; title: string; fields: readonly string[] }[] = [
  { id: 'race', title: 'Your recent race', fields: ['recent', 'recent.distance', 'recent.time'] },
  {
    id: 'goal',
    title: 'Your goal and dates',
    fields: ['goal', 'goal.distance', 'goal.time', 'raceDate', 'start', 'weeks'],
  },
  { id: 'days', title: 'Days you can train', fields: ['days'] },
  { id: 'setup', title: 'Equipment, level, units', fields: ['equipment', 'level', 'units'] },
  {
    id: 'running',
    title: 'Your running now',
    fields: ['current', 'current.weeklyDistanceM', 'current.longestRunM'],
  },
  { id: 'review', title: 'Check and build', fields: [] },
];

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
    weeklyDistance: '',
    weeklyUnknown: false,
    longestRun: '',
    longestUnknown: false,
  };
}

/** A form from a draft saved before a field existed, with that field's default. */
export function completeForm(form: Partial<ProfileForm>, today: string): ProfileForm {
  return { ...emptyForm(today), ...form };
}

const UNIT_M: Record<Units, number> = { km: 1000, mi: 1609.344 };

/**
 * Metres as the form shows them in the runner's units, to one decimal: 32187 m in miles is "20".
 * @example distanceText(12500, 'km') // "12.5"
 */
export function distanceText(distanceM: number, units: Units): string {
  return String(Math.round((distanceM / UNIT_M[units]) * 10) / 10);
}

/** A distance typed in the form's units ("30", "12,5", "20 mi"), in whole metres; undefined when it is not one. */
export function typedDistanceM(text: string, units: Units): number | undefined {
  const match = /^(\d{1,4}(?:[.,]\d+)?)\s*(km|mi|miles?)?$/i.exec(text.trim());
  if (!match?.[1]) return undefined;
  const unit = match[2] === undefined ? units : match[2].toLowerCase() === 'km' ? 'km' : 'mi';
  return Math.round(Number(match[1].replace(',', '.')) * UNIT_M[unit]);
}

/** The two distances re-expressed when the runner switches units, so 30 km does not become 30 mi. */
export function switchUnits(form: ProfileForm, units: Units): Partial<ProfileForm> {
  const convert = (text: string): string => {
    const metres = typedDistanceM(text, form.units);
    return metres === undefined ? text : distanceText(metres, units);
  };
  return { units, weeklyDistance: convert(form.weeklyDistance), longestRun: convert(form.longestRun) };
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
    ...currentFromBody(body.current, body.units ?? 'km'),
  };
}

function currentFromBody(
  current: ProfileBody['current'],
  units: Units,
): Pick<ProfileForm, 'weeklyDistance' | 'weeklyUnknown' | 'longestRun' | 'longestUnknown'> {
  const weekly = typeof current?.weeklyDistanceM === 'number' ? current.weeklyDistanceM : undefined;
  const longest = typeof current?.longestRunM === 'number' ? current.longestRunM : undefined;
  return {
    weeklyDistance: weekly === undefined ? '' : distanceText(weekly, units),
    weeklyUnknown: weekly === undefined,
    longestRun: longest === undefined ? '' : distanceText(longest, units),
    longestUnknown: longest === undefined,
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
  const current = currentBody(form);
  if (current) body.current = current;
  if (!(form.hasGoal && form.raceDate.trim() !== '')) {
    const weeks = form.weeks.trim();
    // A number the runner typed goes as a number; anything else goes as typed, for core to name.
    if (weeks !== '') body.weeks = /^-?\d+$/.test(weeks) ? Number(weeks) : (weeks as unknown as number);
  }
  return body;
}

/**
 * The runner's current training as the API takes it: metres, each left out when the runner does not know it
 * or typed nothing. A typed value that is not a distance goes as typed, for core to name.
 */
function currentBody(form: ProfileForm): ProfileBody['current'] {
  const current: NonNullable<ProfileBody['current']> = {};
  const weekly = form.weeklyUnknown ? '' : form.weeklyDistance.trim();
  const longest = form.longestUnknown ? '' : form.longestRun.trim();
  if (weekly !== '')
    current.weeklyDistanceM = typedDistanceM(weekly, form.units) ?? (weekly as unknown as number);
  if (longest !== '')
    current.longestRunM = typedDistanceM(longest, form.units) ?? (longest as unknown as number);
  return Object.keys(current).length > 0 ? current : undefined;
}

/**
 * The form's own words for the two distances, in the runner's units: core checks metres, the runner typed
 * kilometres or miles. An empty answer asks for a number or "I don't know".
 */
function currentIssues(form: ProfileForm): InputIssue[] {
  const issues: InputIssue[] = [];
  const unit = form.units;
  const inUnits = (m: number): string => `${distanceText(m, unit)} ${unit}`;
  const check = (field: string, text: string, unknown: boolean, maxM: number): number | undefined => {
    if (unknown) return undefined;
    const typed = text.trim();
    if (typed === '') {
      issues.push({ field, reason: 'required', accepted: `a distance in ${unit}, or tick "I don't know"` });
      return undefined;
    }
    const metres = typedDistanceM(typed, unit);
    if (metres === undefined) {
      issues.push({
        field,
        reason: 'malformed-distance',
        given: typed,
        accepted: `a number of ${unit}, such as 25`,
      });
      return undefined;
    }
    if (metres > maxM) {
      issues.push({
        field,
        reason: 'distance-out-of-range',
        given: typed,
        accepted: `0 to ${inUnits(maxM)}`,
      });
      return undefined;
    }
    return metres;
  };
  const weekly = check(
    'current.weeklyDistanceM',
    form.weeklyDistance,
    form.weeklyUnknown,
    MAX_WEEKLY_DISTANCE_M,
  );
  const longest = check('current.longestRunM', form.longestRun, form.longestUnknown, MAX_LONGEST_RUN_M);
  if (weekly !== undefined && longest !== undefined && longest > weekly)
    issues.push({
      field: 'current.longestRunM',
      reason: 'distance-out-of-range',
      given: form.longestRun.trim(),
      accepted: `at most your weekly distance (${inUnits(weekly)})`,
    });
  return issues;
}

/** One sentence per problem, in the runner's words (the same table as the API's problems). */
export function describeForForm(issue: InputIssue): string {
  return problemSentence(issue);
}

/** Every problem core finds in the form, by field; empty when the profile is valid. */
export function formIssues(form: ProfileForm): Map<string, InputIssue> {
  const parsed = parseProfile(toProfileBody(form));
  const issues = new Map<string, InputIssue>();
  for (const issue of currentIssues(form)) if (!issues.has(issue.field)) issues.set(issue.field, issue);
  if (parsed.ok) return issues;
  for (const issue of parsed.issues)
    if (!issue.field.startsWith('current') && !issues.has(issue.field)) issues.set(issue.field, issue);
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

/**
 * The step where the choice behind a plan warning is made ("your goal is a big step" at the goal, "sessions
 * did not fit" at the days): the warning shows there, as the runner chooses, and again at the review.
 */
const WARNING_STEP: Record<string, StepId> = {
  'goal-unrealistic': 'goal',
  'few-days': 'days',
  'session-dropped': 'days',
  'volume-days': 'days',
  'level-doubtful': 'setup',
  'run-walk': 'running',
};

export function warningStep(code: string): StepId {
  return WARNING_STEP[code] ?? 'review';
}

/** Days to preview a plan with before the runner has picked theirs (the goal step comes first). */
const PREVIEW_DAYS: Weekday[] = ['tue', 'thu', 'sat'];

/**
 * The plan the answers so far would build, for its warnings; undefined while they do not make a profile.
 * Days not picked yet are taken as three, so a goal's warning shows at the goal step.
 */
export function previewProfile(form: ProfileForm): Profile | undefined {
  const body = toProfileBody(form);
  const parsed = parseProfile(body.days.length > 0 ? body : { ...body, days: PREVIEW_DAYS });
  return parsed.ok ? parsed.value : undefined;
}
