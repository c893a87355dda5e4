/** R-INT-1: the strength and plyometric foundation every plan lays before its first interval session. */
import type { Level } from '../profile/profile-types.js';

/** Strength sessions before the first interval session: two, or four for beginners. */
export function foundationStrengthSessions(level: Level): number {
  return level === 'beginner' ? 4 : 2;
}
