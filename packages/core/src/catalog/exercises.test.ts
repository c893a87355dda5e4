import { describe, expect, it } from 'vitest';
import {
  ALTERNATIVE_EXERCISE_IDS,
  EXERCISES,
  STRENGTH_EXERCISE_IDS,
  exerciseById,
  forEquipment,
  type ExerciseId,
} from './exercises.js';

const ALL_IDS: readonly ExerciseId[] = [...STRENGTH_EXERCISE_IDS, ...ALTERNATIVE_EXERCISE_IDS];

describe('EXERCISES', () => {
  it('R-STR-3: holds the eight exercises of the article, in its order, then the alternatives', () => {
    expect(STRENGTH_EXERCISE_IDS).toEqual([
      'deadlift',
      'squat',
      'box-jump',
      'tuck-jump',
      'concentric-box-jump',
      'frog-squat-jump',
      'alternating-lunge-jump',
      'pushup-to-squat',
    ]);
    expect(EXERCISES.map((exercise) => exercise.id)).toEqual(ALL_IDS);
    expect(new Set(EXERCISES.map((exercise) => exercise.id)).size).toBe(EXERCISES.length);
  });

  it('R-STR-3: every exercise has a description, at least three ordered cues, what it trains and equipment', () => {
    for (const exercise of EXERCISES) {
      expect(exercise.name.trim(), exercise.id).not.toBe('');
      expect(exercise.description.trim().length, exercise.id).toBeGreaterThan(40);
      expect(exercise.cues.length, exercise.id).toBeGreaterThanOrEqual(3);
      for (const cue of exercise.cues) expect(cue.trim(), exercise.id).not.toBe('');
      expect(exercise.trains.length, exercise.id).toBeGreaterThan(0);
      expect(Array.isArray(exercise.equipment), exercise.id).toBe(true);
      expect(exercise.needsGym, exercise.id).toBe(exercise.kind === 'weights');
    }
  });

  it('R-STR-3: the form facts of the article are in the cues', () => {
    const cues = (id: ExerciseId): string => exerciseById(id).cues.join(' ').toLowerCase();
    expect(cues('deadlift')).toMatch(/palms down/);
    expect(cues('deadlift')).toMatch(/elbows/);
    expect(cues('deadlift')).toMatch(/knees/);
    expect(cues('deadlift')).toMatch(/hips back/);
    expect(cues('deadlift')).toMatch(/level with the floor/);
    expect(cues('squat')).toMatch(/upper back/);
    expect(cues('squat')).toMatch(/chest/);
    expect(cues('squat')).toMatch(/thighs are level with the floor or below/);
    expect(exerciseById('squat').advancedVariant).toMatch(/below/);
    expect(cues('box-jump')).toMatch(/one foot/);
    expect(cues('box-jump')).toMatch(/left.*right.*front.*behind/);
    expect(cues('box-jump')).toMatch(/arms/);
    expect(cues('box-jump')).toMatch(/change feet/);
    expect(cues('tuck-jump')).toMatch(/shoulder-width/);
    expect(cues('tuck-jump')).toMatch(/knees up to tap your palms/);
    expect(cues('tuck-jump')).toMatch(/30 seconds/);
    expect(cues('concentric-box-jump')).toMatch(/30 cm/);
    expect(cues('concentric-box-jump')).toMatch(/sit/);
    expect(cues('concentric-box-jump')).toMatch(/both feet/);
    expect(cues('concentric-box-jump')).toMatch(/step down/);
    expect(cues('frog-squat-jump')).toMatch(/toes pointing out/);
    expect(cues('frog-squat-jump')).toMatch(/chest lifted/);
    expect(cues('frog-squat-jump')).toMatch(/land softly/);
    expect(cues('frog-squat-jump')).toMatch(/without a pause/);
    expect(cues('alternating-lunge-jump')).toMatch(/swap your legs while you are in the air/);
    expect(cues('alternating-lunge-jump')).toMatch(/height first/);
    expect(cues('pushup-to-squat')).toMatch(/plank/);
    expect(cues('pushup-to-squat')).toMatch(/knees in/);
    expect(cues('pushup-to-squat')).toMatch(/squat/);
  });

  it('R-STR-2: every exercise is prescribed in 2 or 3 sets', () => {
    for (const exercise of EXERCISES) expect([2, 3], exercise.id).toContain(exercise.dose.sets);
  });

  it('R-STR-2: every dose is either reps or a duration, with a rest', () => {
    for (const exercise of EXERCISES) {
      const { reps, durationS, restS } = exercise.dose;
      expect((reps === undefined) !== (durationS === undefined), exercise.id).toBe(true);
      if (reps !== undefined) {
        expect(reps.min, exercise.id).toBeGreaterThan(0);
        expect(reps.max, exercise.id).toBeGreaterThanOrEqual(reps.min);
      }
      expect(restS, exercise.id).toBeGreaterThan(0);
    }
  });

  it('R-STR-4: deadlifts are 12–15 reps at a light load', () => {
    const { dose } = exerciseById('deadlift');
    expect(dose.load).toBe('light');
    expect(dose.reps).toEqual({ min: 12, max: 15 });
    expect(dose.durationS).toBeUndefined();
  });

  it('R-STR-4: tuck jumps last about 30 s', () => {
    const { dose } = exerciseById('tuck-jump');
    expect(dose.durationS).toBe(30);
    expect(dose.reps).toBeUndefined();
  });

  it('R-STR-6: plyometrics count their foot contacts; other work counts none', () => {
    for (const exercise of EXERCISES) {
      if (exercise.kind === 'plyometric') {
        expect(exercise.footContactsPerSet, exercise.id).toBeGreaterThan(0);
        expect(exercise.dose.load, exercise.id).toBe('bodyweight');
      } else {
        expect(exercise.footContactsPerSet, exercise.id).toBe(0);
      }
    }
    // The single heaviest plyometric fits a beginner session (≤ 100 contacts) with room to spare.
    const heaviest = Math.max(...EXERCISES.map((e) => e.footContactsPerSet * e.dose.sets));
    expect(heaviest).toBeLessThanOrEqual(50);
  });
});

describe('exerciseById', () => {
  it('R-STR-3: finds every exercise by its id', () => {
    for (const id of ALL_IDS) expect(exerciseById(id).id).toBe(id);
  });
});

describe('forEquipment', () => {
  it('R-STR-5: every gym exercise has a no-gym alternative that trains the same quality and names it', () => {
    const gymExercises = EXERCISES.filter((exercise) => exercise.needsGym);
    expect(gymExercises.map((exercise) => exercise.id)).toEqual(['deadlift', 'squat']);
    for (const exercise of gymExercises) {
      const alternative = forEquipment(exercise.id, 'none');
      expect(alternative.id).not.toBe(exercise.id);
      expect(alternative.needsGym).toBe(false);
      expect(alternative.quality).toBe(exercise.quality);
      expect(alternative.substitutes).toBe(exercise.id);
    }
    expect(forEquipment('deadlift', 'none').id).toBe('single-leg-romanian-deadlift');
    expect(forEquipment('squat', 'none').id).toBe('bulgarian-split-squat');
  });

  it('R-STR-5: never returns a gym exercise without a gym', () => {
    for (const id of ALL_IDS) expect(forEquipment(id, 'none').needsGym, id).toBe(false);
  });

  it('R-STR-5: with a gym, every exercise is used as it is', () => {
    for (const id of ALL_IDS) expect(forEquipment(id, 'gym').id).toBe(id);
  });

  it('R-STR-5: only alternatives name an exercise they substitute, and it is one of the eight', () => {
    for (const exercise of EXERCISES) {
      const isAlternative = (ALTERNATIVE_EXERCISE_IDS as readonly ExerciseId[]).includes(exercise.id);
      if (isAlternative) {
        expect(STRENGTH_EXERCISE_IDS as readonly ExerciseId[], exercise.id).toContain(exercise.substitutes);
      } else {
        expect(exercise.substitutes, exercise.id).toBeUndefined();
      }
    }
  });

  it('R-STR-5: the concentric box jump says a bench, step or stair will do', () => {
    const exercise = forEquipment('concentric-box-jump', 'none');
    expect(exercise.id).toBe('concentric-box-jump');
    const text = [...exercise.equipment, exercise.description].join(' ').toLowerCase();
    expect(text).toMatch(/bench/);
    expect(text).toMatch(/step/);
    expect(text).toMatch(/stair/);
  });
});
