import { describe, expect, it } from 'vitest';
import type { Session } from '../plan/plan-types.js';
import { distanceInProse, jogDistanceWords, splitWords } from './pace-words.js';
import {
  cooldownWords,
  exerciseWords,
  intervalWords,
  sessionParts,
  sizeWords,
  techniqueWords,
  titleWithDistance,
  warmupWords,
} from './session-words.js';

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
    expect(words).toBe(
      '2 × 100 m — first 30 m flat out, the last 70 m in about 15 s (3:40/km); jog 2:30 between',
    );
  });

  it('R-INT-6: paces follow the runner’s units, track distances stay in metres, each rep with its split', () => {
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
    expect(words).toBe('10 × 300 m in about 75 s (6:42/mi, interval pace); jog 1:00 between');
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

  it('named races keep their names; other metre races read in the runner’s units', () => {
    expect(intervalWords({ repeat: 1, distanceM: 1500, intensity: 'race', targetSPerKm: 200 }, 'km')).toBe(
      '1500 m race at 3:20/km',
    );
    expect(intervalWords({ repeat: 1, distanceM: 2000, intensity: 'time-trial' }, 'km')).toBe(
      '2 km time trial, all out',
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
    expect(warmupWords({ jogM: 800, stretching: true }, 'km')).toBe('800 m easy jog, then stretching');
    expect(warmupWords({ jogM: 800, stretching: true }, 'mi')).toBe('½ mile easy jog, then stretching');
    expect(warmupWords({ jogM: 1609.344, stretching: false }, 'mi')).toBe('1 mile easy jog');
  });

  it('R-QUA-2: before threshold and interval work, drills and build-ups follow the longer jog', () => {
    expect(warmupWords({ jogM: 2400, stretching: true, drills: true }, 'mi')).toBe(
      '1½ miles easy jog, then stretching, drills and a few build-ups',
    );
    expect(warmupWords({ jogM: 2000, stretching: false, drills: true }, 'km')).toBe(
      '2 km easy jog, then drills and a few build-ups',
    );
  });
});

describe('cooldownWords', () => {
  it("R-INT-2: a cool-down jog; one that carries the day's easy running says so (COACHING 4.8)", () => {
    expect(cooldownWords({ jogM: 1000 }, 'km')).toBe('1 km easy jog');
    expect(cooldownWords({ jogM: 2900 }, 'km')).toBe('2.9 km easy jog');
    expect(cooldownWords({ jogM: 6900 }, 'km')).toBe(
      "6.9 km easy running, the day's easy distance after the reps",
    );
    expect(cooldownWords({ jogM: 6437 }, 'mi')).toBe(
      "4 miles easy running, the day's easy distance after the reps",
    );
  });
});

describe('intervalWords for race-specific work', () => {
  it('R-QUA-1: cruise intervals by time at threshold pace, with how it feels', () => {
    expect(
      intervalWords(
        {
          repeat: 3,
          durationS: 600,
          intensity: 'threshold',
          targetSPerKm: 316,
          recovery: { type: 'jog', durationS: 60 },
        },
        'km',
      ),
    ).toBe(
      '3 × 10 min at threshold pace (5:16/km), comfortably hard, a few words at a time; jog 1:00 between',
    );
  });

  it('R-QUA-1: threshold by distance, continuous, gives the time it takes', () => {
    expect(
      intervalWords({ repeat: 1, distanceM: 5000, intensity: 'threshold', targetSPerKm: 316 }, 'km'),
    ).toBe('5 km in about 26:20 (5:16/km, threshold pace), comfortably hard, a few words at a time');
  });

  it('R-QUA-1: a marathon-pace block inside a long run, in miles', () => {
    expect(
      intervalWords({ repeat: 1, distanceM: 8046.72, intensity: 'marathon', targetSPerKm: 342 }, 'mi'),
    ).toBe(
      '5 mi in about 45:52 (9:10/mi, marathon pace), steady and controlled, a pace you could hold for hours',
    );
  });

  it('R-QUA-2: interval reps of 400–1200 m stay in metres in miles; mile reps read as miles', () => {
    expect(
      intervalWords(
        {
          repeat: 5,
          distanceM: 1000,
          intensity: 'interval',
          targetSPerKm: 291,
          recovery: { type: 'jog', durationS: 180 },
        },
        'mi',
      ),
    ).toBe('5 × 1000 m in about 4:51 (7:48/mi, interval pace); jog 3:00 between');
    expect(
      intervalWords({ repeat: 3, distanceM: 1609.344, intensity: 'threshold', targetSPerKm: 316 }, 'mi'),
    ).toMatch(/^3 × 1 mi in about 8:29 \(8:29\/mi, threshold pace\)/);
  });

  it('R-QUA-1: goal-pace reps on the flat', () => {
    expect(
      intervalWords(
        {
          repeat: 6,
          distanceM: 400,
          intensity: 'race-pace',
          targetSPerKm: 282,
          recovery: { type: 'jog', durationS: 90 },
        },
        'km',
      ),
    ).toBe('6 × 400 m in about 1:53 (4:42/km, race pace); jog 1:30 between');
  });

  it('every intensity reads as words, with or without a pace', () => {
    expect(intervalWords({ repeat: 1, durationS: 1200, intensity: 'threshold' }, 'km')).toBe(
      '20 min at threshold effort (comfortably hard, a few words at a time)',
    );
    expect(intervalWords({ repeat: 6, distanceM: 60, intensity: 'top-speed' }, 'km')).toBe(
      '6 × 60 m flat out, by effort, relaxed and tall',
    );
    expect(intervalWords({ repeat: 1, durationS: 1800, intensity: 'marathon' }, 'km')).toMatch(
      /^30 min at marathon effort \(steady/,
    );
  });
});

const EASY: Session = {
  id: '2026-12-08-easy',
  date: '2026-12-08',
  week: 1,
  phase: 'build',
  type: 'easy',
  deload: false,
  title: 'Easy run: 40 min',
  why: 'Easy running builds the engine.',
  intervals: [{ repeat: 1, durationS: 2400, intensity: 'easy', targetRangeSPerKm: [366, 412] }],
  technique: ['breathing'],
  plannedDurationS: 2400,
  plannedDistanceM: 6200,
  targetRpe: [2, 3],
};

describe('sessionParts', () => {
  it('R-DAY-1: strides close the easy run', () => {
    const parts = sessionParts({ ...EASY, strides: { repeat: 6, durationS: 20 } }, 'km');
    expect(parts).toEqual([
      {
        label: 'run',
        text: '40 min easy at 6:06–6:52/km, then 6 × 20 s strides, quick and relaxed, walking back between',
      },
    ]);
  });

  it('R-REC-6: run–walk states its ratio on the easy running', () => {
    const parts = sessionParts({ ...EASY, runWalk: { runS: 180, walkS: 60 } }, 'km');
    expect(parts[0]?.text).toBe(
      '40 min easy at 6:06–6:52/km, as run–walk: run 3 min, walk 1 min, and repeat',
    );
  });

  it('R-LNG-1 / R-QUA-1: a long run with a marathon block and its fuelling note', () => {
    const long: Session = {
      ...EASY,
      id: '2026-12-13-long',
      type: 'long',
      title: 'Long run: 18 km',
      intervals: [
        { repeat: 1, distanceM: 12000, intensity: 'easy', targetRangeSPerKm: [366, 412] },
        { repeat: 1, distanceM: 6000, intensity: 'marathon', targetSPerKm: 342 },
      ],
      notes: ['Take a gel or a sports drink every 30–40 minutes after the first hour.'],
      plannedDurationS: 6800,
      plannedDistanceM: 18000,
    };
    expect(sessionParts(long, 'km')).toEqual([
      { label: 'run', text: '12 km easy at 6:06–6:52/km' },
      {
        label: 'run',
        text: '6 km in about 34:12 (5:42/km, marathon pace), steady and controlled, a pace you could hold for hours',
      },
      { label: 'note', text: 'Take a gel or a sports drink every 30–40 minutes after the first hour.' },
    ]);
    expect(titleWithDistance(long, 'km')).toBe('Long run: 18 km');
    expect(sizeWords(long, 'mi')).toBe('about 1 h 53 min, 11.2 mi');
  });

  it('R-QUA-2: a tempo session: warm-up with drills, cruise intervals, cool-down', () => {
    const tempo: Session = {
      ...EASY,
      id: '2026-12-10-tempo',
      type: 'tempo',
      title: 'Tempo: 3 × 8 min at threshold',
      warmup: { jogM: 2000, stretching: true, drills: true },
      cooldown: { jogM: 1600 },
      intervals: [
        {
          repeat: 3,
          durationS: 480,
          intensity: 'threshold',
          targetSPerKm: 316,
          recovery: { type: 'jog', durationS: 60 },
        },
      ],
      plannedDistanceM: 8400,
    };
    expect(sessionParts(tempo, 'km').map((part) => part.label)).toEqual(['warm-up', 'reps', 'cool-down']);
    expect(titleWithDistance(tempo, 'km')).toBe('Tempo: 3 × 8 min at threshold · 8.4 km');
  });
});

describe('pace words', () => {
  it('R-INT-2: jogs read as quarter miles in miles, metres and km otherwise', () => {
    expect(jogDistanceWords(800, 'mi')).toBe('½ mile');
    expect(jogDistanceWords(400, 'mi')).toBe('¼ mile');
    expect(jogDistanceWords(1200, 'mi')).toBe('¾ mile');
    expect(jogDistanceWords(3218.7, 'mi')).toBe('2 miles');
    expect(jogDistanceWords(800, 'km')).toBe('800 m');
    expect(jogDistanceWords(2400, 'km')).toBe('2.4 km');
  });

  it('splits to the second', () => {
    expect(splitWords(77.4)).toBe('77 s');
    expect(splitWords(291)).toBe('4:51');
    expect(splitWords(3725)).toBe('1:02:05');
  });

  it('named races that take "the" get it', () => {
    expect(distanceInProse(1609.344)).toBe('the mile');
    expect(distanceInProse(21097.5)).toBe('the half marathon');
    expect(distanceInProse(5000)).toBe('5K');
    expect(distanceInProse(1500)).toBe('1500 m');
  });
});
