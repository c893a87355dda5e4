/** Dates as a runner reads them on a plan: "Mon 7 Dec", "Mon 7 Dec 2026". Locale-free, so output is stable. */
import { formatDayNumber, parseDayNumber, weekdayIndex } from '@speedwork/core';

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/**
 * Weekday, day and month of a `YYYY-MM-DD` date; the year too when asked.
 * @example dayLabel('2026-12-07') // "Mon 7 Dec"
 * @example dayLabel('2026-12-07', { year: true }) // "Mon 7 Dec 2026"
 */
export function dayLabel(date: string, options: { year?: boolean } = {}): string {
  const dayNumber = parseDayNumber(date);
  if (dayNumber === undefined) return date;
  const [year, month, day] = date.split('-').map(Number);
  const label = `${WEEKDAY_NAMES[weekdayIndex(dayNumber)] ?? ''} ${day ?? ''} ${MONTH_NAMES[(month ?? 1) - 1] ?? ''}`;
  return options.year === true ? `${label} ${year ?? ''}` : label;
}

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
