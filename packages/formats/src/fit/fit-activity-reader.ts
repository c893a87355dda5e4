/**
 * A lean FIT reader for activities: one pass over the bytes that keeps only what an `Activity` needs (records,
 * laps, sessions, the file id) as plain numbers, with no object per field. Garmin's SDK builds an object per
 * message and per field and expands every component, which is most of an import's time and, in a fresh
 * process, most of `speedwork analyze`'s. Compressed-timestamp headers are read natively. Files this reader
 * does not cover (heart rate kept in separate messages, as swims with a chest strap write it) are left to the
 * SDK (`needsSdk`).
 */
import { Profile } from '@garmin/fitsdk';
import type { LapIntensity, LapTrigger } from '../activity/activity-types.js';
import { MAX_ACTIVITY_POINTS, type RawPoint } from '../activity/build-activity.js';
import { FormatError } from '../errors/format-error.js';
import { lapIntensityNamed, lapTriggerNamed } from './lap-names.js';

/** What an activity needs from one FIT file, times in ms since 1970. */
export interface FitActivityData {
  /** The file id's type (`activity`, `settings`, ...), null without one. */
  fileType: string | null;
  hasFileId: boolean;
  device: string | null;
  points: RawPoint[];
  laps: FitLap[];
  sessions: FitSession[];
  /** The sport a `sport` message names, for files without a session. */
  sport: string | null;
}

export interface FitLap {
  startMs: number | null;
  elapsedS: number | null;
  distanceM: number | null;
  intensity: LapIntensity | null;
  trigger: LapTrigger | null;
  sport: string | null;
}

export interface FitSession {
  startMs: number | null;
  endMs: number | null;
  elapsedS: number | null;
  distanceM: number | null;
  sport: string | null;
}

/** The reader met a message it leaves to Garmin's SDK. */
export class NeedsSdk extends Error {}

const FIT_EPOCH_MS = Date.UTC(1989, 11, 31);
const MESG = { FILE_ID: 0, SPORT: 12, SESSION: 18, LAP: 19, RECORD: 20, HR: 132 } as const;
/** Manufacturers whose `product` is a Garmin product number. */
const GARMIN_PRODUCT_MAKERS = new Set([1, 13, 15, 89]);

/** Where a wanted field sits in a data message, and how to read it. */
interface FieldPlan {
  /** What it fills: an index into the message's value slots. */
  slot: number;
  offset: number;
  baseType: number;
  size: number;
}

interface Definition {
  global: number;
  littleEndian: boolean;
  size: number;
  /** Offset of a 4-byte timestamp (253), or -1. */
  timestampAt: number;
  fields: FieldPlan[];
}

/** Slots per message: field number → slot. */
const WANTED: Readonly<Record<number, Readonly<Record<number, number>>>> = {
  [MESG.FILE_ID]: { 0: 0, 1: 1, 2: 2, 8: 3 },
  [MESG.SPORT]: { 0: 0 },
  // timestamp (253) is read through `timestampAt`.
  [MESG.RECORD]: { 0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 8: 7, 73: 8, 78: 9 },
  [MESG.LAP]: { 2: 0, 7: 1, 8: 2, 9: 3, 23: 4, 24: 5, 25: 6 },
  [MESG.SESSION]: { 2: 0, 5: 1, 7: 2, 8: 3, 9: 4 },
};

/**
 * Reads one FIT file (not a chain: see `readFitFiles`) for an activity. Throws `NeedsSdk` for what it leaves
 * to Garmin's SDK, and `FormatError` (`truncated`, `bad-fit`) when the messages cannot be walked.
 * @example readFitActivity(bytes).points.length // 3600
 */
export function readFitActivity(bytes: Uint8Array): FitActivityData {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerSize = bytes[0] ?? 0;
  const end = headerSize + view.getUint32(4, true);
  if (end > bytes.length) throw cutOff();
  const data: FitActivityData = {
    fileType: null,
    hasFileId: false,
    device: null,
    points: [],
    laps: [],
    sessions: [],
    sport: null,
  };
  const definitions: (Definition | undefined)[] = [];
  const values = new Float64Array(16);
  const present = new Uint8Array(16);
  let lastTimestamp = -1;
  let distanceRaw = -1;
  let at = headerSize;
  while (at < end) {
    const header = bytes[at] ?? 0;
    let definition: Definition | undefined;
    let timestamp = -1;
    if ((header & 0x80) !== 0) {
      definition = definitions[(header >> 5) & 0x03];
      if (definition === undefined) throw undefinedType();
      if (lastTimestamp < 0)
        throw new FormatError('bad-fit', 'a compressed timestamp comes before any full one');
      const offset = header & 0x1f;
      timestamp = (lastTimestamp & ~0x1f) + offset + (offset < (lastTimestamp & 0x1f) ? 0x20 : 0);
      timestamp >>>= 0;
      lastTimestamp = timestamp;
    } else if ((header & 0x40) !== 0) {
      const read = readDefinition(bytes, view, at, end, (header & 0x20) !== 0);
      definitions[header & 0x0f] = read.definition;
      at += read.length;
      continue;
    } else {
      definition = definitions[header & 0x0f];
      if (definition === undefined) throw undefinedType();
    }
    const start = at + 1;
    if (start + definition.size > end) throw cutOff();
    at = start + definition.size;
    if (definition.timestampAt >= 0) {
      const value = view.getUint32(start + definition.timestampAt, definition.littleEndian);
      if (value !== 0xffffffff) {
        timestamp = value;
        lastTimestamp = value;
      }
    }
    const global = definition.global;
    if (global === MESG.HR) throw new NeedsSdk('heart rate in hr messages');
    if (definition.fields.length === 0 && global !== MESG.RECORD && global !== MESG.FILE_ID) continue;
    present.fill(0);
    for (const field of definition.fields) {
      const value = readValue(view, bytes, start + field.offset, field, definition.littleEndian);
      if (value === null) continue;
      values[field.slot] = value;
      present[field.slot] = 1;
    }
    const get = (slot: number): number | null => (present[slot] === 1 ? (values[slot] ?? null) : null);
    const timeMs = timestamp >= 0 ? FIT_EPOCH_MS + timestamp * 1000 : null;
    switch (global) {
      case MESG.RECORD: {
        let distanceM = scaled(get(5), 100, 0);
        let speedMPerS = scaled(get(8), 1000, 0) ?? scaled(get(6), 1000, 0);
        const compressed = get(7);
        if (compressed !== null) {
          // 12 bits of speed (cm/s), then 12 bits of distance (1/16 m) that roll over: accumulate them.
          speedMPerS = (compressed & 0xfff) / 100;
          const raw = (compressed >>> 12) & 0xfff;
          distanceRaw = distanceRaw < 0 ? raw : distanceRaw + ((raw - (distanceRaw & 0xfff)) & 0xfff);
          distanceM = distanceRaw / 16;
        }
        if (data.points.length >= MAX_ACTIVITY_POINTS) {
          throw new FormatError(
            'too-complex',
            `the file holds more than ${MAX_ACTIVITY_POINTS.toLocaleString('en-GB')} records (11 days at one a second)`,
          );
        }
        data.points.push({
          timeMs: timeMs ?? Number.NaN,
          distanceM,
          speedMPerS,
          lat: degrees(get(0)),
          lon: degrees(get(1)),
          altitudeM: scaled(get(9), 5, 500) ?? scaled(get(2), 5, 500),
          heartRate: get(3),
          cadence: get(4),
        });
        break;
      }
      case MESG.LAP:
        data.laps.push({
          startMs: dateMs(get(0)),
          elapsedS: scaled(get(1), 1000, 0) ?? scaled(get(2), 1000, 0),
          distanceM: scaled(get(3), 100, 0),
          intensity: intensityName(get(4)),
          trigger: triggerName(get(5)),
          sport: sportName(get(6)),
        });
        break;
      case MESG.SESSION:
        data.sessions.push({
          startMs: dateMs(get(0)),
          endMs: timeMs,
          sport: sportName(get(1)),
          elapsedS: scaled(get(2), 1000, 0) ?? scaled(get(3), 1000, 0),
          distanceM: scaled(get(4), 100, 0),
        });
        break;
      case MESG.SPORT:
        data.sport ??= sportName(get(0));
        break;
      case MESG.FILE_ID:
        if (data.hasFileId) break;
        data.hasFileId = true;
        data.fileType = typeName(Profile.types.file, get(0));
        data.device = deviceName(get(1), get(2), readString(bytes, definition, start, 3));
        break;
      default:
        break;
    }
  }
  return data;
}

function readDefinition(
  bytes: Uint8Array,
  view: DataView,
  at: number,
  end: number,
  developer: boolean,
): { definition: Definition; length: number } {
  if (at + 6 > end) throw cutOff();
  const littleEndian = bytes[at + 2] === 0;
  const global = view.getUint16(at + 3, littleEndian);
  const count = bytes[at + 5] ?? 0;
  let length = 6 + count * 3;
  if (at + length > end) throw cutOff();
  const wanted = WANTED[global];
  const fields: FieldPlan[] = [];
  let size = 0;
  let timestampAt = -1;
  for (let f = 0; f < count; f++) {
    const number = bytes[at + 6 + f * 3] ?? 0;
    const fieldSize = bytes[at + 7 + f * 3] ?? 0;
    const baseType = (bytes[at + 8 + f * 3] ?? 0) & 0x1f;
    if (number === 253 && fieldSize === 4) timestampAt = size;
    const slot = wanted?.[number];
    if (slot !== undefined) fields.push({ slot, offset: size, baseType, size: fieldSize });
    size += fieldSize;
  }
  if (developer) {
    if (at + length + 1 > end) throw cutOff();
    const developerCount = bytes[at + length] ?? 0;
    length += 1 + developerCount * 3;
    if (at + length > end) throw cutOff();
    for (let f = 0; f < developerCount; f++) size += bytes[at + length - developerCount * 3 + f * 3 + 1] ?? 0;
  }
  return { definition: { global, littleEndian, size, timestampAt, fields }, length };
}

/** A field's number, null when it holds its type's invalid value (FIT's "not recorded"). */
function readValue(
  view: DataView,
  bytes: Uint8Array,
  at: number,
  field: FieldPlan,
  littleEndian: boolean,
): number | null {
  switch (field.baseType) {
    case 0: // enum
    case 2: // uint8
    case 10: {
      // uint8z
      if (field.size < 1) return null;
      const value = bytes[at] ?? 0xff;
      return value === 0xff || (field.baseType === 10 && value === 0) ? null : value;
    }
    case 1: {
      if (field.size < 1) return null;
      const value = view.getInt8(at);
      return value === 0x7f ? null : value;
    }
    case 3: {
      if (field.size < 2) return null;
      const value = view.getInt16(at, littleEndian);
      return value === 0x7fff ? null : value;
    }
    case 4:
    case 11: {
      if (field.size < 2) return null;
      const value = view.getUint16(at, littleEndian);
      return value === 0xffff || (field.baseType === 11 && value === 0) ? null : value;
    }
    case 5: {
      if (field.size < 4) return null;
      const value = view.getInt32(at, littleEndian);
      return value === 0x7fffffff ? null : value;
    }
    case 6:
    case 12: {
      if (field.size < 4) return null;
      const value = view.getUint32(at, littleEndian);
      return value === 0xffffffff || (field.baseType === 12 && value === 0) ? null : value;
    }
    case 8: {
      if (field.size < 4) return null;
      const value = view.getFloat32(at, littleEndian);
      return Number.isFinite(value) ? value : null;
    }
    case 9: {
      if (field.size < 8) return null;
      const value = view.getFloat64(at, littleEndian);
      return Number.isFinite(value) ? value : null;
    }
    case 13: {
      // byte array: compressed_speed_distance's 3 bytes, little-endian bit order.
      if (field.size !== 3) return null;
      const a = bytes[at] ?? 0xff;
      const b = bytes[at + 1] ?? 0xff;
      const c = bytes[at + 2] ?? 0xff;
      if (a === 0xff && b === 0xff && c === 0xff) return null;
      return a | (b << 8) | (c << 16);
    }
    default:
      return null;
  }
}

function readString(bytes: Uint8Array, definition: Definition, start: number, slot: number): string | null {
  const field = definition.fields.find((f) => f.slot === slot && f.baseType === 7);
  if (field === undefined) return null;
  let text = '';
  for (let i = 0; i < field.size; i++) {
    const code = bytes[start + field.offset + i] ?? 0;
    if (code === 0) break;
    text += String.fromCharCode(code);
  }
  return text === '' ? null : text;
}

function scaled(value: number | null, scale: number, offset: number): number | null {
  return value === null ? null : value / scale - offset;
}

function dateMs(value: number | null): number | null {
  return value === null ? null : FIT_EPOCH_MS + value * 1000;
}

const DEGREES_PER_SEMICIRCLE = 180 / 2 ** 31;

function degrees(value: number | null): number | null {
  return value === null ? null : value * DEGREES_PER_SEMICIRCLE;
}

type Names = Readonly<Record<number, string>>;

function typeName(names: Names | undefined, value: number | null): string | null {
  return value === null ? null : (names?.[value] ?? null);
}

const SPORT_NAMES = Profile.types.sport as Names;
function sportName(value: number | null): string | null {
  const name = value === null ? undefined : SPORT_NAMES[value];
  return name === undefined ? null : name.toLowerCase();
}

function intensityName(value: number | null): LapIntensity | null {
  return lapIntensityNamed(value === null ? undefined : Profile.types.intensity?.[value]);
}

function triggerName(value: number | null): LapTrigger | null {
  return lapTriggerNamed(value === null ? undefined : Profile.types.lapTrigger?.[value]);
}

function deviceName(
  manufacturer: number | null,
  product: number | null,
  productName: string | null,
): string | null {
  const maker = typeName(Profile.types.manufacturer, manufacturer);
  const model =
    manufacturer !== null && GARMIN_PRODUCT_MAKERS.has(manufacturer)
      ? typeName(Profile.types.garminProduct, product)
      : productName;
  const parts = [maker, model].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}

function cutOff(): FormatError {
  return new FormatError('truncated', 'the file is cut off in the middle of a message');
}

function undefinedType(): FormatError {
  return new FormatError(
    'bad-fit',
    "the file's messages cannot be decoded (a message uses an undefined type)",
  );
}
