/** The text rules of iCalendar (RFC 5545 section 3.1 and 3.3.11): escaping, line folding, dates. */
import { utf8Length } from '../text/text-codec.js';

/** Octets a content line may hold before it must be folded (the CRLF not counted). */
const MAX_LINE_OCTETS = 75;

/**
 * A TEXT value with backslash, semicolon, comma and line breaks escaped.
 * @example escapeIcsText('Jog; then, stretch\nwell') // "Jog\\; then\\, stretch\\nwell"
 */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * One content line folded into lines of at most 75 octets, continuations starting with a space; a UTF-8
 * character is never split across lines.
 * @example foldIcsLine('DESCRIPTION:' + 'x'.repeat(80)).split('\r\n').length // 2
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const length = utf8Length(char.codePointAt(0) ?? 0);
    // A continuation line starts with one space, which counts toward its 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + length > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += length;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A DATE value: `2026-12-07` → `20261207`. */
export function icsDate(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}

/** A UTC DATE-TIME value: `20261201T080000Z`. */
export function icsDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}
