import { describe, expect, it } from 'vitest';
import type { Session } from '../plan/plan-types.js';
import { generatePlan } from '../plan/generate-plan.js';
import { parseProfile } from '../profile/parse-profile.js';
import { guidedSteps } from './guided-steps.js';
import { spokenDistance, spokenDuration, spokenLapTime } from './spoken-words.js';

function session(overrides: Partial<Session>): Session {
  return {
    id: '2026-11-23-track',
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
    ...overrides,
  };
}

const TRACK_4X150 = session({
  title: 'Track: 4 × 150 m (50 m flat out)',
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
  ladderRung: 4,
});

describe('guidedSteps', () => {
  it('a 4 × 150 m session: warm-up, stretching, 4 reps with their flat-out parts and 3 recoveries, cool-down', () => {
    const steps = guidedSteps(TRACK_4X150, 'km');
    expect(steps.map((s) => s.kind)).toEqual([
      'warm-up',
      'stretching',
      'rep',
      'recovery',
      'rep',
      'recovery',
      'rep',
      'recovery',
      'rep',
      'cool-down',
    ]);
    const reps = steps.filter((s) => s.kind === 'rep');
    expect(reps.map((r) => r.title)).toEqual(['Rep 1 of 4', 'Rep 2 of 4', 'Rep 3 of 4', 'Rep 4 of 4']);
    for (const rep of reps) {
      expect(rep).toMatchObject({ distanceM: 150, ends: 'tap', button: 'lap', countIn: true });
      // 150 m at 4:06/km is 36.9 s; the 50 m flat out ends about 12.3 s in, judged from the target pace.
      expect(rep.targetS).toBeCloseTo(36.9, 5);
      expect(rep.easeOffS).toBeCloseTo(12.3, 5);
      expect(rep.detail).toBe('150 m in 37 s: first 50 m flat out');
    }
    expect(reps[2]?.speech).toBe('Rep 3 of 4: 150 metres, first 50 flat out.');
    expect(reps.map((r) => r.log)).toEqual([0, 1, 2, 3].map((rep) => ({ rep, measure: 'time' })));
    const recoveries = steps.filter((s) => s.kind === 'recovery');
    expect(recoveries).toHaveLength(3);
    for (const recovery of recoveries)
      expect(recovery).toMatchObject({
        title: 'Jog',
        ends: 'timer',
        durationS: 120,
        speech: 'Jog 2 minutes.',
      });
    expect(steps[0]).toMatchObject({ title: 'Warm-up', ends: 'tap', button: 'done', distanceM: 800 });
    expect(steps.at(-1)?.title).toBe('Cool-down');
    expect(steps.at(-1)?.detail).toMatch(
      /^4.2 km easy running, the day's easy distance after the reps\. Tap Done/,
    );
  });

  it('warm-up in the runner’s units: half a mile in miles', () => {
    expect(guidedSteps(TRACK_4X150, 'mi')[0]?.detail).toMatch(/^½ mile easy jog/);
  });

  it('track reps without a flat-out part give their split and pace', () => {
    const steps = guidedSteps(
      session({
        intervals: [
          {
            repeat: 5,
            distanceM: 300,
            intensity: 'interval',
            targetSPerKm: 291,
            recovery: { type: 'jog', durationS: 90 },
          },
        ],
      }),
      'km',
    );
    expect(steps[0]).toMatchObject({
      detail: '300 m in 87 s (4:51/km)',
      speech: 'Rep 1 of 5: 300 metres in 1 minute 27.',
    });
    expect(steps[0]?.easeOffS).toBeUndefined();
  });

  it('two blocks of reps have a recovery between them', () => {
    const steps = guidedSteps(
      session({
        intervals: [
          {
            repeat: 2,
            distanceM: 300,
            intensity: 'interval',
            targetSPerKm: 267,
            recovery: { type: 'jog', durationS: 60 },
          },
          {
            repeat: 2,
            distanceM: 150,
            sprintM: 50,
            intensity: 'repetition',
            targetSPerKm: 246,
            recovery: { type: 'jog', durationS: 60 },
          },
        ],
      }),
      'km',
    );
    expect(steps.map((s) => s.kind)).toEqual([
      'rep',
      'recovery',
      'rep',
      'recovery',
      'rep',
      'recovery',
      'rep',
    ]);
    expect(steps.filter((s) => s.log !== undefined).map((s) => s.log)).toEqual(
      [0, 1, 2, 3].map((rep) => ({ rep, measure: 'time' })),
    );
  });

  it('hills: each climb timed with its grade and effort, the jog down as a countdown', () => {
    const steps = guidedSteps(
      session({
        type: 'hills',
        warmup: { jogM: 800, stretching: true },
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
        cooldown: { jogM: 4300 },
      }),
      'km',
    );
    expect(steps.map((s) => s.kind)).toEqual([
      'warm-up',
      'stretching',
      'rep',
      'recovery',
      'rep',
      'recovery',
      'rep',
      'cool-down',
    ]);
    expect(steps[2]).toMatchObject({
      title: 'Hill 1 of 3',
      ends: 'timer',
      durationS: 25,
      grade: 'moderate',
      detail: '25 s uphill, moderate grade, at race pace effort (5:00/km on the flat)',
      speech: 'Hill 1 of 3: 25 seconds uphill at race pace effort.',
      log: { rep: 0, measure: 'time' },
    });
    expect(steps[3]).toMatchObject({ title: 'Jog down', durationS: 50, speech: 'Jog down. 50 seconds.' });
  });

  it('strength: exercise → set → rest, no rest after the last set', () => {
    const steps = guidedSteps(
      session({
        type: 'strength',
        exercises: [
          { id: 'deadlift', sets: 2, reps: { min: 12, max: 15 }, load: 'light', footContacts: 0, restS: 90 },
          { id: 'tuck-jump', sets: 2, durationS: 30, load: 'bodyweight', footContacts: 40, restS: 90 },
        ],
      }),
      'km',
    );
    expect(steps.map((s) => `${s.kind}:${s.title}`)).toEqual([
      'set:Deadlift',
      'rest:Rest',
      'set:Deadlift',
      'rest:Rest',
      'set:Tuck Jump',
      'rest:Rest',
      'set:Tuck Jump',
    ]);
    expect(steps[0]).toMatchObject({
      ends: 'tap',
      button: 'done',
      countIn: true,
      detail: 'Set 1 of 2: 12–15 reps, light load',
      speech: 'Deadlift, set 1 of 2: 12 to 15 reps.',
      exercise: { id: 'deadlift', set: 1, sets: 2 },
    });
    expect(steps[1]).toMatchObject({ durationS: 90, detail: 'Rest 90 s. Next: Deadlift, set 2 of 2.' });
    expect(steps[3]?.detail).toBe('Rest 90 s. Next: Tuck Jump.');
    // Tuck jumps are done against the clock: the set is a countdown of its own.
    expect(steps[4]).toMatchObject({ ends: 'timer', durationS: 30, exercise: { id: 'tuck-jump', set: 1 } });
  });

  it('an easy run by distance with its pace band, then strides with a walk back between', () => {
    const steps = guidedSteps(
      session({
        type: 'easy',
        intervals: [
          { repeat: 1, distanceM: 4957, intensity: 'easy', targetSPerKm: 389, targetRangeSPerKm: [366, 412] },
        ],
        strides: { repeat: 3, durationS: 20 },
      }),
      'km',
    );
    expect(steps.map((s) => s.kind)).toEqual(['run', 'stride', 'walk', 'stride', 'walk', 'stride']);
    expect(steps[0]).toMatchObject({
      title: 'Easy run',
      ends: 'tap',
      button: 'done',
      paceRangeSPerKm: [366, 412],
      detail: '5 km easy at 6:06–6:52/km, about 32 min. Conversational: you could talk in sentences.',
    });
    expect(steps[0]?.log).toBeUndefined();
    expect(steps[1]).toMatchObject({ ends: 'timer', durationS: 20, countIn: true });
  });

  it('run–walk: timed run and walk cycles that add up to the run’s time', () => {
    const steps = guidedSteps(
      session({
        type: 'easy',
        intervals: [
          { repeat: 1, distanceM: 5000, intensity: 'easy', targetSPerKm: 600, targetRangeSPerKm: [567, 631] },
        ],
        runWalk: { runS: 60, walkS: 60 },
      }),
      'km',
    );
    // 5 km at 10:00/km is 50 min: 25 cycles of 1 min run, 1 min walk.
    expect(steps.filter((s) => s.kind === 'run')).toHaveLength(25);
    expect(steps.filter((s) => s.kind === 'walk')).toHaveLength(24);
    expect(steps[0]).toMatchObject({ title: 'Run 1 of 25', ends: 'timer', durationS: 60, countIn: true });
    expect(steps[1]).toMatchObject({ title: 'Walk', ends: 'timer', durationS: 60, countIn: false });
  });

  it('a long run with threshold in the middle flows easy → reps → easy, no recovery around the easy parts', () => {
    const steps = guidedSteps(
      session({
        type: 'long',
        intervals: [
          {
            repeat: 1,
            distanceM: 13124,
            intensity: 'easy',
            targetSPerKm: 358,
            targetRangeSPerKm: [336, 379],
          },
          {
            repeat: 2,
            durationS: 480,
            intensity: 'threshold',
            targetSPerKm: 290,
            recovery: { type: 'jog', durationS: 120 },
          },
          { repeat: 1, distanceM: 8749, intensity: 'easy', targetSPerKm: 358, targetRangeSPerKm: [336, 379] },
        ],
      }),
      'mi',
    );
    expect(steps.map((s) => s.kind)).toEqual(['run', 'rep', 'recovery', 'rep', 'run']);
    expect(steps[0]?.detail).toMatch(/^8.2 mi easy at 9:/);
    expect(steps[1]).toMatchObject({
      title: 'Rep 1 of 2',
      ends: 'timer',
      durationS: 480,
      detail: '8 min at threshold pace (7:47/mi)',
    });
    // A long run logs as a whole: its reps have no place in the log's rep list.
    expect(steps.every((s) => s.log === undefined)).toBe(true);
  });

  it('tempo: timed reps log their distance, not a time', () => {
    const steps = guidedSteps(
      session({
        type: 'tempo',
        warmup: { jogM: 1900, stretching: true, drills: true },
        intervals: [
          {
            repeat: 3,
            intensity: 'threshold',
            targetSPerKm: 290,
            durationS: 300,
            recovery: { type: 'jog', durationS: 60 },
          },
        ],
        cooldown: { jogM: 3300 },
      }),
      'km',
    );
    expect(steps.map((s) => s.kind)).toEqual([
      'warm-up',
      'stretching',
      'drills',
      'rep',
      'recovery',
      'rep',
      'recovery',
      'rep',
      'cool-down',
    ]);
    expect(steps[3]).toMatchObject({ ends: 'timer', durationS: 300, log: { rep: 0, measure: 'distance' } });
  });

  it('a time trial: one lapped run whose time is the result', () => {
    const steps = guidedSteps(
      session({
        type: 'time-trial',
        warmup: { jogM: 800, stretching: true, drills: true },
        intervals: [{ repeat: 1, distanceM: 5000, intensity: 'time-trial', targetSPerKm: 274 }],
        cooldown: { jogM: 3000 },
      }),
      'km',
    );
    const run = steps.find((s) => s.kind === 'rep');
    expect(run).toMatchObject({
      title: 'Time trial',
      button: 'lap',
      log: { result: true },
      detail: '5K all out and even: 4:34/km, about 22:50. Lap at the finish.',
    });
  });

  it('every session of generated plans gives steps, each with words to show and say', () => {
    const inputs = [
      {
        recent: { distance: '5k', time: '25:00' },
        start: '2026-11-16',
        weeks: 16,
        days: ['mon', 'tue', 'thu', 'sat', 'sun'],
      },
      {
        recent: { distance: '5k', time: '40:00' },
        start: '2026-11-16',
        weeks: 12,
        days: ['mon', 'wed', 'sat'],
        level: 'beginner',
      },
      {
        recent: { distance: 'half', time: '1:45:00' },
        goal: { distance: 'marathon', time: '3:30:00' },
        start: '2026-11-16',
        weeks: 20,
        days: ['mon', 'tue', 'wed', 'thu', 'sat', 'sun'],
      },
    ];
    for (const input of inputs) {
      const parsed = parseProfile(input);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed));
      for (const s of generatePlan(parsed.value).sessions) {
        const steps = guidedSteps(s, 'km');
        expect(steps.length, s.id).toBeGreaterThan(0);
        for (const step of steps) {
          expect(step.title, s.id).not.toBe('');
          expect(step.detail, s.id).not.toMatch(/undefined|NaN/);
          expect(step.speech, s.id).not.toMatch(/undefined|NaN/);
          if (step.ends === 'timer') expect(step.durationS, s.id).toBeGreaterThan(0);
        }
        const logged = steps.flatMap((step) =>
          step.log !== undefined && 'rep' in step.log ? [step.log.rep] : [],
        );
        expect(logged, s.id).toEqual(logged.map((_, i) => i));
      }
    }
  });
});

describe('spoken words', () => {
  it('says durations, distances and lap times as a coach would', () => {
    expect(spokenDuration(135)).toBe('2 minutes 15');
    expect(spokenDuration(60)).toBe('1 minute');
    expect(spokenDuration(45)).toBe('45 seconds');
    expect(spokenDuration(3900)).toBe('1 hour 5 minutes');
    expect(spokenDistance(150, 'mi')).toBe('150 metres');
    expect(spokenDistance(4200, 'km')).toBe('4.2 kilometres');
    expect(spokenDistance(1609.344, 'mi')).toBe('1 mile');
    expect(spokenLapTime(31.44)).toBe('31.4 seconds');
    expect(spokenLapTime(287)).toBe('4 minutes 47');
  });
});
