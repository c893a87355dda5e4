import { describe, expect, it } from 'vitest';
import { exerciseWords, intervalWords, techniqueWords, warmupWords } from './session-words.js';

describe('intervalWords', () => {
  it('R-INT-3: a track rung with its flat-out part, its pace and the jog between reps', () => {
    const words = intervalWords(
      {
        repeat: 2,
        distanceM: 100,
        sprintM: 30,
        intensity: 'repetition',
        targetSPerKm: 220,
        recovery: { type: 'jog', durationS: 150 },
      },
      'km',
    );
    expect(words).toBe('2 × 100 m — first 30 m flat out, the rest at 3:40/km; jog 2:30 between');
  });

  it('R-INT-6: paces follow the runner’s units, track distances stay in metres', () => {
    const words = intervalWords(
      {
        repeat: 10,
        distanceM: 300,
        intensity: 'interval',
        targetSPerKm: 250,
        recovery: { type: 'jog', durationS: 60 },
      },
      'mi',
    );
    expect(words).toBe('10 × 300 m at 6:42/mi (interval pace); jog 1:00 between');
  });

  it('R-INT-5: hill repeats name the grade, race pace and the jog down', () => {
    const words = intervalWords(
      {
        repeat: 3,
        durationS: 45,
        intensity: 'race-pace',
        targetSPerKm: 282,
        grade: 'moderate',
        recovery: { type: 'jog-down', durationS: 90 },
      },
      'km',
    );
    expect(words).toBe(
      '3 × 45 s uphill, moderate grade, at race-pace effort (4:42/km on the flat); jog down to recover, about 1:30',
    );
  });

  it('an easy run gets its pace range, a race its name', () => {
    expect(
      intervalWords({ repeat: 1, durationS: 2400, intensity: 'easy', targetRangeSPerKm: [366, 412] }, 'km'),
    ).toBe('40 min easy at 6:06–6:52/km');
    expect(intervalWords({ repeat: 1, distanceM: 21097.5, intensity: 'race', targetSPerKm: 300 }, 'mi')).toBe(
      'half marathon race at 8:03/mi',
    );
  });

  it('a time trial says what time the pace means', () => {
    expect(
      intervalWords({ repeat: 1, distanceM: 5000, intensity: 'time-trial', targetSPerKm: 300 }, 'km'),
    ).toBe('5K time trial, all out and even (5:00/km, about 25:00)');
  });
});

describe('exerciseWords', () => {
  it('R-STR-5: an alternative names the exercise it replaces', () => {
    const words = exerciseWords({
      id: 'single-leg-romanian-deadlift',
      substitutes: 'deadlift',
      sets: 3,
      reps: { min: 10, max: 12 },
      load: 'bodyweight',
      footContacts: 0,
      restS: 60,
    });
    expect(words).toEqual({
      name: 'Single-Leg Romanian Deadlift (instead of deadlift)',
      dose: '3 × 10–12 reps, bodyweight, 60 s rest',
    });
  });

  it('R-STR-4: deadlifts at a light load, tuck jumps against the clock', () => {
    expect(
      exerciseWords({
        id: 'deadlift',
        sets: 3,
        reps: { min: 12, max: 15 },
        load: 'light',
        footContacts: 0,
        restS: 90,
      }).dose,
    ).toBe('3 × 12–15 reps, light load, 90 s rest');
    expect(
      exerciseWords({
        id: 'tuck-jump',
        sets: 2,
        durationS: 30,
        load: 'bodyweight',
        footContacts: 60,
        restS: 0,
      }).dose,
    ).toBe('2 × 30 s, bodyweight');
  });
});

describe('techniqueWords', () => {
  it('R-TEC-1: gives the focus name and rotates its cues week by week', () => {
    const week1 = techniqueWords('stride', 1, 2);
    const week2 = techniqueWords('stride', 2, 1);
    expect(week1.name).toBe('Stride');
    expect(week1.cues).toHaveLength(2);
    expect(week2.cues[0]).toBe(week1.cues[1]);
  });
});

describe('warmupWords', () => {
  it('R-INT-2: the warm-up jog in the runner’s units, then stretching', () => {
    expect(warmupWords({ jogM: 800, stretching: true }, 'mi')).toBe('800 m easy jog, then stretching');
    expect(warmupWords({ jogM: 1609.344, stretching: false }, 'mi')).toBe('1 mi easy jog');
  });
});
