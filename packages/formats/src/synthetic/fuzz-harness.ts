/** Runs a parser over many damaged inputs and collects what should never happen. */
import { FormatError } from '../errors/format-error.js';

export interface FuzzOutcome {
  cases: number;
  results: number;
  formatErrors: number;
  /** Codes seen, with counts: shows the cases reach different checks. */
  codes: Record<string, number>;
  /** Anything thrown that is not a FormatError, with the case that threw it (first few). */
  crashes: { index: number; error: string }[];
  slowestMs: number;
}

/**
 * Calls `run` on `cases` inputs made by `make`; `check` may inspect each result (and throw on a bad one).
 * @example fuzz(10_000, (i) => mutate(seed, i), (bytes) => decodeActivity(bytes))
 */
export function fuzz<T, R>(
  cases: number,
  make: (index: number) => T,
  run: (input: T) => R,
  check?: (result: R, input: T) => void,
): FuzzOutcome {
  const outcome: FuzzOutcome = { cases, results: 0, formatErrors: 0, codes: {}, crashes: [], slowestMs: 0 };
  for (let index = 0; index < cases; index++) {
    const input = make(index);
    const started = Date.now();
    try {
      const result = run(input);
      check?.(result, input);
      outcome.results++;
    } catch (error) {
      if (error instanceof FormatError) {
        outcome.formatErrors++;
        outcome.codes[error.code] = (outcome.codes[error.code] ?? 0) + 1;
      } else if (outcome.crashes.length < 5) {
        outcome.crashes.push({
          index,
          error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        });
      } else {
        outcome.crashes.push({ index, error: '...' });
      }
    }
    outcome.slowestMs = Math.max(outcome.slowestMs, Date.now() - started);
  }
  return outcome;
}
