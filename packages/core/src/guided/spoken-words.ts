/**
 * Distances and durations the way a voice says them at the track ("150 metres", "2 minutes 15"): a screen
 * reads "2:15", a speech engine reading "2:15" says "two fifteen", which could be a time of day.
 */
import type { Units } from '../profile/profile-types.js';
import { METRES_PER_MILE } from '../units/pace-format.js';

function plural(value: number, one: string, many: string): string {
  return `${value} ${value === 1 ? one : many}`;
}

/**
 * A duration to be spoken: whole minutes, minutes and seconds, or seconds.
 * @example spokenDuration(135) // "2 minutes 15"
 * @example spokenDuration(45) // "45 seconds"
 * @example spokenDuration(3900) // "1 hour 5 minutes"
 */
export function spokenDuration(totalS: number): string {
  const s = Math.max(0, Math.round(totalS));
  if (s < 60) return plural(s, 'second', 'seconds');
  if (s >= 3600) {
    const minutes = Math.round(s / 60);
    const rest = minutes % 60;
    const hours = plural(Math.floor(minutes / 60), 'hour', 'hours');
    return rest === 0 ? hours : `${hours} ${plural(rest, 'minute', 'minutes')}`;
  }
  const minutes = Math.floor(s / 60);
  const seconds = s % 60;
  const head = plural(minutes, 'minute', 'minutes');
  return seconds === 0 ? head : `${head} ${seconds}`;
}

/**
 * A distance to be spoken: metres below 1 km (tracks are marked in metres), else kilometres or miles.
 * @example spokenDistance(150, 'mi') // "150 metres"
 * @example spokenDistance(4200, 'km') // "4.2 kilometres"
 */
export function spokenDistance(distanceM: number, units: Units): string {
  if (distanceM < 1000) return plural(Math.round(distanceM), 'metre', 'metres');
  const value = Number((units === 'km' ? distanceM / 1000 : distanceM / METRES_PER_MILE).toFixed(1));
  return units === 'km' ? plural(value, 'kilometre', 'kilometres') : plural(value, 'mile', 'miles');
}

/**
 * A rep or lap time to be spoken, to the tenth under 100 s as a stopwatch shows it.
 * @example spokenLapTime(31.44) // "31.4 seconds"
 * @example spokenLapTime(287) // "4 minutes 47"
 */
export function spokenLapTime(timeS: number): string {
  if (timeS < 100) return `${Math.round(timeS * 10) / 10} seconds`;
  return spokenDuration(timeS);
}
