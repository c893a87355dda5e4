import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Session } from '../plan/plan-types.js';
import { guidedOutcome } from './guided-outcome.js';
import {
  COUNT_IN_MS,
  advanceGuided,
  backGuided,
  finishGuided,
  guidedCues,
  guidedView,
  isGuidedState,
  lapGuided,
  pauseGuided,
  resumeGuided,
  skipGuided,
  startGuided,
} from './guided-run.js';
import { guidedSteps } from './guided-steps.js';

const BASE: Session = {
  id: 's1',
  date: '2026-11-23',
  week: 2,
  phase: 'build',
  type: 'track',
  deload: false,
  title: 'Track',
  why: '',
  technique: [],
  plannedDurationS: 3000,
  targetRpe: [6, 8],
};

const TRACK = guidedSteps(
  {
    ...BASE,
    warmup: { jogM: 800, stretching: true },
    intervals: [
      {
        repeat: 4,
        distanceM: 150,
        sprintM: 50,
        intensity: 'repetition',
        targetSPerKm: 246,
        recovery: { type: 'jog', durationS: 120 },
      },
    ],
    cooldown: { jogM: 4200 },
  },
  'km',
);

const HILLS = guidedSteps(
  {
    ...BASE,
    type: 'hills',
    intervals: [
      {
        repeat: 3,
        durationS: 25,
        intensity: 'race-pace',
        targetSPerKm: 300,
        grade: 'moderate',
        recovery: { type: 'jog-down', durationS: 50 },
      },
    ],
  },
  'km',
);

const T0 = Date.UTC(2026, 10, 23, 17, 0, 0);
const S = 1000;

describe('a track session run through', () => {
  it('warm-up and stretching on Done, each rep after 3-2-1, laps recorded, recoveries starting on their own', () => {
    let state = startGuided(TRACK, 's1', T0);
    expect(guidedView(TRACK, state, T0 + 200 * S)).toMatchObject({
      phase: 'running',
      index: 0,
      elapsedMs: 200 * S,
      remainingMs: undefined,
    });
    state = lapGuided(TRACK, state, T0 + 300 * S); // warm-up done
    state = lapGuided(TRACK, state, T0 + 600 * S); // stretching done
    const rep1 = T0 + 600 * S;
    expect(state).toMatchObject({ step: 2, startedAtMs: rep1, goAtMs: rep1 + COUNT_IN_MS });
    expect(guidedView(TRACK, state, rep1 + 2500)).toMatchObject({
      phase: 'count-in',
      countInS: 3,
      elapsedMs: 0,
    });
    expect(guidedView(TRACK, state, rep1 + 4200)).toMatchObject({ phase: 'count-in', countInS: 1 });
    expect(guidedView(TRACK, state, rep1 + 5000)).toMatchObject({ phase: 'running', elapsedMs: 0 });

    const cues = guidedCues(TRACK, state, rep1 + 60 * S);
    expect(cues.map((c) => [c.kind, c.atMs - rep1, c.text ?? c.count])).toEqual([
      ['announce', 0, 'Rep 1 of 4: 150 metres, first 50 flat out.'],
      ['count', 2000, 3],
      ['count', 3000, 2],
      ['count', 4000, 1],
      ['go', 5000, undefined],
      ['ease-off', 5000 + 12300, undefined],
    ]);

    const lap1 = rep1 + 5000 + 35_200;
    state = lapGuided(TRACK, state, lap1);
    expect(state.laps.at(-1)).toEqual({ step: 2, elapsedMs: 35_200, ended: 'tap' });
    expect(guidedView(TRACK, state, lap1 + 30 * S)).toMatchObject({
      phase: 'running',
      step: { kind: 'recovery' },
      remainingMs: 90 * S,
    });
    // The recovery says the next rep 10 s before its end, counts 3-2-1 on its last seconds, then go.
    const recoveryCues = guidedCues(TRACK, state, lap1 + 121 * S);
    expect(recoveryCues.map((c) => [c.kind, c.atMs - lap1, c.text ?? c.count])).toEqual([
      ['announce', 0, 'Jog 2 minutes.'],
      ['next', 110_000, 'Next: Rep 2 of 4: 150 metres, first 50 flat out.'],
      ['count', 117_000, 3],
      ['count', 118_000, 2],
      ['count', 119_000, 1],
      ['go', 120_000, undefined],
    ]);

    // Nobody looks at the phone for the whole recovery: the rep began exactly when the recovery ended.
    state = advanceGuided(TRACK, state, lap1 + 127 * S);
    expect(state).toMatchObject({ step: 4, startedAtMs: lap1 + 120 * S, goAtMs: lap1 + 120 * S });
    expect(guidedView(TRACK, state, lap1 + 127 * S).elapsedMs).toBe(7 * S);
    // The same rep's cues keep their ids however the state got there.
    expect(guidedCues(TRACK, state, lap1 + 121 * S).map((c) => c.id)).toEqual(
      recoveryCues.filter((c) => c.step === 4).map((c) => c.id),
    );

    let at = lap1 + 120 * S + 36_000;
    state = lapGuided(TRACK, state, at);
    at += 120 * S + 34_500;
    state = lapGuided(TRACK, state, at); // rep 3
    at += 120 * S + 37_100;
    state = lapGuided(TRACK, state, at); // rep 4
    expect(guidedView(TRACK, state, at + S).step?.kind).toBe('cool-down');
    state = lapGuided(TRACK, state, at + 1200 * S);
    expect(guidedView(TRACK, state, at + 1300 * S).phase).toBe('finished');
    expect(state.finishedAtMs).toBe(at + 1200 * S);

    const outcome = guidedOutcome(TRACK, state);
    expect(outcome.repTimesS).toEqual([35.2, 36, 34.5, 37.1]);
    expect(outcome.complete).toBe(true);
  });

  it('a tap during the count-in starts the rep at once', () => {
    let state = startGuided(TRACK, 's1', T0);
    state = lapGuided(TRACK, state, T0 + 10 * S);
    state = lapGuided(TRACK, state, T0 + 20 * S);
    state = lapGuided(TRACK, state, T0 + 21 * S);
    expect(state).toMatchObject({ step: 2, goAtMs: T0 + 21 * S });
    expect(guidedCues(TRACK, state, T0 + 21 * S).find((c) => c.kind === 'go')?.atMs).toBe(T0 + 21 * S);
  });

  it('pause freezes the clock and nothing is cued; resume carries on where it was', () => {
    let state = startGuided(TRACK, 's1', T0);
    state = lapGuided(TRACK, state, T0 + 10 * S);
    state = lapGuided(TRACK, state, T0 + 20 * S);
    state = lapGuided(TRACK, state, T0 + 25 * S + 30 * S); // rep 1 in 30 s → recovery from T0 + 55 s
    state = pauseGuided(state, T0 + 85 * S);
    expect(guidedView(TRACK, state, T0 + 600 * S)).toMatchObject({ phase: 'paused', remainingMs: 90 * S });
    expect(advanceGuided(TRACK, state, T0 + 600 * S)).toBe(state);
    expect(guidedCues(TRACK, state, T0 + 600 * S)).toEqual([]);
    state = resumeGuided(state, T0 + 385 * S);
    expect(guidedView(TRACK, state, T0 + 386 * S)).toMatchObject({ phase: 'running', remainingMs: 89 * S });
    expect(advanceGuided(TRACK, state, T0 + 475 * S).step).toBe(4);
  });

  it('back undoes a lap pressed by mistake; skip leaves a rep without a time', () => {
    let state = startGuided(TRACK, 's1', T0);
    state = lapGuided(TRACK, state, T0 + 10 * S);
    state = lapGuided(TRACK, state, T0 + 20 * S);
    state = lapGuided(TRACK, state, T0 + 27 * S); // rep 1 lapped 2 s in, by mistake
    state = backGuided(TRACK, state, T0 + 28 * S);
    expect(state).toMatchObject({ step: 2, startedAtMs: T0 + 28 * S, goAtMs: T0 + 28 * S + COUNT_IN_MS });
    expect(state.laps.map((l) => l.step)).toEqual([0, 1]);
    state = skipGuided(TRACK, state, T0 + 40 * S);
    expect(state.laps.at(-1)).toEqual({ step: 2, ended: 'skip' });
    const outcome = guidedOutcome(TRACK, finishGuided(TRACK, state, T0 + 50 * S));
    expect(outcome.repTimesS).toEqual([undefined, undefined, undefined, undefined]);
    expect(outcome.complete).toBe(false);
  });

  it('back on the first step starts it again; finishing early keeps what was recorded', () => {
    const state = backGuided(TRACK, startGuided(TRACK, 's1', T0), T0 + 30 * S);
    expect(state).toMatchObject({ step: 0, startedAtMs: T0 + 30 * S, laps: [] });
    const finished = finishGuided(TRACK, state, T0 + 40 * S);
    expect(guidedView(TRACK, finished, T0 + 50 * S).phase).toBe('finished');
    expect(guidedOutcome(TRACK, finished).complete).toBe(false);
  });

  it('a kept state is recognised for its own session only, and only while the steps still fit', () => {
    const state = JSON.parse(JSON.stringify(startGuided(TRACK, 's1', T0))) as unknown;
    expect(isGuidedState(state, 's1', TRACK)).toBe(true);
    expect(isGuidedState(state, 's2', TRACK)).toBe(false);
    expect(isGuidedState(state, 's1', HILLS)).toBe(false);
    expect(isGuidedState('nonsense', 's1', TRACK)).toBe(false);
  });
});

describe('a hill session', () => {
  it('climbs and jog-downs chain on their own: a phone asleep for all of it wakes up finished', () => {
    const state = startGuided(HILLS, 's1', T0);
    // First climb: 3-2-1 after the start tap, then 25 s up, 50 s down, and so on.
    expect(state.goAtMs).toBe(T0 + COUNT_IN_MS);
    const mid = advanceGuided(HILLS, state, T0 + 5 * S + 25 * S + 50 * S + 10 * S);
    expect(guidedView(HILLS, mid, T0 + 90 * S)).toMatchObject({
      index: 2,
      step: { title: 'Hill 2 of 3' },
      elapsedMs: 10 * S,
      remainingMs: 15 * S,
    });
    const done = advanceGuided(HILLS, state, T0 + 3600 * S);
    expect(done.finishedAtMs).toBe(T0 + 5 * S + 3 * 25 * S + 2 * 50 * S);
    expect(guidedOutcome(HILLS, done)).toMatchObject({ repTimesS: [25, 25, 25], complete: true });
    const kinds = guidedCues(HILLS, state, T0 + 200 * S).map((c) => `${c.kind}@${(c.atMs - T0) / S}`);
    expect(kinds).toEqual([
      'announce@0',
      'count@2',
      'count@3',
      'count@4',
      'go@5',
      'stop@30',
      'announce@30',
      'next@70',
      'count@77',
      'count@78',
      'count@79',
      'go@80',
      'stop@105',
      'announce@105',
      'next@145',
      'count@152',
      'count@153',
      'count@154',
      'go@155',
      'stop@180',
    ]);
  });

  it('whatever the times the phone looks at it, the state is the one a single look would give', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40_000 }), { maxLength: 30 }), (gaps) => {
        const start = startGuided(HILLS, 's1', T0);
        let state = start;
        let at = T0;
        for (const gap of gaps) {
          at += gap;
          state = advanceGuided(HILLS, state, at);
        }
        expect(state).toEqual(advanceGuided(HILLS, start, at));
      }),
    );
  });
});

describe('a strength session', () => {
  const STRENGTH = guidedSteps(
    {
      ...BASE,
      type: 'strength',
      exercises: [
        { id: 'deadlift', sets: 2, reps: { min: 12, max: 15 }, load: 'light', footContacts: 0, restS: 90 },
        { id: 'tuck-jump', sets: 2, durationS: 30, load: 'bodyweight', footContacts: 40, restS: 90 },
      ],
    },
    'km',
  );

  it('set → rest countdown → next set on go; sets done reach the log', () => {
    let state = startGuided(STRENGTH, 's1', T0);
    state = lapGuided(STRENGTH, state, T0 + 50 * S); // deadlift set 1
    expect(guidedView(STRENGTH, state, T0 + 60 * S)).toMatchObject({
      step: { kind: 'rest' },
      remainingMs: 80 * S,
    });
    state = advanceGuided(STRENGTH, state, T0 + 141 * S);
    expect(guidedView(STRENGTH, state, T0 + 141 * S)).toMatchObject({
      phase: 'running',
      step: { title: 'Deadlift' },
    });
    state = skipGuided(STRENGTH, state, T0 + 150 * S); // set 2 skipped
    // Rest, then tuck jumps against the clock: 30 s, ending on their own.
    state = advanceGuided(STRENGTH, state, T0 + 150 * S + 90 * S + 30 * S + 90 * S + 30 * S);
    expect(state.finishedAtMs).toBe(T0 + 390 * S);
    expect(guidedOutcome(STRENGTH, state)).toEqual({
      repTimesS: [],
      exercises: [
        { id: 'deadlift', sets: [{ done: true }, { done: false }] },
        {
          id: 'tuck-jump',
          sets: [
            { done: true, durationS: 30 },
            { done: true, durationS: 30 },
          ],
        },
      ],
      complete: false,
    });
  });
});
