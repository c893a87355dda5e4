/**
 * One plan week, start to finish: which key runs the week wants (the ladder, the long run, a second quality
 * day chosen for the race, a time trial, the race), where they go (week-layout.ts), what each holds
 * (session-progress.ts) and how the week's running is shared between them (week-volume.ts).
 *
 * The second quality day follows the race (COACHING 3.3): hills early, then threshold, interval or race-pace
 * work alternating with hills; beginners take it every other week. Where a week has no threshold session,
 * a 10K-to-marathon plan carries threshold inside the long run, and a marathon plan carries marathon pace in
 * every other long run of its last ten weeks before the taper (R-QUA-1).
 */
import { parseDayNumber, weekdayOf } from '../calendar/calendar-date.js';
import { intervalVolumeM } from './plan-volume.js';
import type { Profile } from '../profile/profile-types.js';
import { formatDayNumber } from '../calendar/calendar-date.js';
import type { Phase, Session } from './plan-types.js';
import { longRunSession, HARD_SEGMENT_S } from './long-run.js';
import type { LongSegment } from './long-run.js';
import { levelRunningDays, longRunShareCap, needsLongRun, taperStrengthLimits } from './race-profile.js';
import { COOLDOWN_JOG_M, easySession, raceSession } from './running-sessions.js';
import type { EasyReason, RunContext, SessionBody } from './running-sessions.js';
import type { Season, SeasonWeek } from './season-blueprint.js';
import { easyMidSPerKm, withPlannedTotals } from './session-distance.js';
import type { SessionProgress } from './session-progress.js';
import { cachedLayout } from './week-layout.js';
import type { KeyIntent, KeyKind, WeekLayout } from './week-layout.js';
import { MIN_RUN_S, lengthenCooldown, resizeLongRun, shareWeek } from './week-volume.js';
import { fitQualityToWeek, thresholdCapM } from './race-specific.js';

export type QualityKind =
  | 'hills'
  | 'threshold'
  | 'intervals'
  | 'race-pace'
  | 'marathon'
  | 'time-trial'
  | 'taper-threshold'
  | 'taper-race-pace';

type Role = 'race' | 'track' | 'long' | 'second' | 'time-trial';

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

const HARD_TYPES = new Set<Session['type']>(['track', 'hills', 'tempo', 'intervals', 'race', 'time-trial']);

/** Plans one week. */
export function planWeek(args: WeekArgs): WeekOutcome {
  const { profile, season, week, context, progress } = args;
  const weekStart = week.startDay;
  const { raceDay, taperStartDay } = season;
  const lastDay = Math.min(weekStart + 6, season.endDay);
  const foundation = progress.inFoundation();
  const taperWeek = taperStartDay !== undefined && weekStart + 6 >= taperStartDay;
  const finalCheck = raceDay === undefined && week.week === profile.weeks;
  const phase: Phase = foundation ? 'foundation' : week.peak ? 'peak' : 'build';
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
      add('time-trial', 'time-trial', week.deload ? 4 : 0, hardLast, {
        hardFreeDaysAfter: progress.timeTrialRecoveryDays(),
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
        body = progress.timeTrial(finalCheck);
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
          building || (week.peak && !week.deload),
          [...bodies.values()].some((b) => (b.intervals ?? []).some((i) => i.intensity === 'marathon')),
        );
  const fixedOffsets = [...bodies.keys()].filter((o) => bodies.get(o)?.type !== 'race').sort((a, b) => a - b);
  const longKind = taperWeek ? 'taper' : week.deload ? 'deload' : 'build';
  const weeksToRace = raceDay === undefined ? Infinity : Math.ceil((raceDay - weekStart) / 7);
  const wantedM =
    placedLongOffset === undefined
      ? undefined
      : progress.longRunTargetM(longKind, season.race === 'marathon' && weeksToRace >= 3 ? 0.8 : 0.7);
  // A long run shorter than an easy run is not a long run: that day takes an easy run instead.
  const longShareM = longRunShareCap(season.race, availableCount) * week.targetM;
  const longTooShort = wantedM !== undefined && Math.min(wantedM, longShareM) < minRunM;
  const longOffset = longTooShort ? undefined : placedLongOffset;
  const longWantedM = longTooShort ? undefined : wantedM;
  const easyOffsets =
    longTooShort && placedLongOffset !== undefined
      ? [...layout.easyOffsets, placedLongOffset].sort((a, b) => a - b)
      : layout.easyOffsets;
  // Without a long run placed, no run of the week outgrows the long run it would have had.
  // Without a long run placed, no run of the week outgrows the long run it would have had: the week's
  // longest run still grows by R-LNG-1's small steps.
  const runCapM =
    longOffset === undefined
      ? Math.max(
          minRunM,
          progress.longRunTargetM(longKind, season.race === 'marathon' && weeksToRace >= 3 ? 0.8 : 0.7),
        )
      : undefined;
  // A taper week's easy runs stay as they were; the taper takes running away, it never adds.
  const easyCapM = week.taper ? Math.max(minRunM, progress.longestEasyM) : undefined;
  const share = shareWeek({
    runCapM,
    easyCapM,
    race: season.race,
    paces: context.paces,
    fixed: fixedOffsets.map((o) => bodies.get(o)).filter((b): b is SessionBody => b !== undefined),
    longWantedM,
    easyCarriesStrength: easyOffsets.map((o) => strengthOffsets.has(o)),
    easyShakeout: easyOffsets.map((o) => raceDay !== undefined && weekStart + o === raceDay - 1),
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
    bodies.set(offset, easySession(context, distanceM, easyReason(args, day, foundation), withStrides));
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

/** What the second quality day holds this week (COACHING 3.3), or nothing. */
function secondQuality(args: WeekArgs, taperWeek: boolean, finalCheck: boolean): QualityKind | undefined {
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
    const wantsTrial = season.race === 'short' || season.race === 'mid' || deloads % 2 === 1;
    return wantsTrial ? 'time-trial' : progress.hillSessions > 0 ? 'hills' : undefined;
  }
  if (progress.timeTrialOwed && !week.peak) return 'time-trial';
  const index = progress.qualityWeeks;
  // R-QUA-1: 10K to marathon never go two building weeks without threshold work.
  const thresholdDue = season.race !== 'short' && progress.qualityWeeks > 0 && !progress.thresholdLastWeek;
  const beginnerRest = profile.level === 'beginner' && index % 2 === 1;
  if (beginnerRest) return week.peak && season.race === 'short' ? 'race-pace' : undefined;
  if (thresholdDue && !beginnerRest) return 'threshold';
  const alternate = index % 2 === 0;
  switch (season.race) {
    case 'short':
      if (week.peak) return alternate || progress.racePaceSessions === 0 ? 'race-pace' : 'hills';
      return index >= 3 && !alternate ? 'intervals' : 'hills';
    case 'mid':
      if (week.peak) return alternate ? 'threshold' : 'race-pace';
      return alternate ? 'hills' : 'threshold';
    case 'half':
      if (week.peak) return alternate ? 'threshold' : 'race-pace';
      return alternate ? 'hills' : 'threshold';
    case 'marathon':
      if (week.peak) return alternate ? 'threshold' : 'marathon';
      return alternate ? 'hills' : 'threshold';
  }
}

function secondBody(args: WeekArgs, kind: QualityKind, deload: boolean): SessionBody {
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
      return progress.timeTrial(false);
  }
}

/** What rides inside the long run this week (R-QUA-1). */
function longSegment(
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
  // Two blocks, 16 minutes at most, within R-QUA-1's cap for the week: the long run stays an easy day.
  const capS =
    (thresholdCapM(0.9 * week.targetM, args.context.paces.thresholdSPerKm) *
      args.context.paces.thresholdSPerKm) /
    1000;
  const minutes = Math.min(8, Math.floor(capS / 60 / 2 / 0.5) * 0.5);
  return { kind: 'threshold', repeat: 2, minutes };
}

/** A segment sized for the long run it rides in: marathon pace at most 60 % of it, threshold ≤ 20 minutes. */
function fitSegment(segment: LongSegment, longM: number, context: RunContext): LongSegment | undefined {
  if (segment.kind === 'threshold') {
    const tM = (segment.repeat * segment.minutes * 60 * 1000) / context.paces.thresholdSPerKm;
    return tM <= 0.4 * longM ? segment : undefined;
  }
  const maxM = Math.floor((0.5 * longM - 500) / 1000) * 1000;
  if (maxM < 3000) return undefined;
  const distanceM = Math.min(segment.distanceM, maxM);
  return { ...segment, distanceM };
}

function longWhy(args: WeekArgs, kind: 'build' | 'deload' | 'taper'): string {
  const race = args.context.raceLabel;
  if (kind === 'deload') return 'Lighter week: a shorter long run, easy all the way.';
  if (kind === 'taper') return 'Taper: a shorter long run to keep the rhythm while the legs freshen.';
  return `The long run builds the endurance your ${race} rests on: easy, steady, a little further than before.`;
}

function easyReason(args: WeekArgs, day: number, foundation: boolean): EasyReason {
  const { season, week } = args;
  if (season.raceDay !== undefined && day === season.raceDay - 1) return 'shakeout';
  if (season.taperStartDay !== undefined && day >= season.taperStartDay) return 'taper';
  if (week.deload) return 'deload';
  return foundation ? 'foundation' : 'base';
}

/** R-VOL-1, R-VOL-2, R-REC-4: the most running this week may hold, given the weeks before it. */
function weekCeilingM(args: WeekArgs): number {
  return Math.min(weekRiseCeilingM(args), args.season.weekCapM ?? Infinity);
}

function weekRiseCeilingM(args: WeekArgs): number {
  const { week, season, progress } = args;
  if (week.week === 1) return 1.05 * season.currentM - 100;
  const largestM = progress.largestWeekM;
  const previousM = progress.weekRunM.get(week.week - 1) ?? 0;
  const riseM = Math.max(1.1 * largestM, largestM + 2000) - 50;
  // A taper week never holds more than the biggest week before it (R-REC-5: the running falls).
  if (week.taper) return Math.min(riseM, largestM);
  return week.deload ? Math.min(riseM, 0.8 * previousM - 50) : riseM;
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
    hardOnEve: onEve.some((s) => HARD_TYPES.has(s.type) || isHardLong(s)),
    longOnEve: onEve.some((s) => s.type === 'long'),
    strengthOnEve: onEve.some((s) => s.type === 'strength'),
    hardFreeUntilOffset,
  };
}

/** R-QUA-1: a long run with more than 20 minutes at marathon or threshold pace is a hard run. */
export function isHardLong(session: Pick<Session, 'type' | 'intervals'>): boolean {
  if (session.type !== 'long') return false;
  const fastS = (session.intervals ?? [])
    .filter((i) => i.intensity === 'marathon' || i.intensity === 'threshold')
    .reduce(
      (sum, i) => sum + (i.durationS ?? ((i.distanceM ?? 0) * (i.targetSPerKm ?? 0)) / 1000) * i.repeat,
      0,
    );
  return fastS > HARD_SEGMENT_S;
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

/**
 * When a week's structure holds more running than it may (R-VOL-1, R-VOL-2) or a deload is not lighter in
 * everything (R-REC-4), the week gives up what matters least: easy runs, then the second quality day's
 * threshold or interval work or a time trial, then long-run distance, then easy runs that carry strength
 * (and their strength). The ladder and the hills keep their steps.
 */
function fitToCeiling(
  args: WeekArgs,
  sessions: Session[],
  previousWeek: readonly Session[],
  droppedForVolume: Role[],
): void {
  const { context, progress } = args;
  const ceilingM = weekCeilingM(args);
  const deload = args.week.deload;
  const runs = (): Session[] => sessions.filter((s) => s.type !== 'race' && s.type !== 'strength');
  const runM = (): number => runs().reduce((sum, s) => sum + (s.plannedDistanceM ?? 0), 0);
  const sets = (list: readonly Session[]): number =>
    list.reduce((sum, s) => sum + (s.exercises ?? []).reduce((n, e) => n + e.sets, 0), 0);
  const overDeload = (): boolean =>
    deload &&
    previousWeek.length > 0 &&
    (sessions.length > previousWeek.length || sets(sessions) > sets(previousWeek));
  const tooMuch = (): boolean => runM() > ceilingM + 1 || overDeload();
  const strengthOn = (date: string): Session | undefined =>
    sessions.find((s) => s.date === date && s.type === 'strength');
  const remove = (session: Session): void => {
    sessions.splice(sessions.indexOf(session), 1);
    // A strength session that is not run does not count toward the foundation or the rotation.
    if (session.type === 'strength') progress.strengthSessions--;
    // A deload's time trial waits for the next building week; one already moved once is let go.
    if (session.type === 'time-trial') progress.timeTrialOwed = args.week.deload;
  };
  const removeRun = (session: Session): void => {
    if (['tempo', 'intervals', 'hills', 'track', 'time-trial'].includes(session.type))
      droppedForVolume.push(session.type === 'track' ? 'track' : 'second');
    const strength = strengthOn(session.date);
    if (strength) remove(strength);
    remove(session);
  };
  // Cool-downs back to their base, then the second quality day's optional work, then long-run distance, then easy runs.
  for (const s of runs()) {
    if (runM() <= ceilingM + 1) break;
    if (!s.cooldown || s.cooldown.jogM <= COOLDOWN_JOG_M) continue;
    s.cooldown = { jogM: Math.max(COOLDOWN_JOG_M, s.cooldown.jogM - (runM() - ceilingM)) };
    withPlannedTotals(s, context.paces);
  }
  for (const s of sessions.filter(
    (x) => x.type === 'tempo' || x.type === 'intervals' || (x.type === 'time-trial' && !isFinalCheck(args)),
  )) {
    if (!tooMuch()) break;
    removeRun(s);
  }
  // A hill session can go too, its step taken back, so the next one climbs from the one before.
  for (const s of runs().filter((x) => x.type === 'hills')) {
    if (!tooMuch() || deload) break;
    removeRun(s);
    progress.undoHills();
  }
  const long = sessions.find((s) => s.type === 'long');
  if (long && runM() > ceilingM + 1)
    shortenLong(long, (long.plannedDistanceM ?? 0) - (runM() - ceilingM) - 100, args);
  for (const s of runs()
    .filter((x) => x.type === 'easy' && !strengthOn(x.date))
    .reverse()) {
    if (!tooMuch()) break;
    removeRun(s);
  }
  // Strength is not running: it goes only where a deload would otherwise hold more than the week before.
  for (const s of sessions.filter((x) => x.type === 'strength').reverse()) {
    if (!overDeload()) break;
    remove(s);
  }
  for (const s of runs()
    .filter((x) => x.type === 'easy')
    .reverse()) {
    if (!overDeload()) break;
    removeRun(s);
  }
  // A deload's hills and track repeat earlier steps, so they may go too: nothing climbs from them.
  if (deload || isFinalCheck(args))
    for (const s of runs().filter(
      (x) => x.type === 'hills' || x.type === 'track' || (deload && x.type === 'long'),
    )) {
      if (!tooMuch()) break;
      removeRun(s);
    }
  // R-LNG-1: what was given up may leave the long run too big a share of the week.
  if (long && sessions.includes(long)) {
    const others = runs().filter((s) => s !== long);
    const othersM = others.reduce((sum, s) => sum + (s.plannedDistanceM ?? 0), 0);
    const share = longRunShareCap(args.season.race, new Set(runs().map((s) => s.date)).size);
    const maxM = (share * othersM) / (1 - share);
    if ((long.plannedDistanceM ?? 0) > maxM) shortenLong(long, maxM, args);
  }
}

function isFinalCheck(args: WeekArgs): boolean {
  return args.season.raceDay === undefined && args.week.week === args.profile.weeks;
}

/**
 * R-REC-3: the interval metres the last seven days before the race may still take, with room to spare:
 * 55 % of the biggest week's track and hill reps, less what those days already hold.
 */
function taperIntervalBudgetM(args: WeekArgs): number {
  const raceDay = args.season.raceDay;
  if (raceDay === undefined) return Infinity;
  const weekly = new Map<number, number>();
  let inWindowM = 0;
  for (const s of args.sessions) {
    const m = intervalVolumeM(s);
    weekly.set(s.week, (weekly.get(s.week) ?? 0) + m);
    const day = parseDayNumber(s.date) ?? 0;
    if (day > raceDay - 7) inWindowM += m;
  }
  return 0.55 * Math.max(0, ...weekly.values()) - inWindowM;
}

/** Shortens the week's long run and keeps the long-run progression in step with it. */
function shortenLong(long: Session, distanceM: number, args: WeekArgs): void {
  resizeLongRun(long, distanceM, args.context.paces, args.profile.units);
  args.progress.longestLongM = Math.max(
    0,
    long.plannedDistanceM ?? 0,
    ...args.sessions.filter((s) => s.type === 'long').map((s) => s.plannedDistanceM ?? 0),
  );
  if (args.progress.lastBuildLongM > (long.plannedDistanceM ?? 0) && !args.week.deload)
    args.progress.lastBuildLongM = long.plannedDistanceM ?? 0;
}

/**
 * The running the week aims at: the blueprint's, or, where the week's sessions need more (a small runner's
 * ladder outgrowing the slow rise of the plan), what they need, up to the week's ceiling (R-VOL-2).
 */
function weekTargetM(
  args: WeekArgs,
  fixed: readonly SessionBody[],
  longWantedM: number | undefined,
  strengthRuns: number,
): number {
  if (args.week.deload || args.week.taper) return args.week.targetM;
  const minRunM = (MIN_RUN_S * 1000) / easyMidSPerKm(args.context.paces);
  const needM =
    fixed.filter((b) => b.type !== 'race').reduce((sum, b) => sum + (b.plannedDistanceM ?? 0), 0) +
    (longWantedM === undefined ? 0 : Math.min(longWantedM, minRunM)) +
    strengthRuns * 0.6 * minRunM;
  return Math.max(args.week.targetM, Math.min(needM, weekCeilingM(args)));
}

/** The sessions dated on or after `fromDay`: the plan so far is in date order, so only its tail is read. */
function recentSessions(sessions: readonly Session[], fromDay: number): Session[] {
  const from = formatDayNumber(fromDay);
  let i = sessions.length;
  while (i > 0 && (sessions[i - 1]?.date ?? '') >= from) i--;
  return sessions.slice(i);
}
