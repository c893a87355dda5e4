/**
 * The checked door to Garmin's FIT decoder: refuses oversized, truncated and damaged files with a precise
 * `FormatError` before decoding, and turns the decoder's own errors into one too.
 */
import { CrcCalculator, Decoder, Stream, type FitMessages } from '@garmin/fitsdk';
import { FormatError, describeBytes } from '../errors/format-error.js';

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
 * Decodes FIT bytes to Garmin's message lists.
 * @example readFitMessages(bytes).messages.recordMesgs?.length // 3600
 */
export function readFitMessages(bytes: Uint8Array, options: FitReadOptions = {}): FitRead {
  const maxBytes = options.maxBytes ?? MAX_FIT_BYTES;
  if (bytes.length > maxBytes) {
    throw new FormatError(
      'too-large',
      `the file is ${describeBytes(bytes.length)}; the limit is ${describeBytes(maxBytes)}`,
    );
  }
  const header = readHeader(bytes);
  const declaredEnd = header.headerSize + header.dataSize + 2;
  if (declaredEnd > maxBytes) {
    throw new FormatError(
      'too-large',
      `the file header declares ${describeBytes(declaredEnd)} of data; the limit is ${describeBytes(maxBytes)}`,
    );
  }

  let decoder: Decoder;
  try {
    decoder = new Decoder(Stream.fromByteArray(bytes));
  } catch (cause) {
    throw new FormatError('bad-fit', 'the FIT decoder could not open the file', { cause });
  }
  let problem: FormatError | null = null;
  if (!decoder.checkIntegrity()) {
    problem = integrityProblem(bytes, header.headerSize, header.dataSize);
    if (options.salvage !== true) throw problem;
  }

  let result: ReturnType<Decoder['read']>;
  try {
    result = decoder.read();
  } catch (cause) {
    // read() catches its own errors; this guards against a future SDK that does not.
    throw new FormatError('bad-fit', 'the FIT decoder failed on this file', { cause });
  }
  const [error] = result.errors;
  if (error !== undefined) {
    const decodeProblem = decoderProblem(error);
    if (options.salvage !== true) throw decodeProblem;
    problem ??= decodeProblem;
  }
  return { messages: result.messages, problem };
}

interface FitHeader {
  headerSize: number;
  dataSize: number;
}

function readHeader(bytes: Uint8Array): FitHeader {
  const headerSize = bytes[0] ?? 0;
  const isFit =
    bytes.length >= HEADER_WITHOUT_CRC &&
    (headerSize === HEADER_WITH_CRC || headerSize === HEADER_WITHOUT_CRC) &&
    bytes[8] === 0x2e && // .
    bytes[9] === 0x46 && // F
    bytes[10] === 0x49 && // I
    bytes[11] === 0x54; // T
  if (!isFit) throw new FormatError('not-fit', 'this is not a FIT file: it does not start with a FIT header');
  const dataSize = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  return { headerSize, dataSize };
}

/** Why Garmin's integrity check failed, in the words a runner needs. */
function integrityProblem(bytes: Uint8Array, headerSize: number, dataSize: number): FormatError {
  const declaredEnd = headerSize + dataSize + 2;
  if (bytes.length < declaredEnd) {
    return new FormatError(
      'truncated',
      `the file is cut off: its header declares ${describeBytes(declaredEnd)} but it holds ${describeBytes(bytes.length)}`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (headerSize === HEADER_WITH_CRC) {
    const headerCrc = view.getUint16(12, true);
    if (headerCrc !== 0 && headerCrc !== CrcCalculator.calculateCRC(bytes, 0, HEADER_WITHOUT_CRC)) {
      return new FormatError('bad-crc', 'the file header is damaged: its checksum does not match');
    }
  }
  return new FormatError('bad-crc', 'the file is damaged: its checksum does not match its contents');
}

function decoderProblem(error: Error): FormatError {
  const detail = error.message.replace(/^FIT Runtime Error\s*/, '').trim();
  if (/compressed timestamp/i.test(detail)) {
    return new FormatError(
      'unsupported',
      'the file uses compressed timestamps, which the FIT decoder cannot read yet',
      { cause: error },
    );
  }
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
