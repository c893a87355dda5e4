/**
 * The plan JSON contract of SPEC.md section 3 (`speedwork.plan/1`). These names are public: the CLI prints
 * them, the server stores and serves them, the web app renders them. Add fields; never rename one.
 */
import type { TechniqueFocusId } from '../catalog/technique.js';
import type { ExerciseId } from '../catalog/exercises.js';
import type { Guidance } from '../catalog/guidance.js';
import type { PacesReport } from '../paces/paces-report.js';
import type { Profile } from '../profile/profile-types.js';

export type Phase = 'foundation' | 'build' | 'peak' | 'taper';
export type SessionType =
  'strength' | 'track' | 'hills' | 'easy' | 'long' | 'tempo' | 'intervals' | 'race' | 'time-trial';
export type Intensity =
  | 'easy'
  | 'marathon'
  | 'threshold'
  | 'interval'
  | 'repetition'
  | 'race-pace'
  | 'top-speed'
  | 'time-trial'
  | 'race';
export type HillGrade = 'gentle' | 'moderate' | 'steep';
export type RecoveryType = 'jog' | 'walk' | 'jog-down';
export type Load = 'light' | 'bodyweight';

/** One block of running: `repeat` times a distance or a duration, with what comes between reps. */
export interface Interval {
  repeat: number;
  /** Length of one rep in metres (track reps, races, time trials). */
  distanceM?: number;
  /** Length of one rep in seconds (hill repeats, easy runs, cruise intervals). */
  durationS?: number;
  /** The part of each rep run flat out, by effort, at its start. */
  sprintM?: number;
  intensity: Intensity;
  /** Target pace for the rep (outside the flat-out part); absent where effort rules. */
  targetSPerKm?: number;
  /** Easy runs get a range instead of one number: [fastest, slowest]. */
  targetRangeSPerKm?: [number, number];
  grade?: HillGrade;
  recovery?: { type: RecoveryType; durationS: number };
}

export interface ExercisePrescription {
  id: ExerciseId;
  /** Set when this is a no-equipment alternative: the exercise of R-STR-3 it replaces. */
  substitutes?: ExerciseId;
  sets: number;
  reps?: { min: number; max: number };
  /** Per set, for exercises done against the clock (tuck jumps). */
  durationS?: number;
  load: Load;
  /** Plyometric foot contacts for the whole exercise (all sets); 0 for non-plyometric work. */
  footContacts: number;
  restS: number;
  /** A harder version for advanced runners, in words. */
  variant?: string;
}

/** Short, fast, relaxed runs that close an easy run (R-DAY-1): neither a hard run nor a session of their own. */
export interface Strides {
  repeat: number;
  durationS: number;
}

/** Run–walk for runners below VDOT 30 (R-REC-6): run this long, walk this long, repeat. */
export interface RunWalk {
  runS: number;
  walkS: number;
}

export interface Session {
  /** Stable and unique in the plan: the date and the type, `2026-12-15-track`. */
  id: string;
  date: string;
  week: number;
  phase: Phase;
  type: SessionType;
  /** True in a deload week (R-REC-3): the same work, less of it. */
  deload: boolean;
  /** One line a runner reads on a calendar card: "Track: 2 × 100 m (30 m flat out)". */
  title: string;
  /** Why this session, in the runner's language: the phase and the step it is. */
  why: string;
  /** Extra notes a runner needs on the day: fuelling on long runs, where threshold work rides this week. */
  notes?: string[];
  /** Easy jog and stretching; `drills` adds drills and build-ups before threshold, interval and race-pace work. */
  warmup?: { jogM: number; stretching: boolean; drills?: boolean };
  cooldown?: { jogM: number };
  intervals?: Interval[];
  exercises?: ExercisePrescription[];
  strides?: Strides;
  runWalk?: RunWalk;
  technique: TechniqueFocusId[];
  /** Planned time for the whole session, warm-up and cool-down included. */
  plannedDurationS: number;
  /** Running sessions: every metre, warm-up to cool-down (the race's own distance for the race). */
  plannedDistanceM?: number;
  /** The effort the session is meant to take, 1–10 (R-ADA-4 compares the logged effort with it). */
  targetRpe: [number, number];
  /** For `track` sessions: the rung of the ladder (1 = 2 × 100 m) this session is. */
  ladderRung?: number;
}

export interface WeekSummary {
  week: number;
  /** First date of the plan week. */
  start: string;
  phase: Phase;
  deload: boolean;
  /** Metres of interval running (track reps plus hill repeats at race pace): the volume R-REC-3 tapers. */
  intervalVolumeM: number;
  /** Every metre of running in the week but the race itself (R-VOL-1, R-VOL-2). */
  runningDistanceM: number;
  /** The week's long run, 0 when it has none. */
  longRunM: number;
  strengthSets: number;
}

export interface PlanWarning {
  /** Stable code, for programs: `session-dropped`, `goal-unrealistic`, ... */
  code: string;
  message: string;
}

export interface Goal {
  distanceM: number;
  timeS: number;
  /** Race date when one was given. */
  date?: string;
  /** Pace of the goal time. Hills and the race use `Plan.racePaceSPerKm`, which is this pace only when the runner set the goal. */
  paceSPerKm: number;
  /** VDOT the goal time needs. */
  vdot: number;
  /** `runner` when the runner set the goal; `predicted` when speedwork set one from realistic progress. */
  source: 'runner' | 'predicted';
  /** What the plan's weeks can realistically bring from current fitness (same distance). */
  realisticTimeS: number;
}

export interface Plan {
  format: 'speedwork.plan/1';
  profile: Profile;
  paces: PacesReport;
  goal: Goal;
  /** The pace hill repeats and the race are run at: goal pace, or recent race pace without a goal (R-INT-6). */
  racePaceSPerKm: number;
  guidance: Guidance[];
  /** What the plan assumed where the runner gave nothing, in words (R-VOL-1): shown in every output. */
  assumptions: string[];
  warnings: PlanWarning[];
  weeks: WeekSummary[];
  sessions: Session[];
}
