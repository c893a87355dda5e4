import { describe, expect, it } from 'vitest';
import { parseRaceFlag } from './race-flag.js';

describe('parseRaceFlag', () => {
  it('splits DIST=TIME at the first "="', () => {
    expect(parseRaceFlag('recent', ' half = 1:45:30 ')).toEqual({
      ok: true,
      distance: 'half',
      time: '1:45:30',
    });
  });

  it('R-IN-1: a value without "=" names the flag and shows the accepted form', () => {
    const race = parseRaceFlag('goal', '5k');
    expect(race.ok).toBe(false);
    if (race.ok) return;
    expect(race.problem).toContain('--goal');
    expect(race.problem).toContain('5k=25:00');
  });
});
