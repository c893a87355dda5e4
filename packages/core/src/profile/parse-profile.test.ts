import { describe, expect, it } from 'vitest';
import { describeIssue } from '../result/input-issue.js';
import { parseProfile } from './parse-profile.js';
import type { ProfileInput } from './profile-types.js';

const VALID: ProfileInput = {
  recent: { distance: '5k', time: '25:00' },
  start: '2026-12-07',
  days: 'mon,wed,fri',
};

function issuesFor(input: Partial<ProfileInput>): { field: string; reason: string; text: string }[] {
  const result = parseProfile({ ...VALID, ...input });
  if (result.ok) return [];
  return result.issues.map((i) => ({ field: i.field, reason: i.reason, text: describeIssue(i) }));
}

describe('parseProfile', () => {
  it('normalises a valid profile with defaults', () => {
    expect(parseProfile(VALID)).toEqual({
      ok: true,
      value: {
        recent: { distance: '5k', distanceM: 5000, timeS: 1500 },
        start: '2026-12-07',
        weeks: 12,
        days: ['mon', 'wed', 'fri'],
        equipment: 'gym',
        level: 'intermediate',
        units: 'km',
      },
    });
  });

  it('derives the weeks from the race date', () => {
    const result = parseProfile({ ...VALID, raceDate: '2027-03-14' });
    expect(result.ok && result.value.weeks).toBe(14);
  });

  it('R-IN-1: rejects a race faster than the world record, naming the record', () => {
    expect(issuesFor({ recent: { distance: '5k', time: '12:00' } })).toEqual([
      expect.objectContaining({
        field: 'recent.time',
        reason: 'race-faster-than-world-record',
        text: expect.stringContaining('12:35') as unknown,
      }),
    ]);
  });

  it('R-IN-1: rejects a pace slower than walking', () => {
    expect(issuesFor({ recent: { distance: '5k', time: '1:30:00' } })[0]).toMatchObject({
      field: 'recent.time',
      reason: 'pace-slower-than-walking',
    });
  });

  it('R-IN-1: rejects no available days and unknown ones', () => {
    expect(issuesFor({ days: '' })[0]).toMatchObject({ field: 'days', reason: 'no-available-days' });
    expect(issuesFor({ days: ['mon', 'funday'] })[0]).toMatchObject({ field: 'days', reason: 'unknown-day' });
  });

  it('R-IN-1: rejects weeks outside 2–52 and names the range', () => {
    for (const weeks of [1, 53, '0', 'ten', 2.5]) {
      const [issue] = issuesFor({ weeks });
      expect(issue).toMatchObject({ field: 'weeks', reason: 'weeks-out-of-range' });
      expect(issue?.text).toContain('2 to 52');
    }
  });

  it('R-IN-1: rejects unknown distances and lists the accepted ones', () => {
    const [issue] = issuesFor({ recent: { distance: '7 furlongs', time: '25:00' } });
    expect(issue).toMatchObject({ field: 'recent.distance', reason: 'unknown-distance' });
    expect(issue?.text).toContain('half');
  });

  it('R-IN-1: rejects malformed dates and times', () => {
    expect(issuesFor({ start: '2026-02-30' })[0]).toMatchObject({ field: 'start', reason: 'malformed-date' });
    expect(issuesFor({ raceDate: 'next spring' })[0]).toMatchObject({
      field: 'raceDate',
      reason: 'malformed-date',
    });
    expect(issuesFor({ recent: { distance: '5k', time: '25:61' } })[0]).toMatchObject({
      field: 'recent.time',
      reason: 'malformed-time',
    });
  });

  it('R-IN-1: rejects a race date before the plan can build anything, or past a year', () => {
    expect(issuesFor({ raceDate: '2026-12-09' })[0]).toMatchObject({
      field: 'raceDate',
      reason: 'race-date-out-of-range',
    });
    expect(issuesFor({ raceDate: '2028-01-01' })[0]).toMatchObject({
      field: 'raceDate',
      reason: 'race-date-out-of-range',
    });
    expect(issuesFor({ raceDate: '2027-03-14', weeks: 10 })[0]).toMatchObject({
      field: 'weeks',
      reason: 'weeks-disagree-with-race-date',
    });
  });

  it('R-IN-1: reports every bad field at once', () => {
    expect(
      issuesFor({ weeks: 99, level: 'elite', units: 'parsecs', equipment: 'treadmill' }).map((i) => i.field),
    ).toEqual(['weeks', 'equipment', 'level', 'units']);
  });
});
