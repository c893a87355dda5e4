import { describe, expect, it } from 'vitest';
import { flagForField } from './flag-label.js';

describe('flagForField', () => {
  it.each([
    ['recent', '--recent'],
    ['recent.time', '--recent'],
    ['goal.distance', '--goal'],
    ['raceDate', '--race-date'],
    ['weeks', '--weeks'],
    ['current.weeklyDistanceM', '--weekly-distance'],
    ['current.longestRunM', '--longest-run'],
  ])('names field %s as flag %s', (field, flag) => {
    expect(flagForField(field)).toBe(flag);
  });
});
