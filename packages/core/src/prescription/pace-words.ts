/**
 * Paces, distances and durations in the runner's units, as short as a watch face: the words every edge
 * (CLI, calendar, watch notes, web) uses for them.
 */
import type { Units } from '../profile/profile-types.js';
import { distanceLabel, NAMED_DISTANCES } from '../race/distances.js';
import { formatClock } from '../race/race-time.js';
import { formatDistance, formatPace, METRES_PER_MILE } from '../units/pace-format.js';

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
    // Named races keep their names ("1500 m", "5K"); other metre races read in the runner's units.
    const named = NAMED_DISTANCES.some((distance) => distance.distanceM === distanceM);
    const label = distanceLabel(distanceM);
    if (named || !label.endsWith(' m') || distanceM < 1000) return label;
  }
  return formatDistance(distanceM, units);
}

/**
 * A duration the way a coach says it: "45 s", "40 min", "2:30", "1 h 50 min".
 * @example durationWords(45) // "45 s"
 * @example durationWords(2400) // "40 min"
 * @example durationWords(6600) // "1 h 50 min"
 */
export function durationWords(totalS: number): string {
  const s = Math.round(totalS);
  if (s < 100) return `${s} s`;
  if (s >= 3600) {
    const minutes = Math.round(s / 60);
    const rest = minutes % 60;
    return `${Math.floor(minutes / 60)} h${rest === 0 ? '' : ` ${rest} min`}`;
  }
  if (s % 60 === 0 || s >= 600) return `${Math.round(s / 60)} min`;
  return formatClock(s);
}

/**
 * How long a rep or block takes, to the second, the way a runner reads a split: "77 s", "4:51", "26:20".
 * @example splitWords(77.4) // "77 s"
 * @example splitWords(291) // "4:51"
 */
export function splitWords(totalS: number): string {
  const s = Math.round(totalS);
  return s < 100 ? `${s} s` : formatClock(s);
}

const QUARTERS = ['', '¼', '½', '¾'] as const;

/**
 * An easy jog's length (warm-up, cool-down) as a runner says it: metres or km, or quarter miles in miles.
 * @example jogDistanceWords(800, 'mi') // "½ mile"
 * @example jogDistanceWords(2400, 'mi') // "1½ miles"
 * @example jogDistanceWords(800, 'km') // "800 m"
 */
export function jogDistanceWords(distanceM: number, units: Units): string {
  const quarters = Math.round((distanceM / METRES_PER_MILE) * 4);
  if (units === 'km' || quarters < 1 || quarters > 40) return formatDistance(distanceM, units);
  const whole = Math.floor(quarters / 4);
  const fraction = QUARTERS[quarters % 4] ?? '';
  return `${whole > 0 ? whole : ''}${fraction} ${quarters <= 4 ? 'mile' : 'miles'}`;
}

/**
 * A race distance inside a sentence: named races that take "the" get it.
 * @example distanceInProse(1609.344) // "the mile"
 * @example distanceInProse(5000) // "5K"
 */
export function distanceInProse(distanceM: number): string {
  const label = distanceLabel(distanceM);
  return label === 'mile' || label.endsWith('marathon') ? `the ${label}` : label;
}
