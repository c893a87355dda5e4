/**
 * Strength sessions (R-STR-1..6): two alternating sessions that between them use all eight exercises of the
 * catalog, each with one lift and three plyometrics, 2 or 3 sets, plyometric foot contacts kept within the
 * level's budget, no-equipment alternatives when there is no gym.
 */
import { exerciseById, forEquipment } from '../catalog/exercises.js';
import type { StrengthExerciseId } from '../catalog/exercises.js';
import type { Equipment, Level } from '../profile/profile-types.js';
import type { ExercisePrescription } from './plan-types.js';

/** A and B alternate, so two consecutive strength sessions cover all eight exercises (R-STR-3). */
export const STRENGTH_ROTATION: readonly (readonly StrengthExerciseId[])[] = [
  ['deadlift', 'box-jump', 'tuck-jump', 'frog-squat-jump'],
  ['squat', 'concentric-box-jump', 'alternating-lunge-jump', 'pushup-to-squat'],
];

/** R-STR-6: plyometric foot contacts per session. */
export const FOOT_CONTACT_LIMIT: Record<Level, number> = { beginner: 100, intermediate: 120, advanced: 140 };

export interface StrengthOptions {
  /** 0-based count of strength sessions before this one in the plan. */
  sessionIndex: number;
  level: Level;
  equipment: Equipment;
  /** Deload and taper weeks do two sets of everything. */
  reduced: boolean;
  /** The last days before a half or a marathon: lifts only, no plyometrics (R-REC-5). */
  liftsOnly?: boolean;
}

/** The exercises of one strength session. */
export function strengthExercises(options: StrengthOptions): ExercisePrescription[] {
  const ids = STRENGTH_ROTATION[options.sessionIndex % STRENGTH_ROTATION.length] ?? [];
  const prescriptions = ids
    .map((id) => prescribe(id, options))
    .filter((p) => !options.liftsOnly || p.footContacts === 0);
  const limit = FOOT_CONTACT_LIMIT[options.level];
  // Trim plyometric volume gently, in order: a third set, then the top of rep ranges, and only then a whole
  // exercise, so every session keeps as much of the rotation as the level's contact budget allows.
  const trims = [(p: ExercisePrescription) => withSets(p, 2), atRangeFloor];
  for (const trim of trims) {
    for (let i = prescriptions.length - 1; i >= 0 && totalFootContacts(prescriptions) > limit; i--) {
      const prescription = prescriptions[i];
      if (prescription && prescription.footContacts > 0) prescriptions[i] = trim(prescription);
    }
  }
  while (totalFootContacts(prescriptions) > limit) {
    prescriptions.splice(
      prescriptions.findLastIndex((p) => p.footContacts > 0),
      1,
    );
  }
  return prescriptions;
}

export function totalFootContacts(prescriptions: readonly ExercisePrescription[]): number {
  return prescriptions.reduce((sum, p) => sum + p.footContacts, 0);
}

/** Work plus rest for the whole session, with a few minutes to warm up. */
export function strengthDurationS(prescriptions: readonly ExercisePrescription[]): number {
  const warmupS = 600;
  return prescriptions.reduce((sum, p) => {
    const workS = p.durationS ?? (p.reps?.max ?? 10) * 3;
    return sum + p.sets * (workS + p.restS);
  }, warmupS);
}

function prescribe(id: StrengthExerciseId, options: StrengthOptions): ExercisePrescription {
  const exercise = forEquipment(id, options.equipment);
  const levelSets = options.level === 'beginner' ? 2 : options.level === 'advanced' ? 3 : exercise.dose.sets;
  const sets = options.reduced ? 2 : levelSets;
  const prescription: ExercisePrescription = {
    id: exercise.id,
    sets,
    load: exercise.dose.load,
    footContacts: exercise.footContactsPerSet * sets,
    restS: exercise.dose.restS,
  };
  if (exercise.substitutes) prescription.substitutes = exercise.substitutes;
  if (exercise.dose.reps) prescription.reps = { ...exercise.dose.reps };
  if (exercise.dose.durationS !== undefined) prescription.durationS = exercise.dose.durationS;
  if (options.level === 'advanced' && exercise.advancedVariant)
    prescription.variant = exercise.advancedVariant;
  return prescription;
}

function withSets(prescription: ExercisePrescription, sets: number): ExercisePrescription {
  const perSet = prescription.footContacts / prescription.sets;
  return {
    ...prescription,
    sets: Math.min(prescription.sets, sets),
    footContacts: perSet * Math.min(prescription.sets, sets),
  };
}

/** Reps at the bottom of their range; contacts are counted at the top, so they shrink in proportion. */
function atRangeFloor(prescription: ExercisePrescription): ExercisePrescription {
  const reps = prescription.reps;
  if (!reps || reps.min === reps.max) return prescription;
  return {
    ...prescription,
    reps: { min: reps.min, max: reps.min },
    footContacts: Math.ceil((prescription.footContacts * reps.min) / reps.max),
  };
}

/** A short title for a strength session: "Deadlift + 3 plyometrics". */
export function strengthTitle(prescriptions: readonly ExercisePrescription[]): string {
  const lifts = prescriptions.filter((p) => p.footContacts === 0).map((p) => exerciseById(p.id).name);
  const plyometrics = prescriptions.length - lifts.length;
  return [
    ...lifts,
    ...(plyometrics > 0 ? [`${plyometrics} plyometric${plyometrics === 1 ? '' : 's'}`] : []),
  ].join(' + ');
}
