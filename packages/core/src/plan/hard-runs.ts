/**
 * What a hard run is (SPEC section 1, R-REC-2, R-QUA-1): quality work, races and time trials by their type,
 * and a long run that holds more than 20 minutes at marathon or threshold pace. One definition for the
 * generator, the checker and adaptation.
 */
import type { Session, SessionType } from './plan-types.js';

/** The session types that are hard runs in themselves. */
export const HARD_TYPES: readonly SessionType[] = [
  'track',
  'hills',
  'tempo',
  'intervals',
  'race',
  'time-trial',
];

/** Minutes of threshold or marathon pace in a long run that make it a hard run (R-QUA-1). */
export const HARD_SEGMENT_S = 20 * 60;

export function isHardType(session: Pick<Session, 'type'>): boolean {
  return HARD_TYPES.includes(session.type);
}

/** R-QUA-1: a long run with more than 20 minutes at marathon or threshold pace is a hard run. */
export function isHardLong(session: Pick<Session, 'type' | 'intervals'>): boolean {
  if (session.type !== 'long') return false;
  const fastS = (session.intervals ?? [])
    .filter((i) => i.intensity === 'marathon' || i.intensity === 'threshold')
    .reduce(
      (sum, i) => sum + (i.durationS ?? ((i.distanceM ?? 0) * (i.targetSPerKm ?? 0)) / 1000) * i.repeat,
      0,
    );
  return fastS > HARD_SEGMENT_S;
}

/** A hard run for R-REC-2: by its type, or a long run with a long fast segment. */
export function isHardRun(session: Pick<Session, 'type' | 'intervals'>): boolean {
  return isHardType(session) || isHardLong(session);
}
