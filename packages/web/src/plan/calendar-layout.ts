/**
 * The plan laid out as a runner reads it: weeks of seven dates from the plan's start, each day with its
 * sessions or a rest day, a status from the logs, and one line of key content per session.
 */
import { distanceLabel, exerciseById } from '@speedwork/core';
import type { Phase, Units, WeekSummary } from '@speedwork/core';
import type { PlanDocument, SessionDocument } from '@speedwork/server/api-types';
import { blockSummary, plannedDistanceText, runWalkText, workBlocks } from '../session/run-words.js';
import { addDays, formatDuration } from '../units/pace-display.js';

export type SessionStatus = 'done' | 'partial' | 'skipped' | 'pain' | 'ill' | 'missed' | 'today' | 'upcoming';

export interface CalendarDay {
  date: string;
  sessions: SessionDocument[];
  rest: boolean;
  today: boolean;
  past: boolean;
}

export interface CalendarWeek {
  week: number;
  start: string;
  end: string;
  phase: Phase;
  deload: boolean;
  taper: boolean;
  race: boolean;
  days: CalendarDay[];
  summary: WeekSummary | undefined;
  /** Sessions logged done or partly done, of those planned. */
  completed: number;
  /** Sessions with a log of any kind (a skipped session is logged as skipped), of those planned. */
  logged: number;
  planned: number;
}

export const PHASE_LABEL: Record<Phase, string> = {
  foundation: 'Foundation',
  build: 'Build',
  peak: 'Peak',
  taper: 'Taper',
};

export const STATUS_LABEL: Record<SessionStatus, string> = {
  done: 'Done',
  partial: 'Partly done',
  skipped: 'Skipped',
  pain: 'Stopped: pain',
  ill: 'Ill',
  missed: 'Not logged',
  today: 'Today',
  upcoming: 'Planned',
};

/** Where a session stands: its log's status, else whether its day has come. */
export function sessionStatus(session: Pick<SessionDocument, 'date' | 'log'>, today: string): SessionStatus {
  if (session.log) return session.log.status;
  if (session.date < today) return 'missed';
  return session.date === today ? 'today' : 'upcoming';
}

/** The exercise's short name for a card: the name without any words in brackets after it. */
export function shortExerciseName(id: Parameters<typeof exerciseById>[0]): string {
  return exerciseById(id).name.replace(/\s*\(.*\)$/, '');
}

/**
 * The session's key content in one line, as on a calendar card.
 * @example keyContent(trackSession, 'km') // "6 × 200 m, 60 m flat out"
 */
export function keyContent(session: SessionDocument, units: Units): string {
  const intervals = session.intervals ?? [];
  switch (session.type) {
    case 'track':
      return intervals
        .map((i) => {
          const rep = i.distanceM === undefined ? formatDuration(i.durationS ?? 0) : `${i.distanceM} m`;
          return `${i.repeat} × ${rep}${i.sprintM ? `, ${i.sprintM} m flat out` : ''}`;
        })
        .join(' + ');
    case 'hills':
      return intervals
        .map(
          (i) => `${i.repeat} × ${formatDuration(i.durationS ?? 0)} uphill${i.grade ? `, ${i.grade}` : ''}`,
        )
        .join(' + ');
    case 'easy': {
      const run = intervals.map((i) => blockSummary(i, units)).join(' + ') || 'Easy running';
      const walk = session.runWalk ? ` (${runWalkText(session.runWalk)})` : '';
      const strides = session.strides ? ` + ${session.strides.repeat} strides` : '';
      return `${run}${walk}${strides}`;
    }
    case 'long': {
      const distance = plannedDistanceText(session, units) ?? formatDuration(session.plannedDurationS);
      const work = workBlocks(session).map((i) => blockSummary(i, units));
      return work.length > 0 ? `${distance} with ${work.join(' + ')}` : `${distance} easy`;
    }
    case 'tempo':
    case 'intervals': {
      const work = workBlocks(session);
      return (work.length > 0 ? work : intervals).map((i) => blockSummary(i, units)).join(' + ');
    }
    case 'race':
    case 'time-trial': {
      const distanceM = intervals[0]?.distanceM;
      const what = session.type === 'race' ? 'race' : 'time trial, all out';
      return distanceM === undefined ? what : `${distanceLabel(distanceM)} ${what}`;
    }
    case 'strength': {
      const exercises = session.exercises ?? [];
      const sets = exercises.reduce((sum, e) => sum + e.sets, 0);
      return `${exercises.map((e) => shortExerciseName(e.id)).join(', ')} · ${sets} sets`;
    }
  }
}

/** Where a calendar week starts: on the plan's own first day (as its weeks run), or on a Monday or Sunday. */
export type WeekStart = 'plan' | 'monday' | 'sunday';

const DAY_NUMBER: Record<Exclude<WeekStart, 'plan'>, number> = { sunday: 0, monday: 1 };

/**
 * The plan as weeks of seven days, with rest days filled in and each week's marks. With `weekStart`
 * Monday or Sunday the days are regrouped into calendar weeks from that day (numbered 1, 2… as shown); each
 * takes its phase and marks from the plan week that holds most of its sessions.
 */
export function calendarWeeks(
  plan: Pick<PlanDocument, 'weeks' | 'sessions'>,
  today: string,
  weekStart: WeekStart = 'plan',
): CalendarWeek[] {
  const byDate = new Map<string, SessionDocument[]>();
  for (const session of plan.sessions) {
    const list = byDate.get(session.date);
    if (list) list.push(session);
    else byDate.set(session.date, [session]);
  }
  const summaries = new Map(plan.weeks.map((w) => [w.week, w]));
  const weekCount = Math.max(plan.weeks.length, ...plan.sessions.map((s) => s.week));
  const firstStart = plan.weeks[0]?.start ?? plan.sessions[0]?.date ?? today;
  const starts: string[] = [];
  if (weekStart === 'plan') {
    for (let week = 1; week <= weekCount; week++)
      starts.push(summaries.get(week)?.start ?? addDays(firstStart, (week - 1) * 7));
  } else {
    const lastDay = addDays(firstStart, weekCount * 7 - 1);
    const shift = (new Date(`${firstStart}T00:00:00Z`).getUTCDay() - DAY_NUMBER[weekStart] + 7) % 7;
    for (let start = addDays(firstStart, -shift); start <= lastDay; start = addDays(start, 7))
      starts.push(start);
  }
  return starts.map((start, index) => {
    const days: CalendarDay[] = [];
    for (let d = 0; d < 7; d++) {
      const date = addDays(start, d);
      const sessions = byDate.get(date) ?? [];
      days.push({ date, sessions, rest: sessions.length === 0, today: date === today, past: date < today });
    }
    const sessions = days.flatMap((d) => d.sessions);
    const planWeek = weekStart === 'plan' ? index + 1 : mostCommonWeek(sessions, start, firstStart);
    const summary = summaries.get(planWeek);
    const phase = summary?.phase ?? sessions[0]?.phase ?? 'build';
    return {
      week: index + 1,
      start,
      end: addDays(start, 6),
      phase,
      deload: summary?.deload ?? sessions.some((s) => s.deload),
      taper: phase === 'taper',
      race: sessions.some((s) => s.type === 'race'),
      days,
      summary,
      completed: sessions.filter((s) => s.log?.status === 'done' || s.log?.status === 'partial').length,
      logged: sessions.filter((s) => s.log).length,
      planned: sessions.length,
    };
  });
}

/** The plan week most of a calendar week's sessions belong to; by date when it has none. */
function mostCommonWeek(sessions: readonly SessionDocument[], start: string, firstStart: string): number {
  const counts = new Map<number, number>();
  for (const s of sessions) counts.set(s.week, (counts.get(s.week) ?? 0) + 1);
  let best: number | undefined;
  for (const [week, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = week;
  if (best !== undefined) return best;
  const days = (Date.parse(`${start}T00:00:00Z`) - Date.parse(`${firstStart}T00:00:00Z`)) / 86_400_000;
  return Math.max(1, Math.floor(days / 7) + 1);
}

/** The index of the week that holds `date`: the first week before the plan, the last one after it. */
export function weekIndexOf(weeks: readonly CalendarWeek[], date: string): number {
  if (weeks.length === 0) return 0;
  const found = weeks.findIndex((w) => w.start <= date && date <= w.end);
  if (found >= 0) return found;
  return date < (weeks[0]?.start ?? '') ? 0 : weeks.length - 1;
}

/** Every session on the date of `first` (a run, then strength): the plan's, or `first` alone without a plan. */
export function sessionsOnDateOf(
  first: SessionDocument,
  plan: Pick<PlanDocument, 'sessions'> | null | undefined,
): SessionDocument[] {
  const same = plan?.sessions.filter((s) => s.date === first.date) ?? [];
  return same.some((s) => s.id === first.id) ? same : [first];
}
