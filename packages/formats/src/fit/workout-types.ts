/**
 * A watch workout as a list of steps, in the shape FIT gives it but in SI units: what `sessionWorkout`
 * builds from a planned session, what `encodeFitWorkout` writes and `decodeFitWorkout` reads back.
 */

export type WorkoutStepDuration =
  | { kind: 'distance'; distanceM: number }
  | { kind: 'time'; durationS: number }
  | { kind: 'reps'; reps: number }
  /** Until the runner presses the lap button. */
  | { kind: 'open' }
  /** Back to step `fromStep` (0-based), until the block has been done `times` times in all. */
  | { kind: 'repeat'; fromStep: number; times: number }
  /** Any other FIT duration (heart rate, calories, power): its FIT name and raw value. */
  | { kind: 'other'; type: string; value: number | null };

export type WorkoutStepTarget =
  | { kind: 'open' }
  /** A speed band, metres per second, to the millimetre per second FIT keeps. */
  | { kind: 'speed'; lowMPerS: number; highMPerS: number }
  /** Any other FIT target (heart rate, power, cadence): its FIT name, zone or custom range. */
  | { kind: 'other'; type: string; zone: number | null; low: number | null; high: number | null };

export type WorkoutIntensity = 'warmup' | 'active' | 'recovery' | 'rest' | 'cooldown' | 'interval' | 'other';

/** A strength exercise as FIT's exercise profile names it (category, and the exercise number within it). */
export interface WorkoutExercise {
  category: string;
  name: number | null;
}

export interface WorkoutStep {
  name: string;
  intensity: WorkoutIntensity;
  duration: WorkoutStepDuration;
  target: WorkoutStepTarget;
  notes?: string;
  exercise?: WorkoutExercise;
}

export interface Workout {
  name: string;
  sport: 'running' | 'training';
  subSport: 'generic' | 'track' | 'strengthTraining';
  description?: string;
  steps: WorkoutStep[];
}
