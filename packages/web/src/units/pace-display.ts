/**
 * Numbers as a runner reads them at the track: rep times, paces in the runner's units, session lengths and
 * dates. Paces are stored in seconds per km everywhere; only what is shown changes with the units.
 */
import { formatClock, formatDistance, formatPace } from '@speedwork/core';
import type { Units } from '@speedwork/core';

export { formatClock, formatDistance, formatPace };

/**
 * A session or block length: "45 s", "28 min", "1 h 05 min".
 * @example formatDuration(1671) // "28 min"
 */
export function formatDuration(totalS: number): string {
  const s = Math.round(totalS);
  if (s < 60) return `${s} s`;
  const minutes = Math.round(s / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

/**
 * A short rest or rep length the way a coach says it: "45 s", "2 min", "1:45".
 * @example formatRest(150) // "2:30"
 */
export function formatRest(totalS: number): string {
  const s = Math.round(totalS);
  if (s < 60) return `${s} s`;
  if (s % 60 === 0) return `${s / 60} min`;
  return formatClock(s);
}

/**
 * The time one rep should take at a pace: "27 s" for a 100 m, "1:27" for a 300 m.
 * @example repTargetText(200, 271) // "54 s"
 */
export function repTargetText(distanceM: number, sPerKm: number): string {
  const s = (distanceM * sPerKm) / 1000;
  return s < 60 ? `${Math.round(s)} s` : formatClock(s);
}

/** Seconds per km of a rep run in `timeS` over `distanceM`. */
export function paceOfRep(distanceM: number, timeS: number): number {
  return (timeS / distanceM) * 1000;
}

/** A pace in the runner's units, as seconds per unit (for charts). */
export function pacePerUnitS(sPerKm: number, units: Units): number {
  return units === 'km' ? sPerKm : (sPerKm * 1609.344) / 1000;
}

/** An easy-run range: "6:06–6:52/km". */
export function formatPaceRange(range: readonly [number, number], units: Units): string {
  const fast = formatPace(range[0], units).split('/')[0] ?? '';
  return `${fast}–${formatPace(range[1], units)}`;
}

/**
 * A rep time typed by a runner: seconds ("27", "27.4") or minutes and seconds ("1:27"). Undefined when it
 * is not a time.
 * @example parseRepTime('1:27.5') // 87.5
 */
export function parseRepTime(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const match = /^(?:(\d{1,3}):)?(\d{1,4}(?:\.\d{1,2})?)$/.exec(trimmed);
  if (!match) return undefined;
  const minutes = match[1] === undefined ? 0 : Number(match[1]);
  const seconds = Number(match[2]);
  if (match[1] !== undefined && seconds >= 60) return undefined;
  const total = minutes * 60 + seconds;
  return total > 0 && total <= 36_000 ? total : undefined;
}

/** A rep time for an input field: "27.4" under a minute, "1:27.5" above. */
export function repTimeInput(timeS: number): string {
  if (timeS < 60) return String(Math.round(timeS * 10) / 10);
  const minutes = Math.floor(timeS / 60);
  const seconds = Math.round((timeS - minutes * 60) * 10) / 10;
  return `${minutes}:${seconds < 10 ? '0' : ''}${seconds}`;
}

/**
 * Race times typed on a phone's number pad get their colons back: "2500" → "25:00", "14530" → "1:45:30".
 * Anything else is left as typed, for core to judge.
 */
export function normalizeRaceTime(text: string): string {
  const trimmed = text.trim();
  if (!/^\d{3,6}$/.test(trimmed)) return trimmed;
  const ss = trimmed.slice(-2);
  const rest = trimmed.slice(0, -2);
  if (rest.length <= 2) return `${Number(rest)}:${ss}`;
  return `${Number(rest.slice(0, -2))}:${rest.slice(-2)}:${ss}`;
}

/*
 * Dates and times in the runner's locale (the browser's language, `undefined` to Intl), one style per
 * context: a heading names the day in full (LONG), a sentence or a list gives the date (MEDIUM), a
 * calendar or a short label gives the weekday and the day (SHORT), a time of day follows the locale's
 * 12 or 24 hours. A date is a calendar day, formatted in UTC so no time zone moves it.
 */
const WEEKDAY = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });
const WEEKDAY_NARROW = new Intl.DateTimeFormat(undefined, { weekday: 'narrow', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat(undefined, { day: 'numeric', timeZone: 'UTC' });
const DAY_MONTH = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const LONG = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

const MEDIUM = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** "Mon" */
export const weekdayShort = (date: string): string => WEEKDAY.format(utc(date));
/** "M": a day's initial, for a column too narrow for "Mon". */
export const weekdayNarrow = (date: string): string => WEEKDAY_NARROW.format(utc(date));
/** "7": the day of the month alone, for a calendar's cell. */
export const dayOfMonth = (date: string): string => DAY.format(utc(date));
/** "7 Dec" in en-GB, "Dec 7" in en-US */
export const dayMonth = (date: string): string => DAY_MONTH.format(utc(date));
/** "Mon 7 Dec" in en-GB, "Mon, Dec 7" in en-US: a day in a calendar, a list or a short label. */
export const shortDate = (date: string): string => SHORT.format(utc(date));
/** "7 Dec 2026" in en-GB, "Dec 7, 2026" in en-US: a date in a sentence. */
export const mediumDate = (date: string): string => MEDIUM.format(utc(date));
/** "Monday 7 December 2026" in en-GB, "Monday, December 7, 2026" in en-US: a page's day. */
export const longDate = (date: string): string => LONG.format(utc(date));

const CLOCK = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const DATE_AND_TIME = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The time of day of an instant, in the runner's locale and time zone: "14:07" (or "02:07 PM" in en-US). */
export const clockTime = (iso: string): string => CLOCK.format(new Date(iso));
/** An instant's date and time, in the runner's locale: "4 Dec 2026, 14:07". */
export const dateAndTime = (iso: string): string => DATE_AND_TIME.format(new Date(iso));

/**
 * A date field's value in words, beside the browser's own picker (which may write it mm/dd or dd/mm);
 * undefined for an empty or impossible value.
 */
export function dateInWords(date: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date)) ? longDate(date) : undefined;
}

/** The runner's calendar date, in their own time zone: sessions belong to the day on their wall. */
export function localToday(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Adds days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
