/**
 * The track ladder of R-INT-3/R-INT-4: from 2 × 100 m with 30 m flat out toward 10 × 300 m with a one-minute
 * jog. Each rung's total is at most 1.5 × the one before, and the jog between reps only shrinks, so a runner
 * who climbs one rung per session never takes a step bigger than the rule allows.
 */
import type { Level } from '../profile/profile-types.js';

export interface LadderRung {
  /** 1-based position on the ladder. */
  rung: number;
  repeat: number;
  distanceM: number;
  /** Metres at top speed at the start of each rep; the rest of the rep is run at the target pace. */
  sprintM?: number;
  jogRecoveryS: number;
  /** Short reps with sprints are run at repetition pace; the long, short-recovery rungs at interval pace. */
  pace: 'repetition' | 'interval';
}

export const TRACK_LADDER: readonly LadderRung[] = [
  { rung: 1, repeat: 2, distanceM: 100, sprintM: 30, jogRecoveryS: 150, pace: 'repetition' },
  { rung: 2, repeat: 3, distanceM: 100, sprintM: 30, jogRecoveryS: 150, pace: 'repetition' },
  { rung: 3, repeat: 3, distanceM: 150, sprintM: 50, jogRecoveryS: 135, pace: 'repetition' },
  { rung: 4, repeat: 4, distanceM: 150, sprintM: 50, jogRecoveryS: 120, pace: 'repetition' },
  { rung: 5, repeat: 4, distanceM: 200, sprintM: 60, jogRecoveryS: 120, pace: 'repetition' },
  { rung: 6, repeat: 6, distanceM: 200, sprintM: 60, jogRecoveryS: 105, pace: 'repetition' },
  { rung: 7, repeat: 5, distanceM: 300, jogRecoveryS: 90, pace: 'interval' },
  { rung: 8, repeat: 6, distanceM: 300, jogRecoveryS: 90, pace: 'interval' },
  { rung: 9, repeat: 8, distanceM: 300, jogRecoveryS: 75, pace: 'interval' },
  { rung: 10, repeat: 10, distanceM: 300, jogRecoveryS: 60, pace: 'interval' },
];

export const TOP_RUNG = TRACK_LADDER.length;

/** Beginners and intermediates start at the bottom (R-INT-3); advanced runners skip the first two rungs. */
export function startRung(level: Level): number {
  return level === 'advanced' ? 3 : 1;
}

/** Beginners hold each rung for two sessions before climbing; others climb every session. */
export function sessionsPerRung(level: Level): number {
  return level === 'beginner' ? 2 : 1;
}

export function ladderRung(rung: number): LadderRung {
  const found = TRACK_LADDER[Math.min(Math.max(rung, 1), TOP_RUNG) - 1];
  if (!found) throw new Error(`no ladder rung ${rung}`);
  return found;
}

/** One block of a track session: reps of one length with the same jog between them. */
export interface TrackBlock {
  repeat: number;
  distanceM: number;
  sprintM?: number;
  jogRecoveryS: number;
  pace: 'repetition' | 'interval';
}

/** What a track session holds: a rung of the ladder, or past the top a variant within it (R-QUA-2). */
export interface TrackWorkout {
  /** The ladder rung this is, or the top rung for the variants beyond it. */
  rung: number;
  blocks: TrackBlock[];
  /** Set on the variants past the top rung: which one it is. */
  variant?: string;
}

/**
 * Past the top rung the track work stays inside it (reps of at most 300 m, at most 3,000 m, jogs of a minute)
 * but changes from week to week, so no content repeats more than three times running (R-QUA-2).
 */
export const TOP_VARIANTS: readonly TrackWorkout[] = [
  {
    rung: TOP_RUNG,
    variant: '200s',
    blocks: [{ repeat: 12, distanceM: 200, jogRecoveryS: 60, pace: 'repetition' }],
  },
  {
    rung: TOP_RUNG,
    variant: 'mixed',
    blocks: [
      { repeat: 6, distanceM: 300, jogRecoveryS: 60, pace: 'interval' },
      { repeat: 6, distanceM: 150, sprintM: 50, jogRecoveryS: 60, pace: 'repetition' },
    ],
  },
  {
    rung: TOP_RUNG,
    variant: 'long 200s',
    blocks: [{ repeat: 15, distanceM: 200, jogRecoveryS: 60, pace: 'repetition' }],
  },
  {
    rung: TOP_RUNG,
    variant: 'top',
    blocks: [{ repeat: 10, distanceM: 300, jogRecoveryS: 60, pace: 'interval' }],
  },
];

/** A rung of the ladder as a one-block workout. */
export function rungWorkout(rung: LadderRung, repeat = rung.repeat): TrackWorkout {
  const block: TrackBlock = {
    repeat,
    distanceM: rung.distanceM,
    jogRecoveryS: rung.jogRecoveryS,
    pace: rung.pace,
  };
  if (rung.sprintM !== undefined) block.sprintM = rung.sprintM;
  return { rung: rung.rung, blocks: [block] };
}

/** Metres of reps in a workout: what R-INT-4's 1.5 × rule and the 3,000 m ceiling compare. */
export function workoutTotalM(workout: TrackWorkout): number {
  return workout.blocks.reduce((sum, b) => sum + b.repeat * b.distanceM, 0);
}
