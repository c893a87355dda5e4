/**
 * Array helpers that hold for any length: spreading an array into a call (`push(...xs)`, `Math.max(...xs)`)
 * puts every element on the stack and throws a RangeError past about 125,000 elements, which a long activity
 * reaches (a day at one point a second is 86,400).
 */

/** Appends every item of `items` to `target`, one by one; returns `target`. */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The smallest number of a list, or `Infinity` for an empty one (as `Math.min()`). */
export function minOf(values: readonly number[]): number {
  let min = Infinity;
  for (const value of values) if (value < min || Number.isNaN(value)) min = value;
  return min;
}

/** The largest number of a list, or `-Infinity` for an empty one (as `Math.max()`). */
export function maxOf(values: readonly number[]): number {
  let max = -Infinity;
  for (const value of values) if (value > max || Number.isNaN(value)) max = value;
  return max;
}
