/** A small seeded random source, so synthesized activities and fuzz cases are the same on every run. */

export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (mean 0, deviation 1). */
  gaussian(): number;
  /** A whole number in [0, max). */
  below(max: number): number;
}

/**
 * Mulberry32: fast, 32-bit state, good enough for test data (not for secrets).
 * @example seededRandom(42).below(10) // always the same digit
 */
export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    gaussian: () => {
      const u = 1 - next();
      const v = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    },
    below: (max) => Math.floor(next() * max),
  };
}
