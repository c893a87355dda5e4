/** One entry for any activity file: recognizes FIT, GPX and TCX by their content and reads them alike. */
import { FormatError } from '../errors/format-error.js';
import { decodeFitActivity } from '../fit/decode-fit-activity.js';
import { parseGpx } from '../gpx/parse-gpx.js';
import { parseTcx } from '../tcx/parse-tcx.js';
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

/**
 * Reads a FIT, GPX or TCX activity into the normalized `Activity`; throws `FormatError` for anything else.
 * @example decodeActivity(readFileSync('run.fit')).startTime // "2026-12-07T07:31:02.000Z"
 */
export function decodeActivity(bytes: Uint8Array, options: DecodeActivityOptions = {}): Activity {
  const format = sniffActivityFormat(bytes);
  const limits = options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes };
  switch (format) {
    case 'fit':
      return decodeFitActivity(bytes, { ...limits, salvage: options.salvage === true });
    case 'gpx':
      return parseGpx(bytes, limits);
    case 'tcx':
      return parseTcx(bytes, limits);
    case null:
      throw new FormatError('unknown-format', 'this is not an activity file: neither FIT, GPX nor TCX');
  }
}
