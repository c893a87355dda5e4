/**
 * Reading decoded FIT values defensively. The SDK's types promise numbers and dates, but a damaged or hostile
 * file can put an array, a string or nothing where a number belongs: every read goes through these.
 */

/** A finite number, or null for anything else (arrays, strings, NaN, null). */
export function fitNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Milliseconds since 1970 of a decoded date-time, or null. */
export function fitTimeMs(value: unknown): number | null {
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isFinite(ms) ? ms : null;
  }
  return null;
}

/** A decoded string, or null. */
export function fitString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

const DEGREES_PER_SEMICIRCLE = 180 / 2 ** 31;

/** Degrees for a position in semicircles, FIT's unit for latitude and longitude. */
export function semicirclesToDegrees(value: unknown): number | null {
  const semicircles = fitNumber(value);
  return semicircles === null ? null : semicircles * DEGREES_PER_SEMICIRCLE;
}

/** Semicircles for degrees, rounded as FIT stores them. */
export function degreesToSemicircles(degrees: number): number {
  return Math.round(degrees / DEGREES_PER_SEMICIRCLE);
}
