/**
 * What a bulk import has done so far, kept as a journal: one JSON line per file, appended as each file is
 * settled. Reading the journal back gives the state to resume from: files already imported (or recognised as
 * duplicates) are not read again, and every start time seen so far still counts for duplicates. Failed files
 * are tried again on the next run.
 */
import type { FormatErrorCode } from '../errors/format-error.js';

/** `skipped`: a file that is not an activity (a settings, weight or course file, a route): never read again. */
export type ImportStatus = 'imported' | 'duplicate' | 'failed' | 'skipped';

/** One settled file. `name` is its path in the import (inside an archive: `export.zip/activities/1.fit`). */
export interface ImportRecord {
  name: string;
  status: ImportStatus;
  /** Start time of the activity (imported and duplicates). */
  startTime?: string;
  /** Why it failed or was skipped: a `FormatError` code, or `internal-error` for a bug in speedwork. */
  code?: FormatErrorCode | 'internal-error';
  message?: string;
  /** What a skipped file holds instead of an activity: `settings`, `weight`, `course`, `route`, ... */
  kind?: string;
}

export interface ImportState {
  /** Files not to read again. */
  done: Set<string>;
  /** Start times seen, in whole seconds since 1970. */
  startSeconds: Set<number>;
}

export function emptyImportState(): ImportState {
  return { done: new Set(), startSeconds: new Set() };
}

/** The journal line of a record, newline included. */
export function journalLine(record: ImportRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/** Adds a settled file to the state. */
export function applyRecord(state: ImportState, record: ImportRecord): void {
  if (record.status !== 'failed') state.done.add(record.name);
  if (record.startTime !== undefined) {
    const ms = Date.parse(record.startTime);
    if (Number.isFinite(ms)) state.startSeconds.add(Math.round(ms / 1000));
  }
}

/**
 * The state a journal describes. Lines that are not records (a line torn by a crash mid-write) are ignored.
 * @example readImportJournal('{"name":"a.fit","status":"imported","startTime":"2026-12-07T07:00:00.000Z"}\n').done.has('a.fit') // true
 */
export function readImportJournal(text: string): ImportState {
  const state = emptyImportState();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      continue;
    }
    if (isRecord(parsed)) applyRecord(state, parsed);
  }
  return state;
}

function isRecord(value: unknown): value is ImportRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.name === 'string' &&
    (record.status === 'imported' ||
      record.status === 'duplicate' ||
      record.status === 'failed' ||
      record.status === 'skipped') &&
    (record.startTime === undefined || typeof record.startTime === 'string')
  );
}
