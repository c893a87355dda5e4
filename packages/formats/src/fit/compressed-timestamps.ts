/**
 * FIT files whose data messages carry compressed-timestamp headers (older Forerunners, the FR70 and FR60 among
 * them) rewritten with normal headers, so Garmin's decoder, which refuses such headers, reads them. A
 * compressed header holds a local message type (0–3) and five bits of time offset from the last full timestamp;
 * each such message becomes a normal one with the full timestamp (field 253) added, its definition re-declared
 * with that field, and the original definition declared again before the next normal message of that type.
 */
import { CrcCalculator } from '@garmin/fitsdk';
import { FormatError } from '../errors/format-error.js';

const COMPRESSED = 0x80;
const DEFINITION = 0x40;
const DEVELOPER = 0x20;
const TIMESTAMP_FIELD = 253;
const UINT32 = 0x86;

interface LocalDefinition {
  /** The definition message as written in the file, header byte included. */
  bytes: Uint8Array;
  /** Bytes of the regular fields, then of the developer fields. */
  fieldsSize: number;
  developerSize: number;
  littleEndian: boolean;
  /** Offset of a 4-byte timestamp (field 253) among the regular fields, or -1. */
  timestampAt: number;
  /** The same definition with a timestamp field appended, built when first needed. */
  timestamped: Uint8Array | null;
}

/**
 * Whether any data message of the FIT file (one file, not a chain) has a compressed-timestamp header.
 * @example hasCompressedTimestamps(bytes) // true for a Forerunner 70 run
 */
export function hasCompressedTimestamps(bytes: Uint8Array): boolean {
  let found = false;
  walk(bytes, () => {
    found = true;
    return false;
  });
  return found;
}

/**
 * The same FIT file with every compressed-timestamp header replaced by a normal header and a full timestamp;
 * a file without them comes back unchanged. Throws `truncated` or `bad-fit` when the messages cannot be walked.
 * @example new Decoder(Stream.fromByteArray(expandCompressedTimestamps(bytes))).read()
 */
export function expandCompressedTimestamps(bytes: Uint8Array): Uint8Array {
  if (!hasCompressedTimestamps(bytes)) return bytes;
  const headerSize = bytes[0] ?? 0;
  const out = new GrowingBytes(bytes.length * 2);
  out.push(bytes.subarray(0, headerSize));
  // What each local type's definition in the output currently is: the file's own, or the timestamped one.
  const declared: ('own' | 'timestamped')[] = [];
  walk(bytes, (kind, local, definition, at, timestamp) => {
    if (kind === 'definition') {
      out.push(definition.bytes);
      declared[local] = 'own';
      return true;
    }
    if (kind === 'data') {
      if (declared[local] !== 'own') out.push(definition.bytes);
      declared[local] = 'own';
      out.push(bytes.subarray(at, at + 1 + definition.fieldsSize + definition.developerSize));
      return true;
    }
    // Compressed: a normal header, the regular fields, the full timestamp, then the developer fields.
    if (definition.timestampAt >= 0) {
      if (declared[local] !== 'own') out.push(definition.bytes);
      declared[local] = 'own';
      out.pushByte(local);
      out.push(bytes.subarray(at + 1, at + 1 + definition.fieldsSize + definition.developerSize));
      out.setUint32(
        out.length - definition.developerSize - definition.fieldsSize + definition.timestampAt,
        timestamp,
        definition.littleEndian,
      );
      return true;
    }
    if (declared[local] !== 'timestamped') out.push(timestampedDefinition(definition));
    declared[local] = 'timestamped';
    out.pushByte(local);
    out.push(bytes.subarray(at + 1, at + 1 + definition.fieldsSize));
    const stampAt = out.length;
    out.push(new Uint8Array(4));
    out.setUint32(stampAt, timestamp, definition.littleEndian);
    const developerAt = at + 1 + definition.fieldsSize;
    out.push(bytes.subarray(developerAt, developerAt + definition.developerSize));
    return true;
  });
  const dataSize = out.length - headerSize;
  const result = out.bytes(2);
  const view = new DataView(result.buffer, result.byteOffset, result.byteLength);
  view.setUint32(4, dataSize, true);
  if (headerSize === 14 && view.getUint16(12, true) !== 0) {
    view.setUint16(12, CrcCalculator.calculateCRC(result, 0, 12), true);
  }
  view.setUint16(headerSize + dataSize, CrcCalculator.calculateCRC(result, 0, headerSize + dataSize), true);
  return result;
}

type MessageKind = 'definition' | 'data' | 'compressed';

/**
 * Walks the messages of one FIT file, calling `visit` with each message's definition and, for compressed
 * headers, the full timestamp it stands for; stops when `visit` returns false.
 */
function walk(
  bytes: Uint8Array,
  visit: (
    kind: MessageKind,
    local: number,
    definition: LocalDefinition,
    at: number,
    timestamp: number,
  ) => boolean,
): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerSize = bytes[0] ?? 0;
  if (bytes.length < 12) throw cutOff();
  const end = headerSize + view.getUint32(4, true);
  if (end > bytes.length) throw cutOff();
  const definitions: (LocalDefinition | undefined)[] = [];
  let lastTimestamp = -1;
  let at = headerSize;
  while (at < end) {
    const header = bytes[at] ?? 0;
    if ((header & COMPRESSED) !== 0) {
      const local = (header >> 5) & 0x03;
      const definition = definitions[local];
      if (definition === undefined) throw undefinedType(local);
      if (lastTimestamp < 0) {
        throw new FormatError('bad-fit', 'a compressed timestamp comes before any full timestamp');
      }
      const offset = header & 0x1f;
      let timestamp = (lastTimestamp & ~0x1f) + offset;
      if (offset < (lastTimestamp & 0x1f)) timestamp += 0x20;
      timestamp >>>= 0;
      if (at + 1 + definition.fieldsSize + definition.developerSize > end) throw cutOff();
      lastTimestamp = timestamp;
      if (!visit('compressed', local, definition, at, timestamp)) return;
      at += 1 + definition.fieldsSize + definition.developerSize;
      continue;
    }
    const local = header & 0x0f;
    if ((header & DEFINITION) !== 0) {
      const definition = readDefinition(bytes, at, end, (header & DEVELOPER) !== 0);
      definitions[local] = definition;
      if (!visit('definition', local, definition, at, lastTimestamp)) return;
      at += definition.bytes.length;
      continue;
    }
    const definition = definitions[local];
    if (definition === undefined) throw undefinedType(local);
    if (at + 1 + definition.fieldsSize + definition.developerSize > end) throw cutOff();
    if (definition.timestampAt >= 0) {
      const value = view.getUint32(at + 1 + definition.timestampAt, definition.littleEndian);
      if (value !== 0xffffffff) lastTimestamp = value;
    }
    if (!visit('data', local, definition, at, lastTimestamp)) return;
    at += 1 + definition.fieldsSize + definition.developerSize;
  }
}

function readDefinition(bytes: Uint8Array, at: number, end: number, developer: boolean): LocalDefinition {
  if (at + 6 > end) throw cutOff();
  const littleEndian = bytes[at + 2] === 0;
  const fieldCount = bytes[at + 5] ?? 0;
  let size = 6 + fieldCount * 3;
  if (at + size > end) throw cutOff();
  let fieldsSize = 0;
  let timestampAt = -1;
  for (let f = 0; f < fieldCount; f++) {
    const number = bytes[at + 6 + f * 3] ?? 0;
    const fieldSize = bytes[at + 7 + f * 3] ?? 0;
    if (number === TIMESTAMP_FIELD && fieldSize === 4) timestampAt = fieldsSize;
    fieldsSize += fieldSize;
  }
  let developerSize = 0;
  if (developer) {
    if (at + size + 1 > end) throw cutOff();
    const developerCount = bytes[at + size] ?? 0;
    size += 1;
    if (at + size + developerCount * 3 > end) throw cutOff();
    for (let f = 0; f < developerCount; f++) developerSize += bytes[at + size + f * 3 + 1] ?? 0;
    size += developerCount * 3;
  }
  return {
    bytes: bytes.subarray(at, at + size),
    fieldsSize,
    developerSize,
    littleEndian,
    timestampAt,
    timestamped: null,
  };
}

/** The definition with a 4-byte timestamp field after its regular fields (developer fields kept after it). */
function timestampedDefinition(definition: LocalDefinition): Uint8Array {
  if (definition.timestamped !== null) return definition.timestamped;
  const own = definition.bytes;
  const fieldCount = own[5] ?? 0;
  const regularEnd = 6 + fieldCount * 3;
  const bytes = new Uint8Array(own.length + 3);
  bytes.set(own.subarray(0, regularEnd), 0);
  bytes[5] = fieldCount + 1;
  bytes.set([TIMESTAMP_FIELD, 4, UINT32], regularEnd);
  bytes.set(own.subarray(regularEnd), regularEnd + 3);
  definition.timestamped = bytes;
  return bytes;
}

function cutOff(): FormatError {
  return new FormatError('truncated', 'the file is cut off in the middle of a message');
}

function undefinedType(local: number): FormatError {
  return new FormatError('bad-fit', `a message uses local type ${local} before it is defined`);
}

/** An append-only byte buffer that doubles when full. */
class GrowingBytes {
  #bytes: Uint8Array;
  length = 0;
  constructor(capacity: number) {
    this.#bytes = new Uint8Array(Math.max(64, capacity));
  }
  push(part: Uint8Array): void {
    this.#reserve(part.length);
    this.#bytes.set(part, this.length);
    this.length += part.length;
  }
  pushByte(value: number): void {
    this.#reserve(1);
    this.#bytes[this.length++] = value;
  }
  setUint32(at: number, value: number, littleEndian: boolean): void {
    new DataView(this.#bytes.buffer).setUint32(at, value, littleEndian);
  }
  /** The bytes written, with `spare` zero bytes after them. */
  bytes(spare: number): Uint8Array {
    this.#reserve(spare);
    return this.#bytes.slice(0, this.length + spare);
  }
  #reserve(extra: number): void {
    if (this.length + extra <= this.#bytes.length) return;
    const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.length + extra));
    grown.set(this.#bytes.subarray(0, this.length));
    this.#bytes = grown;
  }
}
