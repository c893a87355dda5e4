/**
 * The one table from a problem's field and reason (core's `InputIssue`, the API's `FieldProblem`) to a
 * sentence a runner reads: "The race date can't be in the future", "Pick at least one day". The API keeps
 * its codes, field paths and developer-facing messages; the web shows these words instead. A reason the
 * table does not know falls back to the API's message without its field path and "accepted:" jargon.
 */
import { NAMED_DISTANCES } from '@speedwork/core';
import { mediumDate } from '../units/pace-display.js';

export interface Problem {
  field: string;
  reason: string;
  given?: string | undefined;
  accepted?: string | undefined;
  detail?: string | undefined;
  /** The API's own sentence, for reasons this table does not word. */
  message?: string | undefined;
}

/** What each field is, as a runner calls it; `pick` fields are chosen, the others typed. */
const SUBJECT: Record<string, { noun: string; pick?: boolean }> = {
  recent: { noun: 'your recent race' },
  goal: { noun: 'your goal race' },
  current: { noun: 'your running now' },
  'recent.time': { noun: 'your race time' },
  'recent.distance': { noun: 'the race distance', pick: true },
  'goal.time': { noun: 'your goal time' },
  'goal.distance': { noun: 'the goal distance', pick: true },
  raceDate: { noun: 'the race date', pick: true },
  start: { noun: 'the start date', pick: true },
  weeks: { noun: 'the number of weeks' },
  days: { noun: 'your running days', pick: true },
  equipment: { noun: 'your equipment', pick: true },
  level: { noun: 'your level', pick: true },
  units: { noun: 'your units', pick: true },
  'current.weeklyDistanceM': { noun: 'your weekly distance' },
  'current.longestRunM': { noun: 'your longest run' },
  // A race or time trial (Progress, and the result of a race session).
  date: { noun: 'the race date', pick: true },
  time: { noun: 'the time' },
  distance: { noun: 'the distance', pick: true },
  // Accounts.
  email: { noun: 'your email address' },
  password: { noun: 'your password' },
  name: { noun: 'your name' },
};

const subjectOf = (field: string): { noun: string; pick?: boolean } =>
  SUBJECT[field] ?? SUBJECT[field.replace(/^(race|recent|goal)\./, '')] ?? { noun: 'this' };
const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const quoted = (given: string | undefined): string => (given ? `“${given}”` : 'That');
/** ISO dates inside a text, in the runner's own date style. */
const localDates = (text: string): string => text.replace(/\d{4}-\d{2}-\d{2}/g, (iso) => mediumDate(iso));

/** A distance as core's messages name it ("5k", "half") in a runner's words ("5K", "half marathon"). */
function distanceWords(name: string | undefined): string {
  const label = NAMED_DISTANCES.find((d) => d.name === name)?.label ?? name ?? '';
  return /^\d/.test(label) ? label : label.toLowerCase();
}

type Wording = (p: Problem, noun: string, pick: boolean) => string;

const BY_REASON: Record<string, Wording> = {
  required: (p, noun, pick) =>
    `${pick ? 'Pick' : 'Type'} ${noun}${p.accepted?.includes("I don't know") ? ', or tick “I don’t know”' : ''}.`,
  'malformed-time': (p) =>
    `${quoted(p.given)} is not a time: type minutes and seconds, such as 25:00, or hours too, such as 1:45:30.`,
  'race-faster-than-world-record': (p) => {
    const [, record, distance] = /^(\S+) or slower for (\S+)/.exec(p.accepted ?? '') ?? [];
    return record
      ? `${quoted(p.given)} is faster than the ${distanceWords(distance)} world record (${record}): check the time and the distance.`
      : `${quoted(p.given)} is faster than the world record: check the time and the distance.`;
  },
  'pace-slower-than-walking': (p) => {
    const [, slowest, distance] = /^(\S+) or faster for (\S+)/.exec(p.accepted ?? '') ?? [];
    return slowest
      ? `${quoted(p.given)} is slower than walking: speedwork plans from a ${distanceWords(distance)} run in ${slowest} or less.`
      : `${quoted(p.given)} is slower than walking: check the time and the distance.`;
  },
  'malformed-date': (_p, noun) => `Pick ${noun} from the calendar.`,
  'future-date': (_p, noun) => `${capital(noun)} can't be in the future.`,
  'race-date-out-of-range': (p) => {
    const [first, last] = (p.accepted ?? '').match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    return first && last
      ? `The race must be 2 to 52 weeks after your start: between ${mediumDate(first)} and ${mediumDate(last)}.`
      : 'The race must be 2 to 52 weeks after your start.';
  },
  'weeks-out-of-range': (p) => {
    const [, min, max] = /(\d+) to (\d+)/.exec(p.accepted ?? '') ?? [];
    return `A plan lasts ${min ?? 2} to ${max ?? 52} weeks.`;
  },
  'weeks-disagree-with-race-date': (p) => {
    const week = /^\d+/.exec(p.accepted ?? '')?.[0];
    return week
      ? `Your race falls in week ${week}: make the plan ${week} weeks long, or leave weeks empty.`
      : 'The weeks do not reach your race date: leave weeks empty to fit the plan to it.';
  },
  'no-available-days': () => 'Pick at least one day.',
  'unknown-day': () => 'Pick your days from the list.',
  'unknown-value': (p, noun) => `Pick ${noun}: ${p.accepted ?? 'one of the choices'}.`,
  'unknown-distance': () => 'Pick a distance from the list.',
  'malformed-distance': (p) => `${quoted(p.given)} is not a distance: type a number, such as 25.`,
  'distance-out-of-range': (p, noun) => {
    // The API says "metres from 0 to 250000 (250 km)"; the form already says "0 to 250 km".
    const range = /\((\d[^)]*)\)$/.exec(p.accepted ?? '')?.[1];
    const accepted = p.accepted?.startsWith('metres') && range ? `0 to ${range}` : p.accepted;
    return accepted ? `${capital(noun)} can be ${accepted}.` : `${capital(noun)} is out of range.`;
  },
  // zod's code for a malformed email (and other formats) in an account.
  invalid_format: (_p, noun) =>
    noun === 'your email address'
      ? 'That is not an email address: it looks like ana@example.com.'
      : `${capital(noun)} is not in the right form.`,
  'email-taken': () => 'An account with this email exists already: sign in instead.',
};

/**
 * The sentence for one problem, in the runner's words.
 * @example problemSentence({ field: 'days', reason: 'no-available-days' }) // "Pick at least one day."
 */
export function problemSentence(problem: Problem): string {
  const { noun, pick = false } = subjectOf(problem.field);
  const wording = BY_REASON[problem.reason];
  if (wording) return wording(problem, noun, pick);
  // Unknown reason: the API's words without the field path, and "accepted:" said plainly.
  const message = (problem.message ?? '').replace(
    new RegExp(`^${problem.field.replace(/\./g, '\\.')}:?\\s*`),
    '',
  );
  const [what, accepted] = message.split(/;\s*accepted:\s*/);
  const sentence = what
    ? `${capital(noun === 'this' ? 'this' : noun)} ${what.replace(/\.$/, '')}.`
    : 'Check this field.';
  return localDates(accepted ? `${sentence} It can be ${accepted.replace(/\.$/, '')}.` : sentence);
}
