// Issue 14 friction 14, the welcome page's weight: its sample plan is planned when the app is built, from one
// Monday, and shipped as data. These check that what ships is what core plans for the visitor's Monday.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleOn } from './sample-plan.js';
import { SAMPLE_BUILT_FROM, sampleDays, sampleSessions } from './sample-week.js';

const DAY_MS = 86_400_000;
const mondayAfter = (weeks: number): string =>
  new Date(Date.parse(`${SAMPLE_BUILT_FROM}T00:00:00Z`) + weeks * 7 * DAY_MS).toISOString().slice(0, 10);

describe('sampleOn', () => {
  it('friction 14: the shipped sample moved to any Monday is what core plans from that Monday', () => {
    const shipped = sampleDays();
    fc.assert(
      fc.property(fc.integer({ min: -60, max: 520 }), (weeks) => {
        const monday = mondayAfter(weeks);
        expect(sampleOn(monday, shipped)).toEqual(sampleSessions(monday));
      }),
      { numRuns: 40 },
    );
  });

  it('friction 14: the sample is its first two weeks, each session on its day in the plan', () => {
    const shipped = sampleDays();
    expect(new Date(`${SAMPLE_BUILT_FROM}T00:00:00Z`).getUTCDay()).toBe(1);
    expect(shipped.length).toBeGreaterThan(3);
    expect(shipped.every((d) => d.dayOffset >= 0 && d.dayOffset < 14)).toBe(true);
    expect(shipped.map((d) => d.type)).toEqual(expect.arrayContaining(['easy', 'strength', 'track']));
  });
});
