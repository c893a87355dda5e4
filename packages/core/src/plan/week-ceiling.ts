/**
 * How much running a week may hold, given the weeks before it (R-VOL-1, R-VOL-2, R-REC-4, R-REC-5), and what
 * a week gives up when its sessions hold more: easy runs, optional quality work, long-run distance. The ladder
 * and the hills keep their steps, except in a deload or the final week, where they only repeat.
 */
import { parseDayNumber } from '../calendar/calendar-date.js';
import type { Session } from './plan-types.js';
import { intervalVolumeM } from './plan-volume.js';
import { longRunShareCap } from './race-profile.js';
import { COOLDOWN_JOG_M } from './running-sessions.js';
import type { SessionBody } from './running-sessions.js';
import { easyMidSPerKm, withPlannedTotals } from './session-distance.js';
import type { Role, WeekArgs } from './week-menu.js';
import { MIN_RUN_S, resizeLongRun } from './week-volume.js';
import { DELOAD_MAX_SHARE, FIRST_WEEK_MAX_SHARE, weekRiseCapM } from './rule-limits.js';

/** R-VOL-1, R-VOL-2, R-REC-4: the most running this week may hold, given the weeks before it. */
export function weekCeilingM(args: WeekArgs): number {
  return Math.min(weekRiseCeilingM(args), args.season.weekCapM ?? Infinity);
}

function weekRiseCeilingM(args: WeekArgs): number {
  const { week, season, progress } = args;
  if (week.week === 1) return FIRST_WEEK_MAX_SHARE * season.currentM - 100;
  const largestM = progress.largestWeekM;
  const previousM = progress.weekRunM.get(week.week - 1) ?? 0;
  const riseM = weekRiseCapM(largestM) - 50;
  // A taper week never holds more than the biggest week before it (R-REC-5: the running falls).
  if (week.taper) return Math.min(riseM, largestM);
  return week.deload ? Math.min(riseM, DELOAD_MAX_SHARE * previousM - 50) : riseM;
}

/**
 * When a week's structure holds more running than it may (R-VOL-1, R-VOL-2) or a deload is not lighter in
 * everything (R-REC-4), the week gives up what matters least: easy runs, then the second quality day's
 * threshold or interval work or a time trial, then long-run distance, then easy runs that carry strength
 * (and their strength). The ladder and the hills keep their steps.
 */
export function fitToCeiling(
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
    s.cooldown = { jogM: Math.max(COOLDOWN_JOG_M, Math.round(s.cooldown.jogM - (runM() - ceilingM))) };
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
export function taperIntervalBudgetM(args: WeekArgs): number {
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
export function weekTargetM(
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
