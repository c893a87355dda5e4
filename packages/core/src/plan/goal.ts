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
 * Realistic VDOT gain per week of consistent training, and its ceiling for one plan: newer runners improve
 * faster. Conservative on purpose: a goal the runner can reach keeps them training.
 */
const GAIN_PER_WEEK: Record<Level, number> = { beginner: 0.008, intermediate: 0.005, advanced: 0.003 };
const GAIN_CEILING: Record<Level, number> = { beginner: 0.12, intermediate: 0.08, advanced: 0.05 };

/** VDOT a runner can realistically reach after `weeks` of training. */
export function realisticVdot(currentVdot: number, level: Level, weeks: number): number {
  return currentVdot * (1 + Math.min(GAIN_PER_WEEK[level] * weeks, GAIN_CEILING[level]));
}

export interface GoalAssessment {
  goal: Goal;
  racePaceSPerKm: number;
  warnings: PlanWarning[];
}

/** The plan's goal: the runner's, checked against what is realistic, or a realistic one when none is given. */
export function assessGoal(profile: Profile, currentVdot: number): GoalAssessment {
  const reachable = realisticVdot(currentVdot, profile.level, profile.weeks);
  const target = profile.goal ?? profile.recent;
  const realisticTimeS = Math.round(raceTimeSForVdot(reachable, target.distanceM));
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
  const recentPaceSPerKm = Math.round((profile.recent.timeS * 1000) / profile.recent.distanceM);
  const warnings: PlanWarning[] = [];
  if (profile.goal && vdotFromRace(profile.goal.distanceM, profile.goal.timeS) > reachable) {
    const label = distanceLabel(goal.distanceM);
    warnings.push({
      code: 'goal-unrealistic',
      message:
        `Your goal of ${formatClock(goal.timeS)} for the ${label} is a big step from your recent ` +
        `${formatClock(profile.recent.timeS)} for the ${distanceLabel(profile.recent.distanceM)}: ` +
        `${profile.weeks} weeks can realistically bring about ${formatClock(realisticTimeS)}. ` +
        `The plan keeps your goal pace for hills and the race; consider ${formatClock(realisticTimeS)} or more weeks.`,
    });
  }
  return { goal, racePaceSPerKm: profile.goal ? goal.paceSPerKm : recentPaceSPerKm, warnings };
}
