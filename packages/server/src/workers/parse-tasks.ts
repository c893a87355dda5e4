/** The parse pool's tasks as the request thread uses them: the same results and errors as parsing in place. */
import type { Session } from '@speedwork/core';
import { FormatError } from '@speedwork/formats';
import type { ActivityAnalysis } from '@speedwork/formats';
import type { ImportedRecords } from '../data-export/import-rows.js';
import { ServiceError } from '../service-error.js';
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
    case 'ServiceError':
      throw new ServiceError(error.reason, error.message, error.fields);
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

/**
 * An export file's bytes as the rows that restore it for `runnerId`, parsed and checked in a worker; throws
 * `SyntaxError` for bad JSON and `ServiceError` (invalid-input, naming the fields) for a file that does not
 * pass the checks, as the import in place would. The bytes move to the worker.
 */
export async function importInPool(
  bytes: Uint8Array,
  runnerId: string,
  today: string,
  pool: ParsePool = parsePool(),
): Promise<ImportedRecords> {
  return unwrap(await pool.run({ kind: 'import', bytes, runnerId, today })) as ImportedRecords;
}

/** Parses a JSON body in a worker; throws `SyntaxError` as `JSON.parse` would. The bytes move to the worker. */
export async function parseJsonBody(bytes: Uint8Array, pool: ParsePool = parsePool()): Promise<unknown> {
  return unwrap(await pool.run({ kind: 'json', bytes }));
}
