/** Timestamps as GPX and TCX write them (ISO 8601), read without the local-time trap of `Date.parse`. */

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Milliseconds since 1970 for an ISO 8601 date-time; one without a zone is UTC, as GPX requires.
 * @example parseIsoTimeMs('2013-01-01T12:00:00') // 1357041600000
 * @example parseIsoTimeMs('2016-05-27T10:08:47.8Z') // 1464343727800
 */
export function parseIsoTimeMs(text: string | undefined): number | null {
  if (text === undefined) return null;
  const match = ISO_TIME.exec(text.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] = match;
  const ms = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
  );
  if (!Number.isFinite(ms) || Number(month) > 12 || Number(day) > 31 || Number(hour) > 24) return null;
  const fractionMs = fraction === undefined ? 0 : Number(`0.${fraction}`) * 1000;
  return ms + fractionMs - zoneOffsetMs(zone);
}

function zoneOffsetMs(zone: string | undefined): number {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  return sign * (hours * 60 + minutes) * 60_000;
}
