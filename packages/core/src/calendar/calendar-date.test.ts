import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDayNumber, parseDayNumber, weekdayOf } from './calendar-date.js';

describe('calendar dates', () => {
  it('formats and parses every day from year 1 to 9999 as the Date object does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (day) => {
        const text = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(formatDayNumber(day)).toBe(text);
        expect(parseDayNumber(text)).toBe(day);
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses dates that do not exist, and malformed ones', () => {
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-1-01',
      'abcd-ef-gh',
      ' 2026-01-01',
    ])
      expect(parseDayNumber(bad)).toBeUndefined();
    expect(parseDayNumber('2024-02-29')).toBe(19782);
  });

  it('knows the weekday: 1 January 2027 is a Friday', () => {
    expect(weekdayOf(parseDayNumber('2027-01-01') ?? 0)).toBe('fri');
  });
});
