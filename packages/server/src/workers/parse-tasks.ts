/** The parse pool's tasks as the request thread uses them: the same results and errors as parsing in place. */
import type { Session } from '@speedwork/core';
import { FormatError } from '@speedwork/formats';
import type { ActivityAnalysis } from '@speedwork/formats';
import type { ParseOutcome, ParsePool } from './parse-pool.js';
import { parsePool } from './parse-pool.js';

function unwrap(outcome: ParseOutcome): unknown {
  if (outcome.ok) return outcome.value;
  const { error } = outcome;
  switch (error.name) {
    case 'FormatError':
      throw new FormatError(
        error.code,
        error.message,
        error.kind === null ? undefined : { kind: error.kind },
      );
    case 'SyntaxError':
      throw new SyntaxError(error.message);
    case 'Error':
      throw new Error(`parse worker: ${error.message}`);
  }
}

/**
 * Decodes an activity file (FIT, GPX or TCX) and analyzes it against `session` in a worker; throws
 * `FormatError` as `decodeActivity` would. The bytes move to the worker: do not use them after.
 */
export async function analyzeUpload(
  bytes: Uint8Array,
  session: Session,
  maxBytes: number,
  pool: ParsePool = parsePool(),
): Promise<ActivityAnalysis> {
  return unwrap(await pool.run({ kind: 'activity', bytes, session, maxBytes })) as ActivityAnalysis;
}

/** Parses a JSON body in a worker; throws `SyntaxError` as `JSON.parse` would. The bytes move to the worker. */
export async function parseJsonBody(bytes: Uint8Array, pool: ParsePool = parsePool()): Promise<unknown> {
  return unwrap(await pool.run({ kind: 'json', bytes }));
}
