/**
 * The rules of the whole plan around the speed work (SPEC "Whole training" and "Recovery, continued"):
 * volume (R-VOL-1/2), long runs (R-LNG-1/2), running days (R-DAY-1), race-specific work (R-QUA-1), deloads
 * and tapers (R-REC-4/5), safe paces (R-REC-6) and warnings for doubtful input (R-IN-2). Read from the plan
 * JSON alone, like the rest of checkPlanRules.
 */
import { parseDayNumber, weekdayOf } from '../calendar/calendar-date.js';
import { vdotFromRace, raceTimeSForVdot } from '../paces/vdot.js';
import type { Fail } from './check-plan-rules.js';
import { day, isHardRun } from './check-plan-rules.js';
import { goalWithinReach } from './goal.js';
import type { Plan, Session, WeekSummary } from './plan-types.js';
import {
  ADVANCED_DOUBTFUL_VDOT,
  BEGINNER_DOUBTFUL_VDOT,
  LONG_RUN_REACH_FROM_M,
  LONG_RUN_REACH_M,
  LONG_RUN_REACH_WEEKS,
} from './plan-warnings.js';
import {
  PEAK_RANGE_M,
  levelRunningDays,
  longRunDurationCapS,
  longRunShareCap,
  needsLongRun,
  raceClass,
  taperDays,
  taperStrengthLimits,
} from './race-profile.js';
import type { RaceClass } from './race-profile.js';
import { currentTraining } from './season-blueprint.js';
import { blockRepsM, easyMidSPerKm } from './session-distance.js';
import { FUEL_AFTER_S } from './long-run.js';
import { RUN_WALK_BELOW_VDOT } from './generate-plan.js';
import {
  DELOAD_MAX_SHARE,
  FIRST_WEEK_MAX_SHARE,
  FIRST_WEEK_MIN_SHARE,
  longRunStepCapM,
  weekRiseCapM,
} from './rule-limits.js';

const TOLERANCE_M = 1;

function hasWarning(plan: Plan, code: string): boolean {
  return plan.warnings.some((w) => w.code === code);
}

const runsByPlan = new WeakMap<Plan, Map<number, Session[]>>();

/** The week's runs (no strength, no race), grouped once per plan: the checks read them week by week. */
function runsOf(plan: Plan, week: number): Session[] {
  let byWeek = runsByPlan.get(plan);
  if (!byWeek) {
    byWeek = new Map();
    for (const s of plan.sessions) {
      if (s.type === 'strength' || s.type === 'race') continue;
      byWeek.set(s.week, [...(byWeek.get(s.week) ?? []), s]);
    }
    runsByPlan.set(plan, byWeek);
  }
  return byWeek.get(week) ?? [];
}

export function checkWholePlan(plan: Plan, fail: Fail): void {
  const race = raceClass(plan.goal.distanceM);
  checkVolume(plan, race, fail);
  checkLongRuns(plan, race, fail);
  checkRunningDays(plan, fail);
  checkQuality(plan, race, fail);
  checkDeloads(plan, fail);
  checkTaper(plan, race, fail);
  checkPaces(plan, fail);
  checkDoubtfulInput(plan, race, fail);
}

function currentWeeklyM(plan: Plan): number {
  return currentTraining(plan.profile).currentM;
}

/** R-VOL-1 and R-VOL-2. */
function checkVolume(plan: Plan, race: RaceClass, fail: Fail): void {
  const currentM = currentWeeklyM(plan);
  const week1 = plan.weeks[0];
  if (plan.profile.current?.weeklyDistanceM === undefined && plan.assumptions.length === 0)
    fail('R-VOL-1', 'the plan assumes a weekly volume without saying so');
  if (week1 && week1.runningDistanceM > FIRST_WEEK_MAX_SHARE * currentM + TOLERANCE_M)
    fail('R-VOL-1', `week 1 runs ${week1.runningDistanceM} m, over 105 % of ${currentM} m`);
  if (
    week1 &&
    week1.runningDistanceM < FIRST_WEEK_MIN_SHARE * currentM - TOLERANCE_M &&
    !hasWarning(plan, 'volume-days')
  )
    fail('R-VOL-1', `week 1 runs ${week1.runningDistanceM} m, under 80 % of ${currentM} m`);
  let largestM = 0;
  for (const w of plan.weeks) {
    if (w.week > 1 && w.runningDistanceM > weekRiseCapM(largestM) + TOLERANCE_M)
      fail(
        'R-VOL-2',
        `week ${w.week} runs ${w.runningDistanceM} m, a jump from the largest earlier week's ${largestM} m`,
      );
    largestM = Math.max(largestM, w.runningDistanceM);
  }
  for (const s of plan.sessions)
    if (s.type !== 'strength' && !(typeof s.plannedDistanceM === 'number' && s.plannedDistanceM > 0))
      fail('R-VOL-1', `${s.date} ${s.type} has no planned distance`);
}

function buildWeeks(plan: Plan): WeekSummary[] {
  return plan.weeks.filter((w) => (w.phase === 'build' || w.phase === 'peak') && !w.deload);
}

function longRunEasyShare(session: Session): number {
  const blocks = session.intervals ?? [];
  const total = blocks.reduce((sum, b) => sum + blockRepsM(b), 0);
  const easy = blocks.filter((b) => b.intensity === 'easy').reduce((sum, b) => sum + blockRepsM(b), 0);
  return total > 0 ? easy / total : 0;
}

/** R-LNG-1 and R-LNG-2. */
function checkLongRuns(plan: Plan, race: RaceClass, fail: Fail): void {
  const { profile } = plan;
  const minRunM = (20 * 60 * 1000) / easyMidSPerKm(plan.paces.paces);
  // A runner whose longest run is shorter than an easy run meets the long run once it can grow past one.
  const recentLongestM = currentTraining(profile).longestRunM;
  const firstLong = plan.sessions.find((s) => s.type === 'long');
  if (needsLongRun(race, profile.days.length))
    for (const w of buildWeeks(plan))
      if (
        longRunShareCap(race, profile.days.length) * w.runningDistanceM >= 1.2 * minRunM &&
        roomForLongM(plan, w) >= 1.2 * minRunM &&
        (recentLongestM >= minRunM || (firstLong !== undefined && firstLong.week < w.week)) &&
        !plan.sessions.some((s) => s.week === w.week && s.type === 'long')
      )
        fail('R-LNG-1', `build week ${w.week} has no long run`);
  const recentM = recentLongestM;
  const firstCapM = profile.current?.longestRunM === undefined ? Infinity : longRunStepCapM(recentM);
  let longestM = 0;
  // Easy runs in date order, read alongside the long runs: the longest one before each long run.
  const easyRuns = plan.sessions.filter((x) => x.type === 'easy');
  let easyIndex = 0;
  let longestEasyM = 0;
  for (const s of plan.sessions.filter((x) => x.type === 'long')) {
    const m = s.plannedDistanceM ?? 0;
    // The longest before it: earlier long runs, or an easy run that carried the progression in a week without one.
    while (easyIndex < easyRuns.length && (easyRuns[easyIndex]?.date ?? '') < s.date) {
      longestEasyM = Math.max(longestEasyM, easyRuns[easyIndex]?.plannedDistanceM ?? 0);
      easyIndex++;
    }
    const beforeM = Math.max(longestM, longestEasyM);
    const capM =
      longestM === 0 && beforeM === 0
        ? firstCapM
        : Math.max(longRunStepCapM(beforeM), longestM === 0 ? firstCapM : 0);
    if (m > capM + TOLERANCE_M)
      fail('R-LNG-1', `${s.date} long run of ${m} m is more than 10 % (or 1 km) over the longest before it`);
    longestM = Math.max(longestM, m);
    const runs = runsOf(plan, s.week);
    const weekM = runs.reduce((sum, r) => sum + (r.plannedDistanceM ?? 0), 0);
    const share = longRunShareCap(race, new Set(runs.map((r) => r.date)).size);
    if (m > share * weekM + TOLERANCE_M * 100)
      fail(
        'R-LNG-1',
        `${s.date} long run is ${Math.round((100 * m) / weekM)} % of its week (cap ${Math.round(share * 100)} %)`,
      );
    if (s.plannedDurationS > longRunDurationCapS(race))
      fail('R-LNG-1', `${s.date} long run takes ${Math.round(s.plannedDurationS / 60)} min, over the cap`);
    if (s.plannedDurationS > FUEL_AFTER_S && !(s.notes ?? []).some((n) => /carbohydrate|fuel/i.test(n)))
      fail('R-LNG-1', `${s.date} long run over 90 min has no fuelling note`);
    if (longRunEasyShare(s) < 0.5) fail('R-LNG-1', `${s.date} long run is not mostly easy`);
  }
  if ((race === 'half' || race === 'marathon') && !hasWarning(plan, 'long-run-short')) {
    const reachM = LONG_RUN_REACH_M[race];
    const preTaper = plan.sessions.filter((s) => s.type === 'long' && s.phase !== 'taper');
    const reachedM = Math.max(0, ...preTaper.map((s) => s.plannedDistanceM ?? 0));
    const applies = recentM >= LONG_RUN_REACH_FROM_M[race] && profile.weeks >= LONG_RUN_REACH_WEEKS[race];
    if (applies && reachedM < reachM - TOLERANCE_M)
      fail(
        'R-LNG-2',
        `the longest run before the taper is ${reachedM} m, short of ${reachM} m, without a warning`,
      );
  }
}

/** R-DAY-1: strength shares a date with an easy or quality run; build weeks keep the level's running days. */
function checkRunningDays(plan: Plan, fail: Fail): void {
  const { profile, sessions } = plan;
  // A time trial holds a week's second quality day (COACHING 4.8): strength may follow it like any quality run.
  const hosts = new Set(['easy', 'track', 'hills', 'tempo', 'intervals', 'time-trial']);
  for (const s of sessions) {
    if (s.type === 'strength' && !sessions.some((r) => r.date === s.date && hosts.has(r.type)))
      fail('R-DAY-1', `${s.date} strength has no easy or quality run on its date`);
    if (s.strides && (s.type !== 'easy' || s.strides.repeat < 4 || s.strides.repeat > 8))
      fail('R-DAY-1', `${s.date} strides belong after an easy run, 4–8 of them`);
  }
  const minRunM = (20 * 60 * 1000) / easyMidSPerKm(plan.paces.paces);
  for (const w of buildWeeks(plan)) {
    const start = parseDayNumber(w.start) ?? 0;
    let availableDays = 0;
    for (let d = start; d < start + 7; d++) if (profile.days.includes(weekdayOf(d))) availableDays++;
    const runs = runsOf(plan, w.week);
    const runDates = new Set(runs.map((r) => r.date)).size;
    const wanted = Math.min(availableDays, levelRunningDays(profile.level, w.runningDistanceM));
    // Quality runs, long runs and time trials are what they are; what is left feeds easy runs of 20 minutes.
    const keyRuns = runs.filter((r) => r.type !== 'easy');
    const keyM = keyRuns.reduce((sum, r) => sum + (r.plannedDistanceM ?? 0), 0);
    const feedable = Math.max(1, keyRuns.length + Math.floor((w.runningDistanceM - keyM) / minRunM));
    if (runDates < Math.min(wanted, feedable) && !hasWarning(plan, 'session-dropped'))
      fail('R-DAY-1', `build week ${w.week} runs on ${runDates} dates, fewer than the ${wanted} it can`);
  }
}

/** R-QUA-1: race-specific work, within Daniels' limits, never next to the long run. */
function checkQuality(plan: Plan, race: RaceClass, fail: Fail): void {
  const { sessions, paces } = plan;
  const weekM = new Map(plan.weeks.map((w) => [w.week, w.runningDistanceM]));
  for (const s of sessions) {
    const w = weekM.get(s.week) ?? 0;
    for (const b of s.intervals ?? []) {
      const m = blockRepsM(b);
      if (
        b.intensity === 'threshold' &&
        m > Math.max(0.1 * w, (15 * 60 * 1000) / paces.paces.thresholdSPerKm) + 50
      )
        fail(
          'R-QUA-1',
          `${s.date} holds ${Math.round(m)} m at threshold, over 10 % of the week or 15 minutes`,
        );
      if (b.intensity === 'interval' && s.type === 'intervals' && m > 0.08 * w + 50)
        fail('R-QUA-1', `${s.date} holds ${Math.round(m)} m at interval pace, over 8 % of the week`);
    }
  }
  for (const summary of plan.weeks) {
    const inWeek = sessions.filter((s) => s.week === summary.week);
    const hardDays = new Set(
      inWeek.filter((s) => isHardRun(s) && s.type !== 'long' && s.type !== 'race').map((s) => s.date),
    );
    if (hardDays.size > 2)
      fail('R-QUA-1', `week ${summary.week} has ${hardDays.size} hard days besides the long run`);
  }
  const longDays = new Map(sessions.filter((s) => s.type === 'long').map((s) => [day(s), s]));
  for (const s of sessions) {
    if (s.type === 'long' || !isHardRun(s)) continue;
    const long = longDays.get(day(s) - 1) ?? longDays.get(day(s) + 1);
    if (long) fail('R-QUA-1', `${s.date} ${s.type} is next to the long run of ${long.date}`);
  }

  const hasIntensity = (s: Session, intensity: string): boolean =>
    (s.intervals ?? []).some((b) => b.intensity === intensity);
  const quality = buildWeeks(plan).filter((w) =>
    sessions.some((s) => s.week === w.week && (s.type === 'track' || s.type === 'hills')),
  );
  if (race !== 'short' && !hasWarning(plan, 'threshold-missing'))
    for (let i = 1; i < quality.length; i++) {
      const a = quality[i - 1];
      const b = quality[i];
      const has = (w: WeekSummary | undefined): boolean =>
        sessions.some((s) => s.week === w?.week && hasIntensity(s, 'threshold'));
      if (!has(a) && !has(b)) fail('R-QUA-1', `weeks ${a?.week} and ${b?.week} both lack threshold work`);
    }
  const taperStart = plan.weeks.find((w) => w.phase === 'taper')?.week;
  if (
    race === 'marathon' &&
    plan.profile.weeks >= 12 &&
    taperStart !== undefined &&
    !hasWarning(plan, 'marathon-pace-missing')
  ) {
    const count = sessions.filter(
      (s) => s.week >= taperStart - 10 && s.week < taperStart && hasIntensity(s, 'marathon'),
    ).length;
    if (count < 4)
      fail('R-QUA-1', `only ${count} marathon-pace sessions in the last 10 weeks before the taper`);
  }
  const peakWeeks = plan.weeks.filter((w) => w.phase === 'peak').map((w) => w.week);
  if (
    race === 'short' &&
    peakWeeks.length > 0 &&
    !hasWarning(plan, 'session-dropped') &&
    !sessions.some((s) => peakWeeks.includes(s.week) && hasIntensity(s, 'race-pace') && s.type !== 'hills')
  )
    fail('R-QUA-1', 'the peak weeks hold no reps at goal race pace');
}

/** R-REC-4: a deload is lighter in everything; its time trial comes in its last 3 days. */
function checkDeloads(plan: Plan, fail: Fail): void {
  for (const w of plan.weeks) {
    const before = plan.weeks[w.week - 2];
    if (!w.deload || !before || w.phase === 'taper') continue;
    if (w.runningDistanceM > DELOAD_MAX_SHARE * before.runningDistanceM + TOLERANCE_M)
      fail('R-REC-4', `deload week ${w.week} runs more than 80 % of week ${before.week}`);
    if (w.strengthSets > before.strengthSets)
      fail('R-REC-4', `deload week ${w.week} has more strength sets than the week before`);
    const count = (week: number): number => plan.sessions.filter((s) => s.week === week).length;
    if (count(w.week) > count(before.week))
      fail('R-REC-4', `deload week ${w.week} has more sessions than the week before`);
    const start = parseDayNumber(w.start) ?? 0;
    for (const s of plan.sessions)
      if (s.week === w.week && s.type === 'time-trial' && day(s) - start < 4)
        fail('R-REC-4', `${s.date} time trial is not in the deload week's last 3 days`);
  }
}

/** R-REC-5: a taper that suits the race. */
function checkTaper(plan: Plan, race: RaceClass, fail: Fail): void {
  const raceDay = plan.profile.raceDate === undefined ? undefined : parseDayNumber(plan.profile.raceDate);
  if (raceDay === undefined) return;
  const peakM = Math.max(0, ...plan.weeks.map((w) => w.runningDistanceM));
  const startDay = parseDayNumber(plan.profile.start) ?? raceDay;
  const wantDays = Math.min(taperDays(race, peakM, plan.profile.weeks), raceDay - startDay - 6);
  const firstTaper = plan.sessions.find((s) => s.phase === 'taper');
  if (firstTaper && raceDay - day(firstTaper) + 1 > wantDays + 6)
    fail('R-REC-5', `the taper starts ${raceDay - day(firstTaper)} days out, longer than ${wantDays} days`);
  const lastBefore = plan.sessions.filter((s) => s.phase !== 'taper' && s.type !== 'strength').at(-1);
  if (lastBefore && raceDay - day(lastBefore) < wantDays - 1)
    fail('R-REC-5', `${lastBefore.date} is inside the ${wantDays}-day taper but not tapered`);
  const lastSixM = plan.sessions
    .filter((s) => s.type !== 'strength' && s.type !== 'race' && day(s) >= raceDay - 6 && day(s) < raceDay)
    .reduce((sum, s) => sum + (s.plannedDistanceM ?? 0), 0);
  if (lastSixM > 0.6 * peakM + TOLERANCE_M)
    fail('R-REC-5', `the 6 days before the race hold ${lastSixM} m, over 60 % of the peak week's ${peakM} m`);
  const { noPlyometricsDays, noStrengthDays } = taperStrengthLimits(race);
  for (const s of plan.sessions.filter((x) => x.type === 'strength')) {
    const daysOut = raceDay - day(s);
    if (daysOut <= noStrengthDays) fail('R-REC-5', `${s.date} strength ${daysOut} days before the race`);
    if (
      (race === 'half' || race === 'marathon') &&
      daysOut <= noPlyometricsDays &&
      (s.exercises ?? []).some((e) => e.footContacts > 0)
    )
      fail('R-REC-5', `${s.date} plyometrics ${daysOut} days before the race`);
  }
}

/** R-REC-6: race-pace work from the goal only when it is realistic; run–walk below VDOT 30. */
function checkPaces(plan: Plan, fail: Fail): void {
  const { profile } = plan;
  // The plan's own fitness: the race result it was built from, or a newer one adaptation re-paced it to.
  const vdot = plan.paces.vdot;
  const goalVdot = profile.goal ? vdotFromRace(profile.goal.distanceM, profile.goal.timeS) : undefined;
  const realistic = goalVdot !== undefined && goalWithinReach(goalVdot, vdot, profile.level, profile.weeks);
  const currentPaceSPerKm = Math.round(
    (raceTimeSForVdot(vdot, plan.goal.distanceM) * 1000) / plan.goal.distanceM,
  );
  const expected = realistic ? plan.goal.paceSPerKm : currentPaceSPerKm;
  // Current fitness is always safe: adaptation late in a plan may judge the goal out of reach for the weeks left.
  if (Math.abs(plan.racePaceSPerKm - expected) > 1 && Math.abs(plan.racePaceSPerKm - currentPaceSPerKm) > 1)
    fail(
      'R-REC-6',
      `race pace ${plan.racePaceSPerKm} s/km is not ${realistic ? "the goal's" : "current fitness's"} ${expected} s/km`,
    );
  for (const s of plan.sessions)
    for (const b of s.intervals ?? [])
      if (b.intensity === 'race-pace' && b.targetSPerKm !== plan.racePaceSPerKm)
        fail('R-REC-6', `${s.date} race-pace reps are not at the plan's race pace`);
  if (vdot < RUN_WALK_BELOW_VDOT)
    for (const s of plan.sessions.filter((x) => x.type === 'easy' || x.type === 'long'))
      if (!s.runWalk || s.runWalk.runS <= 0 || s.runWalk.walkS <= 0)
        fail('R-REC-6', `${s.date} ${s.type} run has no run–walk ratio below VDOT 30`);
}

/** R-IN-2: doubtful input gets a warning that names it. */
function checkDoubtfulInput(plan: Plan, race: RaceClass, fail: Fail): void {
  const { profile } = plan;
  const vdot = vdotFromRace(profile.recent.distanceM, profile.recent.timeS);
  const doubtfulLevel =
    (profile.level === 'beginner' && vdot >= BEGINNER_DOUBTFUL_VDOT) ||
    (profile.level === 'advanced' && vdot < ADVANCED_DOUBTFUL_VDOT);
  if (doubtfulLevel && !hasWarning(plan, 'level-doubtful'))
    fail('R-IN-2', 'a level that contradicts the race result has no warning');
  if (profile.days.length <= 2 && !hasWarning(plan, 'few-days'))
    fail('R-IN-2', 'one or two days have no warning');
  const peakM = Math.max(0, ...plan.weeks.map((w) => w.runningDistanceM));
  const [lowM] = PEAK_RANGE_M[race][profile.level];
  const currentM = currentWeeklyM(plan);
  if (
    currentM * 1.6 < lowM &&
    currentM + 15000 < lowM &&
    peakM < 0.9 * lowM &&
    !hasWarning(plan, 'volume-low')
  )
    fail('R-IN-2', 'a current volume far below the race has no warning');
}

/** The running a week holds beyond its quality sessions and time trials: what a long run could take. */
function roomForLongM(plan: Plan, w: WeekSummary): number {
  const keyM = runsOf(plan, w.week)
    .filter((r) => r.type !== 'easy' && r.type !== 'long')
    .reduce((sum, r) => sum + (r.plannedDistanceM ?? 0), 0);
  return w.runningDistanceM - keyM;
}
