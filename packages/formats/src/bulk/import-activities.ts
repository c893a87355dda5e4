/**
 * Bulk import of a runner's history (a folder or a ZIP export: thousands of FIT, GPX and TCX files, some
 * gzipped, archives inside archives). Files are streamed one at a time, so memory does not grow with their
 * number; each is decoded, normalized and searched for reps; a bad file is reported by name with its reason
 * while the rest import; duplicates are recognised by their start time; and every settled file is journaled
 * (`onRecord`) so an interrupted import resumes where it stopped.
 *
 * No file system here: the caller hands in the files as `ImportEntry`s (the CLI reads a folder or a ZIP),
 * and receives the activities through `onActivity`.
 */
import type { Activity } from '../activity/activity-types.js';
import { decodeActivities } from '../activity/decode-activity.js';
import { FormatError, describeBytes } from '../errors/format-error.js';
import { analyzeActivity, type ActivityAnalysis } from '../reps/analyze-activity.js';
import { isZip, ZipStream, type ArchiveItem, type MemberChoice } from './archive-reader.js';
import { applyRecord, emptyImportState, type ImportRecord, type ImportState } from './import-state.js';

/** A file to import: its path in the import, its size when known, and its bytes in chunks. */
export interface ImportEntry {
  name: string;
  sizeBytes?: number;
  chunks: () => AsyncIterable<Uint8Array>;
}

export interface ImportedActivity {
  name: string;
  activity: Activity;
  analysis: ActivityAnalysis;
}

export interface ImportProgress {
  /** Files settled so far (imported, duplicate, failed, skipped, done before). */
  files: number;
  imported: number;
  duplicates: number;
  failed: number;
  /** Bytes of the entries read so far (compressed bytes for archives). */
  bytesRead: number;
  /** The file being read. */
  current: string;
}

export interface ImportFailure {
  name: string;
  code: NonNullable<ImportRecord['code']>;
  message: string;
}

export interface ImportReport {
  imported: number;
  duplicates: number;
  failed: ImportFailure[];
  /** Files that are not activities (photos, CSVs, settings, weight and course files, routes). */
  skipped: number;
  /**
   * The skipped files by what they hold: FIT file types (`settings`, `weight`, `workout`, `monitoring`,
   * `course`, ...), `route` for planned GPX routes and TCX courses, `other` for files that are not FIT, GPX
   * or TCX by their name (photos, CSVs).
   */
  skippedByKind: Record<string, number>;
  /** Files settled by an earlier run, not read again. */
  alreadyDone: number;
}

export interface ImportOptions {
  /** Where an earlier run stopped (see `readImportJournal`); updated as files settle. */
  state?: ImportState;
  /** Receives each imported activity; awaited before the next file is read. */
  onActivity?: (imported: ImportedActivity) => void | Promise<void>;
  /** Receives each settled file, to journal it; awaited. */
  onRecord?: (record: ImportRecord) => void | Promise<void>;
  onProgress?: (progress: ImportProgress) => void;
  /** Cap on one activity file, unpacked (default 32 MB). */
  maxFileBytes?: number;
  /** Keep what decodes from damaged FIT files (see `readFitMessages`). */
  salvage?: boolean;
}

const DEFAULT_MAX_FILE_BYTES = 32 * 1024 * 1024;
const ACTIVITY_FILE = /\.(fit|gpx|tcx)(\.gz)?$/i;

/**
 * Imports every activity among `entries`.
 * @example await importActivities(folderEntries, { onActivity: (a) => save(a), onRecord: (r) => journal(r) })
 */
export async function importActivities(
  entries: AsyncIterable<ImportEntry> | Iterable<ImportEntry>,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const state = options.state ?? emptyImportState();
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const report: ImportReport = {
    imported: 0,
    duplicates: 0,
    failed: [],
    skipped: 0,
    skippedByKind: {},
    alreadyDone: 0,
  };
  const countSkipped = (kind: string): void => {
    report.skipped++;
    report.skippedByKind[kind] = (report.skippedByKind[kind] ?? 0) + 1;
  };
  const progress: ImportProgress = {
    files: 0,
    imported: 0,
    duplicates: 0,
    failed: 0,
    bytesRead: 0,
    current: '',
  };
  const select = (name: string): MemberChoice =>
    state.done.has(name) ? 'done' : ACTIVITY_FILE.test(name) ? 'read' : 'skip';

  const settle = async (record: ImportRecord): Promise<void> => {
    applyRecord(state, record);
    progress.files++;
    if (record.status === 'failed') {
      report.failed.push({
        name: record.name,
        code: record.code ?? 'internal-error',
        message: record.message ?? '',
      });
      progress.failed++;
    }
    await options.onRecord?.(record);
    options.onProgress?.(progress);
  };

  const handle = async (item: ArchiveItem): Promise<void> => {
    switch (item.kind) {
      case 'skipped':
        countSkipped('other');
        progress.files++;
        options.onProgress?.(progress);
        return;
      case 'done':
        report.alreadyDone++;
        progress.files++;
        options.onProgress?.(progress);
        return;
      case 'failed':
        return settle(failure(item.name, item.error));
      case 'file':
        return importFile(item.name, item.bytes);
    }
  };

  const importFile = async (name: string, packed: Uint8Array): Promise<void> => {
    progress.current = name;
    let activities: Activity[];
    try {
      activities = decodeActivities(packed, { maxBytes: maxFileBytes, salvage: options.salvage === true });
    } catch (error) {
      if (error instanceof FormatError && error.kind !== null) {
        // Not an activity (a settings, weight or course file, a route): skipped, and not read again.
        countSkipped(error.kind);
        return settle({
          name,
          status: 'skipped',
          code: error.code,
          message: error.message,
          kind: error.kind,
        });
      }
      return settle(failure(name, error));
    }
    // A file with several activities: each is journaled as `name#1`, `name#2`, ..., the last as the file itself,
    // so an interrupted import reads the file again (its imported activities then count as duplicates).
    for (const [index, activity] of activities.entries()) {
      const recordName = index === activities.length - 1 ? name : `${name}#${index + 1}`;
      let imported: ImportedActivity;
      try {
        imported = { name: recordName, activity, analysis: analyzeActivity(activity) };
      } catch (error) {
        await settle(failure(recordName, error));
        continue;
      }
      const startTime = activity.startTime;
      if (isDuplicate(state, startTime)) {
        report.duplicates++;
        progress.duplicates++;
        await settle({ name: recordName, status: 'duplicate', startTime });
        continue;
      }
      await options.onActivity?.(imported);
      report.imported++;
      progress.imported++;
      await settle({ name: recordName, status: 'imported', startTime });
    }
  };

  for await (const entry of entries) {
    progress.current = entry.name;
    if (isZip(entry.name)) {
      await importArchive(entry, { maxFileBytes, select }, handle, (bytes) => {
        progress.bytesRead += bytes;
      });
      continue;
    }
    const choice = select(entry.name);
    if (choice !== 'read') {
      progress.bytesRead += entry.sizeBytes ?? 0;
      await handle({ kind: choice === 'skip' ? 'skipped' : 'done', name: entry.name });
      continue;
    }
    const read = await readEntry(entry, maxFileBytes, (bytes) => {
      progress.bytesRead += bytes;
    });
    await handle(
      read instanceof FormatError
        ? { kind: 'failed', name: entry.name, error: read }
        : { kind: 'file', name: entry.name, bytes: read },
    );
  }
  return report;
}

/** Duplicate: an activity already seen starts within a second of this one. */
function isDuplicate(state: ImportState, startTime: string): boolean {
  const seconds = Math.round(Date.parse(startTime) / 1000);
  return (
    state.startSeconds.has(seconds - 1) ||
    state.startSeconds.has(seconds) ||
    state.startSeconds.has(seconds + 1)
  );
}

function failure(name: string, error: unknown): ImportRecord {
  if (error instanceof FormatError)
    return { name, status: 'failed', code: error.code, message: error.message };
  // A bug in speedwork: reported with the file that showed it, and the import goes on.
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  return {
    name,
    status: 'failed',
    code: 'internal-error',
    message: `internal error (a bug in speedwork): ${message}`,
  };
}

async function readEntry(
  entry: ImportEntry,
  maxBytes: number,
  onBytes: (bytes: number) => void,
): Promise<Uint8Array | FormatError> {
  if (entry.sizeBytes !== undefined && entry.sizeBytes > maxBytes) {
    onBytes(entry.sizeBytes);
    return new FormatError(
      'too-large',
      `the file is ${describeBytes(entry.sizeBytes)}; the limit is ${describeBytes(maxBytes)}`,
    );
  }
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of entry.chunks()) {
    size += chunk.length;
    onBytes(chunk.length);
    if (size > maxBytes) {
      return new FormatError('too-large', `the file is over ${describeBytes(maxBytes)}, the limit`);
    }
    parts.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/**
 * Streams an archive: each pushed chunk may complete members, which are queued and imported (awaiting the
 * caller's sinks) before the next chunk is read.
 */
async function importArchive(
  entry: ImportEntry,
  options: { maxFileBytes: number; select: (name: string) => MemberChoice },
  handle: (item: ArchiveItem) => Promise<void>,
  onBytes: (bytes: number) => void,
): Promise<void> {
  const queue: ArchiveItem[] = [];
  const zip = new ZipStream(entry.name, options, (item) => queue.push(item));
  const drain = async (): Promise<void> => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await handle(item);
  };
  // Only the unzipping is caught: a damaged archive is a bad file; an error reading it is the caller's.
  const push = (bytes: Uint8Array, final: boolean): FormatError | null => {
    try {
      zip.push(bytes, final);
      return null;
    } catch (error) {
      if (error instanceof FormatError) return error;
      throw error;
    }
  };
  for await (const chunk of entry.chunks()) {
    const problem = push(chunk, false);
    onBytes(chunk.length);
    await drain();
    if (problem !== null) return handle({ kind: 'failed', name: entry.name, error: problem });
  }
  const problem = push(new Uint8Array(0), true);
  await drain();
  if (problem !== null) await handle({ kind: 'failed', name: entry.name, error: problem });
}
