import { describe, expect, it } from 'vitest';
import { hillSession, trackSession } from '../synthetic/sample-sessions.js';
import { sessionLines, techniqueLine } from './session-prescription.js';

describe('sessionLines', () => {
  it('R-INT-2: a track session in words, warm-up and cool-down included, in km or miles', () => {
    const session = trackSession(2, 100, 271, 150, 30);
    expect(sessionLines(session, 'km')).toEqual([
      'Synthetic session.',
      'Warm-up: 800 m easy jog, then stretching',
      'Run: 2 × 100 m — first 30 m flat out, the rest at 4:31/km; jog 2:30 between',
      'Cool-down: 800 m easy jog',
      'Technique, Stride: Push the ground back and let your leg finish long behind you.',
      'About 25 min in all.',
    ]);
    expect(sessionLines(session, 'mi')[2]).toBe(
      'Run: 2 × 100 m — first 30 m flat out, the rest at 7:16/mi; jog 2:30 between',
    );
  });

  it('R-INT-5: hills are uphill at race-pace effort, jogging down', () => {
    expect(sessionLines(hillSession(3, 60, 282, 120), 'km')[2]).toBe(
      'Run: 3 × 60 s uphill, moderate grade, at race-pace effort (4:42/km on the flat); jog down to recover, about 2:00',
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
