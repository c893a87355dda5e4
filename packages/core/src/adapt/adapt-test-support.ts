/**
 * Plans and logs for the adaptation tests: a plan from the generator, and helpers that find sessions by kind
 * and write logs, so tests state rules and never depend on the exact sessions the generator builds.
 */
import { formatDayNumber } from '../calendar/calendar-date.js';
import { generatePlan } from '../plan/generate-plan.js';
import type { Plan, Session, SessionType } from '../plan/plan-types.js';
import { parseProfile } from '../profile/parse-profile.js';
import type { ProfileInput } from '../profile/profile-types.js';
import type { SessionLog } from './adapt-types.js';
import { dayOf } from './adapt-dates.js';

export function planFor(input: ProfileInput): Plan {
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error(`bad test profile: ${JSON.stringify(parsed.issues)}`);
  return generatePlan(parsed.value);
}

/** 16 weeks, five days, a 5K goal: every kind of session the generator makes. */
export function samplePlan(overrides: ProfileInput = {}): Plan {
  return planFor({
    recent: { distance: '5k', time: '25:00' },
    goal: { distance: '5k', time: '24:00' },
    start: '2026-12-07',
    weeks: '16',
    days: 'mon,tue,thu,sat,sun',
    ...overrides,
  });
}

export function sessionsOf(plan: Plan, type: SessionType): Session[] {
  return plan.sessions.filter((s) => s.type === type);
}

export function nth(plan: Plan, type: SessionType, index: number): Session {
  const session = sessionsOf(plan, type)[index];
  if (!session) throw new Error(`the plan has no ${type} session #${index}`);
  return session;
}

export function addDays(date: string, days: number): string {
  return formatDayNumber(dayOf(date) + days);
}

/** Every session up to `today` logged as done, except those given. */
export function doneUpTo(plan: Plan, today: string, except: readonly string[] = []): SessionLog[] {
  return plan.sessions
    .filter((s) => dayOf(s.date) <= dayOf(today) && !except.includes(s.id))
    .map((s) => ({ sessionId: s.id, status: 'done', rpe: s.targetRpe[0] }));
}

/** Rep logs at `ratio` × the target pace for every paced block of a session. */
export function repsAt(session: Session, ratio: number): NonNullable<SessionLog['reps']> {
  const reps: NonNullable<SessionLog['reps']> = [];
  for (const interval of session.intervals ?? []) {
    const target = interval.targetSPerKm ?? 300;
    const distanceM = interval.distanceM ?? ((interval.durationS ?? 60) * 1000) / target;
    for (let i = 0; i < interval.repeat; i++)
      reps.push({ timeS: (distanceM * target * ratio) / 1000, distanceM });
  }
  return reps;
}
