/**
 * The season's blueprint: before any session is placed, where the plan starts (the runner's current
 * running, R-VOL-1), how high it climbs (a peak from the race, the level and the weeks, R-VOL-2), which weeks
 * are lighter (deloads, R-REC-3/4), when the taper starts (R-REC-5) and the running each week aims at.
 */
import { formatDistance } from '../units/pace-format.js';
import type { Profile } from '../profile/profile-types.js';
import type { PlanWarning } from './plan-types.js';
import {
  ASSUMED_TRAINING_M,
  PEAK_RANGE_M,
  WEEKLY_RISE,
  raceClass,
  taperDays,
  taperShare,
} from './race-profile.js';
import type { RaceClass } from './race-profile.js';
import { weekRiseCapM } from './rule-limits.js';

/** Below this a week cannot hold the foundation's runs: plans start from at least 5 km. */
const MIN_WEEKLY_M = 5000;
/** The most a week of a marathon with the 14-day taper may run: under the 60 km of R-REC-5. */
const MARATHON_SHORT_TAPER_PEAK_M = 59_900;
/** A deload week's running, against the week before it (R-REC-4 allows at most 80 %). */
const DELOAD_SHARE = 0.75;

export interface SeasonWeek {
  week: number;
  startDay: number;
  deload: boolean;
  /** One of the last weeks before the taper: race-specific work peaks here. */
  peak: boolean;
  /** The taper reaches into this week (R-REC-5). */
  taper: boolean;
  /** The running this week aims at, taper days already cut. */
  targetM: number;
}

export interface Season {
  race: RaceClass;
  raceDistanceM: number;
  /** The running the plan starts from (the runner's, or our assumption, at least 5 km). */
  currentM: number;
  longestRunM: number;
  peakM: number;
  /** No week may run more than this (a marathon re-planned for the 14-day taper of a peak under 60 km). */
  weekCapM?: number;
  /** First day of the taper, with a race date. */
  taperStartDay?: number;
  raceDay?: number;
  endDay: number;
  weeks: SeasonWeek[];
  assumptions: string[];
  warnings: PlanWarning[];
}

const PEAK_WEEKS = 3;

/** The blueprint for a validated profile. */
export function seasonBlueprint(
  profile: Profile,
  startDay: number,
  raceDay: number | undefined,
  /** The peak the plan really reached, when a first pass found it lower than planned (a marathon's taper follows it). */
  reachedPeakM?: number,
): Season {
  const raceDistanceM = (profile.goal ?? profile.recent).distanceM;
  const race = raceClass(raceDistanceM);
  const units = profile.units;
  const given = profile.current ?? {};
  const assumptions: string[] = [];
  const warnings: PlanWarning[] = [];
  const training = currentTraining(profile);
  const { currentM, longestRunM } = training;
  if (given.weeklyDistanceM === undefined && given.longestRunM === undefined) {
    assumptions.push(
      `We assumed you run about ${formatDistance(currentM, units)} a week with a longest run of ${formatDistance(longestRunM, units)}. Tell us what you really run and the plan starts from there.`,
    );
  } else if (given.weeklyDistanceM === undefined) {
    assumptions.push(`We assumed you run about ${formatDistance(currentM, units)} a week.`);
  } else if (given.longestRunM === undefined) {
    assumptions.push(`We assumed your longest recent run is about ${formatDistance(longestRunM, units)}.`);
  }
  if (training.raisedToMinimum) {
    assumptions.push(
      `You run less than ${formatDistance(MIN_WEEKLY_M, units)} a week now, so the plan starts from ${formatDistance(MIN_WEEKLY_M, units)}: short, easy runs first.`,
    );
  }

  const endDay = raceDay ?? startDay + profile.weeks * 7 - 1;
  // The taper's length needs the peak, and the peak the weeks before the taper: a marathon taper is 21 days
  // unless the peak stays under 60 km, so try the long taper first.
  let days = raceDay === undefined ? 0 : taperDays(race, Number.POSITIVE_INFINITY, profile.weeks);
  let layout = weekLayout(profile, startDay, raceDay, days);
  let peakM = peakWeekM(profile, race, currentM, layout.buildWeeks, warnings);
  if (raceDay !== undefined) {
    const fitted = taperDays(race, Math.min(peakM, reachedPeakM ?? Infinity), profile.weeks);
    if (fitted !== days) {
      days = fitted;
      layout = weekLayout(profile, startDay, raceDay, days);
      warnings.length = 0;
      peakM = peakWeekM(profile, race, currentM, layout.buildWeeks, warnings);
    }
    // The shorter taper was chosen for a peak under what the longer one needs: the extra weeks it frees must
    // not lift the peak back over that line, or the taper would no longer suit it (R-REC-5).
    if (reachedPeakM !== undefined) peakM = Math.min(peakM, reachedPeakM);
  }

  const weeks: SeasonWeek[] = [];
  const stepM = layout.buildWeeks > 0 ? Math.max(1000, (peakM - currentM) / layout.buildWeeks) : 0;
  let buildM = currentM;
  let previousM = currentM;
  layout.kinds.forEach((kind, index) => {
    const week = index + 1;
    const weekStart = startDay + index * 7;
    let targetM: number;
    if (kind === 'deload') targetM = DELOAD_SHARE * previousM;
    else if (kind === 'taper')
      targetM = taperWeekM(race, buildM, weekStart, endDay, layout.taperStartDay, raceDay);
    else {
      if (week > 1) buildM = Math.min(peakM, buildM + stepM, weekRiseCapM(buildM));
      targetM = buildM;
    }
    previousM = targetM;
    weeks.push({
      week,
      startDay: weekStart,
      deload: kind === 'deload',
      peak: kind === 'build' && profile.weeks >= 6 && layout.peakWeeks.has(week),
      taper: kind === 'taper',
      targetM: Math.round(targetM),
    });
  });
  const season: Season = {
    race,
    raceDistanceM,
    currentM,
    longestRunM,
    peakM,
    endDay,
    weeks,
    assumptions,
    warnings,
  };
  // A marathon tapering 14 days keeps every week under the 60 km that would call for 21 (R-REC-5).
  if (race === 'marathon' && raceDay !== undefined && days < 21)
    season.weekCapM = MARATHON_SHORT_TAPER_PEAK_M;
  if (reachedPeakM !== undefined) season.weekCapM = Math.min(reachedPeakM, MARATHON_SHORT_TAPER_PEAK_M);
  if (raceDay !== undefined) {
    season.raceDay = raceDay;
    if (layout.taperStartDay !== undefined) season.taperStartDay = layout.taperStartDay;
  }
  return season;
}

type WeekKind = 'build' | 'deload' | 'taper';

interface WeekLayoutPlan {
  kinds: WeekKind[];
  buildWeeks: number;
  peakWeeks: Set<number>;
  taperStartDay?: number;
}

/** Which weeks build, which deload, which taper. A week the taper reaches is a taper week. */
function weekLayout(
  profile: Profile,
  startDay: number,
  raceDay: number | undefined,
  taperLengthDays: number,
): WeekLayoutPlan {
  // A taper never eats the first week: the plan needs a week to start from.
  const taperStartDay =
    raceDay === undefined ? undefined : Math.max(startDay + 7, raceDay - taperLengthDays + 1);
  const cycle = profile.level === 'beginner' ? 3 : 4;
  const kinds: WeekKind[] = [];
  let lastRecovery = 0;
  for (let week = 1; week <= profile.weeks; week++) {
    const weekStart = startDay + (week - 1) * 7;
    const touchesTaper = taperStartDay !== undefined && weekStart + 6 >= taperStartDay;
    const nextTouchesTaper = taperStartDay !== undefined && weekStart + 13 >= taperStartDay;
    if (touchesTaper) {
      kinds.push('taper');
      lastRecovery = week;
    } else if (profile.weeks >= 8 && week - lastRecovery >= cycle && !(cycle === 3 && nextTouchesTaper)) {
      kinds.push('deload');
      lastRecovery = week;
    } else kinds.push('build');
  }
  // Without a race the last week is the final time trial's, not a deload: the deload comes a week earlier.
  if (raceDay === undefined && kinds.length >= 2 && kinds[kinds.length - 1] === 'deload') {
    kinds[kinds.length - 1] = 'build';
    // R-REC-3 needs a deload in every four weeks; only where the last three hold none does one move earlier.
    if (!kinds.slice(-4, -1).includes('deload')) kinds[kinds.length - 2] = 'deload';
  }
  const buildList = kinds.flatMap((k, i) => (k === 'build' ? [i + 1] : []));
  const plan: WeekLayoutPlan = {
    kinds,
    buildWeeks: Math.max(0, buildList.length - 1),
    peakWeeks: new Set(buildList.slice(-PEAK_WEEKS)),
  };
  if (taperStartDay !== undefined) plan.taperStartDay = taperStartDay;
  return plan;
}

/** The peak week (COACHING 1.3): a steady rise from where the runner is, within the race's range. */
function peakWeekM(
  profile: Profile,
  race: RaceClass,
  currentM: number,
  buildWeeks: number,
  warnings: PlanWarning[],
): number {
  const [lowM, highM] = PEAK_RANGE_M[race][profile.level];
  if (currentM >= highM) return currentM;
  const rampM = Math.max(
    currentM * (1 + WEEKLY_RISE[profile.level]) ** buildWeeks,
    currentM + 1000 * buildWeeks,
  );
  const capM = Math.max(1.6 * currentM, currentM + 15000);
  const peakM = Math.min(highM, rampM, capM);
  if (peakM < lowM) {
    const units = profile.units;
    warnings.push({
      code: 'volume-low',
      message:
        `Your running now (${formatDistance(currentM, units)} a week) is far below what this race asks at its peak ` +
        `(${formatDistance(lowM, units)}–${formatDistance(highM, units)} a week). In ${profile.weeks} weeks the plan can safely build to ` +
        `about ${formatDistance(peakM, units)}; more weeks or a shorter race would suit you better.`,
    });
  }
  return Math.round(peakM);
}

/** A taper week's running: each day's share of the build level, cut deeper as the race nears (R-REC-5). */
function taperWeekM(
  race: RaceClass,
  buildM: number,
  weekStart: number,
  endDay: number,
  taperStartDay: number | undefined,
  raceDay: number | undefined,
): number {
  let sumM = 0;
  for (let day = weekStart; day < weekStart + 7 && day <= endDay; day++) {
    if (day === raceDay) continue;
    const share =
      taperStartDay === undefined || raceDay === undefined || day < taperStartDay
        ? 1
        : taperShare(race, raceDay - day);
    sumM += (buildM / 7) * share;
  }
  return sumM;
}

/**
 * What the runner runs now (R-VOL-1): what they said, or our assumption by race and level (COACHING 1.2);
 * at least 5 km a week, and a longest run no longer than the week.
 */
export function currentTraining(profile: Profile): {
  currentM: number;
  longestRunM: number;
  raisedToMinimum: boolean;
} {
  const race = raceClass((profile.goal ?? profile.recent).distanceM);
  const [assumedWeekM, assumedLongestM] = ASSUMED_TRAINING_M[race][profile.level];
  const given = profile.current ?? {};
  const statedM = given.weeklyDistanceM ?? assumedWeekM;
  const currentM = Math.max(MIN_WEEKLY_M, statedM);
  const longestM = given.longestRunM ?? Math.min(assumedLongestM, Math.round(0.45 * statedM));
  return {
    currentM,
    longestRunM: Math.max(1000, Math.min(longestM, currentM)),
    raisedToMinimum: statedM < MIN_WEEKLY_M,
  };
}
