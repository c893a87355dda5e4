/** A plan's sessions grouped the way a runner reads them: week by week, day by day, rest days included. */
import type { Plan, Session, WeekSummary } from '@speedwork/core';
import { addDays, weekDates } from './calendar-label.js';

export interface PlanDay {
  date: string;
  /** Usually one; a day may carry two (strength after an easy run). */
  sessions: Session[];
}

export interface PlanWeek {
  summary: WeekSummary;
  /** Days with sessions, in date order. */
  trainingDays: PlanDay[];
  /** Days of the week with nothing planned. */
  restDates: string[];
}

/** Every week of the plan with its training days and rest days. */
export function planWeeks(plan: Plan): PlanWeek[] {
  const byDate = new Map<string, Session[]>();
  for (const session of plan.sessions) {
    const sessions = byDate.get(session.date) ?? [];
    sessions.push(session);
    byDate.set(session.date, sessions);
  }
  const last = planEndDate(plan);
  return plan.weeks.map((summary) => {
    const trainingDays: PlanDay[] = [];
    const restDates: string[] = [];
    for (const date of weekDates(summary.start).filter((d) => d <= last)) {
      const sessions = byDate.get(date);
      if (sessions === undefined) restDates.push(date);
      else trainingDays.push({ date, sessions });
    }
    return { summary, trainingDays, restDates };
  });
}

/** The last day of the plan: race day when there is one, else the end of the last week. */
export function planEndDate(plan: Pick<Plan, 'profile'>): string {
  return plan.profile.raceDate ?? addDays(plan.profile.start, plan.profile.weeks * 7 - 1);
}

/** Phase and deload in a few words: "build, deload week". */
export function phaseWords(summary: Pick<WeekSummary, 'phase' | 'deload'>): string {
  return summary.deload ? `${summary.phase}, deload week` : summary.phase;
}
