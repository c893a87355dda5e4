import { describe, expect, it } from 'vitest';
import { localDate, nextMondayAfter } from './default-start.js';

describe('nextMondayAfter', () => {
  it.each([
    ['2026-12-02', '2026-12-07'],
    ['2026-12-06', '2026-12-07'],
    ['2026-12-07', '2026-12-14'],
    ['2026-12-31', '2027-01-04'],
  ])('after %s is %s', (today, monday) => {
    expect(nextMondayAfter(today)).toBe(monday);
  });
});

describe('localDate', () => {
  it("is the runner's calendar day", () => {
    expect(localDate(new Date(2026, 11, 7, 23, 59))).toBe('2026-12-07');
  });
});
