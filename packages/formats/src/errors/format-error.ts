/**
 * The one error every parser and encoder of this package throws for bad input: a stable `code` programs can
 * switch on, a message a runner can read, and the underlying `cause` for whoever debugs it.
 */

/** Why a file could not be read. Stable: the server and the CLI map these to messages and statuses. */
export type FormatErrorCode =
  /** Bigger than the cap for its format, or its header declares more than the cap. */
  | 'too-large'
  /** Shorter than its header says: a recording cut off, a download interrupted. */
  | 'truncated'
  /** A checksum does not match the bytes: the file was damaged. */
  | 'bad-crc'
  /** Not a FIT file at all (no `.FIT` header). */
  | 'not-fit'
  /** A FIT file whose messages cannot be decoded. */
  | 'bad-fit'
  /** A valid file using a feature this version cannot read yet (FIT compressed timestamps). */
  | 'unsupported'
  /** A FIT file of another kind than asked for (a workout where an activity was expected, ...). */
  | 'wrong-fit-type'
  /** XML that cannot be parsed, or text that is not valid in its declared encoding. */
  | 'bad-xml'
  /** XML with a DOCTYPE or ENTITY declaration: refused before parsing, so entities can never expand. */
  | 'xml-doctype'
  /** XML whose shape (elements, attributes, nesting) or a track whose points go past any real activity. */
  | 'too-complex'
  /** XML of another kind than asked for (a TCX where a GPX was expected, ...). */
  | 'not-gpx'
  | 'not-tcx'
  /** Neither FIT, GPX nor TCX. */
  | 'unknown-format'
  /** A track whose points carry no times: a route or a drawn course, not a recorded activity. */
  | 'no-times'
  /** No track points at all. */
  | 'empty-track'
  /** A ZIP or gzip archive that cannot be read. */
  | 'bad-archive'
  /** A file of 0 bytes: nothing was saved in it. */
  | 'empty-file';

/**
 * Thrown for input this package cannot turn into what was asked for; anything else thrown is a bug.
 * @example
 * try { decodeActivity(bytes); } catch (error) { if (isFormatError(error)) console.log(error.code); }
 */
export class FormatError extends Error {
  override readonly name = 'FormatError';
  readonly code: FormatErrorCode;
  /**
   * What the file holds instead of an activity, for `wrong-fit-type` and `no-times`: `settings`, `weight`,
   * `workout`, `monitoring`, `course`, `route`. A bulk import counts these as skipped, not failed.
   */
  readonly kind: string | null;

  constructor(code: FormatErrorCode, message: string, options?: { cause?: unknown; kind?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.kind = options?.kind ?? null;
  }
}

/** True for errors of this package, so callers can tell bad input (report it) from bugs (rethrow). */
export function isFormatError(error: unknown): error is FormatError {
  return error instanceof FormatError;
}

/** "1.5 MB", "771 bytes": sizes in messages a runner reads. */
export function describeBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
}
