/** Race times as runners write them: `25:00`, `1:45:30`, `3:26.5`. */

export const ACCEPTED_TIME = 'h:mm:ss or mm:ss, such as 25:00 or 1:45:30';

/**
 * Seconds for a clock time, or undefined when the text is not one.
 * @example parseTimeS('1:45:30') // 6330
 */
export function parseTimeS(text: string): number | undefined {
  const match = /^(?:(\d{1,2}):)?(\d{1,3}):(\d{2}(?:\.\d+)?)$/.exec(text.trim());
  if (!match) return undefined;
  const [, hoursText, minutesText, secondsText] = match;
  const hours = hoursText === undefined ? 0 : Number(hoursText);
  const minutes = Number(minutesText);
  const seconds = Number(secondsText);
  if (seconds >= 60 || (hoursText !== undefined && minutes >= 60)) return undefined;
  const timeS = hours * 3600 + minutes * 60 + seconds;
  return timeS > 0 ? timeS : undefined;
}

/**
 * A clock time for seconds, rounded to the second: `25:00`, `1:45:30`.
 * @example formatClock(6330) // "1:45:30"
 */
export function formatClock(totalS: number): string {
  const rounded = Math.round(totalS);
  const hours = Math.floor(rounded / 3600);
  const minutes = Math.floor((rounded % 3600) / 60);
  const seconds = rounded % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}
