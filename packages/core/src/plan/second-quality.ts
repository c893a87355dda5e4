/**
 * What a week's second quality day holds (COACHING 3.3), and what rides inside its long run (R-QUA-1): hills
 * early, then threshold, interval or goal-pace work alternating with hills, beginners every other week;
 * threshold inside the long run in a week without a threshold session after another one without; marathon pace in every other long run
 * of the ten weeks before a marathon's taper.
 */
import type { LongSegment } from './long-run.js';
import { thresholdCapM } from './race-specific.js';
import type { RunContext, SessionBody } from './running-sessions.js';
import type { QualityKind, WeekArgs } from './week-menu.js';

/** Weeks at least between two time trials (COACHING 4.8: every 4-6 weeks). */
const TRIAL_EVERY_WEEKS = 4;

/** What the second quality day holds this week (COACHING 3.3), or nothing. */
export function secondQuality(
  args: WeekArgs,
  taperWeek: boolean,
  finalCheck: boolean,
): QualityKind | undefined {
  const { profile, season, week, progress } = args;
  if (finalCheck) return 'time-trial';
  if (taperWeek) {
    const raceDay = season.raceDay ?? 0;
    const weekEnd = week.startDay + 6;
    if (raceDay <= weekEnd) return 'taper-race-pace';
    return season.race === 'short' ? undefined : 'taper-threshold';
  }
  if (week.deload) {
    const deloads = season.weeks.filter((w) => w.deload && w.week <= week.week).length;
    // COACHING 4.8: not in the first weeks of speed work (a beginner's first deload, in week 3, had one in
    // their first week of intervals), and every 4-6 weeks: a beginner deloading every third week would
    // otherwise race all out every third week.
    // A plan without a race ends with a time trial of its own (the final check): not one in the weeks before.
    const finalTrialWeek = season.raceDay === undefined ? profile.weeks : Infinity;
    const trialDue =
      (progress.lastTrialWeek === 0
        ? week.week >= 4
        : week.week - progress.lastTrialWeek >= TRIAL_EVERY_WEEKS) &&
      finalTrialWeek - week.week >= TRIAL_EVERY_WEEKS;
    const wantsTrial =
      trialDue &&
      (season.race === 'short' || season.race === 'mid' || deloads % 2 === 1 || halfDressRehearsal(args));
    return wantsTrial ? 'time-trial' : progress.hillSessions > 0 ? 'hills' : undefined;
  }
  // An owed trial waits past the peak weeks, except the half's check 3-5 weeks out (COACHING 8: week 9 of 12).
  if (progress.timeTrialOwed && (!week.peak || halfDressRehearsal(args))) return 'time-trial';
  const index = progress.qualityWeeks;
  const beginnerRest = profile.level === 'beginner' && index % 2 === 1;
  if (beginnerRest) return week.peak && season.race === 'short' ? 'race-pace' : undefined;
  // R-QUA-1: 10K to marathon never go two building weeks without threshold work. A building week with hills
  // has it inside its long run (longSegment), so only a peak week, whose long run may stay easy, needs it here.
  const thresholdDue = season.race !== 'short' && index > 0 && !progress.thresholdLastWeek;
  if (thresholdDue && week.peak) return 'threshold';
  if (season.race === 'short') {
    const alternate = index % 2 === 0;
    if (week.peak) return alternate || progress.racePaceSessions === 0 ? 'race-pace' : 'hills';
    return index >= 3 && !alternate ? 'intervals' : 'hills';
  }
  // Alternate with the last second quality day (a time trial takes a week's slot, not its turn), so hills
  // come every other building week (COACHING 3.3).
  const last = progress.lastSecond;
  if (!week.peak) return last === 'hills' ? 'threshold' : 'hills';
  if (last !== 'threshold') return 'threshold';
  return season.race === 'marathon' ? 'marathon' : 'race-pace';
}

export function secondBody(args: WeekArgs, kind: QualityKind, deload: boolean): SessionBody {
  const { progress, week, context } = args;
  const weekM = week.targetM;
  const race = context.raceLabel;
  switch (kind) {
    case 'hills':
      return progress.hills(deload);
    case 'threshold':
      return progress.threshold(
        weekM,
        `Threshold work for your ${race}: it raises the pace you can hold for a long time.`,
      );
    case 'taper-threshold':
      return progress.threshold(
        weekM,
        'Taper: a shorter threshold session keeps the feel of the effort while your legs freshen.',
        20,
      );
    case 'intervals':
      return progress.intervals(weekM) ?? progress.hills(deload);
    case 'race-pace':
      return progress.racePace(
        weekM,
        `Goal-pace reps: your ${race} pace in pieces, so race day feels familiar.`,
      );
    case 'taper-race-pace':
      return args.season.race === 'marathon'
        ? progress.marathonPace(
            weekM,
            'Taper: a few kilometres at marathon pace to remind your legs of race rhythm.',
            6000,
          )
        : progress.racePace(
            weekM,
            `Taper sharpener: a few reps at your ${race} pace, well short of tiring.`,
            true,
          );
    case 'marathon':
      // Marathon pace on its own needs a week big enough for it (at most a quarter of the week).
      if (0.25 * weekM < 5000)
        return progress.threshold(
          weekM,
          `Threshold work for your ${race}: it raises the pace you can hold for a long time.`,
        );
      return progress.marathonPace(
        weekM,
        'Marathon pace on its own: the rhythm you will hold for hours, practised mid-week.',
      );
    case 'time-trial':
      return progress.timeTrial(deload ? 'deload' : 'build');
  }
}

/** What rides inside the long run this week (R-QUA-1). */
export function longSegment(
  args: WeekArgs,
  weekHasThreshold: boolean,
  building: boolean,
  weekHasMarathonPace: boolean,
): LongSegment | undefined {
  const { season, week, progress, profile } = args;
  if (!building || season.race === 'short') return undefined;
  // A week with a marathon-pace run mid-week keeps its long run easy (COACHING 3.3).
  if (weekHasMarathonPace) return undefined;
  const taperWeek = season.weeks.findIndex(
    (w) => season.taperStartDay !== undefined && w.startDay + 6 >= season.taperStartDay,
  );
  const weeksBeforeTaper = taperWeek < 0 ? Infinity : taperWeek + 1 - week.week;
  if (season.race === 'marathon' && weeksBeforeTaper <= 10 && profile.weeks >= 12) {
    const needed = 4 - progress.marathonSessions;
    const buildingLeft = season.weeks.filter((w) => w.week >= week.week && !w.deload && !w.taper).length;
    if (progress.qualityWeeks % 2 === 1 || (needed > 0 && buildingLeft <= needed + 1))
      return { kind: 'marathon', distanceM: Math.min(16000, 6000 + 2000 * progress.marathonSessions) };
  }
  if (weekHasThreshold) return undefined;
  // R-QUA-1 asks for threshold work in every other building week: after a week that had some (and in the
  // first building week, which already brings the ladder and the hills) the long run stays easy, so a hill
  // week holds two hard days, not three.
  if (progress.qualityWeeks === 0 || progress.thresholdLastWeek) return undefined;
  // Two blocks, 16 minutes at most, within R-QUA-1's cap for the week: the long run stays an easy day.
  const capS =
    (thresholdCapM(0.9 * week.targetM, args.context.paces.thresholdSPerKm) *
      args.context.paces.thresholdSPerKm) /
    1000;
  const minutes = Math.min(8, Math.floor(capS / 60 / 2 / 0.5) * 0.5);
  return { kind: 'threshold', repeat: 2, minutes };
}

/** A segment sized for the long run it rides in: marathon pace at most 60 % of it, threshold ≤ 20 minutes. */
export function fitSegment(
  segment: LongSegment,
  longM: number,
  context: RunContext,
): LongSegment | undefined {
  if (segment.kind === 'threshold') {
    const tM = (segment.repeat * segment.minutes * 60 * 1000) / context.paces.thresholdSPerKm;
    return tM <= 0.4 * longM ? segment : undefined;
  }
  const maxM = Math.floor((0.5 * longM - 500) / 1000) * 1000;
  if (maxM < 3000) return undefined;
  const distanceM = Math.min(segment.distanceM, maxM);
  return { ...segment, distanceM };
}

export function longWhy(args: WeekArgs, kind: 'build' | 'deload' | 'taper'): string {
  const race = args.context.raceLabel;
  if (kind === 'deload') return 'Lighter week: a shorter long run, easy all the way.';
  if (kind === 'taper') return 'Taper: a shorter long run to keep the rhythm while the legs freshen.';
  return `The long run builds the endurance your ${race} rests on: easy, steady, a little further than before.`;
}

/**
 * COACHING 4.8: a half marathon's plan checks fitness once mid-plan and once 3-5 weeks before the race, so the
 * last weeks are paced from a fresh result.
 */
function halfDressRehearsal({ season, week }: WeekArgs): boolean {
  if (season.race !== 'half' || season.raceDay === undefined) return false;
  const daysOut = season.raceDay - week.startDay;
  return daysOut >= 21 && daysOut < 35;
}
