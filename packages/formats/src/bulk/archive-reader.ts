/**
 * Files out of ZIP archives (Garmin and Strava exports, archives inside archives) and gzip files (Strava's
 * `.fit.gz`), streamed: the archive is pushed through in small pieces, and each member is handed over as
 * soon as it is complete, so memory holds one member at a time, however big the archive.
 */
import { Gunzip, Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { FormatError, describeBytes } from '../errors/format-error.js';

/** A member of an archive, complete, or why it could not be read. */
export type ArchiveItem =
  | { kind: 'file'; name: string; bytes: Uint8Array }
  | { kind: 'failed'; name: string; error: FormatError }
  /** Not an activity file. */
  | { kind: 'skipped'; name: string }
  /** Settled in an earlier run. */
  | { kind: 'done'; name: string };

/** What to do with a member: read it, pass over it (not an activity), or pass over it as done before. */
export type MemberChoice = 'read' | 'skip' | 'done';

export interface ArchiveOptions {
  /** Cap on a member's unpacked size. */
  maxFileBytes: number;
  /** What to do with a member, by its full name. */
  select: (name: string) => MemberChoice;
  /** Archives nested deeper than this are refused (default 3). */
  maxDepth?: number;
}

/** Pieces pushed into the unzipper at a time: what one piece can unpack into stays small. */
export const PIECE_BYTES = 16 * 1024;

/**
 * A streaming reader for one ZIP archive: `push` its bytes piece by piece; complete members come out through
 * `emit`, synchronously, during the push that completes them.
 */
export class ZipStream {
  readonly #unzip: Unzip;

  constructor(
    readonly name: string,
    options: ArchiveOptions,
    emit: (item: ArchiveItem) => void,
    depth = 1,
  ) {
    this.#unzip = new Unzip((file) => {
      onMember(`${name}/${file.name}`, file, options, emit, depth);
    });
    this.#unzip.register(UnzipInflate);
  }

  /** Pushes bytes of the archive; throws `bad-archive` when they are not a readable ZIP. */
  push(bytes: Uint8Array, final: boolean): void {
    try {
      if (bytes.length === 0) this.#unzip.push(bytes, final);
      for (let at = 0; at < bytes.length; at += PIECE_BYTES) {
        const end = at + PIECE_BYTES;
        this.#unzip.push(bytes.subarray(at, end), final && end >= bytes.length);
      }
    } catch (cause) {
      throw new FormatError('bad-archive', `the ZIP archive ${this.name} is damaged (${messageOf(cause)})`, {
        cause,
      });
    }
  }
}

function onMember(
  name: string,
  file: UnzipFile,
  options: ArchiveOptions,
  emit: (item: ArchiveItem) => void,
  depth: number,
): void {
  const ignore = (): void => {
    // A member that is not started keeps its data inside the unzipper until the end: read and drop it.
    file.ondata = () => undefined;
    safeStart(file);
  };
  if (file.name.endsWith('/')) {
    ignore();
    return;
  }
  if (isZip(file.name)) {
    if (depth >= (options.maxDepth ?? 3)) {
      emit({ kind: 'failed', name, error: new FormatError('bad-archive', 'archives are nested too deep') });
      ignore();
      return;
    }
    let failed = false;
    const inner = new ZipStream(name, options, emit, depth + 1);
    file.ondata = (error, data, final) => {
      if (failed) return;
      try {
        if (error !== null) throw new FormatError('bad-archive', `cannot unpack ${name} (${error.message})`);
        inner.push(data, final);
      } catch (cause) {
        failed = true;
        emit({ kind: 'failed', name, error: asArchiveError(name, cause) });
      }
    };
    safeStart(file, name, emit);
    return;
  }
  const choice = options.select(name);
  if (choice !== 'read') {
    emit({ kind: choice === 'skip' ? 'skipped' : 'done', name });
    ignore();
    return;
  }
  if (file.originalSize !== undefined && file.originalSize > options.maxFileBytes) {
    emit({ kind: 'failed', name, error: tooLarge(file.originalSize, options.maxFileBytes) });
    ignore();
    return;
  }
  const parts: Uint8Array[] = [];
  let size = 0;
  let done = false;
  file.ondata = (error, data, final) => {
    if (done) return;
    if (error !== null) {
      done = true;
      emit({
        kind: 'failed',
        name,
        error: new FormatError('bad-archive', `cannot unpack it (${error.message})`),
      });
      return;
    }
    size += data.length;
    if (size > options.maxFileBytes) {
      done = true;
      emit({ kind: 'failed', name, error: tooLarge(size, options.maxFileBytes) });
      return;
    }
    parts.push(data);
    if (final) {
      done = true;
      emit({ kind: 'file', name, bytes: concat(parts, size) });
    }
  };
  safeStart(file, name, emit);
}

function safeStart(file: UnzipFile, name?: string, emit?: (item: ArchiveItem) => void): void {
  try {
    file.start();
  } catch (cause) {
    if (name !== undefined && emit !== undefined)
      emit({ kind: 'failed', name, error: asArchiveError(name, cause) });
  }
}

/**
 * The bytes of a gzip file, refusing to unpack more than `maxBytes` (a small file can unpack to gigabytes).
 * @example gunzipCapped(bytes, 32 * 1024 * 1024) // the .fit inside a .fit.gz
 */
export function gunzipCapped(bytes: Uint8Array, maxBytes: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  let over = false;
  const gunzip = new Gunzip((data) => {
    size += data.length;
    if (size > maxBytes) over = true;
    else parts.push(data);
  });
  try {
    for (let at = 0; at < bytes.length && !over; at += PIECE_BYTES) {
      gunzip.push(bytes.subarray(at, at + PIECE_BYTES), at + PIECE_BYTES >= bytes.length);
    }
  } catch (cause) {
    throw new FormatError('bad-archive', `the gzip data is damaged (${messageOf(cause)})`, { cause });
  }
  if (over) throw tooLarge(size, maxBytes);
  return concat(parts, size);
}

export function isZip(name: string): boolean {
  return /\.zip$/i.test(name);
}

function tooLarge(size: number, maxBytes: number): FormatError {
  return new FormatError(
    'too-large',
    `it unpacks to more than ${describeBytes(maxBytes)} (at least ${describeBytes(size)})`,
  );
}

function asArchiveError(name: string, cause: unknown): FormatError {
  return cause instanceof FormatError
    ? cause
    : new FormatError('bad-archive', `cannot unpack ${name} (${messageOf(cause)})`, { cause });
}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
