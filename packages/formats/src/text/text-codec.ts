/**
 * Text to and from bytes with the platform's `TextDecoder`/`TextEncoder`, which Node and every browser have;
 * typed here because this package compiles without the DOM library.
 */

interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
interface TextEncoderLike {
  encode(input: string): Uint8Array;
}
interface TextCodecGlobals {
  TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoderLike;
  TextEncoder: new () => TextEncoderLike;
}

const codecs = globalThis as unknown as TextCodecGlobals;
const utf8Encoder = new codecs.TextEncoder();
const utf8Decoder = new codecs.TextDecoder('utf-8');

/** A decoder for an encoding label (`utf-8`, `iso-8859-1`, ...); throws RangeError for unknown labels. */
export function textDecoder(label: string): TextDecoderLike {
  return new codecs.TextDecoder(label);
}

export function decodeUtf8(bytes: Uint8Array): string {
  return utf8Decoder.decode(bytes);
}

export function encodeUtf8(text: string): Uint8Array {
  return utf8Encoder.encode(text);
}

/** Bytes a code point takes in UTF-8. */
export function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * The longest start of `text` that fits in `maxBytes` of UTF-8, never splitting a character.
 * @example truncateUtf8('100 m × 2', 7) // "100 m "
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const length = utf8Length(char.codePointAt(0) ?? 0);
    if (bytes + length > maxBytes) break;
    bytes += length;
    end += char.length;
  }
  return text.slice(0, end);
}

/**
 * Text cut to fit `maxBytes` of UTF-8 at a word boundary, with an ellipsis when anything was cut.
 * @example clipText('Land with your foot under your hip', 20) // "Land with your foot…"
 */
export function clipText(text: string, maxBytes: number): string {
  if (encodeUtf8(text).length <= maxBytes) return text;
  const room = truncateUtf8(text, maxBytes - 3);
  const space = room.lastIndexOf(' ');
  return `${(space > room.length / 2 ? room.slice(0, space) : room).trimEnd()}…`;
}
