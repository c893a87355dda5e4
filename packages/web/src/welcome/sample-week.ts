/**
 * A sample runner's first fortnight, planned by core in the browser exactly as a real plan is: 5K in
 * 25:00, three days a week, a gym. The welcome page shows it to a visitor before they sign up.
 */
import { SESSION_TYPE_NAMES, generatePlan, parseProfile } from '@speedwork/core';
import type { SessionType } from '@speedwork/core';

export interface SampleSession {
  date: string;
  type: SessionType;
  typeName: string;
  title: string;
  why: string;
}

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
