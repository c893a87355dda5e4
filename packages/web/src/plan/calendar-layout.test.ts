import { describe, expect, it } from 'vitest';
import { apiPlan, logged, SAMPLE_PLAN_INPUT } from './test-plans.test-support.js';
import {
  calendarWeeks,
  keyContent,
  sessionStatus,
  sessionsOnDateOf,
  weekIndexOf,
} from './calendar-layout.js';
import { todayFromPlan } from '../api/today-from-plan.js';
import {
  EASY_WITH_STRIDES,
  INTERVALS,
  LONG_RUN,
  RUN_WALK,
  STRENGTH_AFTER_RUN,
  TEMPO,
  wholePlan,
} from './whole-week.test-support.js';
import { addDays } from '../units/pace-display.js';

const plan = apiPlan(SAMPLE_PLAN_INPUT);

describe('calendarWeeks', () => {
  const weeks = calendarWeeks(plan, '2026-12-09');

  it('lays every plan week out as seven dates from the start, rest days included (R-REC-1)', () => {
    expect(weeks).toHaveLength(plan.weeks.length);
    for (const week of weeks) {
      expect(week.days).toHaveLength(7);
      expect(week.days[0]?.date).toBe(week.start);
      expect(week.days.some((d) => d.rest)).toBe(true);
    }
    expect(weeks[1]?.start).toBe('2026-12-14');
    expect(weeks.flatMap((w) => w.days.flatMap((d) => d.sessions))).toHaveLength(plan.sessions.length);
  });

  it('marks today, past days, lighter (deload), taper and race weeks (R-REC-3)', () => {
    const first = weeks[0];
    expect(first?.days.find((d) => d.today)?.date).toBe('2026-12-09');
    expect(first?.days.filter((d) => d.past).map((d) => d.date)).toEqual(['2026-12-07', '2026-12-08']);
    expect(weeks.filter((w) => w.deload).map((w) => w.week)).toEqual(
      plan.weeks.filter((w) => w.deload).map((w) => w.week),
    );
    const last = weeks[weeks.length - 1];
    expect(last?.taper).toBe(true);
    expect(last?.race).toBe(true);
    expect(last?.days.find((d) => d.sessions.some((s) => s.type === 'race'))?.date).toBe('2027-03-14');
  });

  it('counts logged sessions per week', () => {
    const first = plan.sessions[0];
    if (!first) throw new Error('empty plan');
    const withLog = { ...plan, sessions: [logged(first, { status: 'done' }), ...plan.sessions.slice(1)] };
    const week = calendarWeeks(withLog, '2026-12-09')[0];
    expect(week?.completed).toBe(1);
    expect(week?.planned).toBe(plan.sessions.filter((s) => s.week === 1).length);
  });

  it('bug 8 (issue 14): counts a skipped session as logged, though not as done', () => {
    const [first, second] = plan.sessions;
    if (!first || !second) throw new Error('short plan');
    const withLogs = {
      ...plan,
      sessions: [
        logged(first, { status: 'done' }),
        logged(second, { status: 'skipped' }),
        ...plan.sessions.slice(2),
      ],
    };
    const week = calendarWeeks(withLogs, '2026-12-09')[0];
    expect(week?.completed).toBe(1);
    expect(week?.logged).toBe(2);
  });
});

describe('sessionStatus', () => {
  const session = plan.sessions[0];
  if (!session) throw new Error('empty plan');
  it('takes the log’s mark, else today, planned, or not logged', () => {
    expect(sessionStatus(logged(session, { status: 'partial' }), '2026-12-20')).toBe('partial');
    expect(sessionStatus(session, session.date)).toBe('today');
    expect(sessionStatus(session, '2026-12-01')).toBe('upcoming');
    expect(sessionStatus(session, '2026-12-20')).toBe('missed');
  });
});

describe('keyContent', () => {
  const of = (type: string, title: string) => {
    const found = plan.sessions.find((s) => s.type === type && s.title.includes(title));
    if (!found) throw new Error(`no ${type} session ${title}`);
    return found;
  };
  it('R-INT-3: says a track rung with its flat-out part', () => {
    expect(keyContent(of('track', '6 × 200 m'), 'km')).toBe('6 × 200 m, 60 m flat out');
    expect(keyContent(of('track', '5 × 300 m'), 'km')).toBe('5 × 300 m');
  });
  it('R-INT-5: says hill repeats with their grade', () => {
    for (const hills of plan.sessions.filter((s) => s.type === 'hills'))
      expect(keyContent(hills, 'km')).toMatch(/^\d+ × (\d+ s|\d+ min) uphill, (gentle|moderate|steep)$/);
  });
  it('names strength exercises and counts their sets', () => {
    expect(keyContent(STRENGTH_AFTER_RUN, 'km')).toBe('Deadlift, Tuck Jump · 5 sets');
  });
  it('says easy runs, races and time trials', () => {
    const { strides: _strides, ...easy } = EASY_WITH_STRIDES;
    expect(keyContent(easy, 'km')).toBe('40 min easy');
    expect(keyContent(of('race', ''), 'mi')).toBe('5K race');
    expect(keyContent(of('time-trial', ''), 'km')).toBe('5K time trial, all out');
  });
});

describe('keyContent of the whole plan’s sessions', () => {
  it('R-LNG-1: a long run says its distance and the block inside it', () => {
    expect(keyContent(LONG_RUN, 'km')).toBe('18 km with 6 km at marathon pace');
    expect(keyContent({ ...LONG_RUN, intervals: LONG_RUN.intervals?.slice(0, 1) }, 'mi')).toBe(
      '11.2 mi easy',
    );
  });
  it('R-QUA-1: tempo and intervals say their reps and what they are run at', () => {
    expect(keyContent(TEMPO, 'km')).toBe('3 × 10 min at threshold');
    expect(keyContent(INTERVALS, 'mi')).toBe('5 × 1000 m at interval pace');
  });
  it('R-DAY-1, R-REC-6: easy runs show their strides and their run–walk', () => {
    expect(keyContent(EASY_WITH_STRIDES, 'km')).toBe('40 min easy + 6 strides');
    expect(keyContent(RUN_WALK, 'km')).toBe('30 min easy (run 2 min, walk 1 min)');
  });
});

describe('two sessions on one date (R-DAY-1)', () => {
  const whole = wholePlan();
  it('puts a run and its strength on the same day, run first', () => {
    const week = calendarWeeks(whole, '2026-12-09')[2];
    const monday = week?.days[0];
    expect(monday?.sessions.map((s) => s.type)).toEqual(['easy', 'strength']);
    expect(monday?.rest).toBe(false);
    expect(week?.planned).toBe(6);
  });
  it('finds every session of a date, for Today and the session view', () => {
    expect(sessionsOnDateOf(STRENGTH_AFTER_RUN, whole).map((s) => s.id)).toEqual([
      EASY_WITH_STRIDES.id,
      STRENGTH_AFTER_RUN.id,
    ]);
    expect(sessionsOnDateOf(TEMPO, null)).toEqual([TEMPO]);
    expect(todayFromPlan(whole, '2026-12-21').sessions).toHaveLength(2);
  });
});

describe('weekIndexOf', () => {
  const weeks = calendarWeeks(plan, '2026-12-09');
  it('finds the week of a date and clamps outside the plan', () => {
    expect(weekIndexOf(weeks, '2026-12-15')).toBe(1);
    expect(weekIndexOf(weeks, '2026-01-01')).toBe(0);
    expect(weekIndexOf(weeks, '2030-01-01')).toBe(weeks.length - 1);
  });
});

describe('todayFromPlan', () => {
  it('finds the day’s sessions and the next one offline', () => {
    const rest = plan.sessions.find((s, i) => {
      const nextDay = plan.sessions[i + 1]?.date;
      return nextDay !== undefined && nextDay > addDays(s.date, 1);
    });
    if (!rest) throw new Error('no rest day in the plan');
    const restDay = addDays(rest.date, 1);
    const today = todayFromPlan(plan, restDay);
    expect(today.sessions).toEqual([]);
    expect(today.next?.date).toBe(plan.sessions.find((s) => s.date > restDay)?.date);
    const first = plan.sessions[0]?.date ?? '';
    expect(todayFromPlan(plan, first).sessions).toEqual(plan.sessions.filter((s) => s.date === first));
  });
});

describe('calendarWeeks from a Monday or a Sunday (issue 14 friction 13)', () => {
  it('regroups every session into calendar weeks that start on the chosen day, each once', () => {
    for (const [weekStart, day] of [
      ['monday', 1],
      ['sunday', 0],
    ] as const) {
      const weeks = calendarWeeks(plan, '2026-12-09', weekStart);
      for (const week of weeks) expect(new Date(`${week.start}T00:00:00Z`).getUTCDay()).toBe(day);
      const ids = weeks.flatMap((w) => w.days.flatMap((d) => d.sessions.map((s) => s.id)));
      expect(ids.sort()).toEqual(plan.sessions.map((s) => s.id).sort());
      expect(weeks.map((w) => w.week)).toEqual(weeks.map((_, i) => i + 1));
      // Each calendar week takes its phase from a plan week that holds its sessions.
      for (const week of weeks) {
        const planWeeks = new Set(week.days.flatMap((d) => d.sessions.map((s) => s.week)));
        if (planWeeks.size > 0) expect(planWeeks.has(week.summary?.week ?? -1)).toBe(true);
      }
    }
  });
  it('keeps the plan’s own weeks by default', () => {
    expect(calendarWeeks(plan, '2026-12-09').map((w) => w.start)).toEqual(plan.weeks.map((w) => w.start));
  });
});
