/**
 * The plan generator: from a validated profile to a day-by-day plan that keeps every rule of SPEC.md
 * section 1. Deterministic: the same profile always gives the same plan.
 *
 * Week by week it decides which sessions the week wants (by phase: foundation, build, peak, deload, taper),
 * lets `layoutWeek` put them on the runner's days, then builds each session in date order so the
 * progressions (track ladder, hill repeats, strength rotation, technique focus) advance in the order the
 * runner meets them.
 */
import { GUIDANCE } from '../catalog/guidance.js';
import { formatDayNumber, parseDayNumber, weekdayOf } from '../calendar/calendar-date.js';
import { pacesReport } from '../paces/paces-report.js';
import { raceTimeSForVdot, vdotFromRace } from '../paces/vdot.js';
import type { Level, Profile } from '../profile/profile-types.js';
import { assessGoal } from './goal.js';
import { FIRST_HILL_REPEATS, hillGrade, maxHillRepeats } from './hill-repeats.js';
import type { Phase, Plan, PlanWarning, Session } from './plan-types.js';
import { weekSummaries } from './plan-volume.js';
import { easySession, hillSession, raceSession, timeTrialSession, trackSession } from './running-sessions.js';
import type { RunContext, SessionBody, TrackStep } from './running-sessions.js';
import { strengthDurationS, strengthExercises, strengthTitle } from './strength-session.js';
import { assignTechnique } from './technique-rotation.js';
import { TOP_RUNG, ladderRung, sessionsPerRung, startRung } from './track-ladder.js';
import { cachedLayout } from './week-layout.js';
import type { LayoutIntent, LayoutKind, WeekLayout } from './week-layout.js';

/** R-INT-1: strength sessions before the first interval session. */
export function foundationStrengthSessions(level: Level): number {
  return level === 'beginner' ? 4 : 2;
}

/** Runs a week at most, by level: sensible weekly volume for newer legs. */
const MAX_RUNS_PER_WEEK: Record<Level, number> = { beginner: 3, intermediate: 4, advanced: 5 };
const EASY_RUN_S: Record<Level, number> = { beginner: 1800, intermediate: 2400, advanced: 2700 };
const DELOAD_EASY_SHARE = 0.75;
const TAPER_EASY_SHARE = 0.6;
/** R-REC-3: a deload at least every fourth week of a plan this long or longer. */
const DELOAD_MIN_WEEKS = 8;
const DELOAD_EVERY_WEEKS = 4;
const PEAK_WEEKS = 2;
const TAPER_DAYS = 7;
/** Time trials are run over the goal distance, up to 5K: longer efforts cost a week of training. */
const MAX_TIME_TRIAL_M = 5000;

type IntentRole = 'race' | 'quality' | 'sharpener' | 'strength' | 'hills' | 'taper-strength';
interface PlannedIntent extends LayoutIntent {
  role: IntentRole;
}

/** The state the progressions carry from one session to the next. */
interface Progress {
  strengthSessions: number;
  rung: number;
  sessionsAtRung: number;
  trackSessions: number;
  lastRung: number | undefined;
  hillSessions: number;
  lastHillRepeats: number;
  sharpenerPlaced: boolean;
  taperStrengthPlaced: boolean;
}

/**
 * Builds the whole plan for a validated profile.
 * @example generatePlan(parsed.value).sessions[0] // { date: '2026-12-07', type: 'strength', ... }
 */
export function generatePlan(profile: Profile): Plan {
  const report = pacesReport(profile.recent.distanceM, profile.recent.timeS);
  const vdot = vdotFromRace(profile.recent.distanceM, profile.recent.timeS);
  const { goal, racePaceSPerKm, warnings } = assessGoal(profile, vdot);
  const context: RunContext = { paces: report.paces, racePaceSPerKm };
  const startDay = dayNumber(profile.start);
  const raceDay = profile.raceDate === undefined ? undefined : dayNumber(profile.raceDate);
  const taperStartDay = raceDay === undefined ? undefined : raceDay - (TAPER_DAYS - 1);
  const endDay = raceDay ?? startDay + profile.weeks * 7 - 1;
  const trainingDays = new Set(profile.days);
  const required = foundationStrengthSessions(profile.level);
  const timeTrialM = Math.min(goal.distanceM, MAX_TIME_TRIAL_M);
  const timeTrialS = raceTimeSForVdot(vdot, timeTrialM);

  const progress: Progress = {
    strengthSessions: 0,
    rung: startRung(profile.level),
    sessionsAtRung: 0,
    trackSessions: 0,
    lastRung: undefined,
    hillSessions: 0,
    lastHillRepeats: 0,
    sharpenerPlaced: false,
    taperStrengthPlaced: false,
  };
  const layoutCache = new Map<string, WeekLayout>();
  const sessions: Session[] = [];
  const dropped = new Map<string, number[]>();

  for (let week = 1; week <= profile.weeks; week++) {
    const weekStart = startDay + (week - 1) * 7;
    const foundation = progress.strengthSessions < required;
    const deload =
      profile.weeks >= DELOAD_MIN_WEEKS &&
      week % DELOAD_EVERY_WEEKS === 0 &&
      !(raceDay !== undefined && week === profile.weeks);
    const finalCheck = raceDay === undefined && week === profile.weeks;
    const lastBuildWeek = raceDay === undefined ? profile.weeks : profile.weeks - 1;
    const phase: Phase = foundation
      ? 'foundation'
      : profile.weeks >= 6 && week > lastBuildWeek - PEAK_WEEKS
        ? 'peak'
        : 'build';

    const offsetOf = (day: number): number => day - weekStart;
    const normalLast = Math.min(6, (taperStartDay ?? Infinity) - 1 - weekStart, endDay - weekStart);
    const taperFirst = taperStartDay === undefined ? 7 : Math.max(0, offsetOf(taperStartDay));
    const taperLast = raceDay === undefined ? -1 : Math.min(6, offsetOf(raceDay) - 1);
    const intents: PlannedIntent[] = [];
    const add = (role: IntentRole, kind: LayoutKind, first: number, last: number): void => {
      if (first <= last) intents.push({ role, kind, earliestOffset: first, latestOffset: last });
    };
    if (raceDay !== undefined && raceDay >= weekStart && raceDay < weekStart + 7) {
      const offset = offsetOf(raceDay);
      intents.push({
        role: 'race',
        kind: 'race',
        earliestOffset: offset,
        latestOffset: offset,
        pinnedOffset: offset,
      });
    }
    if (!foundation) add('quality', deload || finalCheck ? 'time-trial' : 'track', 0, normalLast);
    // The sharpener and a light strength session sit at least three days before the race.
    if (!foundation && progress.trackSessions > 0 && !progress.sharpenerPlaced && raceDay !== undefined)
      add('sharpener', 'track', taperFirst, Math.min(taperLast, offsetOf(raceDay) - 3));
    add('strength', 'strength', 0, normalLast);
    if (!foundation && !deload && !finalCheck) add('hills', 'hills', 0, normalLast);
    add('strength', 'strength', 0, normalLast);
    const strengthIntents = intents.filter((i) => i.kind === 'strength').length;
    if (strengthIntents < 2 && !progress.taperStrengthPlaced && raceDay !== undefined)
      add('taper-strength', 'strength', taperFirst, Math.min(taperLast, offsetOf(raceDay) - 4));

    const available: boolean[] = [];
    const blocked: boolean[] = [];
    for (let offset = 0; offset < 7; offset++) {
      const day = weekStart + offset;
      available.push(day <= endDay && day !== raceDay && trainingDays.has(weekdayOf(day)));
      blocked.push(raceDay !== undefined && day === raceDay - 1);
    }
    const runningIntents = intents.filter((i) => i.kind !== 'strength').length;
    const previous = sessions[sessions.length - 1];
    const previousOnEve = previous !== undefined && dayNumber(previous.date) === weekStart - 1;
    const layout = cachedLayout(layoutCache, {
      available,
      blocked,
      intents: intents.map(({ kind, earliestOffset, latestOffset, pinnedOffset }) =>
        pinnedOffset === undefined
          ? { kind, earliestOffset, latestOffset }
          : { kind, earliestOffset, latestOffset, pinnedOffset },
      ),
      easyRuns: Math.max(0, MAX_RUNS_PER_WEEK[profile.level] - runningIntents),
      previousStrength: previousOnEve && previous.type === 'strength',
      previousHard: previousOnEve && previous.type !== 'strength' && previous.type !== 'easy',
    });

    const byOffset = new Map<number, () => SessionBody>();
    intents.forEach((intent, i) => {
      const offset = layout.intentOffsets[i];
      if (offset === undefined) {
        // Sessions the taper squeezes out are meant to go; only a shortage of days is worth a warning.
        const taperTouchesWeek = taperStartDay !== undefined && taperStartDay <= weekStart + 6;
        if (
          intent.role !== 'sharpener' &&
          intent.role !== 'taper-strength' &&
          intent.role !== 'race' &&
          !taperTouchesWeek
        ) {
          const key = intent.kind;
          dropped.set(key, [...(dropped.get(key) ?? []), week]);
        }
        return;
      }
      const inTaper = taperStartDay !== undefined && weekStart + offset >= taperStartDay;
      byOffset.set(offset, () => buildIntent(intent, inTaper));
    });
    for (const offset of layout.easyOffsets) {
      const inTaper = taperStartDay !== undefined && weekStart + offset >= taperStartDay;
      const reason = inTaper ? 'taper' : deload ? 'deload' : 'base';
      const share = inTaper ? TAPER_EASY_SHARE : deload ? DELOAD_EASY_SHARE : 1;
      byOffset.set(offset, () =>
        easySession(context, Math.round((EASY_RUN_S[profile.level] * share) / 60) * 60, reason),
      );
    }
    for (const offset of [...byOffset.keys()].sort((a, b) => a - b)) {
      const day = weekStart + offset;
      const body = byOffset.get(offset)?.();
      if (!body) continue;
      const inTaper = taperStartDay !== undefined && day >= taperStartDay;
      sessions.push({
        id: `${formatDayNumber(day)}-${body.type}`,
        targetRpe: [5, 7],
        date: formatDayNumber(day),
        week,
        phase: inTaper ? 'taper' : phase,
        deload,
        technique: [],
        ...body,
      });
    }

    function buildIntent(intent: PlannedIntent, inTaper: boolean): SessionBody {
      switch (intent.role) {
        case 'race':
          return raceSession(context, goal.distanceM, goal.timeS);
        case 'quality':
          return intent.kind === 'time-trial'
            ? timeTrialSession(context, timeTrialM, timeTrialS, finalCheck)
            : nextTrackSession(false);
        case 'sharpener':
          progress.sharpenerPlaced = true;
          return nextTrackSession(true);
        case 'hills':
          return nextHillSession();
        case 'strength':
        case 'taper-strength':
          if (intent.role === 'taper-strength') progress.taperStrengthPlaced = true;
          return nextStrengthSession(deload || inTaper);
      }
    }
    function nextTrackSession(sharpen: boolean): SessionBody {
      if (sharpen) return trackSession(context, ladderRung(progress.lastRung ?? progress.rung), 'sharpen');
      const rung = ladderRung(progress.rung);
      const step: TrackStep =
        progress.trackSessions === 0
          ? 'first'
          : rung.rung === TOP_RUNG
            ? 'top'
            : progress.lastRung === rung.rung
              ? 'hold'
              : 'climb';
      progress.trackSessions++;
      progress.lastRung = rung.rung;
      progress.sessionsAtRung++;
      if (progress.sessionsAtRung >= sessionsPerRung(profile.level) && progress.rung < TOP_RUNG) {
        progress.rung++;
        progress.sessionsAtRung = 0;
      }
      return trackSession(context, rung, step);
    }
    function nextHillSession(): SessionBody {
      const repeats =
        progress.hillSessions === 0
          ? FIRST_HILL_REPEATS
          : Math.min(maxHillRepeats(profile.level), progress.lastHillRepeats + 1);
      const grade = hillGrade(progress.hillSessions);
      progress.hillSessions++;
      progress.lastHillRepeats = repeats;
      return hillSession(context, repeats, grade, progress.hillSessions);
    }
    function nextStrengthSession(reduced: boolean): SessionBody {
      const exercises = strengthExercises({
        sessionIndex: progress.strengthSessions,
        level: profile.level,
        equipment: profile.equipment,
        reduced,
      });
      progress.strengthSessions++;
      const number = progress.strengthSessions;
      const why =
        number <= required
          ? `Foundation ${number} of ${required}: strength and plyometrics first, so your legs are ready for fast running.`
          : reduced
            ? 'Lighter strength: two sets of each, enough to keep the spring without tiring your legs.'
            : 'Strength and plyometrics keep your stride powerful; quality over quantity, stop a set when form fades.';
      return {
        type: 'strength',
        title: `Strength: ${strengthTitle(exercises)}`,
        why,
        exercises,
        plannedDurationS: strengthDurationS(exercises),
      };
    }
  }

  assignTechnique(sessions);
  return {
    format: 'speedwork.plan/1',
    profile,
    paces: report,
    goal,
    racePaceSPerKm,
    guidance: [...GUIDANCE],
    assumptions: [],
    warnings: [
      ...warnings,
      ...droppedWarnings(dropped, profile, progress.trackSessions + progress.hillSessions === 0),
    ],
    weeks: weekSummaries(sessions, profile.weeks, startDay, context),
    sessions,
  };
}

function dayNumber(date: string): number {
  const day = parseDayNumber(date);
  if (day === undefined) throw new Error(`profile date ${date} was not validated`);
  return day;
}

const DROPPED_LABEL: Record<LayoutKind, string> = {
  track: 'Track sessions',
  hills: 'Hill sessions',
  strength: 'Some strength sessions',
  'time-trial': 'Time trials',
  race: 'The race',
};

function droppedWarnings(
  dropped: Map<string, number[]>,
  profile: Profile,
  noIntervals: boolean,
): PlanWarning[] {
  const days = profile.days.join(', ');
  const warnings: PlanWarning[] = [...dropped.entries()].map(([kind, weeks]) => ({
    code: 'session-dropped',
    message:
      `${DROPPED_LABEL[kind as LayoutKind]} did not fit in ${weekRanges([...new Set(weeks)])}: your days (${days}) cannot hold them ` +
      'without breaking a rule (a rest day each week, no hard runs or strength on consecutive days). ' +
      'The more important sessions were kept; one more training day brings the rest back.',
  }));
  if (noIntervals) {
    warnings.push({
      code: 'foundation-only',
      message: `${profile.weeks} weeks hold only the strength foundation: intervals start after ${foundationStrengthSessions(profile.level)} strength sessions. Give more weeks to reach the track and the hills.`,
    });
  }
  return warnings;
}

/** "weeks 2–5, 8" */
function weekRanges(weeks: number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < weeks.length;) {
    let j = i;
    while (j + 1 < weeks.length && weeks[j + 1] === (weeks[j] ?? 0) + 1) j++;
    parts.push(i === j ? `${weeks[i]}` : `${weeks[i]}–${weeks[j]}`);
    i = j + 1;
  }
  return `${weeks.length === 1 ? 'week' : 'weeks'} ${parts.join(', ')}`;
}
