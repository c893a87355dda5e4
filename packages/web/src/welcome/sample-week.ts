/**
 * A sample runner's first fortnight, planned by core exactly as a real plan is: 5K in 25:00, three days a
 * week, a gym. Runs when the app is built (vite.config.ts), never in the browser: the welcome page ships
 * the result (sample-plan.ts), not the planner.
 */
import { SESSION_TYPE_NAMES, generatePlan, parseProfile } from '@speedwork/core';
import type { SampleDay, SampleSession } from './sample-plan.js';

/** The Monday the shipped sample is planned from; the page moves it to the visitor's next Monday. */
export const SAMPLE_BUILT_FROM = '2026-12-07';

const DAY_MS = 86_400_000;

/** The sample's first two weeks, planned from `start` (a Monday). */
export function sampleSessions(start: string): SampleSession[] {
  const profile = parseProfile({
    recent: { distance: '5k', time: '25:00' },
    goal: { distance: '5k', time: '24:00' },
    start,
    weeks: 10,
    days: ['tue', 'thu', 'sat'],
    equipment: 'gym',
    level: 'intermediate',
  });
  if (!profile.ok) throw new Error('the sample profile is invalid');
  return generatePlan(profile.value)
    .sessions.filter((s) => s.week <= 2)
    .map((s) => ({
      date: s.date,
      type: s.type,
      typeName: SESSION_TYPE_NAMES[s.type],
      title: s.title,
      why: s.why,
    }));
}

/** The sample as shipped: each session by its day in the plan. */
export function sampleDays(start: string = SAMPLE_BUILT_FROM): SampleDay[] {
  return sampleSessions(start).map(({ date, ...session }) => ({
    dayOffset: Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS),
    ...session,
  }));
}
