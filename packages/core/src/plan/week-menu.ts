/**
 * One plan week, start to finish: which key runs the week wants (the ladder, the long run, a second quality
 * day chosen for the race in second-quality.ts, a time trial, the race), where they go (week-layout.ts), what
 * each holds (session-progress.ts), how the week's running is shared between them (week-volume.ts) and what
 * it gives up when it holds more than it may (week-ceiling.ts).
 */
import { weekdayOf } from '../calendar/calendar-date.js';
import type { Profile } from '../profile/profile-types.js';
import { formatDayNumber } from '../calendar/calendar-date.js';
import type { Phase, Session } from './plan-types.js';
import { longRunSession } from './long-run.js';
import { isHardRun } from './hard-runs.js';
import { levelRunningDays, longRunShareCap, needsLongRun, taperStrengthLimits } from './race-profile.js';
import { easySession, raceSession } from './running-sessions.js';
import type { EasyReason, RunContext, SessionBody } from './running-sessions.js';
import type { Season, SeasonWeek } from './season-blueprint.js';
import { easyMidSPerKm } from './session-distance.js';
import type { SessionProgress } from './session-progress.js';
import { cachedLayout } from './week-layout.js';
import type { KeyIntent, KeyKind, WeekLayout } from './week-layout.js';
import { MIN_RUN_S, lengthenCooldown, shareWeek } from './week-volume.js';
import { fitQualityToWeek } from './race-specific.js';
import { fitSegment, longSegment, longWhy, secondBody, secondQuality } from './second-quality.js';
import { fitToCeiling, taperIntervalBudgetM, weekCeilingM, weekTargetM } from './week-ceiling.js';

export type QualityKind =
  | 'hills'
  | 'threshold'
  | 'intervals'
  | 'race-pace'
  | 'marathon'
  | 'time-trial'
  | 'taper-threshold'
  | 'taper-race-pace';

export type Role = 'race' | 'track' | 'long' | 'second' | 'time-trial';

export interface WeekOutcome {
  week: number;
  sessions: Session[];
  /** Key runs the days could not hold. */
  dropped: Role[];
  /** Key runs the week's running could not carry (a small runner's week). */
  droppedForVolume: Role[];
  thresholdWanted: boolean;
  /** The week wanted threshold work and had no room for it (R-QUA-1's warning). */
  thresholdMissing: boolean;
}

export interface WeekArgs {
  profile: Profile;
  season: Season;
  week: SeasonWeek;
  context: RunContext;
  progress: SessionProgress;
  raceWhy: string;
  /** Every session of the earlier weeks, in date order. */
  sessions: readonly Session[];
}

/** Plans one week. */
export function planWeek(args: WeekArgs): WeekOutcome {
  const { profile, season, week, context, progress } = args;
  const weekStart = week.startDay;
  const { raceDay, taperStartDay } = season;
  const lastDay = Math.min(weekStart + 6, season.endDay);
  const foundation = progress.inFoundation();
  const taperWeek = taperStartDay !== undefined && weekStart + 6 >= taperStartDay;
  const finalCheck = raceDay === undefined && week.week === profile.weeks;
  // A deload week inside the peak weeks, and the days of a taper week before the taper, belong to the peak
  // weeks: their label does not step back to "build".
  const inPeak =
    week.peak || ((week.deload || taperWeek) && season.weeks.some((w) => w.peak && w.week < week.week));
  const phase: Phase = foundation ? 'foundation' : inPeak ? 'peak' : 'build';
  const building = !foundation && !week.deload && !taperWeek;

  const available: boolean[] = [];
  const strengthBlocked: boolean[] = [];
  const longPreferred: boolean[] = [];
  const { noStrengthDays, noPlyometricsDays } = taperStrengthLimits(season.race);
  for (let offset = 0; offset < 7; offset++) {
    const day = weekStart + offset;
    available.push(day <= lastDay && day !== raceDay && profile.days.includes(weekdayOf(day)));
    strengthBlocked.push(raceDay !== undefined && raceDay - day <= noStrengthDays);
    longPreferred.push(weekdayOf(day) === 'sat' || weekdayOf(day) === 'sun');
  }
  const lastOffset = lastDay - weekStart;
  const raceOffset = raceDay !== undefined && raceDay <= lastDay ? raceDay - weekStart : undefined;
  const hardLast = raceDay === undefined ? lastOffset : Math.min(lastOffset, raceDay - 2 - weekStart);
  const longLast = raceDay === undefined ? lastOffset : Math.min(lastOffset, raceDay - 7 - weekStart);

  // 1. The menu: key runs, most important first.
  const wantsLong =
    needsLongRun(season.race, profile.days.length) || (season.race !== 'short' && profile.days.length >= 2);
  const menuFor = (second: QualityKind | undefined): { role: Role; intent: KeyIntent }[] => {
    const menu: { role: Role; intent: KeyIntent }[] = [];
    const add = (
      role: Role,
      kind: KeyKind,
      first: number,
      last: number,
      extra: Partial<KeyIntent> = {},
    ): void => {
      if (first <= last)
        menu.push({ role, intent: { kind, earliestOffset: first, latestOffset: last, ...extra } });
    };
    if (raceOffset !== undefined)
      menu.push({
        role: 'race',
        intent: {
          kind: 'race',
          earliestOffset: raceOffset,
          latestOffset: raceOffset,
          pinnedOffset: raceOffset,
        },
      });
    const timeTrial = (): void => {
      // In a building week a time trial holds the second quality day, so strength follows it as it would
      // (COACHING 3.1): an easy day with strength instead pushes the long run off the weekend or next to the
      // trial. A deload week's trial ends the week, and a beginner's all-out effort is enough for one day.
      add('time-trial', 'time-trial', week.deload ? 4 : 0, hardLast, {
        hardFreeDaysAfter: progress.timeTrialRecoveryDays(),
        takesStrength: !week.deload && profile.level !== 'beginner',
      });
    };
    // The final check is what the plan was for (R-GOL-1): it and the long run come before the ladder when days are short.
    if (second === 'time-trial' && finalCheck) timeTrial();
    if (finalCheck && wantsLong) add('long', 'long', 0, longLast);
    if (!foundation) add('track', 'quality', 0, hardLast, { takesStrength: true });
    if (!finalCheck && wantsLong) add('long', 'long', 0, longLast);
    if (second === 'time-trial') {
      if (!finalCheck) timeTrial();
    } else if (second !== undefined)
      add(
        'second',
        'quality',
        0,
        second === 'taper-race-pace' && raceDay !== undefined
          ? Math.min(hardLast, raceDay - 3 - weekStart)
          : hardLast,
        {
          takesStrength: true,
        },
      );
    return menu;
  };

  // 2. How many runs the week's running can feed (R-DAY-1: the level's days, none shorter than 20 minutes).
  const availableCount = available.filter(Boolean).length;
  const minRunM = (MIN_RUN_S * 1000) / easyMidSPerKm(context.paces);
  // Two run dates at least, where the runner has them: strength needs a run to follow.
  const runDays = Math.max(
    Math.min(availableCount, 2),
    Math.min(
      availableCount,
      levelRunningDays(profile.level, week.targetM),
      Math.floor(week.targetM / minRunM),
    ),
  );
  const previousWeek = recentSessions(args.sessions, weekStart - 7).filter((s) => s.week === week.week - 1);
  const previous = boundary(recentSessions(args.sessions, weekStart - 6), weekStart);

  // 3. Placing them.
  const place = (menu: { role: Role; intent: KeyIntent }[]): WeekLayout => {
    const keyRuns = menu.filter((m) => m.role !== 'race').length;
    let easyRuns = Math.max(0, runDays - keyRuns);
    if (week.deload) easyRuns = Math.min(easyRuns, previousWeek.filter((s) => s.type === 'easy').length);
    return cachedLayout({
      available,
      strengthBlocked,
      longPreferred,
      intents: menu.map((m) => m.intent),
      easyRuns,
      strengthSessions: week.deload
        ? Math.min(2, previousWeek.filter((s) => s.type === 'strength').length)
        : 2,
      previous,
    });
  };
  let second = foundation ? undefined : secondQuality(args, taperWeek, finalCheck);
  let menu = menuFor(second);
  let layout = place(menu);
  // A time trial that pushes the long run off the weekend waits for the next building week (COACHING 4.8).
  if (
    second === 'time-trial' &&
    week.deload &&
    !finalCheck &&
    longOffWeekend(menu, layout, longPreferred, available)
  ) {
    progress.timeTrialOwed = true;
    // Trials are spaced by the deloads they belong to, so one that runs a week late does not push the next.
    progress.lastTrialWeek = week.week;
    second = progress.hillSessions > 0 ? 'hills' : undefined;
    menu = menuFor(second);
    layout = place(menu);
  } else if (second === 'time-trial' && !finalCheck) progress.timeTrialOwed = false;

  // 4. Building the key runs in date order, then the long run and easy runs from what the week has left.
  const placed: { offset: number; role: Role }[] = [];
  const dropped: Role[] = [];
  menu.forEach((m, i) => {
    const offset = layout.intentOffsets[i];
    if (offset === undefined) dropped.push(m.role);
    else placed.push({ offset, role: m.role });
  });
  placed.sort((a, b) => a.offset - b.offset);
  const climbSlotsLeft = args.season.weeks.filter(
    (w) => w.week > week.week && !w.deload && (taperStartDay === undefined || w.startDay + 6 < taperStartDay),
  ).length;
  const bodies = new Map<number, SessionBody>();
  let threshold = false;
  for (const { offset, role } of placed) {
    const day = weekStart + offset;
    const inTaper = taperStartDay !== undefined && day >= taperStartDay;
    let body: SessionBody | undefined;
    switch (role) {
      case 'race':
        body = raceSession(context, season.raceDistanceM, args.raceWhy);
        break;
      case 'track':
        // The ladder does not start in the race's last week: there is no time left to climb it.
        if (raceDay !== undefined && raceDay - day <= 6 && progress.trackSessions === 0) break;
        {
          const budgetM = raceDay !== undefined && raceDay - day <= 6 ? taperIntervalBudgetM(args) : Infinity;
          // A second sharpener in the race's last days would be more than the taper allows: that day rests.
          if (budgetM < 200) break;
          body = progress.track(
            inTaper ? 'sharpen' : week.deload ? 'deload' : 'normal',
            climbSlotsLeft,
            budgetM,
          );
        }
        break;
      case 'time-trial':
        body = progress.timeTrial(finalCheck ? 'final' : week.deload ? 'deload' : 'build');
        // An owed trial (a build week's) keeps the week of the deload it was due in.
        if (week.deload || finalCheck) progress.lastTrialWeek = week.week;
        break;
      case 'second':
        body = secondBody(args, second ?? 'hills', week.deload);
        break;
      case 'long':
        break;
    }
    if (body) {
      if (body.intervals?.some((i) => i.intensity === 'threshold')) threshold = true;
      bodies.set(offset, body);
    }
  }

  const placedLongOffset = placed.find((p) => p.role === 'long')?.offset;
  const strengthOffsets = new Set(layout.strengthOffsets);
  const runningDays = placed.filter((p) => p.role !== 'race').length + layout.easyOffsets.length;
  const segment =
    placedLongOffset === undefined
      ? undefined
      : longSegment(
          args,
          threshold,
          // A time trial is the week's hard effort: the long run after it stays easy, unless R-QUA-1 needs
          // its threshold work this week.
          (building || (week.peak && !week.deload)) &&
            (second !== 'time-trial' || !progress.thresholdLastWeek),
          [...bodies.values()].some((b) => (b.intervals ?? []).some((i) => i.intensity === 'marathon')),
        );
  const fixedOffsets = [...bodies.keys()].filter((o) => bodies.get(o)?.type !== 'race').sort((a, b) => a - b);
  const longKind = taperWeek ? 'taper' : week.deload ? 'deload' : 'build';
  const weeksToRace = raceDay === undefined ? Infinity : Math.ceil((raceDay - weekStart) / 7);
  const targetM = progress.longRunTargetM(
    longKind,
    season.race === 'marathon' && weeksToRace >= 3 ? 0.8 : 0.7,
    longWeeksToGoal(season, week.week),
  );
  const wantedM = placedLongOffset === undefined ? undefined : targetM;
  // A long run shorter than an easy run is not a long run: that day takes an easy run instead.
  const longShareM = longRunShareCap(season.race, availableCount) * week.targetM;
  const longTooShort = wantedM !== undefined && Math.min(wantedM, longShareM) < minRunM;
  const longOffset = longTooShort ? undefined : placedLongOffset;
  const longWantedM = longTooShort ? undefined : wantedM;
  const easyOffsets =
    longTooShort && placedLongOffset !== undefined
      ? [...layout.easyOffsets, placedLongOffset].sort((a, b) => a - b)
      : layout.easyOffsets;
  // Without a long run placed, no run of the week outgrows the long run it would have had: the week's
  // longest run still grows by R-LNG-1's small steps.
  const runCapM = longOffset === undefined ? Math.max(minRunM, targetM) : undefined;
  // The taper takes running away, it never adds: its easy runs stay as they were, and no run outgrows the
  // last full week's, so the race week's quality days do not fill up with cool-down.
  const easyCapM = week.taper ? Math.max(minRunM, progress.longestEasyM) : undefined;
  const lastWeekM = week.taper ? lastFullWeekRunM(args.sessions, week.week) : 0;
  const dayCapM = lastWeekM > 0 ? Math.max(minRunM, lastWeekM) : undefined;
  const mediumLongOffset =
    building || (week.peak && !week.deload && !taperWeek)
      ? mediumLongDay(args, easyOffsets, longOffset, runningDays, previous.longOnEve, placed)
      : undefined;
  const share = shareWeek({
    runCapM,
    easyCapM,
    dayCapM,
    race: season.race,
    paces: context.paces,
    fixed: fixedOffsets.map((o) => bodies.get(o)).filter((b): b is SessionBody => b !== undefined),
    longWantedM,
    easyCarriesStrength: easyOffsets.map((o) => strengthOffsets.has(o)),
    easyShakeout: easyOffsets.map((o) => raceDay !== undefined && weekStart + o === raceDay - 1),
    easyMediumLong: easyOffsets.map((o) => o === mediumLongOffset),
    easyRecovery: easyOffsets.map((o) =>
      longOffset !== undefined && o === longOffset + 1
        ? 'after-long'
        : o === 0 && previous.longOnEve
          ? 'after-last-week-long'
          : undefined,
    ),
    targetM: weekTargetM(
      args,
      [...bodies.values()],
      longWantedM,
      easyOffsets.filter((o) => strengthOffsets.has(o)).length,
    ),
    maxM: weekCeilingM(args),
    runningDays,
  });
  fixedOffsets.forEach((o, i) => {
    const body = bodies.get(o);
    if (body) lengthenCooldown(body, share.cooldownExtraM[i] ?? 0, context.paces);
  });
  if (longOffset !== undefined && share.longM !== undefined && share.longM >= minRunM) {
    const why = longWhy(args, longKind);
    const longBody = longRunSession(
      context,
      share.longM,
      why,
      segment && fitSegment(segment, share.longM, context),
    );
    progress.recordLongRun(longBody.plannedDistanceM ?? share.longM, longKind === 'build');
    if (longBody.intervals?.some((i) => i.intensity === 'marathon')) progress.marathonSessions++;
    bodies.set(longOffset, longBody);
  }
  const qualityOffsets = new Set(
    placed
      .filter((p) => p.role === 'track' || p.role === 'second' || p.role === 'time-trial')
      .map((p) => p.offset),
  );
  const stridesBefore = new Set(
    placed.filter((p) => p.role === 'track' || p.role === 'long').map((p) => p.offset - 1),
  );
  let strides = 0;
  easyOffsets.forEach((offset, i) => {
    const distanceM = share.easyM[i] ?? 0;
    if (distanceM <= 0) {
      strengthOffsets.delete(offset);
      return;
    }
    const day = weekStart + offset;
    const withStrides =
      strides < 2 && (foundation || stridesBefore.has(offset) || day === (raceDay ?? NaN) - 1);
    if (withStrides) strides++;
    const around = {
      mediumLong: offset === mediumLongOffset,
      afterLong: offset - 1 === longOffset || (offset === 0 && previous.longOnEve),
      beforeLong: offset + 1 === longOffset,
      beforeQuality: qualityOffsets.has(offset + 1),
    };
    bodies.set(
      offset,
      easySession(context, distanceM, easyReason(args, day, foundation, around), withStrides),
    );
  });
  // In a week without a long run its longest easy run carries the long-run progression on.
  if (longOffset === undefined) {
    const longestEasyM = Math.max(0, ...easyOffsets.map((o) => bodies.get(o)?.plannedDistanceM ?? 0));
    if (longestEasyM > 0) progress.recordLongRun(longestEasyM, longKind === 'build');
  }

  // R-QUA-1's caps hold for the week the runs really make up, which may be less than it aimed at.
  for (let round = 0; round < 2; round++) {
    const weekM = [...bodies.values()]
      .filter((b) => b.type !== 'race')
      .reduce((sum, b) => sum + (b.plannedDistanceM ?? 0), 0);
    for (const body of bodies.values()) fitQualityToWeek(body, weekM - 50, context);
  }

  // 5. Strength after the day's run, in date order; lighter in deloads and the taper, lifts only near a race.
  const sessions: Session[] = [];
  const weekSessions = (offset: number, body: SessionBody): void => {
    const day = weekStart + offset;
    const inTaper = taperStartDay !== undefined && day >= taperStartDay;
    sessions.push({
      id: `${formatDayNumber(day)}-${body.type}`,
      date: formatDayNumber(day),
      week: week.week,
      phase: inTaper ? 'taper' : phase,
      deload: week.deload,
      technique: [],
      ...body,
    });
  };
  for (let offset = 0; offset < 7; offset++) {
    const body = bodies.get(offset);
    if (!body) continue;
    weekSessions(offset, body);
    if (strengthOffsets.has(offset)) {
      const day = weekStart + offset;
      const daysToRace = raceDay === undefined ? Infinity : raceDay - day;
      weekSessions(
        offset,
        progress.strength(week.deload || taperWeek || foundation, daysToRace <= noPlyometricsDays),
      );
    }
  }
  const droppedForVolume: Role[] = [];
  fitToCeiling(args, sessions, previousWeek, droppedForVolume);
  const keptM = sessions
    .filter((x) => x.type !== 'race' && x.type !== 'strength')
    .reduce((sum, x) => sum + (x.plannedDistanceM ?? 0), 0);
  for (const session of sessions) fitQualityToWeek(session, keptM - 50, context);
  progress.recordWeek(week.week, sessions);
  if (building || week.peak) {
    progress.qualityWeeks++;
    if (second !== undefined && second !== 'time-trial') progress.lastSecond = second;
    progress.thresholdLastWeek = sessions.some((x) =>
      (x.intervals ?? []).some((b) => b.intensity === 'threshold'),
    );
  }
  const thresholdWanted = season.race !== 'short' && (building || week.peak) && !foundation;
  const thresholdKept = sessions.some((x) => (x.intervals ?? []).some((b) => b.intensity === 'threshold'));
  return {
    week: week.week,
    sessions,
    dropped,
    droppedForVolume,
    thresholdWanted,
    thresholdMissing: thresholdWanted && !thresholdKept,
  };
}

function easyReason(
  args: WeekArgs,
  day: number,
  foundation: boolean,
  around: { mediumLong: boolean; afterLong: boolean; beforeLong: boolean; beforeQuality: boolean },
): EasyReason {
  const { season, week } = args;
  if (season.raceDay !== undefined && day === season.raceDay - 1) return 'shakeout';
  if (season.taperStartDay !== undefined && day >= season.taperStartDay) return 'taper';
  if (week.deload) return 'deload';
  if (foundation) return 'foundation';
  if (around.mediumLong) return 'medium-long';
  if (around.afterLong) return 'recovery';
  if (around.beforeQuality) return 'before-quality';
  if (around.beforeLong) return 'before-long';
  return 'base';
}

/** What the last days of the previous week hold, for the rules across the week boundary. */
function boundary(
  sessions: readonly Session[],
  weekStart: number,
): {
  hardOnEve: boolean;
  longOnEve: boolean;
  strengthOnEve: boolean;
  hardFreeUntilOffset: number;
} {
  const eve = formatDayNumber(weekStart - 1);
  const onEve = sessions.filter((s) => s.date === eve);
  let hardFreeUntilOffset = 0;
  for (let back = 1; back <= 5; back++) {
    const date = formatDayNumber(weekStart - back);
    for (const s of sessions) {
      if (s.date !== date || (s.type !== 'time-trial' && s.type !== 'race')) continue;
      const km = (s.intervals?.[0]?.distanceM ?? 0) / 1000;
      const freeDays = Math.max(1, Math.round(km / 3));
      hardFreeUntilOffset = Math.max(hardFreeUntilOffset, freeDays - back + 1);
    }
  }
  return {
    hardOnEve: onEve.some(isHardRun),
    longOnEve: onEve.some((s) => s.type === 'long'),
    strengthOnEve: onEve.some((s) => s.type === 'strength'),
    hardFreeUntilOffset,
  };
}

function longOffWeekend(
  menu: readonly { role: Role }[],
  layout: WeekLayout,
  longPreferred: readonly boolean[],
  available: readonly boolean[],
): boolean {
  const index = menu.findIndex((m) => m.role === 'long');
  const offset = index < 0 ? undefined : layout.intentOffsets[index];
  const weekendFree = longPreferred.some((p, o) => p && available[o]);
  return index >= 0 && weekendFree && (offset === undefined || !longPreferred[offset]);
}

/** The sessions dated on or after `fromDay`: the plan so far is in date order, so only its tail is read. */
function recentSessions(sessions: readonly Session[], fromDay: number): Session[] {
  const from = formatDayNumber(fromDay);
  let i = sessions.length;
  while (i > 0 && (sessions[i - 1]?.date ?? '') >= from) i--;
  return sessions.slice(i);
}

/**
 * The longest run, long run and race aside, of the last full week before `week` (a deload is skipped: a taper
 * after a deload keeps to the level of the week before that); 0 when there is none.
 */
function lastFullWeekRunM(sessions: readonly Session[], week: number): number {
  const full = sessions.filter((s) => s.week < week && !s.deload).at(-1)?.week;
  return sessions
    .filter((s) => s.week === full && s.type !== 'long' && s.type !== 'strength' && s.type !== 'race')
    .reduce((most, s) => Math.max(most, s.plannedDistanceM ?? 0), 0);
}

/**
 * Full weeks (not deloads, not the taper's) from `week` to the one where the long run should first reach its
 * goal: the second-to-last full week, so the goal comes 2–5 weeks before the race and is run once more
 * (COACHING 2.2). 0 once that week has passed.
 */
function longWeeksToGoal(season: Season, week: number): number {
  const { taperStartDay } = season;
  const full = season.weeks.filter(
    (w) => !w.deload && (taperStartDay === undefined || w.startDay + 6 < taperStartDay),
  );
  const goalWeek = (full.at(-2) ?? full.at(-1))?.week ?? 0;
  return full.filter((w) => w.week >= week && w.week <= goalWeek).length;
}

/**
 * The easy run that is the week's medium-long run (COACHING 3.2: half and marathon runners on five runs or
 * more), or undefined: the one farthest from the long run, not next to it (those days recover or prepare),
 * and not the eve of a quality session.
 */
function mediumLongDay(
  args: WeekArgs,
  easyOffsets: readonly number[],
  longOffset: number | undefined,
  runningDays: number,
  longOnEve: boolean,
  placed: readonly { offset: number; role: Role }[],
): number | undefined {
  const race = args.season.race;
  if ((race !== 'half' && race !== 'marathon') || runningDays < 5 || longOffset === undefined)
    return undefined;
  const beforeQuality = new Set(placed.filter((p) => p.role !== 'long').map((p) => p.offset - 1));
  const candidates = easyOffsets.filter(
    (o) => Math.abs(o - longOffset) > 1 && !(o === 0 && longOnEve) && !beforeQuality.has(o),
  );
  return candidates.reduce<number | undefined>(
    (best, o) => (best === undefined || Math.abs(o - longOffset) > Math.abs(best - longOffset) ? o : best),
    undefined,
  );
}
