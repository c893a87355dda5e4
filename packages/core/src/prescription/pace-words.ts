/**
 * Paces, distances and durations in the runner's units, as short as a watch face: the words every edge
 * (CLI, calendar, watch notes, web) uses for them.
 */
import type { Units } from '../profile/profile-types.js';
import { distanceLabel } from '../race/distances.js';
import { formatClock } from '../race/race-time.js';
import { formatDistance, formatPace } from '../units/pace-format.js';

/**
 * An easy-pace range, fastest first, with the unit once: "6:02–6:38/km".
 * @example paceRange([362, 398], 'km') // "6:02–6:38/km"
 */
export function paceRange([fastSPerKm, slowSPerKm]: readonly [number, number], units: Units): string {
  const fast = formatPace(fastSPerKm, units).replace(/\/(km|mi)$/, '');
  return `${fast}–${formatPace(slowSPerKm, units)}`;
}

/**
 * A rep or run length: track reps in metres, longer runs in the runner's units, races by name.
 * @example runDistance(150, 'mi') // "150 m"
 * @example runDistance(5000, 'mi', { race: true }) // "5K"
 */
export function runDistance(distanceM: number, units: Units, options: { race?: boolean } = {}): string {
  if (options.race === true) {
    const label = distanceLabel(distanceM);
    if (!label.endsWith(' m') || distanceM < 1000) return label;
  }
  return formatDistance(distanceM, units);
}

/**
 * A duration the way a coach says it: "45 s", "40 min", "2:30".
 * @example durationWords(45) // "45 s"
 * @example durationWords(2400) // "40 min"
 */
export function durationWords(totalS: number): string {
  const s = Math.round(totalS);
  if (s < 100) return `${s} s`;
  if (s % 60 === 0 || s >= 600) return `${Math.round(s / 60)} min`;
  return formatClock(s);
}
