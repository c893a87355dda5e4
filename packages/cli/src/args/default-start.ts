/** The plan start a runner gets without `--start`: plans run Monday to Sunday, so the next Monday. */
import { formatDayNumber, parseDayNumber, weekdayIndex } from '@speedwork/core';

/**
 * The first Monday after `today` (a whole week ahead when today is a Monday).
 * @example nextMondayAfter('2026-12-02') // '2026-12-07'
 */
export function nextMondayAfter(today: string): string {
  const day = parseDayNumber(today);
  if (day === undefined) throw new Error(`today is not a date: ${today}`);
  return formatDayNumber(day + 7 - weekdayIndex(day));
}

/** Today's date in the runner's own time zone, as `YYYY-MM-DD`: the calendar day they live in. */
export function localDate(now: Date): string {
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
