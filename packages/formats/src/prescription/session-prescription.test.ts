import { describe, expect, it } from 'vitest';
import { hillSession, trackSession } from '../synthetic/sample-sessions.js';
import {
  durationWords,
  exerciseDoseWords,
  intervalWords,
  paceRangeWords,
  sessionLines,
  techniqueCue,
} from './session-prescription.js';

describe('sessionLines', () => {
  it('R-INT-2: a track session in words, warm-up and cool-down included, in km or miles', () => {
    const session = trackSession(2, 100, 271, 150, 30);
    expect(sessionLines(session, 'km')).toEqual([
      'Synthetic session.',
      'Warm-up: 800 m easy jog, then stretching',
      'Run: 2 × 100 m: first 30 m flat out, the rest at 4:31/km; jog 2:30 between reps',
      'Cool-down: 800 m easy jog',
      'Technique, Stride: Push the ground back and let your leg finish long behind you.',
      'About 25 min in all.',
    ]);
    expect(sessionLines(session, 'mi')[2]).toBe(
      'Run: 2 × 100 m: first 30 m flat out, the rest at 7:16/mi; jog 2:30 between reps',
    );
  });

  it('R-INT-5: hills are uphill at race-pace effort, jogging down', () => {
    expect(
      intervalWords(hillSession(3, 60, 282, 120).intervals?.[0] ?? { repeat: 0, intensity: 'easy' }, 'km'),
    ).toBe(
      '3 × 60 s uphill (moderate grade): at race-pace effort (4:42/km on the flat); jog back down to recover, about 2 min',
    );
  });
});

describe('techniqueCue', () => {
  it('R-TEC-1: the cues rotate week by week', () => {
    expect(techniqueCue('breathing', 1)).not.toBe(techniqueCue('breathing', 2));
    expect(techniqueCue('breathing', 1)).toBe(techniqueCue('breathing', 5));
  });
});

describe('exerciseDoseWords', () => {
  it('R-STR-4: deadlifts 12–15 reps light, tuck jumps by time', () => {
    expect(
      exerciseDoseWords({
        id: 'deadlift',
        sets: 3,
        reps: { min: 12, max: 15 },
        load: 'light',
        footContacts: 0,
        restS: 90,
      }),
    ).toBe('3 × 12–15 reps, light load, 90 s rest');
    expect(
      exerciseDoseWords({
        id: 'tuck-jump',
        sets: 2,
        durationS: 30,
        load: 'bodyweight',
        footContacts: 40,
        restS: 90,
      }),
    ).toBe('2 × 30 s, bodyweight, 90 s rest');
  });
});

describe('paceRangeWords and durationWords', () => {
  it('read like a watch face', () => {
    expect(paceRangeWords([366, 412], 'km')).toBe('6:06–6:52/km');
    expect(durationWords(45)).toBe('45 s');
    expect(durationWords(150)).toBe('2:30');
    expect(durationWords(2400)).toBe('40 min');
  });
});
