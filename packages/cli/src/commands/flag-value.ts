/** Reading one parsed flag by its type, so commands never cast. */
import type { FlagValues } from '../args/parse-flags.js';

export function stringFlag(values: FlagValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

export function booleanFlag(values: FlagValues, name: string): boolean {
  return values[name] === true;
}
