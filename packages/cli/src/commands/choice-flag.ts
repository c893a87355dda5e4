/** Flags that take one of a few words, such as `--format text|md|json`. */

export type Choice<T extends string> = { ok: true; value: T } | { ok: false; problem: string };

/**
 * The chosen word, the fallback when the flag is absent, or a problem naming the flag and the choices.
 * @example parseChoiceFlag('format', 'pdf', ['text', 'json'], 'text')
 * // { ok: false, problem: '--format: "pdf" is not one of the accepted values; accepted: text, json' }
 */
export function parseChoiceFlag<T extends string>(
  flag: string,
  raw: string | undefined,
  choices: readonly T[],
  fallback: T,
): Choice<T> {
  if (raw === undefined) return { ok: true, value: fallback };
  const value = raw.trim().toLowerCase();
  const chosen = choices.find((choice) => choice === value);
  if (chosen !== undefined) return { ok: true, value: chosen };
  return {
    ok: false,
    problem: `--${flag}: ${JSON.stringify(raw)} is not one of the accepted values; accepted: ${choices.join(', ')}`,
  };
}
