// Issue 14 friction 16: easy and long runs (and runs with no reps) take their distance and time, saved as one
// rep of that distance and time, the shape core reads an easy run's pace from (R-ADA-4).
import { describe, expect, it } from 'vitest';
import { adaptPlan } from '@speedwork/core';
import type { SessionLog } from '@speedwork/core';
import { logged } from '../plan/test-plans.test-support.js';
import { EASY_WITH_STRIDES, LONG_RUN, TEMPO } from '../plan/whole-week.test-support.js';
import { apiPlan, SAMPLE_PLAN_INPUT } from '../plan/test-plans.test-support.js';
import { initialLogState, logSummary, runResult, takesRunEntry, toLogBody } from './log-form.js';
import type { LogFormState } from './log-form.js';

const withRun = (runDistance: string, runTime: string, status: LogFormState['status'] = 'done') => ({
  ...initialLogState(EASY_WITH_STRIDES),
  status,
  runDistance,
  runTime,
});

describe('takesRunEntry', () => {
  it('friction 16: asks easy and long runs for distance and time, not a tempo run with reps', () => {
    expect(takesRunEntry(EASY_WITH_STRIDES)).toBe(true);
    expect(takesRunEntry(LONG_RUN)).toBe(true);
    expect(takesRunEntry(TEMPO)).toBe(false);
    expect(takesRunEntry({ ...TEMPO, intervals: [] })).toBe(true);
  });
});

describe('toLogBody for a run', () => {
  it('friction 16: 8 km in 44:00 is sent as one rep of 8000 m in 2640 s', () => {
    const result = toLogBody(withRun('8', '44:00'), EASY_WITH_STRIDES);
    expect(result).toMatchObject({
      ok: true,
      body: { status: 'done', reps: [{ distanceM: 8000, timeS: 2640 }] },
    });
  });

  it('friction 16: takes miles for a runner in miles, hours, a comma, and either alone', () => {
    expect(toLogBody(withRun('5', '1:05:30'), EASY_WITH_STRIDES, 'mi')).toMatchObject({
      body: { reps: [{ distanceM: 8047, timeS: 3930 }] },
    });
    expect(toLogBody(withRun('8,5', ''), EASY_WITH_STRIDES)).toMatchObject({
      body: { reps: [{ distanceM: 8500 }] },
    });
    expect(toLogBody(withRun('', '44:00'), EASY_WITH_STRIDES)).toMatchObject({
      body: { reps: [{ timeS: 2640 }] },
    });
    const empty = toLogBody(withRun('', ''), EASY_WITH_STRIDES);
    expect(empty.ok && empty.body.reps).toBeUndefined();
  });

  it('friction 16: names the field and what it takes when an entry is not a distance or a time', () => {
    const result = toLogBody(withRun('eight', '44'), EASY_WITH_STRIDES);
    if (result.ok) throw new Error('accepted');
    expect(result.problems.get('runDistance')).toBe(
      'Distance: “eight” is not a distance: type kilometres up to 100, such as 8.2.',
    );
    expect(result.problems.get('runTime')).toBe(
      'Time: “44” is not a time: type minutes and seconds, such as 44:00, or hours too, such as 1:05:30.',
    );
  });

  it('friction 16: a pace no runner runs (8 km in 4:00) or slower than walking is asked about, not saved', () => {
    const fast = toLogBody(withRun('8', '4:00'), EASY_WITH_STRIDES);
    expect(!fast.ok && fast.problems.get('runTime')).toBe(
      'Time: 8 km in 4:00 is 0:30/km, faster than anyone races. Check the distance and the time.',
    );
    const slow = toLogBody(withRun('1', '45:00'), EASY_WITH_STRIDES);
    expect(!slow.ok && slow.problems.get('runTime')).toMatch(/slower than walking/);
  });

  it('friction 16: a skipped run sends no distance or time', () => {
    const result = toLogBody(withRun('8', '44:00', 'skipped'), EASY_WITH_STRIDES);
    expect(result.ok && result.body.reps).toBeUndefined();
  });

  it('friction 16: an edited log opens with its distance and time', () => {
    const state = initialLogState(
      logged(EASY_WITH_STRIDES, { status: 'done', reps: [{ distanceM: 8000, timeS: 2640 }] }),
    );
    expect(state).toMatchObject({ runDistance: '8', runTime: '44:00' });
  });
});

describe('runResult', () => {
  it('friction 16: 8 km in 44:00 is 5:30/km, faster than an easy band of 5:50–6:40', () => {
    const run = runResult(EASY_WITH_STRIDES, { reps: [{ distanceM: 8000, timeS: 2640 }] });
    expect(run).toMatchObject({
      sPerKm: 330,
      against: 'faster',
      target: { kind: 'band', intensity: 'easy' },
    });
    const easy = runResult(EASY_WITH_STRIDES, { reps: [{ distanceM: 8000, timeS: 8 * 370 }] });
    expect(easy?.against).toBe('within');
  });

  it('friction 16: a long run with marathon-pace km is judged by its planned average, not the easy band', () => {
    const plannedSPerKm = (LONG_RUN.plannedDurationS * 1000) / (LONG_RUN.plannedDistanceM ?? 1);
    const run = runResult(LONG_RUN, { reps: [{ distanceM: 18000, timeS: 18 * plannedSPerKm }] });
    expect(run?.target).toEqual({ kind: 'average', sPerKm: plannedSPerKm });
    expect(run?.against).toBe('within');
  });
});

describe('what the form sends reaches adaptation', () => {
  it('R-ADA-4: an easy run logged too fast through the form gets a note, not a change', () => {
    const plan = apiPlan({ ...SAMPLE_PLAN_INPUT, level: 'intermediate' });
    const easy = plan.sessions.find((s) => s.type === 'easy' && s.week === 2);
    if (!easy) throw new Error('no easy run');
    const fastEnd = easy.intervals?.find((i) => i.targetRangeSPerKm)?.targetRangeSPerKm?.[0] ?? 300;
    const minutes = Math.floor((8 * fastEnd * 0.85) / 60);
    const sent = toLogBody({ ...initialLogState(easy), runDistance: '8', runTime: `${minutes}:00` }, easy);
    if (!sent.ok) throw new Error([...sent.problems.values()].join(' '));
    const earlier: SessionLog[] = plan.sessions
      .filter((s) => s.date < easy.date)
      .map((s) => ({ sessionId: s.id, status: 'done' }));
    const log: SessionLog = { sessionId: easy.id, status: 'done', reps: sent.body.reps ?? [] };
    const today = new Date(Date.parse(`${easy.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const result = adaptPlan(plan, [...earlier, log], [], today);
    expect(result.changes.filter((c) => c.what === 'note').map((c) => c.sessionId)).toEqual([easy.id]);
  });
});

describe('logSummary for a run', () => {
  it('friction 16: a run logged while offline reads as its distance and time beside the saved one', () => {
    const body = { status: 'done' as const, rpe: 4, reps: [{ distanceM: 8000, timeS: 2640 }] };
    expect(logSummary(body, EASY_WITH_STRIDES)).toBe('Done · effort 4 · 8 km in 44:00');
    expect(logSummary(body, EASY_WITH_STRIDES, 'mi')).toBe('Done · effort 4 · 5 mi in 44:00');
    expect(logSummary(body)).toBe('Done · effort 4 · 1 rep timed');
  });
});
