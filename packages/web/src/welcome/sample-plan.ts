/**
 * The welcome page's sample plan, shipped as data rather than as the planner: core plans it when the app is
 * built (vite.config.ts runs `sampleDays` of welcome/sample-week.ts) from a fixed Monday, and here its
 * sessions move to the visitor's next Monday. A plan from another Monday is the same plan, day for day
 * (sample-week.test.ts checks that, and e2e/web-welcome.test.ts that the page shows what core plans).
 */
import type { SessionType } from '@speedwork/core';
import { addDays } from '../units/pace-display.js';

export interface SampleSession {
  date: string;
  type: SessionType;
  typeName: string;
  title: string;
  why: string;
}

/** A sample session by its place in the plan: days after the plan's first day. */
export interface SampleDay extends Omit<SampleSession, 'date'> {
  dayOffset: number;
}

/** Replaced by the sessions themselves when the app is built (vite.config.ts, `define`). */
declare const __SPEEDWORK_SAMPLE__: readonly SampleDay[];

/** The sample's sessions for a plan starting on `start` (a Monday). */
export function sampleOn(start: string, days: readonly SampleDay[] = __SPEEDWORK_SAMPLE__): SampleSession[] {
  return days.map(({ dayOffset, ...session }) => ({ ...session, date: addDays(start, dayOffset) }));
}
