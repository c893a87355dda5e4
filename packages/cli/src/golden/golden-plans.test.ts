/**
 * Golden plans: six named runners whose whole plans are committed as text and were read line by line as a
 * coach would (see the review notes in README.md beside them). A change to the generator that changes one
 * of them shows here as a diff to read, not as a silent drift. Refresh them deliberately with
 * `UPDATE_GOLDEN=1 npx vitest run packages/cli/src/golden`, then read the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkPlanRules, generatePlan, parseProfile } from '@speedwork/core';
import type { ProfileInput } from '@speedwork/core';
import { describe, expect, it } from 'vitest';
import { renderPlanText } from '../render/plan-text.js';

const RUNNERS: Record<string, ProfileInput> = {
  'beginner-5k-3-days-no-gym': {
    recent: { distance: '5k', time: '31:30' },
    goal: { distance: '5k', time: '29:59' },
    raceDate: '2027-03-28',
    start: '2027-01-04',
    days: ['tue', 'thu', 'sun'],
    equipment: 'none',
    level: 'beginner',
  },
  'runner-10k-45-00-5-days': {
    recent: { distance: '10k', time: '45:00' },
    goal: { distance: '10k', time: '43:30' },
    raceDate: '2027-04-25',
    start: '2027-01-04',
    days: ['mon', 'tue', 'thu', 'sat', 'sun'],
    level: 'intermediate',
    current: { weeklyDistanceM: 35000, longestRunM: 14000 },
  },
  'half-1-45-4-days': {
    recent: { distance: 'half', time: '1:45:00' },
    goal: { distance: 'half', time: '1:42:30' },
    raceDate: '2027-03-28',
    start: '2027-01-04',
    days: ['tue', 'thu', 'sat', 'sun'],
    level: 'intermediate',
    current: { weeklyDistanceM: 30000, longestRunM: 12000 },
  },
  'marathon-3-30-6-days-20-weeks': {
    recent: { distance: 'marathon', time: '3:30:00' },
    goal: { distance: 'marathon', time: '3:25:00' },
    raceDate: '2027-05-23',
    start: '2027-01-04',
    days: ['mon', 'tue', 'wed', 'thu', 'sat', 'sun'],
    level: 'intermediate',
    current: { weeklyDistanceM: 50000, longestRunM: 20000 },
  },
  'runner-5k-16-30-6-days': {
    recent: { distance: '5k', time: '16:30' },
    goal: { distance: '5k', time: '16:00' },
    raceDate: '2027-03-28',
    start: '2027-01-04',
    days: ['mon', 'tue', 'wed', 'thu', 'sat', 'sun'],
    level: 'advanced',
    current: { weeklyDistanceM: 70000, longestRunM: 18000 },
  },
  'miler-5-30': {
    recent: { distance: 'mile', time: '5:30' },
    goal: { distance: 'mile', time: '5:15' },
    raceDate: '2027-03-14',
    start: '2027-01-04',
    days: ['mon', 'wed', 'fri', 'sat'],
    level: 'intermediate',
    units: 'mi',
    current: { weeklyDistanceM: 30000, longestRunM: 10000 },
  },
};

function planFor(input: ProfileInput) {
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return generatePlan(parsed.value);
}

describe('golden plans', () => {
  for (const [name, input] of Object.entries(RUNNERS)) {
    it(`${name}: keeps every rule and reads as committed`, () => {
      const plan = planFor(input);
      expect(checkPlanRules(plan)).toEqual([]);
      const text = renderPlanText(plan);
      const file = fileURLToPath(new URL(`./${name}.txt`, import.meta.url));
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, text);
      expect(text).toBe(readFileSync(file, 'utf8'));
    });
  }
});
