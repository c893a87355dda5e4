/** One entry for any activity file: recognizes FIT, GPX and TCX by their content and reads them alike. */
import { FormatError } from '../errors/format-error.js';
import { gunzipCapped } from '../bulk/archive-reader.js';
import { decodeFitActivities } from '../fit/decode-fit-activity.js';
import { parseGpx } from '../gpx/parse-gpx.js';
import { parseTcxActivities } from '../tcx/parse-tcx.js';
import { decodeUtf8 } from '../text/text-codec.js';
import type { Activity, ActivityFormat } from './activity-types.js';

export interface DecodeActivityOptions {
  /** Refuse files bigger than this; each format has its own default cap. */
  maxBytes?: number;
  /** FIT only: keep what decodes from a damaged file instead of refusing it (see `readFitMessages`). */
  salvage?: boolean;
}

/**
 * Which activity format the bytes are, from their content (a renamed file is still read right).
 * @example sniffActivityFormat(bytes) // 'fit'
 */
export function sniffActivityFormat(bytes: Uint8Array): ActivityFormat | null {
  if (
    bytes.length >= 12 &&
    bytes[8] === 0x2e &&
    bytes[9] === 0x46 &&
    bytes[10] === 0x49 &&
    bytes[11] === 0x54
  ) {
    return 'fit';
  }
  const head = headText(bytes);
  const root = /<(?:[\w-]+:)?(gpx|TrainingCenterDatabase)[\s>/]/.exec(head)?.[1];
  if (root === 'gpx') return 'gpx';
  if (root === 'TrainingCenterDatabase') return 'tcx';
  return null;
}

/** The first few KB as text, UTF-16 included, enough to find the root element past comments and the prolog. */
function headText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16) return decodeUtf8(head);
  let text = '';
  const littleEndian = head[0] === 0xff;
  for (let i = 2; i + 1 < head.length; i += 2) {
    const code = littleEndian
      ? (head[i] ?? 0) | ((head[i + 1] ?? 0) << 8)
      : ((head[i] ?? 0) << 8) | (head[i + 1] ?? 0);
    text += String.fromCharCode(code);
  }
  return text;
}

/** Cap on what a gzip file may unpack to when no `maxBytes` is given. */
const MAX_UNPACKED_BYTES = 32 * 1024 * 1024;

/**
 * Reads a FIT, GPX or TCX activity (gzipped or not) into the normalized `Activity`: the first when the file
 * holds several, with a warning saying so; throws `FormatError` for anything else.
 * @example decodeActivity(readFileSync('run.fit')).startTime // "2026-12-07T07:31:02.000Z"
 */
export function decodeActivity(bytes: Uint8Array, options: DecodeActivityOptions = {}): Activity {
  const activities = decodeActivities(bytes, options);
  const [first] = activities;
  if (first === undefined) throw new FormatError('empty-track', 'the file holds no activity');
  if (activities.length > 1) {
    first.warnings.push(`the file holds ${activities.length} activities; this is the first`);
  }
  return first;
}

/**
 * Every activity of a FIT, GPX or TCX file, gzipped or not: a chained FIT file, a FIT file with several
 * sessions and a TCX file with several activities give them all; a multisport session gives one activity
 * whose `legs` keep their sports.
 * @example decodeActivities(readFileSync('export.tcx')).length // 3
 */
export function decodeActivities(bytes: Uint8Array, options: DecodeActivityOptions = {}): Activity[] {
  if (bytes.length === 0) {
    throw new FormatError(
      'empty-file',
      'the file is empty (0 bytes): nothing was saved in it; a FIT, GPX or TCX activity is expected',
    );
  }
  if (isGzip(bytes)) {
    const unpacked = gunzipCapped(bytes, options.maxBytes ?? MAX_UNPACKED_BYTES);
    if (isGzip(unpacked)) throw new FormatError('bad-archive', 'the gzip file holds another gzip file');
    return decodeActivities(unpacked, options);
  }
  const format = sniffActivityFormat(bytes);
  const limits = options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes };
  switch (format) {
    case 'fit':
      return decodeFitActivities(bytes, { ...limits, salvage: options.salvage === true });
    case 'gpx':
      return [parseGpx(bytes, limits)];
    case 'tcx':
      return parseTcxActivities(bytes, limits);
    case null:
      if (
        bytes.every((byte) => byte === 0 || byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09)
      ) {
        throw new FormatError('empty-file', 'the file is blank: nothing was saved in it');
      }
      throw new FormatError('unknown-format', 'this is not an activity file: neither FIT, GPX nor TCX');
  }
}

/** Gzip's magic number: Strava's exports gzip each file (`.fit.gz`, `.gpx.gz`). */
function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
}
