/** Paces and distances in the runner's units (SPEC: km and miles everywhere a pace or distance is shown). */
import type { Units } from '../profile/profile-types.js';
import { formatClock } from '../race/race-time.js';

export const METRES_PER_MILE = 1609.344;

/**
 * A pace in the runner's units: "4:15/km" or "6:50/mi".
 * @example formatPace(255, 'mi') // "6:50/mi"
 */
export function formatPace(sPerKm: number, units: Units): string {
  const seconds = units === 'km' ? sPerKm : (sPerKm * METRES_PER_MILE) / 1000;
  return `${formatClock(seconds)}/${units}`;
}

/**
 * A distance in the runner's units; metres stay metres under 1 km because tracks are marked in metres.
 * @example formatDistance(800, 'mi') // "800 m"
 * @example formatDistance(5000, 'mi') // "3.1 mi"
 */
export function formatDistance(distanceM: number, units: Units): string {
  if (distanceM < 1000) return `${Math.round(distanceM)} m`;
  const value = units === 'km' ? distanceM / 1000 : distanceM / METRES_PER_MILE;
  return `${Number(value.toFixed(1))} ${units}`;
}

/** Seconds a rep of this distance takes at this pace. */
export function repTimeS(distanceM: number, sPerKm: number): number {
  return (distanceM * sPerKm) / 1000;
}

/**
 * A training distance typed with its unit, in metres; undefined when it is not one.
 * @example parseTrainingDistanceM('30km') // 30000
 * @example parseTrainingDistanceM('20 mi') // 32186.88
 */
export function parseTrainingDistanceM(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(km|k|mi|miles?|m)\s*$/i.exec(text);
  if (!match?.[1] || !match[2]) return undefined;
  const value = Number(match[1]);
  const unit = match[2].toLowerCase();
  if (unit === 'm') return value;
  return unit.startsWith('mi') ? value * METRES_PER_MILE : value * 1000;
}
