/**
 * The checked door to Garmin's FIT decoder: refuses oversized, truncated and damaged files with a precise
 * `FormatError` before decoding, and turns the decoder's own errors into one too.
 */
import { Decoder, Stream, type FitMessages } from '@garmin/fitsdk';
import { FormatError, describeBytes } from '../errors/format-error.js';
import { expandCompressedTimestamps } from './compressed-timestamps.js';
import { fitCrc } from './fit-crc.js';
import { NeedsSdk, readFitActivity, type FitActivityData } from './fit-activity-reader.js';

/** Default cap on a FIT file: a day-long recording at one sample a second is about 3 MB. */
export const MAX_FIT_BYTES = 32 * 1024 * 1024;

export interface FitReadOptions {
  /** Refuse files bigger than this (default `MAX_FIT_BYTES`). */
  maxBytes?: number;
  /**
   * Keep what decodes from a damaged file (a watch that died mid-run) instead of refusing it; what went
   * wrong is returned in `problem`. Oversized and non-FIT input is still refused.
   */
  salvage?: boolean;
}

export interface FitRead {
  messages: FitMessages;
  /** Set only in salvage mode: why the file is incomplete. */
  problem: FormatError | null;
}

const HEADER_WITH_CRC = 14;
const HEADER_WITHOUT_CRC = 12;

/**
 * Decodes FIT bytes to Garmin's message lists: the first FIT file of the bytes (a workout, a course), or all of
 * a chain merged (see `readFitFiles` to keep them apart).
 * @example readFitMessages(bytes).messages.recordMesgs?.length // 3600
 */
export function readFitMessages(bytes: Uint8Array, options: FitReadOptions = {}): FitRead {
  const [first] = readFitFiles(bytes, options);
  return first ?? { messages: {}, problem: null };
}

/**
 * Decodes each FIT file of the bytes on its own: a watch may chain several (an activity, then its settings;
 * two activities) one after the other, and each has its own definitions and CRC. Compressed-timestamp headers,
 * which Garmin's decoder refuses, are rewritten first (see `compressed-timestamps.ts`).
 * `lean` decodes without the SDK's component expansion where an activity does not need it (see `decode`).
 * @example readFitFiles(bytes).map((file) => file.messages.fileIdMesgs?.[0]?.type) // ['activity', 'settings']
 */
export function readFitFiles(bytes: Uint8Array, options: FitReadOptions = {}, lean = false): FitRead[] {
  const { pieces, trailing } = fitPieces(bytes, options);
  const reads = pieces.map((piece) => readOneFile(piece.bytes, piece.header, options, lean));
  const last = reads[reads.length - 1];
  if (trailing !== null && last !== undefined) last.problem ??= trailing;
  return reads;
}

/** One FIT file of a chain read for an activity: by the lean reader when intact, else by Garmin's SDK. */
export type FitActivityRead = { data: FitActivityData; problem: null } | FitRead;

/**
 * Each FIT file of the bytes read for an activity: intact files by the lean reader (`fit-activity-reader.ts`),
 * damaged ones and those it leaves to the SDK by Garmin's decoder, with the same refusals as `readFitFiles`.
 * @example readFitActivityFiles(bytes).length // 2 for an activity chained with its settings
 */
export function readFitActivityFiles(bytes: Uint8Array, options: FitReadOptions = {}): FitActivityRead[] {
  const { pieces, trailing } = fitPieces(bytes, options);
  const reads = pieces.map((piece): FitActivityRead => {
    const { headerSize, dataSize } = piece.header;
    if (headerProblem(piece.bytes, headerSize, dataSize) === null) {
      const end = headerSize + dataSize;
      const fileCrc = (piece.bytes[end] ?? 0) | ((piece.bytes[end + 1] ?? 0) << 8);
      if (fileCrc === fitCrc(piece.bytes, 0, end)) {
        try {
          return { data: readFitActivity(piece.bytes), problem: null };
        } catch (error) {
          if (!(error instanceof NeedsSdk) && !(error instanceof FormatError)) throw error;
          // Past any real recording: the SDK would only build the same too many records, slower.
          if (error instanceof FormatError && error.code === 'too-complex') throw error;
        }
      }
    }
    return readOneFile(piece.bytes, piece.header, options, true);
  });
  const last = reads[reads.length - 1];
  if (trailing !== null && last !== undefined && 'messages' in last) last.problem ??= trailing;
  return reads;
}

interface FitPiece {
  bytes: Uint8Array;
  header: FitHeader;
}

/** The FIT files chained in the bytes; what follows the last that is not FIT is refused, or kept as a problem. */
function fitPieces(
  bytes: Uint8Array,
  options: FitReadOptions,
): { pieces: FitPiece[]; trailing: FormatError | null } {
  const maxBytes = options.maxBytes ?? MAX_FIT_BYTES;
  if (bytes.length > maxBytes) {
    throw new FormatError(
      'too-large',
      `the file is ${describeBytes(bytes.length)}; the limit is ${describeBytes(maxBytes)}`,
    );
  }
  const pieces: FitPiece[] = [];
  let at = 0;
  while (at < bytes.length) {
    const rest = at === 0 ? bytes : bytes.subarray(at);
    if (at > 0 && !looksLikeFitHeader(rest)) {
      // Padding after the last file is harmless; anything else is damage.
      if (rest.every((byte) => byte === 0)) break;
      const problem = new FormatError(
        'bad-fit',
        `the file goes on after its end (at byte ${at}) with data that is not a FIT file`,
      );
      if (options.salvage !== true) throw problem;
      return { pieces, trailing: problem };
    }
    const header = readHeader(rest);
    const declaredEnd = header.headerSize + header.dataSize + 2;
    if (at + declaredEnd > maxBytes) {
      throw new FormatError(
        'too-large',
        `the file header declares ${describeBytes(declaredEnd)} of data; the limit is ${describeBytes(maxBytes)}`,
      );
    }
    pieces.push({ bytes: declaredEnd >= rest.length ? rest : rest.subarray(0, declaredEnd), header });
    at += declaredEnd;
  }
  return { pieces, trailing: null };
}

function readOneFile(bytes: Uint8Array, header: FitHeader, options: FitReadOptions, lean: boolean): FitRead {
  let problem = headerProblem(bytes, header.headerSize, header.dataSize);
  if (problem !== null && options.salvage !== true) throw problem;

  let decoded = bytes;
  let result = decode(decoded, lean);
  let [error] = result.errors;
  if (error !== undefined && /compressed timestamp/i.test(error.message)) {
    // Garmin's decoder stops at the first compressed header: decode the file again with normal headers.
    try {
      decoded = expandCompressedTimestamps(bytes);
      result = decode(decoded, lean);
      [error] = result.errors;
    } catch (cause) {
      if (!(cause instanceof FormatError)) throw cause;
      if (options.salvage !== true) throw cause;
      problem ??= cause;
    }
  }
  if (error !== undefined) {
    // The decoder checks the file's CRC as it ends: say what is wrong in a runner's words.
    const decodeProblem =
      integrityProblem(bytes, header.headerSize, header.dataSize) ?? decoderProblem(error);
    if (options.salvage !== true) throw decodeProblem;
    problem ??= decodeProblem;
  }
  if (lean && needsComponents(result.messages)) {
    const full = decode(decoded, false);
    if (full.errors.length === 0 || options.salvage === true) result = full;
  }
  return { messages: result.messages, problem };
}

/**
 * Decodes with Garmin's SDK. Lean: without expanding components (a tenth of the SDK's time), which an
 * activity's records need only for heart rate kept in separate messages (swims) and for the Forerunner 70's
 * compressed speed and distance: such files are decoded again in full.
 */
function decode(bytes: Uint8Array, lean: boolean): ReturnType<Decoder['read']> {
  try {
    const decoder = new Decoder(Stream.fromByteArray(bytes));
    return lean ? decoder.read({ expandComponents: false, mergeHeartRates: false }) : decoder.read();
  } catch (cause) {
    // read() catches its own errors; this guards against a future SDK that does not.
    throw new FormatError('bad-fit', 'the FIT decoder failed on this file', { cause });
  }
}

function needsComponents(messages: FitMessages): boolean {
  if ((messages.hrMesgs?.length ?? 0) > 0) return true;
  const records = messages.recordMesgs ?? [];
  for (let i = 0; i < records.length; i++) {
    if (records[i]?.compressedSpeedDistance !== undefined) return true;
  }
  return false;
}

interface FitHeader {
  headerSize: number;
  dataSize: number;
}

function looksLikeFitHeader(bytes: Uint8Array): boolean {
  const headerSize = bytes[0] ?? 0;
  return (
    bytes.length >= HEADER_WITHOUT_CRC &&
    (headerSize === HEADER_WITH_CRC || headerSize === HEADER_WITHOUT_CRC) &&
    bytes[8] === 0x2e && // .
    bytes[9] === 0x46 && // F
    bytes[10] === 0x49 && // I
    bytes[11] === 0x54 // T
  );
}

function readHeader(bytes: Uint8Array): FitHeader {
  const headerSize = bytes[0] ?? 0;
  if (!looksLikeFitHeader(bytes)) {
    throw new FormatError('not-fit', 'this is not a FIT file: it does not start with a FIT header');
  }
  const dataSize = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  return { headerSize, dataSize };
}

/** A file shorter than its header says, or whose header checksum is wrong: known before decoding. */
function headerProblem(bytes: Uint8Array, headerSize: number, dataSize: number): FormatError | null {
  const declaredEnd = headerSize + dataSize + 2;
  if (bytes.length < declaredEnd) {
    return new FormatError(
      'truncated',
      `the file is cut off: its header declares ${describeBytes(declaredEnd)} but it holds ${describeBytes(bytes.length)}`,
    );
  }
  if (headerSize === HEADER_WITH_CRC) {
    const headerCrc = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint16(12, true);
    if (headerCrc !== 0 && headerCrc !== fitCrc(bytes, 0, HEADER_WITHOUT_CRC)) {
      return new FormatError('bad-crc', 'the file header is damaged: its checksum does not match');
    }
  }
  return null;
}

/** Why a file failed to decode when its checksums say it is damaged, in the words a runner needs; else null. */
function integrityProblem(bytes: Uint8Array, headerSize: number, dataSize: number): FormatError | null {
  const problem = headerProblem(bytes, headerSize, dataSize);
  if (problem !== null) return problem;
  const end = headerSize + dataSize;
  const fileCrc = (bytes[end] ?? 0) | ((bytes[end + 1] ?? 0) << 8);
  if (fileCrc !== fitCrc(bytes, 0, end)) {
    return new FormatError('bad-crc', 'the file is damaged: its checksum does not match its contents');
  }
  return null;
}

function decoderProblem(error: Error): FormatError {
  const detail = error.message.replace(/^FIT Runtime Error\s*/, '').trim();
  if (/end of stream/i.test(detail)) {
    return new FormatError('truncated', `the file ends in the middle of a message (${detail})`, {
      cause: error,
    });
  }
  return new FormatError(
    'bad-fit',
    `the file's messages cannot be decoded (${detail || 'unknown structure'})`,
    {
      cause: error,
    },
  );
}
