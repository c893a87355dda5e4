/**
 * What a coach would tell the runner about their plan before they start (R-IN-2, R-QUA-1, R-LNG-2): input
 * that is legal but doubtful, sessions the days could not hold, and what would bring them back.
 */
import type { Profile } from '../profile/profile-types.js';
import { formatDistance } from '../units/pace-format.js';
import { durationWords } from '../prescription/pace-words.js';
import { foundationStrengthSessions } from './foundation.js';
import type { PlanWarning, RunWalk, Session, WeekSummary } from './plan-types.js';
import type { Season } from './season-blueprint.js';
import type { WeekOutcome } from './week-menu.js';
import { FIRST_WEEK_MIN_SHARE } from './rule-limits.js';

/** R-IN-2: a level this far from the race result is doubtful. */
export const BEGINNER_DOUBTFUL_VDOT = 55;
export const ADVANCED_DOUBTFUL_VDOT = 35;
/** R-LNG-2: the long run a half or a marathon plan reaches before its taper, when it can. */
export const LONG_RUN_REACH_M = { half: 16000, marathon: 28000 } as const;
export const LONG_RUN_REACH_FROM_M = { half: 10000, marathon: 16000 } as const;
export const LONG_RUN_REACH_WEEKS = { half: 12, marathon: 16 } as const;

export interface WarningInput {
  profile: Profile;
  season: Season;
  vdot: number;
  outcomes: readonly WeekOutcome[];
  sessions: readonly Session[];
  weeks: readonly WeekSummary[];
  runWalk: RunWalk | undefined;
}

export function planWarnings(input: WarningInput): PlanWarning[] {
  const { profile, season, vdot, outcomes, sessions } = input;
  const units = profile.units;
  const warnings: PlanWarning[] = [];
  if (profile.level === 'beginner' && vdot >= BEGINNER_DOUBTFUL_VDOT)
    warnings.push({
      code: 'level-doubtful',
      message: `You chose "beginner", but your race result (VDOT ${vdot.toFixed(1)}) is that of a well-trained runner. The plan keeps beginner volumes and steps; choose intermediate or advanced if you train regularly.`,
    });
  if (profile.level === 'advanced' && vdot < ADVANCED_DOUBTFUL_VDOT)
    warnings.push({
      code: 'level-doubtful',
      message: `You chose "advanced", but your race result (VDOT ${vdot.toFixed(1)}) suggests you are newer to fast running. Advanced plans climb quickly; intermediate may suit you better.`,
    });
  if (profile.days.length <= 2)
    warnings.push({
      code: 'few-days',
      message:
        `With ${profile.days.length === 1 ? 'one day' : 'two days'} a week the plan keeps the heart of speed training ` +
        '(the track ladder with strength after it' +
        (profile.days.length === 2 ? ', and a longer easy run' : '') +
        '), but it cannot build a second quality day, steady volume or a long-run progression. A third day brings those in.',
    });
  if (input.runWalk)
    warnings.push({
      code: 'run-walk',
      message: `Easy and long runs are run–walk: run ${durationWords(input.runWalk.runS)}, walk ${durationWords(input.runWalk.walkS)}, from the start. Walk breaks keep the legs fresh enough for the speed work; take longer runs only after two easy sessions feel light.`,
    });

  const week1 = input.weeks[0];
  if (week1 && week1.runningDistanceM < FIRST_WEEK_MIN_SHARE * season.currentM)
    warnings.push({
      code: 'volume-days',
      message: `Your ${formatDistance(season.currentM, units)} a week does not fit in your days with runs of a sensible length, so the plan starts at ${formatDistance(week1.runningDistanceM, units)}. More days would let it start where you are.`,
    });

  const dropped = new Map<string, number[]>();
  for (const outcome of outcomes) {
    // The race's own week sharpens with what fits before race day; a session it leaves out costs nothing.
    if (outcome.sessions.some((s) => s.type === 'race')) continue;
    for (const role of outcome.dropped) {
      if (role === 'race') continue;
      dropped.set(role, [...(dropped.get(role) ?? []), outcome.week]);
    }
  }
  for (const [role, weeks] of dropped) {
    warnings.push({
      code: 'session-dropped',
      message:
        `${DROPPED_LABEL[role] ?? 'Some sessions'} did not fit in ${weekRanges(weeks)}: your days (${profile.days.join(', ')}) cannot hold them ` +
        'without breaking a rule (a rest day each week, no hard runs on consecutive days or next to the long run). ' +
        'The more important sessions were kept; one more training day, or days further apart, brings the rest back.',
    });
  }

  const smallWeeks = outcomes.filter((o) => o.droppedForVolume.length > 0).map((o) => o.week);
  if (smallWeeks.length > 0)
    warnings.push({
      code: 'session-dropped',
      message: `Some quality sessions were left out in ${weekRanges(smallWeeks)}: the running you do now is too little to carry them all safely. As your weekly running grows, they come in.`,
    });

  const building = outcomes.filter((o) => o.thresholdWanted);
  const missing: number[] = [];
  for (let i = 1; i < building.length; i++) {
    const a = building[i - 1];
    const b = building[i];
    if (a?.thresholdMissing && b?.thresholdMissing) missing.push(b.week);
  }
  if (missing.length > 0)
    warnings.push({
      code: 'threshold-missing',
      message: `Threshold work, which your race needs at least every other week, has no room in ${weekRanges(missing)}: your days, or the running you do now, cannot hold it next to the track, the hills and the long run. A day apart from the others, or more weekly running, would bring it in.`,
    });

  if (!sessions.some((s) => s.type === 'track' || s.type === 'hills'))
    warnings.push({
      code: 'foundation-only',
      message: `${profile.weeks} weeks hold only the strength foundation: intervals start after ${foundationStrengthSessions(profile.level)} strength sessions. Give more weeks to reach the track and the hills.`,
    });

  if (season.race === 'marathon' && profile.weeks >= 12 && season.taperStartDay !== undefined) {
    const mSessions = marathonPaceSessions(input);
    if (mSessions < 4)
      warnings.push({
        code: 'marathon-pace-missing',
        message: `Marathon-pace running fits ${mSessions === 0 ? 'nowhere' : `only ${mSessions} time${mSessions === 1 ? '' : 's'}`} in the ten weeks before your taper (a marathon wants at least four): your long runs are still too short to carry it. More weeks, or more running now, would make room.`,
      });
  }
  const reach = longRunReachWarning(input);
  if (reach) warnings.push(reach);
  return warnings;
}

/** R-LNG-2: where the caps or the weeks keep the long run short of what the race wants, say so. */
function longRunReachWarning(input: WarningInput): PlanWarning | undefined {
  const { season, profile, sessions } = input;
  if (season.race !== 'half' && season.race !== 'marathon') return undefined;
  const wantM = LONG_RUN_REACH_M[season.race];
  const beforeTaper = sessions.filter((s) => s.type === 'long' && s.phase !== 'taper');
  const reachedM = Math.max(0, ...beforeTaper.map((s) => s.plannedDistanceM ?? 0));
  if (reachedM >= wantM) return undefined;
  const units = profile.units;
  const what =
    season.longestRunM < LONG_RUN_REACH_FROM_M[season.race]
      ? `a longest recent run of ${formatDistance(LONG_RUN_REACH_FROM_M[season.race], units)} or more`
      : profile.weeks < LONG_RUN_REACH_WEEKS[season.race]
        ? `${LONG_RUN_REACH_WEEKS[season.race]} weeks or more`
        : 'more running each week or an easier pace';
  return {
    code: 'long-run-short',
    message: `${reachedM === 0 ? 'This plan has no long run yet: your runs now are too short to start one safely' : `Your longest run in this plan is ${formatDistance(reachedM, units)}`}; a ${season.race === 'half' ? 'half marathon' : 'marathon'} is best prepared with ${formatDistance(wantM, units)} or more. The plan keeps each long run within a safe step and share of the week; ${what} would let it go further.`,
  };
}

const DROPPED_LABEL: Record<string, string> = {
  track: 'Track sessions',
  long: 'Long runs',
  second: 'Second quality sessions (hills, threshold or race-pace work)',
  'time-trial': 'Time trials',
};

/** "weeks 2–5, 8" */
function weekRanges(weeks: number[]): string {
  const sorted = [...new Set(weeks)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return `${sorted.length === 1 ? 'week' : 'weeks'} ${parts.join(', ')}`;
}

/** Sessions with marathon-pace running in the ten weeks before the taper (R-QUA-1). */
function marathonPaceSessions(input: Pick<WarningInput, 'sessions' | 'weeks'>): number {
  const taperStart = input.weeks.find((w) => w.phase === 'taper')?.week;
  if (taperStart === undefined) return 0;
  return input.sessions.filter(
    (s) =>
      s.week >= taperStart - 10 &&
      s.week < taperStart &&
      (s.intervals ?? []).some((b) => b.intensity === 'marathon'),
  ).length;
}
