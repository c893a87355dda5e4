/** Dates as a runner reads them on a plan: "Mon 7 Dec", "Mon 7 Dec 2026". Locale-free, so output is stable. */
import { dayLabel, formatDayNumber, parseDayNumber } from '@speedwork/core';

export { dayLabel };

/** The seven dates of the plan week that starts on `start`. */
export function weekDates(start: string): string[] {
  const first = parseDayNumber(start);
  if (first === undefined) return [];
  return Array.from({ length: 7 }, (_, offset) => formatDayNumber(first + offset));
}

/** The date `days` after `date`. */
export function addDays(date: string, days: number): string {
  const dayNumber = parseDayNumber(date);
  return dayNumber === undefined ? date : formatDayNumber(dayNumber + days);
}
