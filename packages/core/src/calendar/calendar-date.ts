/**
 * Calendar dates as `YYYY-MM-DD` strings. Plans live in the runner's calendar, not in instants, so all
 * arithmetic is on UTC midnights and no time zone can shift a session to another day.
 */
import type { Weekday } from '../profile/profile-types.js';

const DAY_MS = 86_400_000;
/** Index 0 is Monday: runners plan weeks Monday to Sunday. */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Days since 1970-01-01 for a valid `YYYY-MM-DD`, or undefined when it is not a real date. */
export function parseDayNumber(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day)
    return undefined;
  return ms / DAY_MS;
}

/** `YYYY-MM-DD` for a day number. */
export function formatDayNumber(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** Monday = 0 ... Sunday = 6 (1970-01-01 was a Thursday). */
export function weekdayIndex(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

export function weekdayOf(dayNumber: number): Weekday {
  const weekday = WEEKDAYS[weekdayIndex(dayNumber)];
  if (!weekday) throw new Error(`no weekday for day ${dayNumber}`);
  return weekday;
}
