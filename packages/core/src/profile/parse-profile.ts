/**
 * Turns what a runner typed into a `Profile`, or into every problem with it at once (R-IN-1), so a form
 * can mark all bad fields in one round and the CLI can name every bad flag.
 */
import { WEEKDAYS, formatDayNumber, parseDayNumber } from '../calendar/calendar-date.js';
import { ACCEPTED_DISTANCES, parseDistanceM } from '../race/distances.js';
import { ACCEPTED_TIME, formatClock, parseTimeS } from '../race/race-time.js';
import { WALKING_SPER_KM, worldRecordS } from '../race/world-records.js';
import { givenText } from '../result/input-issue.js';
import type { InputIssue, Result } from '../result/input-issue.js';
import type {
  CurrentTraining,
  Equipment,
  Level,
  Profile,
  ProfileInput,
  RaceResult,
  Units,
  Weekday,
} from './profile-types.js';

export const MIN_WEEKS = 2;
export const MAX_WEEKS = 52;
/** Plan length when no race date sets it. */
export const DEFAULT_WEEKS = 12;
export const EQUIPMENT: readonly Equipment[] = ['gym', 'none'];
export const LEVELS: readonly Level[] = ['beginner', 'intermediate', 'advanced'];
export const UNITS: readonly Units[] = ['km', 'mi'];

const DAY_ALIASES: Record<string, Weekday> = {
  monday: 'mon',
  tuesday: 'tue',
  tues: 'tue',
  wednesday: 'wed',
  thursday: 'thu',
  thur: 'thu',
  thurs: 'thu',
  friday: 'fri',
  saturday: 'sat',
  sunday: 'sun',
};

/**
 * Validates and normalises a profile; never throws on bad input.
 * @example parseProfile({ recent: { distance: '5k', time: '25:00' }, start: '2026-12-07', days: ['mon', 'thu'] })
 */
export function parseProfile(input: ProfileInput): Result<Profile> {
  const issues: InputIssue[] = [];
  const recent = parseRace('recent', input.recent, issues);
  const goal =
    input.goal === undefined || input.goal === null ? undefined : parseRace('goal', input.goal, issues);
  const startDay = parseDate('start', input.start, issues);
  const raceDay =
    input.raceDate === undefined || input.raceDate === null
      ? undefined
      : parseDate('raceDate', input.raceDate, issues);
  const weeks = parseWeeks(input.weeks, startDay, raceDay, issues);
  const days = parseDays(input.days, issues);
  const equipment = parseChoice('equipment', input.equipment, EQUIPMENT, 'gym', issues);
  const level = parseChoice('level', input.level, LEVELS, 'intermediate', issues);
  const units = parseChoice('units', input.units, UNITS, 'km', issues);
  const current = parseCurrent(input.current, issues);
  if (
    issues.length > 0 ||
    !recent ||
    startDay === undefined ||
    weeks === undefined ||
    !days ||
    !equipment ||
    !level ||
    !units
  ) {
    return { ok: false, issues };
  }
  const profile: Profile = { recent, start: formatDayNumber(startDay), weeks, days, equipment, level, units };
  if (goal) profile.goal = goal;
  if (raceDay !== undefined) profile.raceDate = formatDayNumber(raceDay);
  if (current) profile.current = current;
  return { ok: true, value: profile };
}

/**
 * Validates one race result (R-IN-1: a known distance, a real time, not faster than the world record,
 * not slower than walking). Used for the profile's races and for races a runner logs later.
 */
export function parseRaceResult(field: string, raw: ProfileInput['recent']): Result<RaceResult> {
  const issues: InputIssue[] = [];
  const value = parseRace(field, raw, issues);
  return value ? { ok: true, value } : { ok: false, issues };
}

function parseRace(field: string, raw: ProfileInput['recent'], issues: InputIssue[]): RaceResult | undefined {
  if (raw === undefined || raw === null) {
    issues.push({
      field,
      reason: 'required',
      accepted: `a race result such as 5k=25:00 (distance: ${ACCEPTED_DISTANCES})`,
    });
    return undefined;
  }
  const distanceText = typeof raw.distance === 'string' ? raw.distance : undefined;
  const distanceM = distanceText === undefined ? undefined : parseDistanceM(distanceText);
  if (distanceM === undefined) {
    const issue: InputIssue = {
      field: `${field}.distance`,
      reason: distanceText ? 'unknown-distance' : 'required',
      accepted: ACCEPTED_DISTANCES,
    };
    if (distanceText) issue.given = distanceText;
    issues.push(issue);
  }
  const timeText = typeof raw.time === 'string' ? raw.time : undefined;
  const timeS = timeText === undefined ? undefined : parseTimeS(timeText);
  if (timeS === undefined) {
    const issue: InputIssue = {
      field: `${field}.time`,
      reason: timeText ? 'malformed-time' : 'required',
      accepted: ACCEPTED_TIME,
    };
    if (timeText) issue.given = timeText;
    issues.push(issue);
  }
  if (distanceM === undefined || timeS === undefined || distanceText === undefined || timeText === undefined)
    return undefined;
  const recordS = worldRecordS(distanceM);
  if (timeS < recordS) {
    issues.push({
      field: `${field}.time`,
      reason: 'race-faster-than-world-record',
      given: timeText,
      accepted: `${formatClock(recordS)} or slower for ${distanceText} (the world record)`,
    });
    return undefined;
  }
  const slowestS = (WALKING_SPER_KM * distanceM) / 1000;
  if (timeS > slowestS) {
    issues.push({
      field: `${field}.time`,
      reason: 'pace-slower-than-walking',
      given: timeText,
      accepted: `${formatClock(slowestS)} or faster for ${distanceText} (a running pace, quicker than 12:00 per km)`,
    });
    return undefined;
  }
  return { distance: distanceText.trim().toLowerCase(), distanceM, timeS };
}

function parseDate(field: 'start' | 'raceDate', raw: unknown, issues: InputIssue[]): number | undefined {
  if (raw === undefined || raw === null || raw === '') {
    issues.push({ field, reason: 'required', accepted: 'a date as YYYY-MM-DD, such as 2026-12-07' });
    return undefined;
  }
  const dayNumber = typeof raw === 'string' ? parseDayNumber(raw.trim()) : undefined;
  if (dayNumber === undefined) {
    issues.push({
      field,
      reason: 'malformed-date',
      given: givenText(raw),
      accepted: 'a real calendar date as YYYY-MM-DD, such as 2026-12-07',
    });
  }
  return dayNumber;
}

function parseWeeks(
  raw: unknown,
  startDay: number | undefined,
  raceDay: number | undefined,
  issues: InputIssue[],
): number | undefined {
  const accepted = `a whole number from ${MIN_WEEKS} to ${MAX_WEEKS}`;
  let weeks: number | undefined;
  if (raw !== undefined && raw !== null && raw !== '') {
    const value =
      typeof raw === 'number'
        ? raw
        : typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw)
          ? Number(raw)
          : NaN;
    if (!Number.isInteger(value) || value < MIN_WEEKS || value > MAX_WEEKS) {
      issues.push({ field: 'weeks', reason: 'weeks-out-of-range', given: givenText(raw), accepted });
      return undefined;
    }
    weeks = value;
  }
  if (raceDay === undefined || startDay === undefined) return weeks ?? DEFAULT_WEEKS;
  // With a race date the plan runs from the start to the week that holds the race.
  const daysToRace = raceDay - startDay;
  const firstOk = formatDayNumber(startDay + (MIN_WEEKS - 1) * 7);
  const lastOk = formatDayNumber(startDay + MAX_WEEKS * 7 - 1);
  if (daysToRace < (MIN_WEEKS - 1) * 7 || daysToRace >= MAX_WEEKS * 7) {
    issues.push({
      field: 'raceDate',
      reason: 'race-date-out-of-range',
      given: formatDayNumber(raceDay),
      accepted: `a date from ${firstOk} to ${lastOk} (${MIN_WEEKS} to ${MAX_WEEKS} weeks after the start)`,
    });
    return undefined;
  }
  const raceWeeks = Math.floor(daysToRace / 7) + 1;
  if (weeks !== undefined && weeks !== raceWeeks) {
    issues.push({
      field: 'weeks',
      reason: 'weeks-disagree-with-race-date',
      given: String(weeks),
      accepted: `${raceWeeks}, or leave weeks out`,
      detail: `a race on ${formatDayNumber(raceDay)} falls in week ${raceWeeks}`,
    });
    return undefined;
  }
  return raceWeeks;
}

function parseDays(raw: unknown, issues: InputIssue[]): Weekday[] | undefined {
  const accepted = 'one or more of mon, tue, wed, thu, fri, sat, sun';
  const list = typeof raw === 'string' ? raw.split(',') : Array.isArray(raw) ? raw : undefined;
  const names = (list ?? [])
    .map((d) => (typeof d === 'string' ? d.trim().toLowerCase() : String(d)))
    .filter((d) => d !== '');
  if (names.length === 0) {
    issues.push({ field: 'days', reason: 'no-available-days', accepted });
    return undefined;
  }
  const days = new Set<Weekday>();
  for (const name of names) {
    const day = (WEEKDAYS as readonly string[]).includes(name) ? (name as Weekday) : DAY_ALIASES[name];
    if (!day) {
      issues.push({ field: 'days', reason: 'unknown-day', given: name, accepted });
      return undefined;
    }
    days.add(day);
  }
  return WEEKDAYS.filter((d) => days.has(d));
}

function parseChoice<T extends string>(
  field: string,
  raw: unknown,
  choices: readonly T[],
  fallback: T,
  issues: InputIssue[],
): T | undefined {
  if (raw === undefined || raw === null || raw === '') return fallback;
  const value = typeof raw === 'string' ? raw.trim().toLowerCase() : raw;
  if ((choices as readonly unknown[]).includes(value)) return value as T;
  issues.push({ field, reason: 'unknown-value', given: givenText(raw), accepted: choices.join(', ') });
  return undefined;
}

/** R-VOL-1 inputs stay within what a runner can run: up to 250 km a week, a longest run up to 60 km. */
export const MAX_WEEKLY_DISTANCE_M = 250_000;
export const MAX_LONGEST_RUN_M = 60_000;

function parseCurrent(raw: ProfileInput['current'], issues: InputIssue[]): CurrentTraining | undefined {
  if (raw === undefined || raw === null) return undefined;
  const current: CurrentTraining = {};
  const weekly = parseMetres('current.weeklyDistanceM', raw.weeklyDistanceM, MAX_WEEKLY_DISTANCE_M, issues);
  const longest = parseMetres('current.longestRunM', raw.longestRunM, MAX_LONGEST_RUN_M, issues);
  if (weekly !== undefined) current.weeklyDistanceM = weekly;
  if (longest !== undefined) current.longestRunM = longest;
  if (weekly !== undefined && longest !== undefined && longest > weekly) {
    issues.push({
      field: 'current.longestRunM',
      reason: 'distance-out-of-range',
      given: `${Math.round(longest / 100) / 10} km`,
      accepted: `at most your weekly distance (${Math.round(weekly / 100) / 10} km)`,
    });
  }
  return weekly === undefined && longest === undefined ? undefined : current;
}

function parseMetres(field: string, raw: unknown, maxM: number, issues: InputIssue[]): number | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const accepted = `metres from 0 to ${maxM} (${maxM / 1000} km)`;
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    issues.push({ field, reason: 'malformed-distance', given: givenText(raw), accepted });
    return undefined;
  }
  if (raw < 0 || raw > maxM) {
    issues.push({ field, reason: 'distance-out-of-range', given: givenText(raw), accepted });
    return undefined;
  }
  return Math.round(raw);
}
