/**
 * Calendar dates as `YYYY-MM-DD` strings. Plans live in the runner's calendar, not in instants, so all
 * arithmetic is on UTC midnights and no time zone can shift a session to another day.
 */
import type { Weekday } from '../profile/profile-types.js';

/** Index 0 is Monday: runners plan weeks Monday to Sunday. */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Days since 1970-01-01 for a valid `YYYY-MM-DD`, or undefined when it is not a real date. */
export function parseDayNumber(text: string): number | undefined {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return undefined;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  // Days from civil (Howard Hinnant's algorithm): no Date object per date.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `YYYY-MM-DD` for a day number. */
export function formatDayNumber(dayNumber: number): string {
  // Civil date from a day count (Howard Hinnant's algorithm): plans format thousands of dates, and a Date
  // object per date was a tenth of a plan's generation time.
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
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

const WEEKDAY_LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MONTH_LABELS = [
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
 * Weekday, day and month of a `YYYY-MM-DD` date as a runner reads them on a plan, the year too when asked;
 * locale-free, so every edge (CLI, watch, adaptation's words) says it the same way.
 * @example dayLabel('2026-12-07') // "Mon 7 Dec"
 * @example dayLabel('2026-12-07', { year: true }) // "Mon 7 Dec 2026"
 */
export function dayLabel(date: string, options: { year?: boolean } = {}): string {
  const dayNumber = parseDayNumber(date);
  if (dayNumber === undefined) return date;
  const [year, month, day] = date.split('-').map(Number);
  const label = `${WEEKDAY_LABELS[weekdayIndex(dayNumber)] ?? ''} ${day ?? ''} ${MONTH_LABELS[(month ?? 1) - 1] ?? ''}`;
  return options.year === true ? `${label} ${year ?? ''}` : label;
}
