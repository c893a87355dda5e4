/**
 * Damaged copies of good files, for the fuzz tests: bytes flipped, cut, repeated, inserted; XML tags broken,
 * numbers swapped for hostile ones. Seeded, so a failure names a case that reproduces.
 */
import { CrcCalculator } from '@garmin/fitsdk';
import type { SeededRandom } from './seeded-random.js';

const INTERESTING_BYTES = [0x00, 0x01, 0x0e, 0x0c, 0x40, 0x7f, 0x80, 0xc0, 0xfe, 0xff];

/** One to three random byte-level changes. */
export function mutateBytes(bytes: Uint8Array, random: SeededRandom): Uint8Array {
  let out: Uint8Array = bytes.slice();
  const changes = 1 + random.below(3);
  for (let c = 0; c < changes && out.length > 0; c++) {
    const at = random.below(out.length);
    switch (random.below(7)) {
      case 0: {
        const i = at;
        out[i] = (out[i] ?? 0) ^ (1 << random.below(8));
        break;
      }
      case 1:
        out[at] = INTERESTING_BYTES[random.below(INTERESTING_BYTES.length)] ?? 0;
        break;
      case 2:
        out = out.slice(0, at);
        break;
      case 3: {
        const insert = Uint8Array.from({ length: 1 + random.below(16) }, () => random.below(256));
        out = concat(out.subarray(0, at), insert, out.subarray(at));
        break;
      }
      case 4: {
        const length = 1 + random.below(Math.min(64, out.length - at));
        out = concat(out.subarray(0, at + length), out.subarray(at, at + length), out.subarray(at + length));
        break;
      }
      case 5: {
        const length = 1 + random.below(Math.min(64, out.length - at));
        out = concat(out.subarray(0, at), out.subarray(at + length));
        break;
      }
      default:
        for (let i = 0; i < 8 && at + i < out.length; i++) out[at + i] = random.below(256);
    }
  }
  return out;
}

/**
 * A mutated FIT file, often repaired afterwards (header size and both CRCs set right) so the damage reaches
 * the decoder instead of stopping at the integrity check; sometimes with a header declaring gigabytes.
 */
export function mutateFit(bytes: Uint8Array, random: SeededRandom): Uint8Array {
  const out = mutateBytes(bytes, random);
  if (out.length < 14) return out;
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const roll = random.next();
  if (roll < 0.05) {
    view.setUint32(4, 0xffffff00 + random.below(256), true);
  } else if (roll < 0.75 && out[0] === 14) {
    view.setUint32(4, Math.max(0, out.length - 16), true);
    view.setUint16(12, CrcCalculator.calculateCRC(out, 0, 12), true);
    if (out.length >= 16)
      view.setUint16(out.length - 2, CrcCalculator.calculateCRC(out, 0, out.length - 2), true);
  }
  return out;
}

const XML_TOKENS = [
  '<',
  '>',
  '/>',
  '</',
  '"',
  "'",
  '&amp;',
  '&lt;',
  '&#0;',
  '&#x1F3C3;',
  '&undefined;',
  '<![CDATA[x]]>',
  ']]>',
  '<!-- c -->',
  '<?pi x?>',
  '<!DOCTYPE gpx>',
  '<!ENTITY e "x">',
  '<trkpt lat="1" lon="2">',
  '</trkpt>',
  '<trkseg>',
  '</trkseg>',
  '<time>2026-12-07T07:00:00Z</time>',
  '<time></time>',
  '<Trackpoint>',
  '</Trackpoint>',
  '<Lap StartTime="x">',
  '<extensions><hr>999</hr></extensions>',
  'NaN',
  '-0',
  '1e309',
  '-1e309',
  '99999999999999999999999',
  '\u0000',
  '\uFFFD',
  '\u{1F3C3}',
  ' xmlns:a="b"',
  ' a:b="c"',
];

/** A mutated XML text: tokens inserted, ranges cut or repeated, numbers replaced, or the bytes damaged. */
export function mutateXml(
  text: string,
  random: SeededRandom,
  encode: (text: string) => Uint8Array,
): Uint8Array {
  let out = text;
  const changes = 1 + random.below(3);
  for (let c = 0; c < changes; c++) {
    const at = random.below(out.length + 1);
    switch (random.below(6)) {
      case 0:
        out = out.slice(0, at) + (XML_TOKENS[random.below(XML_TOKENS.length)] ?? '') + out.slice(at);
        break;
      case 1: {
        const length = 1 + random.below(200);
        out = out.slice(0, at) + out.slice(at + length);
        break;
      }
      case 2: {
        const length = 1 + random.below(300);
        out = out.slice(0, at + length) + out.slice(at, at + length) + out.slice(at + length);
        break;
      }
      case 3: {
        const numbers = [...out.matchAll(/-?\d+(?:\.\d+)?/g)];
        const target = numbers[random.below(numbers.length)];
        if (target?.index !== undefined) {
          const replacement =
            ['NaN', '-1', '0', '1e309', '90.0000001', '2099-13-45T25:61:61Z', ''][random.below(7)] ?? '';
          out = out.slice(0, target.index) + replacement + out.slice(target.index + target[0].length);
        }
        break;
      }
      case 4:
        out = out.slice(0, at);
        break;
      default:
        return mutateBytes(encode(out), random);
    }
  }
  return encode(out);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
