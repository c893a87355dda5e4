import { describe, expect, it } from 'vitest';
import { addDays, dayLabel, weekDates } from './calendar-label.js';

describe('dayLabel', () => {
  it('reads as weekday, day and month, with the year when asked', () => {
    expect(dayLabel('2026-12-07')).toBe('Mon 7 Dec');
    expect(dayLabel('2027-03-14', { year: true })).toBe('Sun 14 Mar 2027');
  });
});

describe('weekDates', () => {
  it('lists the seven days of a plan week across a year end', () => {
    expect(weekDates('2026-12-28')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(addDays('2026-12-28', 6)).toBe('2027-01-03');
  });
});
