import { describe, expect, it } from 'vitest';
import { apiPlan, logged, SAMPLE_PLAN_INPUT } from '../plan/test-plans.test-support.js';
import { INTERVALS, LONG_RUN, STRENGTH_AFTER_RUN, TEMPO } from '../plan/whole-week.test-support.js';
import {
  asksRepsDone,
  farOffReps,
  initialLogState,
  plannedReps,
  repResults,
  resultDistance,
  toLogBody,
} from './log-form.js';

const plan = apiPlan({ ...SAMPLE_PLAN_INPUT, level: 'intermediate' });
const find = (type: string, title = '') => {
  const found = plan.sessions.find((s) => s.type === type && s.title.includes(title));
  if (!found) throw new Error(`no ${type}`);
  return found;
};

describe('plannedReps', () => {
  it('lists every track rep with its distance and target', () => {
    const reps = plannedReps(find('track', '6 × 200 m'));
    expect(reps).toHaveLength(6);
    expect(reps[0]).toMatchObject({ label: 'Rep 1 · 200 m', distanceM: 200 });
  });
  it('has no reps for strength or races', () => {
    expect(plannedReps(find('strength'))).toEqual([]);
    expect(plannedReps(find('race'))).toEqual([]);
  });
});

describe('initialLogState', () => {
  it('starts a strength log with every planned set ticked at the top of the rep range', () => {
    const state = initialLogState(STRENGTH_AFTER_RUN);
    expect(state.status).toBe('done');
    expect(state.exercises[0]).toMatchObject({ id: 'deadlift' });
    expect(state.exercises[0]?.sets).toHaveLength(3);
    expect(state.exercises[0]?.sets[0]).toEqual({ done: true, reps: '15', loadKg: '', durationS: '' });
    expect(state.exercises.find((e) => e.id === 'tuck-jump')?.sets[0]?.durationS).toBe('30');
  });
  it('fills the form from an existing log, to edit it', () => {
    const session = logged(find('track', '6 × 200 m'), {
      status: 'partial',
      rpe: 8,
      notes: 'windy',
      reps: [{ timeS: 52.4, distanceM: 200 }, { distanceM: 200 }, { timeS: 61, distanceM: 200 }],
    });
    const state = initialLogState(session);
    expect(state).toMatchObject({ status: 'partial', rpe: 8, notes: 'windy' });
    expect(state.reps).toEqual(['52.4', '', '1:01', '', '', '']);
  });
});

describe('toLogBody', () => {
  it('sends timed reps with their distance and keeps untimed ones in place', () => {
    const session = find('track', '6 × 200 m');
    const state = { ...initialLogState(session), rpe: 7, reps: ['52.4', '', '53', '', '', ''] };
    const result = toLogBody(state, session);
    expect(result).toEqual({
      ok: true,
      result: undefined,
      body: {
        status: 'done',
        rpe: 7,
        reps: [{ timeS: 52.4, distanceM: 200 }, { distanceM: 200 }, { timeS: 53, distanceM: 200 }],
      },
    });
  });
  it('names each entry that is not a number, in words', () => {
    const session = find('track', '6 × 200 m');
    const result = toLogBody({ ...initialLogState(session), reps: ['52', 'fast', '', '', '', ''] }, session);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.get('reps.1')).toBe(
      'Rep 2: “fast” is not a time: type seconds, such as 27.5, or minutes and seconds, such as 1:27.',
    );
  });
  it('sends only the sets ticked, with reps and load', () => {
    const session = find('strength', 'Deadlift');
    const state = initialLogState(session);
    const deadlift = state.exercises[0];
    if (!deadlift) throw new Error('no deadlift');
    deadlift.sets = deadlift.sets.map((s, i) => ({ ...s, done: i < 2, loadKg: '30' }));
    const result = toLogBody(state, session);
    if (!result.ok) throw new Error('rejected');
    expect(result.body.exercises?.[0]).toEqual({
      id: 'deadlift',
      sets: [
        { reps: 15, loadKg: 30 },
        { reps: 15, loadKg: 30 },
      ],
    });
  });
  it('turns a race result into the log’s one rep and a race to record', () => {
    const race = find('race');
    expect(resultDistance(race)).toBe('5k');
    const result = toLogBody({ ...initialLogState(race), resultTime: '23:41' }, race);
    if (!result.ok) throw new Error('rejected');
    expect(result.body.reps).toEqual([{ timeS: 1421, distanceM: 5000 }]);
    expect(result.result).toEqual({ distance: '5k', time: '23:41' });
  });
  it('drops the detail of a skipped session', () => {
    const session = find('strength');
    const result = toLogBody({ ...initialLogState(session), status: 'skipped', notes: 'ill' }, session);
    expect(result).toEqual({ ok: true, result: undefined, body: { status: 'skipped', notes: 'ill' } });
  });
});

describe('reps of tempo and interval sessions (R-ADA-4 compares them with their targets)', () => {
  it('times interval reps like track reps', () => {
    const reps = plannedReps(INTERVALS, 'mi');
    expect(reps).toHaveLength(5);
    expect(reps[0]).toMatchObject({ label: 'Rep 1 · 1000 m', distanceM: 1000, measure: 'time' });
    const state = { ...initialLogState(INTERVALS, null, 'mi'), reps: ['4:25', '4:31', '', '', ''] };
    const result = toLogBody(state, INTERVALS, 'mi');
    if (!result.ok) throw new Error('rejected');
    expect(result.body.reps).toEqual([
      { timeS: 265, distanceM: 1000 },
      { timeS: 271, distanceM: 1000 },
    ]);
  });

  it('asks how far each timed cruise interval went, in the runner’s units', () => {
    const reps = plannedReps(TEMPO, 'mi');
    expect(reps.map((r) => r.label)).toEqual(['Rep 1 · 10 min', 'Rep 2 · 10 min', 'Rep 3 · 10 min']);
    expect(reps[0]?.measure).toBe('distance');
    const state = { ...initialLogState(TEMPO, null, 'mi'), reps: ['1.3', '1,31', ''] };
    const result = toLogBody(state, TEMPO, 'mi');
    if (!result.ok) throw new Error('rejected');
    expect(result.body.reps).toEqual([
      { timeS: 600, distanceM: 2092 },
      { timeS: 600, distanceM: 2108 },
    ]);
    const edited = initialLogState(
      { ...TEMPO, log: { status: 'done', revision: 1, updatedAt: '', reps: result.body.reps } },
      undefined,
      'mi',
    );
    expect(edited.reps).toEqual(['1.3', '1.31', '']);
    const bad = toLogBody({ ...state, reps: ['far', '', ''] }, TEMPO, 'mi');
    expect(bad.ok ? undefined : bad.problems.get('reps.0')).toBe(
      'Rep 1: “far” is not a distance: type mi, such as 2.1.',
    );
  });

  it('leaves the long run to effort and notes: no reps to fill in', () => {
    expect(plannedReps(LONG_RUN)).toEqual([]);
  });
});

describe('farOffReps (issue 14 bug 10)', () => {
  const track = find('track', '6 × 200 m');
  const rep = plannedReps(track)[0];
  const targetS = ((rep?.distanceM ?? 0) * (rep?.targetSPerKm ?? 0)) / 1000;
  const withReps = (reps: string[]) => ({ ...initialLogState(track), reps });

  it('asks about a time far off its target and offers the same digits read closest to it', () => {
    // A 200 m rep aimed at ~40 s typed as "4:10" (meant 41.0): the digits read as 41 s.
    const typed = `${Math.floor(targetS / 10)}:${String(Math.round(targetS) % 10)}0`;
    const found = farOffReps(withReps([typed, '', '', '', '', '']), track);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ index: 0, typed });
    const suggestion = Number(found[0]?.suggestion);
    expect(Math.abs(suggestion - targetS)).toBeLessThan(targetS * 0.35);
  });
  it('leaves times near the target alone, and offers nothing when no reading comes close', () => {
    const near = String(Math.round(targetS * 1.3));
    expect(farOffReps(withReps([near, near, '', '', '', '']), track)).toEqual([]);
    const found = farOffReps(withReps(['9:59', '', '', '', '', '']), track);
    expect(found[0]?.suggestion).toBeUndefined();
  });
});

describe('asking how many reps a "Partly" session ran (issue 14 bug 10)', () => {
  const hills = find('hills');
  const planned = plannedReps(hills);

  it('refuses "Partly" without a count, then sends only the reps run', () => {
    const state = { ...initialLogState(hills), status: 'partial' as const };
    expect(asksRepsDone(state, planned.length)).toBe(true);
    const unanswered = toLogBody(state, hills);
    expect(unanswered.ok ? undefined : unanswered.problems.get('repsDone')).toMatch(
      /^How many of the \d+ reps/,
    );
    const answered = toLogBody({ ...state, repsDone: 2 }, hills);
    if (!answered.ok) throw new Error('refused');
    // Hill repeats of set time count with their time, so the plan sees 2 run of the planned reps.
    expect(answered.body.reps?.filter((r) => (r.timeS ?? 0) > 0)).toHaveLength(2);
  });
  it('does not ask when the session was done in full', () => {
    expect(asksRepsDone(initialLogState(hills), planned.length)).toBe(false);
  });
});

describe('repResults (issue 14 friction 16)', () => {
  it('pairs each timed rep with its target, the difference and the pace run', () => {
    const track = find('track', '6 × 200 m');
    const [first] = plannedReps(track);
    const targetS = ((first?.distanceM ?? 0) * (first?.targetSPerKm ?? 0)) / 1000;
    const results = repResults(track, {
      reps: [{ timeS: targetS + 1.5, distanceM: 200 }, {}, { timeS: targetS - 1 }],
    });
    expect(results.map((r) => r.label)).toEqual(['Rep 1 · 200 m', 'Rep 3 · 200 m']);
    expect(results[0]?.differenceS).toBe(1.5);
    expect(results[1]?.differenceS).toBe(-1);
    expect(results[0]?.actualSPerKm).toBeCloseTo(((targetS + 1.5) / 200) * 1000);
  });
});
