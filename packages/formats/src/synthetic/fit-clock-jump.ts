/**
 * A watch's clock jumping mid-run, applied to a real FIT file for the tests: every date-time from a moment on
 * (records, events, laps, the session's end) moved by the jump, as a watch whose clock was set by a GPS fix
 * writes them; the bytes stay a valid FIT file (CRC made right again).
 */
import { CrcCalculator } from '@garmin/fitsdk';

/** Date-time fields by global message number, besides the timestamp (253) every message may carry. */
const START_FIELDS: Readonly<Record<number, readonly number[]>> = { 18: [2], 19: [2] };

/**
 * A copy of a FIT file (normal headers only) with each date-time at or after `fromS` (FIT seconds) moved by
 * `jumpS`.
 * @example withClockJump(bytes, startS + 480, 20 * 86_400) // the clock jumps 20 days 8 minutes in
 */
export function withClockJump(bytes: Uint8Array, fromS: number, jumpS: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const headerSize = out[0] ?? 0;
  const end = headerSize + view.getUint32(4, true);
  const definitions: { fields: number[]; size: number; littleEndian: boolean }[] = [];
  let at = headerSize;
  while (at < end) {
    const header = out[at++] ?? 0;
    if ((header & 0x80) !== 0) throw new Error('compressed timestamps are not supported here');
    const local = header & 0x0f;
    if ((header & 0x40) !== 0) {
      const littleEndian = out[at + 1] === 0;
      const global = view.getUint16(at + 2, littleEndian);
      const count = out[at + 4] ?? 0;
      at += 5;
      const fields: number[] = [];
      let offset = 0;
      for (let f = 0; f < count; f++, at += 3) {
        const number = out[at] ?? 0;
        const size = out[at + 1] ?? 0;
        const isDate = number === 253 || (START_FIELDS[global] ?? []).includes(number);
        if (isDate && size === 4) fields.push(offset);
        offset += size;
      }
      if ((header & 0x20) !== 0) {
        const developerCount = out[at] ?? 0;
        at += 1;
        for (let f = 0; f < developerCount; f++, at += 3) offset += out[at + 1] ?? 0;
      }
      definitions[local] = { fields, size: offset, littleEndian };
      continue;
    }
    const definition = definitions[local];
    if (definition === undefined) throw new Error(`local message ${local} is not defined`);
    for (const offset of definition.fields) {
      const value = view.getUint32(at + offset, definition.littleEndian);
      if (value !== 0xffffffff && value >= fromS)
        view.setUint32(at + offset, value + jumpS, definition.littleEndian);
    }
    at += definition.size;
  }
  view.setUint16(end, CrcCalculator.calculateCRC(out, 0, end), true);
  return out;
}
