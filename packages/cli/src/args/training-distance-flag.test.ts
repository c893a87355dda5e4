import { describe, expect, it } from 'vitest';
import { parseTrainingDistanceFlag, trainingDistanceIssue } from './training-distance-flag.js';

describe('parseTrainingDistanceFlag', () => {
  it('R-VOL-1: reads kilometres and miles into metres', () => {
    expect(parseTrainingDistanceFlag('weekly-distance', '30km')).toEqual({ ok: true, distanceM: 30000 });
    expect(parseTrainingDistanceFlag('longest-run', '8mi')).toEqual({ ok: true, distanceM: 12874.752 });
  });

  it('R-IN-1: a value without a unit names the flag and what it accepts', () => {
    const distance = parseTrainingDistanceFlag('longest-run', '12');
    expect(distance).toEqual({
      ok: false,
      problem:
        '--longest-run: "12" is not a distance; accepted: a distance with its unit (km or mi), such as 12km or 8mi, up to 60 km (37 mi)',
    });
  });
});

describe('trainingDistanceIssue', () => {
  const typed = new Map([['weekly-distance', '300km']]);

  it('R-IN-1: shows what the runner typed and the flag’s accepted values, not metres', () => {
    const issue = trainingDistanceIssue(
      {
        field: 'current.weeklyDistanceM',
        reason: 'distance-out-of-range',
        given: '300000',
        accepted: 'metres from 0 to 250000 (250 km)',
      },
      typed,
    );
    expect(issue.given).toBe('300km');
    expect(issue.accepted).toContain('such as 30km or 20mi, up to 250 km');
  });

  it('leaves other fields alone, and names the weekly distance as it was typed', () => {
    const other = { field: 'weeks', reason: 'weeks-out-of-range', accepted: '2 to 52', given: '60' } as const;
    expect(trainingDistanceIssue(other, typed)).toEqual(other);
    const longest = trainingDistanceIssue(
      {
        field: 'current.longestRunM',
        reason: 'distance-out-of-range',
        given: '25 km',
        accepted: 'at most your weekly distance (20 km)',
      },
      new Map([['longest-run', '25km']]),
    );
    expect(longest).toMatchObject({ given: '25km', accepted: 'at most your weekly distance (20 km)' });
    const inMiles = trainingDistanceIssue(
      {
        field: 'current.longestRunM',
        reason: 'distance-out-of-range',
        given: '40.2 km',
        accepted: 'at most your weekly distance (32.2 km)',
      },
      new Map([
        ['weekly-distance', '20mi'],
        ['longest-run', '25mi'],
      ]),
    );
    expect(inMiles).toMatchObject({ given: '25mi', accepted: 'at most your weekly distance (20mi)' });
  });
});
