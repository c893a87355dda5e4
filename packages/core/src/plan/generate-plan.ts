/**
 * The plan generator: from a validated profile to a day-by-day plan that keeps every rule of SPEC.md
 * section 1. Deterministic: the same profile always gives the same plan. A pipeline a coach would recognise:
 *
 * 1. the season's blueprint (season-blueprint.ts): where the runner starts, the peak, deloads, the taper and
 *    each week's running;
 * 2. each week's menu (week-menu.ts): which key runs the week wants by phase and race;
 * 3. placing them on the runner's days (week-layout.ts);
 * 4. building each session in date order, so the progressions (ladder, hills, threshold, long run, strength,
 *    technique) advance in the order the runner meets them (session-progress.ts), and sharing the week's
 *    running between its runs (week-volume.ts);
 * 5. the warnings a coach would give (plan-warnings.ts); checkPlanRules checks the result.
 */
import { GUIDANCE } from '../catalog/guidance.js';
import { formatDayNumber, parseDayNumber, weekdayOf } from '../calendar/calendar-date.js';
import { pacesReport } from '../paces/paces-report.js';
import { vdotFromRace } from '../paces/vdot.js';
import { distanceLabel } from '../race/distances.js';
import type { Profile } from '../profile/profile-types.js';
import { assessGoal } from './goal.js';
import type { Plan, Session } from './plan-types.js';
import { weekSummaries } from './plan-volume.js';
import { planWarnings } from './plan-warnings.js';
import type { RunContext } from './running-sessions.js';
import { seasonBlueprint } from './season-blueprint.js';
import { fitQualityToWeek } from './race-specific.js';
import { raceClass } from './race-profile.js';
import { SessionProgress } from './session-progress.js';
import { assignTechnique } from './technique-rotation.js';
import { capTaperWindow } from './week-volume.js';
import { planWeek } from './week-menu.js';
import type { WeekOutcome } from './week-menu.js';

export { foundationStrengthSessions } from './foundation.js';

/** R-REC-6: below this VDOT easy running is run–walk. */
export const RUN_WALK_BELOW_VDOT = 30;

/** Run–walk ratios by VDOT (COACHING 6.2): walk breaks from the start, not once tired. */
function runWalkFor(vdot: number): RunContext['runWalk'] {
  if (vdot >= RUN_WALK_BELOW_VDOT) return undefined;
  if (vdot >= 28) return { runS: 240, walkS: 60 };
  if (vdot >= 25) return { runS: 180, walkS: 60 };
  if (vdot >= 22) return { runS: 120, walkS: 60 };
  if (vdot >= 20) return { runS: 60, walkS: 60 };
  return { runS: 30, walkS: 30 };
}

/**
 * Builds the whole plan for a validated profile.
 * @example generatePlan(parsed.value).sessions[0] // { id: '2026-12-07-easy', type: 'easy', ... }
 */
export function generatePlan(profile: Profile): Plan {
  const plan = buildPlan(profile);
  // R-REC-5: a marathon whose peak week stays under 60 km tapers for 14 days, not 21; the peak is known only
  // once the weeks are built, so a plan that fell short is built again with the shorter taper.
  const peakM = Math.max(0, ...plan.weeks.map((w) => w.runningDistanceM));
  const taperWeeks = plan.weeks.filter((w) => w.phase === 'taper').length;
  if (
    profile.raceDate !== undefined &&
    peakM < 60000 &&
    taperWeeks >= 3 &&
    raceClass(plan.goal.distanceM) === 'marathon'
  )
    return buildPlan(profile, peakM);
  return plan;
}

function buildPlan(profile: Profile, reachedPeakM?: number): Plan {
  const report = pacesReport(profile.recent.distanceM, profile.recent.timeS);
  const vdot = vdotFromRace(profile.recent.distanceM, profile.recent.timeS);
  const assessment = assessGoal(profile, vdot);
  const startDay = dayNumber(profile.start);
  const raceDay = profile.raceDate === undefined ? undefined : dayNumber(profile.raceDate);
  const season = seasonBlueprint(profile, startDay, raceDay, reachedPeakM);
  const context: RunContext = {
    paces: report.paces,
    racePaceSPerKm: assessment.racePaceSPerKm,
    race: season.race,
    raceLabel: distanceLabel(season.raceDistanceM),
    units: profile.units,
  };
  const runWalk = runWalkFor(vdot);
  if (runWalk) context.runWalk = runWalk;

  const progress = new SessionProgress(profile, season, context, vdot);
  const sessions: Session[] = [];
  const outcomes: WeekOutcome[] = [];
  for (const week of season.weeks) {
    const outcome = planWeek({
      profile,
      season,
      week,
      context,
      progress,
      raceWhy: assessment.raceWhy,
      sessions,
    });
    outcomes.push(outcome);
    sessions.push(...outcome.sessions);
  }
  capTaperWindow(sessions, season, context.paces, profile.units);
  // The taper's trims make some weeks smaller: their quality work keeps within R-QUA-1's caps.
  for (const week of season.weeks) {
    const inWeek = sessions.filter((s) => s.week === week.week);
    const weekM = inWeek
      .filter((s) => s.type !== 'race' && s.type !== 'strength')
      .reduce((sum, s) => sum + (s.plannedDistanceM ?? 0), 0);
    for (const session of inWeek) fitQualityToWeek(session, weekM - 50, context);
  }
  assignTechnique(sessions);
  const weeks = weekSummaries(sessions, season.weeks, context.paces);
  return {
    format: 'speedwork.plan/1',
    profile,
    paces: report,
    goal: assessment.goal,
    racePaceSPerKm: assessment.racePaceSPerKm,
    guidance: [...GUIDANCE],
    assumptions: season.assumptions,
    warnings: [
      ...assessment.warnings,
      ...season.warnings,
      ...planWarnings({ profile, season, vdot, outcomes, sessions, weeks, runWalk }),
    ],
    weeks,
    sessions,
  };
}

/** Whether the runner trains on this day. */
export function isTrainingDay(profile: Profile, day: number): boolean {
  return profile.days.includes(weekdayOf(day));
}

export function dayNumber(date: string): number {
  const day = parseDayNumber(date);
  if (day === undefined) throw new Error(`profile date ${date} was not validated`);
  return day;
}

export function sessionId(day: number, type: Session['type']): string {
  return `${formatDayNumber(day)}-${type}`;
}
