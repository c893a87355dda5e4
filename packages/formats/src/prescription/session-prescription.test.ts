import { describe, expect, it } from 'vitest';
import {
  easyRunSession,
  hillSession,
  intervalsSession,
  longRunSession,
  tempoSession,
  trackSession,
} from '../synthetic/sample-sessions.js';
import { sessionLines, techniqueLine } from './session-prescription.js';

describe('sessionLines', () => {
  it('R-INT-2: a track session in words, warm-up and cool-down included, in km or miles', () => {
    const session = trackSession(2, 100, 271, 150, 30);
    expect(sessionLines(session, 'km')).toEqual([
      'Synthetic session.',
      'Warm-up: 800 m easy jog, then stretching',
      'Reps: 2 × 100 m — first 30 m flat out, the last 70 m in about 19 s (4:31/km); jog 2:30 between',
      'Cool-down: 800 m easy jog',
      'Technique, Stride: Push the ground back and let your leg finish long behind you.',
      'About 25 min in all.',
    ]);
    expect(sessionLines(session, 'mi').slice(1, 4)).toEqual([
      'Warm-up: ½ mile easy jog, then stretching',
      'Reps: 2 × 100 m — first 30 m flat out, the last 70 m in about 19 s (7:16/mi); jog 2:30 between',
      'Cool-down: ½ mile easy jog',
    ]);
  });

  it('R-INT-5: hills are uphill at race-pace effort, jogging down', () => {
    expect(sessionLines(hillSession(3, 60, 282, 120), 'km')[2]).toBe(
      'Reps: 3 × 60 s uphill, moderate grade, at race-pace effort (4:42/km on the flat); jog down to recover, about 2:00',
    );
  });
});

describe('sessionLines for the runs of a whole plan', () => {
  it('R-LNG-1 / R-QUA-1: a long run: easy kilometres, the marathon block, the fuelling note, time and distance', () => {
    expect(sessionLines(longRunSession(12000, 6000, 342), 'km')).toEqual([
      'Synthetic session.',
      'Run: 12 km easy at 6:06–6:52/km',
      'Run: 6 km in about 34:12 (5:42/km, marathon pace), steady and controlled, a pace you could hold for hours',
      'Note: Fuel this one: from about an hour in, take some carbohydrate every 30 minutes.',
      expect.stringMatching(/^Technique, Body control: /),
      'About 1 h 52 min, 18 km in all.',
    ]);
  });

  it('R-QUA-1 / R-QUA-2: tempo and intervals with drills in the warm-up and each rep’s pace', () => {
    const tempo = sessionLines(tempoSession(3, 480, 316), 'km');
    expect(tempo[1]).toBe('Warm-up: 2 km easy jog, then stretching, drills and a few build-ups');
    expect(tempo[2]).toBe(
      'Reps: 3 × 8 min at threshold pace (5:16/km), comfortably hard, a few words at a time; jog 1:00 between',
    );
    expect(sessionLines(intervalsSession(5, 1000, 291, 180), 'mi')[2]).toBe(
      'Reps: 5 × 1000 m in about 4:51 (7:48/mi, interval pace); jog 3:00 between',
    );
  });

  it('R-DAY-1 / R-REC-6: strides and run–walk ride with the easy running', () => {
    expect(sessionLines(easyRunSession(2400, { strides: { repeat: 6, durationS: 20 } }), 'km')[1]).toBe(
      'Run: 40 min easy at 6:06–6:52/km, then 6 × 20 s strides, quick and relaxed, walking back between',
    );
    expect(sessionLines(easyRunSession(2400, { runWalk: { runS: 180, walkS: 60 } }), 'km')[1]).toBe(
      'Run: 40 min easy at 6:06–6:52/km, as run–walk: run 3 min, walk 1 min, and repeat',
    );
  });
});

describe('techniqueLine', () => {
  it('R-TEC-1: the focus and this week’s cue, rotating week by week', () => {
    expect(techniqueLine('breathing', 1)).not.toBe(techniqueLine('breathing', 2));
    expect(techniqueLine('breathing', 1)).toBe(techniqueLine('breathing', 5));
    expect(techniqueLine('stride', 1)).toMatch(/^Stride: /);
  });
});
