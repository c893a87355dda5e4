/**
 * Dates as adaptation reads them: day numbers for arithmetic, and the words a runner reads in a change
 * ("Tuesday's", "Tue 15 Dec"), so every change says when in the same way.
 */
import { dayLabel, parseDayNumber, weekdayIndex } from '../calendar/calendar-date.js';

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Day number of a date the plan or the caller already validated; a bad one is a bug. */
export function dayOf(date: string): number {
  const day = parseDayNumber(date);
  if (day === undefined) throw new Error(`not a date: ${date}`);
  return day;
}

/** "Tue 15 Dec". */
export function shortDate(date: string): string {
  dayOf(date);
  return dayLabel(date);
}

/**
 * When a session is, seen from another date: the weekday name within the week either side ("Tuesday"), the date otherwise.
 * @example whenWords('2026-12-15', '2026-12-19') // "Tuesday"
 */
export function whenWords(date: string, from: string): string {
  const distance = Math.abs(dayOf(date) - dayOf(from));
  if (distance === 0) return 'today';
  return distance < 7 ? (WEEKDAY_NAMES[weekdayIndex(dayOf(date))] ?? date) : shortDate(date);
}

/** "today", "on Tuesday" or "on Tue 15 Dec". */
export function onWhen(date: string, from: string): string {
  const when = whenWords(date, from);
  return when === 'today' ? when : `on ${when}`;
}

/** "Tuesday's" or "Tue 15 Dec's". */
export function possessiveWhen(date: string, from: string): string {
  return `${whenWords(date, from)}'s`;
}
