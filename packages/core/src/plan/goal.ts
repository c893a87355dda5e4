/**
 * The goal a plan is tied to (R-GOL-1) and whether the weeks given can reach it (R-IN-1: a goal too far is
 * accepted with a warning that says what is realistic).
 */
import { raceTimeSForVdot, vdotFromRace } from '../paces/vdot.js';
import { distanceLabel } from '../race/distances.js';
import { formatClock } from '../race/race-time.js';
import type { Level, Profile } from '../profile/profile-types.js';
import type { Goal, PlanWarning } from './plan-types.js';

/**
 * Realistic VDOT gain for a plan of `weeks` (COACHING 7.6, our heuristic): about a point every 4 weeks for a
 * beginner, 5 for an intermediate, 6 for an advanced runner, never more than 5 points in one plan.
 */
const WEEKS_PER_POINT: Record<Level, number> = { beginner: 4, intermediate: 5, advanced: 6 };
const MAX_GAIN = 5;

/**
 * A goal this close past the estimate still counts as realistic: 0.3 VDOT is about 1 % of race time (14 s
 * over 5K at 23:30), finer than the heuristic can tell apart, and no coach would call such a goal too far.
 */
const MARGIN_VDOT = 0.3;

/** VDOT a runner can realistically reach after `weeks` of training. */
export function realisticVdot(currentVdot: number, level: Level, weeks: number): number {
  return currentVdot + Math.min(MAX_GAIN, weeks / WEEKS_PER_POINT[level]);
}

/** R-REC-6: whether a goal of `goalVdot` is realistic from `currentVdot` in `weeks` (the same test everywhere). */
export function goalWithinReach(goalVdot: number, currentVdot: number, level: Level, weeks: number): boolean {
  return goalVdot <= realisticVdot(currentVdot, level, weeks) + MARGIN_VDOT;
}

export interface GoalAssessment {
  goal: Goal;
  /** Hills, race-pace reps and the race: the goal's pace when it is realistic, else current fitness (R-REC-6). */
  racePaceSPerKm: number;
  /** The race day's words, consistent with that pace. */
  raceWhy: string;
  warnings: PlanWarning[];
}

/** The plan's goal: the runner's, checked against what is realistic, or a realistic one when none is given. */
export function assessGoal(profile: Profile, currentVdot: number): GoalAssessment {
  // Realism is judged on the VDOT the plan shows (one decimal), so the plan and its checker agree.
  const reachable = realisticVdot(Math.round(currentVdot * 10) / 10, profile.level, profile.weeks);
  const target = profile.goal ?? profile.recent;
  const label = distanceLabel(target.distanceM);
  const realisticTimeS = Math.round(raceTimeSForVdot(reachable, target.distanceM));
  const currentTimeS = Math.round(raceTimeSForVdot(currentVdot, target.distanceM));
  const timeS = profile.goal ? profile.goal.timeS : realisticTimeS;
  const goal: Goal = {
    distanceM: target.distanceM,
    timeS,
    paceSPerKm: Math.round((timeS * 1000) / target.distanceM),
    vdot: Math.round(vdotFromRace(target.distanceM, timeS) * 10) / 10,
    source: profile.goal ? 'runner' : 'predicted',
    realisticTimeS,
  };
  if (profile.raceDate) goal.date = profile.raceDate;
  const currentPaceSPerKm = Math.round((currentTimeS * 1000) / target.distanceM);
  const warnings: PlanWarning[] = [];
  const realistic =
    profile.goal !== undefined &&
    goalWithinReach(
      vdotFromRace(profile.goal.distanceM, profile.goal.timeS),
      Math.round(currentVdot * 10) / 10,
      profile.level,
      profile.weeks,
    );
  if (profile.goal && !realistic) {
    warnings.push({
      code: 'goal-unrealistic',
      message:
        `Your goal of ${formatClock(goal.timeS)} for the ${label} is a big step from your recent ` +
        `${formatClock(profile.recent.timeS)} for the ${distanceLabel(profile.recent.distanceM)}: ` +
        `${profile.weeks} weeks can realistically bring about ${formatClock(realisticTimeS)}. ` +
        `Until a race or time trial says otherwise, hills and race-pace reps use the pace of your current fitness ` +
        `(about ${formatClock(currentTimeS)}), not the goal's; consider ${formatClock(realisticTimeS)} or more weeks.`,
    });
  }
  const raceWhy = realistic
    ? `Race day: the ${label} at your goal pace, ${formatClock(timeS)} if it all comes together. Start controlled and finish strong.`
    : `Race day: your current fitness predicts about ${formatClock(currentTimeS)} for the ${label}; ` +
      `if the weeks go well, ${formatClock(realisticTimeS)} is within reach. Start at the predicted pace and speed up in the second half if you feel strong.`;
  return { goal, racePaceSPerKm: realistic ? goal.paceSPerKm : currentPaceSPerKm, raceWhy, warnings };
}
