/**
 * The strength pillar's exercises (R-STR-3): the eight of the source article, in its order, then the
 * no-equipment alternatives that stand in for the weighted ones when a runner has no gym (R-STR-5).
 * Descriptions and cues are written to be read out to a runner mid-session: short, concrete, second person.
 */

/** The eight exercises every plan of six weeks or more rotates through (R-STR-3), in the article's order. */
export const STRENGTH_EXERCISE_IDS = [
  'deadlift',
  'squat',
  'box-jump',
  'tuck-jump',
  'concentric-box-jump',
  'frog-squat-jump',
  'alternating-lunge-jump',
  'pushup-to-squat',
] as const;

/** Bodyweight stand-ins for the weighted exercises (R-STR-5). */
export const ALTERNATIVE_EXERCISE_IDS = ['single-leg-romanian-deadlift', 'bulgarian-split-squat'] as const;

export type StrengthExerciseId = (typeof STRENGTH_EXERCISE_IDS)[number];
export type AlternativeExerciseId = (typeof ALTERNATIVE_EXERCISE_IDS)[number];
export type ExerciseId = StrengthExerciseId | AlternativeExerciseId;

export type ExerciseKind = 'weights' | 'plyometric' | 'bodyweight';

/** What an exercise builds; an alternative must train the same quality as the exercise it replaces. */
export type Quality = 'hip-hinge' | 'squat-pattern' | 'reactive-ankle' | 'explosive-jump' | 'power-endurance';

export interface ExerciseDose {
  sets: 2 | 3;
  /** Reps per set; for one-sided work, per leg (see the description for what one rep is). */
  reps?: { min: number; max: number };
  /** Per set, for work done against the clock (tuck jumps). */
  durationS?: number;
  load: 'light' | 'bodyweight';
  /** Rest between sets. */
  restS: number;
}

export interface Exercise {
  id: ExerciseId;
  name: string;
  kind: ExerciseKind;
  needsGym: boolean;
  /** What to have at hand; empty when nothing is needed. */
  equipment: string[];
  quality: Quality;
  /** Muscles and running qualities the exercise builds. */
  trains: string[];
  description: string;
  /** Form cues in the order a runner meets them, from setting up to finishing. */
  cues: string[];
  /** Only on alternatives: the exercise this one replaces when there is no gym. */
  substitutes?: ExerciseId;
  dose: ExerciseDose;
  /**
   * Ground contacts in one set at the top of the rep range (0 for non-plyometric work); what R-STR-6 budgets.
   * Multiply by `dose.sets` for the whole exercise.
   */
  footContactsPerSet: number;
  /** A harder version for advanced runners. */
  advancedVariant?: string;
}

const CATALOG: { readonly [K in ExerciseId]: Exercise & { id: K } } = {
  deadlift: {
    id: 'deadlift',
    name: 'Deadlift',
    kind: 'weights',
    needsGym: true,
    equipment: ['barbell with light plates'],
    quality: 'hip-hinge',
    trains: ['hamstrings', 'glutes', 'lower back', 'hip extension power'],
    description:
      'A hinge with a light bar that teaches your hips to snap you forward. You are after power, not bulk: ' +
      'pick a weight that keeps all 12 to 15 reps quick and clean.',
    cues: [
      'Stand with your feet hip-width apart and the bar over your laces.',
      'Take the bar palms down, hands just outside your thighs.',
      'Lock your elbows and keep them locked: your arms are only hooks.',
      'Soften your knees a touch, then send your hips back.',
      'Lower your chest until your back is flat and level with the floor.',
      'Squeeze your glutes and drive your hips forward to stand tall.',
    ],
    dose: { sets: 3, reps: { min: 12, max: 15 }, load: 'light', restS: 90 },
    footContactsPerSet: 0,
  },
  squat: {
    id: 'squat',
    name: 'Back Squat',
    kind: 'weights',
    needsGym: true,
    equipment: ['barbell', 'squat rack'],
    quality: 'squat-pattern',
    trains: ['quadriceps', 'glutes', 'hamstrings', 'trunk bracing', 'push-off strength'],
    description:
      'A loaded squat that builds the thigh and hip strength behind every push-off. ' +
      'Sink until your thighs are level with the floor, or lower once you are ready.',
    cues: [
      'Rest the bar on the meaty part of your upper back, not on your neck.',
      'Grip it palms forward, hands a little wider than your shoulders.',
      'Set your feet about shoulder-width, toes turned slightly out.',
      'Lift your chest and keep your eyes up.',
      'Bend your knees and sit down until your thighs are level with the floor or below.',
      'Drive through your whole foot to rise back to standing.',
    ],
    dose: { sets: 3, reps: { min: 8, max: 12 }, load: 'light', restS: 90 },
    footContactsPerSet: 0,
    advancedVariant: 'Once level thighs feel solid, sink below them for a tougher rep, chest still proud.',
  },
  'box-jump': {
    id: 'box-jump',
    name: 'Single-leg Box Hops',
    kind: 'plyometric',
    needsGym: false,
    equipment: [],
    quality: 'reactive-ankle',
    trains: ['calves', 'ankle stiffness', 'single-leg balance', 'foot speed'],
    description:
      'Hop on one foot around a small square you picture on the floor, as quick as you can. ' +
      'It trains springy ankles and balance for every stride. One rep is a full lap: left, right, front, back.',
    cues: [
      'Stand on one foot, knee soft, and picture a small box on the ground beside you.',
      'Hop to its left side, then to its right side.',
      'Hop in front of it, then behind it: that is one lap.',
      'Stay on the ball of your foot and keep each touch short.',
      'Swing your arms for lift and balance.',
      'Finish your laps, then change feet and do the same.',
    ],
    dose: { sets: 2, reps: { min: 2, max: 3 }, load: 'bodyweight', restS: 90 },
    // 3 laps × 4 hops × 2 legs.
    footContactsPerSet: 24,
    advancedVariant: 'Picture a bigger box so each hop covers more ground.',
  },
  'tuck-jump': {
    id: 'tuck-jump',
    name: 'Tuck Jump',
    kind: 'plyometric',
    needsGym: false,
    equipment: [],
    quality: 'reactive-ankle',
    trains: ['hip flexors', 'calves', 'quadriceps', 'elastic rebound'],
    description:
      'High jumps with your knees pulled up, back to back for 30 seconds. ' +
      'They teach your legs to bounce off the ground fast and hard.',
    cues: [
      'Set your feet shoulder-width apart.',
      'Reach both hands forward at waist height, palms down.',
      'Spring straight up and pull your knees up to tap your palms.',
      'Land on the balls of your feet and rebound at once.',
      'Keep the jumps fast and tall for 30 seconds.',
    ],
    dose: { sets: 2, durationS: 30, load: 'bodyweight', restS: 90 },
    // About one jump every 1.5 s.
    footContactsPerSet: 20,
  },
  'concentric-box-jump': {
    id: 'concentric-box-jump',
    name: 'Concentric Box Jump',
    kind: 'plyometric',
    needsGym: false,
    equipment: ['sturdy box, bench, step or stair', 'chair or low bench to sit on'],
    quality: 'explosive-jump',
    trains: ['glutes', 'quadriceps', 'starting power', 'arm drive'],
    description:
      'Jump onto a box from a seated start, so all the lift comes from your own push with no bounce to help. ' +
      'No box? A sturdy bench, a step or a stair does the job.',
    cues: [
      'Place a sturdy box, bench or step about 30 cm (one foot) in front of you.',
      'Sit on a chair or low bench facing it, feet flat on the floor.',
      'Throw both arms forward hard and jump straight up from the seat.',
      'Land on top with both feet together, softly, knees bent.',
      'Stand tall, then step down: do not jump down.',
      'Sit back down and reset before the next one.',
    ],
    dose: { sets: 3, reps: { min: 5, max: 6 }, load: 'bodyweight', restS: 60 },
    // One landing on the box per rep; stepping down is not counted.
    footContactsPerSet: 6,
    advancedVariant: 'Use a higher box, or sit on a lower seat.',
  },
  'frog-squat-jump': {
    id: 'frog-squat-jump',
    name: 'Frog Squat Jump',
    kind: 'plyometric',
    needsGym: false,
    equipment: [],
    quality: 'explosive-jump',
    trains: ['glutes', 'quadriceps', 'adductors', 'forward power'],
    description:
      'Spring forward and up from a deep, wide squat, like a frog, land quietly and go again straight away. ' +
      'Reach for height on each jump, not just distance.',
    cues: [
      'Drop into a deep squat, heels down, toes pointing out.',
      'Keep your chest lifted and your arms back.',
      'Swing your arms and launch forward and upward.',
      'Land softly on both feet, sinking back into the squat.',
      'Go into the next jump without a pause.',
    ],
    dose: { sets: 2, reps: { min: 6, max: 8 }, load: 'bodyweight', restS: 90 },
    footContactsPerSet: 8,
  },
  'alternating-lunge-jump': {
    id: 'alternating-lunge-jump',
    name: 'Alternating Lunge Jump',
    kind: 'plyometric',
    needsGym: false,
    equipment: [],
    quality: 'explosive-jump',
    trains: ['quadriceps', 'glutes', 'hip flexors', 'single-leg power'],
    description:
      'Jump out of a lunge and swap legs in midair. Go for height on every jump; ' +
      'quickness comes second. One rep is one landing.',
    cues: [
      'Start in a lunge: front knee over the ankle, back knee close to the floor.',
      'Explode upward, reaching for real height, arms swinging.',
      'Swap your legs while you are in the air.',
      'Land in a lunge with the other foot in front, knees soft.',
      'Steady yourself, then jump again: height first, then pace.',
    ],
    dose: { sets: 2, reps: { min: 8, max: 10 }, load: 'bodyweight', restS: 60 },
    footContactsPerSet: 10,
  },
  'pushup-to-squat': {
    id: 'pushup-to-squat',
    name: 'Push-up to Squat',
    kind: 'plyometric',
    needsGym: false,
    equipment: [],
    quality: 'power-endurance',
    trains: ['chest', 'shoulders', 'core', 'hip flexors', 'quadriceps', 'staying explosive when tired'],
    description:
      'From a plank, push off the floor and snap your feet under you into a squat, then kick back out. ' +
      'It works your whole body and keeps you explosive as fatigue builds.',
    cues: [
      'Start in a high plank, hands under your shoulders, body in one straight line.',
      'Shove the floor away hard with your hands so your chest lifts.',
      'As you rise, pull your knees in and bring your feet under your hips.',
      'Land in a low squat, feet flat, chest up.',
      'Hop your feet back out to the plank and go again.',
    ],
    dose: { sets: 2, reps: { min: 6, max: 8 }, load: 'bodyweight', restS: 60 },
    // Two contacts per rep: landing in the squat and landing back in the plank.
    footContactsPerSet: 16,
  },
  'single-leg-romanian-deadlift': {
    id: 'single-leg-romanian-deadlift',
    name: 'Single-Leg Romanian Deadlift',
    kind: 'bodyweight',
    needsGym: false,
    equipment: [],
    quality: 'hip-hinge',
    trains: ['hamstrings', 'glutes', 'single-leg balance', 'hip extension power'],
    substitutes: 'deadlift',
    description:
      "The deadlift's hip hinge without a bar: balance on one leg and tip forward from the hips. " +
      'Working one leg at a time makes your body weight plenty.',
    cues: [
      'Stand on one leg with that knee a little bent.',
      'Let your arms hang straight down, elbows locked.',
      'Push your hips back and tip your chest forward as your free leg reaches behind you.',
      'Stop when your chest and back leg form a line level with the floor.',
      'Drive your standing hip forward to come back up tall.',
      'Finish the reps, then switch legs.',
    ],
    dose: { sets: 3, reps: { min: 10, max: 12 }, load: 'bodyweight', restS: 60 },
    footContactsPerSet: 0,
    advancedVariant: 'Hold a full water jug or a loaded backpack in the hand opposite your standing leg.',
  },
  'bulgarian-split-squat': {
    id: 'bulgarian-split-squat',
    name: 'Bulgarian Split Squat',
    kind: 'bodyweight',
    needsGym: false,
    equipment: ['bench, chair, step or stair'],
    quality: 'squat-pattern',
    trains: ['quadriceps', 'glutes', 'single-leg balance', 'push-off strength'],
    substitutes: 'squat',
    description:
      'A squat on one leg with your back foot raised on a bench or chair. ' +
      "You get the squat's deep knee and hip bend without a barbell, and one leg at a time is hard enough.",
    cues: [
      'Stand a long stride in front of a bench and rest the top of your back foot on it.',
      'Keep your chest up and your eyes ahead.',
      'Bend your front knee and lower until that thigh is level with the floor.',
      'Push through your front heel to rise.',
      'Finish the reps, then swap legs.',
    ],
    dose: { sets: 3, reps: { min: 8, max: 12 }, load: 'bodyweight', restS: 60 },
    footContactsPerSet: 0,
    advancedVariant: 'Sink until your back knee almost brushes the floor, or wear a loaded backpack.',
  },
};

/** Every exercise: the eight of R-STR-3 in the article's order, then the no-equipment alternatives. */
export const EXERCISES: readonly Exercise[] = [...STRENGTH_EXERCISE_IDS, ...ALTERNATIVE_EXERCISE_IDS].map(
  (id) => CATALOG[id],
);

/** Looks an exercise up by id, for turning a plan's prescriptions back into descriptions and cues. */
export function exerciseById(id: ExerciseId): Exercise {
  return CATALOG[id];
}

/**
 * The exercise to prescribe with the runner's equipment (R-STR-5): the exercise itself when it can be done,
 * else the bodyweight alternative that trains the same quality.
 * @example forEquipment('deadlift', 'none').id // 'single-leg-romanian-deadlift'
 */
export function forEquipment(id: ExerciseId, equipment: 'gym' | 'none'): Exercise {
  const exercise = CATALOG[id];
  if (equipment === 'gym' || !exercise.needsGym) return exercise;
  const alternative = EXERCISES.find((candidate) => candidate.substitutes === id);
  if (alternative === undefined) throw new Error(`catalog bug: no no-equipment alternative for ${id}`);
  return alternative;
}
