/**
 * Shares a week's running between its runs (R-VOL-1, R-VOL-2, R-LNG-1, R-DAY-1): quality sessions keep their
 * shape and their cool-down takes what easy runs cannot, the long run stays within its share of the week,
 * easy runs take the rest and last at least 20 minutes where the volume allows, and no run is longer than
 * the long run.
 */
import { parseDayNumber } from '../calendar/calendar-date.js';
import type { TrainingPaces } from '../paces/training-paces.js';
import type { Units } from '../profile/profile-types.js';
import { formatDistance } from '../units/pace-format.js';
import type { Session } from './plan-types.js';
import { longRunShareCap } from './race-profile.js';
import type { RaceClass } from './race-profile.js';
import type { SessionBody } from './running-sessions.js';
import type { Season } from './season-blueprint.js';
import { blockRepsM, easyMidSPerKm, withPlannedTotals } from './session-distance.js';

/** A quality session's own cool-down, before it takes any of the week's volume. */
const COOLDOWN_BASE_M = 1000;
/** A quality day's running, warm-up to cool-down, at most. */
const QUALITY_DAY_MAX_S = 75 * 60;
/** The run the day after the long run takes this share of the week's level: legs recover before the next key run. */
const RECOVERY_SHARE = 0.7;
/** A medium-long run takes this share of the week's level (COACHING 3.2)... */
const MEDIUM_LONG_SHARE = 1.4;
/** ...and at most this share of the week's long run (COACHING 3.2: 50-75 %). */
const MEDIUM_LONG_MAX_OF_LONG = 0.75;
/** R-DAY-1: an easy run worth lacing up for. */
export const MIN_RUN_S = 20 * 60;
/** A run that carries strength may be shorter: it is the strength session's warm-up as much as a run. */
const MIN_STRENGTH_RUN_S = 12 * 60;

export interface WeekShareInput {
  race: RaceClass;
  paces: TrainingPaces;
  /** Quality runs and time trials of the week (not the race): their cool-down may grow. */
  fixed: SessionBody[];
  /** The long run the week can hold before its share cap; undefined when the week has none. */
  longWantedM: number | undefined;
  /** Without a long run: the longest any run may be (the long run the week would have had). */
  runCapM?: number | undefined;
  /** The longest an easy run may be (a taper week keeps its easy runs as they were). */
  easyCapM?: number | undefined;
  /** The longest any run but the long run may be, cool-down included (a taper week's runs never grow). */
  dayCapM?: number | undefined;
  /** For each easy run in date order: does strength follow it? */
  easyCarriesStrength: boolean[];
  /** For each easy run: is it the short jog the day before the race? */
  easyShakeout: boolean[];
  /**
   * For each easy run: is it the day after this week's long run or last week's (a shorter recovery run)?
   * Absent: none is.
   */
  easyRecovery?: ('after-long' | 'after-last-week-long' | undefined)[] | undefined;
  /** For each easy run: is it the week's medium-long run (a longer share, below the long run)? Absent: none. */
  easyMediumLong?: boolean[] | undefined;
  targetM: number;
  maxM: number;
  /** Dates with a run this week, the race aside. */
  runningDays: number;
}

export interface WeekShare {
  longM: number | undefined;
  /** Per easy run; 0 means the week is too small for it. */
  easyM: number[];
  /** Extra cool-down per fixed session. */
  cooldownExtraM: number[];
}

/**
 * The long run first, then the other runs share what is left evenly (a coach's week: the quality days are
 * full days of running, not a short rep session beside a second long run), each at least its minimum.
 */
export function shareWeek(input: WeekShareInput): WeekShare {
  const shared = shareWeekOnce(input);
  // A long run too short to keep is dropped by the caller: the day after it has nothing to recover from.
  const minRunM = (MIN_RUN_S * 1000) / easyMidSPerKm(input.paces);
  if ((shared.longM ?? 0) >= minRunM || !input.easyRecovery?.includes('after-long')) return shared;
  return shareWeekOnce({
    ...input,
    easyRecovery: input.easyRecovery.map((r) => (r === 'after-long' ? undefined : r)),
  });
}

function shareWeekOnce(input: WeekShareInput): WeekShare {
  const share = longRunShareCap(input.race, input.runningDays);
  const minRunM = (MIN_RUN_S * 1000) / easyMidSPerKm(input.paces);
  let longM =
    input.longWantedM === undefined ? undefined : Math.min(input.longWantedM, share * input.targetM);
  // A long run shorter than an easy run is not one: the week runs without it rather than shrinking every run to it.
  if (longM !== undefined && longM < minRunM) longM = undefined;
  // The caps on the other runs come from the long run the week wanted, so shrinking the long run to its
  // share does not shrink everything else with it.
  const capBaseM = longM;
  let result = fillAround(input, longM, capBaseM);
  // R-LNG-1: the long run's share of what the week really holds; a smaller long run lowers the others' cap too.
  for (let round = 0; round < 4 && result.longM !== undefined; round++) {
    const othersM =
      sum(input.fixed.map((s) => s.plannedDistanceM ?? 0)) + sum(result.cooldownExtraM) + sum(result.easyM);
    const maxLongM = (share * othersM) / (1 - share);
    if (result.longM <= maxLongM + 1) break;
    longM = maxLongM;
    result = fillAround(input, longM, capBaseM);
  }
  if (result.longM !== undefined) {
    const others = input.fixed.length + input.easyCarriesStrength.length;
    const boundM = result.longM * Math.max(1, (1 - share) / (share * Math.max(1, others)));
    result.easyM = result.easyM.map((m) => Math.min(m, boundM));
  }
  return {
    longM: result.longM === undefined ? undefined : roundDownM(result.longM),
    easyM: result.easyM.map(roundM),
    cooldownExtraM: result.cooldownExtraM.map(roundM),
  };
}

/** The other runs around a long run of `longM` (or none): even shares up to the long run, within the ceiling. */
function fillAround(
  input: WeekShareInput,
  longWantedM: number | undefined,
  capBaseM: number | undefined,
): WeekShare {
  const easyPace = easyMidSPerKm(input.paces);
  const minRunM = (MIN_RUN_S * 1000) / easyPace;
  const minStrengthRunM = (MIN_STRENGTH_RUN_S * 1000) / easyPace;
  const shakeoutM = minRunM;
  const share = longRunShareCap(input.race, input.runningDays);
  const fixedM = input.fixed.map((s) => s.plannedDistanceM ?? 0);
  let longM = longWantedM;
  // No other run goes past the long run, or past what it would have been in a week without one; with few
  // runs the others may be a little longer, or the long run could never keep within its share.
  const others = fixedM.length + input.easyCarriesStrength.length;
  const capM =
    capBaseM === undefined
      ? Math.max(
          minRunM,
          Math.min(
            input.runCapM ?? Infinity,
            Math.max(share * input.targetM, (1.25 * input.targetM) / Math.max(1, others)),
          ),
        )
      : capBaseM * Math.max(1, (1 - share) / (share * Math.max(1, others)));
  const floorOf = (i: number): number =>
    Math.min(capM, input.easyCarriesStrength[i] ? minStrengthRunM : minRunM);

  const active = input.easyCarriesStrength.map((_, i) => !input.easyShakeout[i]);
  // Quality days and easy runs fill to one level, so no easy run grows into a second long run (the day
  // before the long run least of all) while the quality days stay short; a quality day stops at an hour and
  // a quarter of running, whatever the week.
  const qualityCapM = Math.min(
    capM,
    capBaseM ?? capM,
    (QUALITY_DAY_MAX_S * 1000) / easyPace,
    input.dayCapM ?? Infinity,
  );
  const shakeoutTotalM = input.easyShakeout.filter(Boolean).length * Math.min(capM, shakeoutM);
  const budgetM = input.targetM - (longM ?? 0) - shakeoutTotalM;
  const recovers = (i: number): boolean =>
    input.easyRecovery?.[i] === 'after-last-week-long' ||
    (input.easyRecovery?.[i] === 'after-long' && longM !== undefined);
  const mediumLong = (i: number): boolean => input.easyMediumLong?.[i] === true && longM !== undefined;
  const shareOf = (i: number): number =>
    recovers(i) ? RECOVERY_SHARE : mediumLong(i) ? MEDIUM_LONG_SHARE : 1;
  const runCapOf = (i: number): number =>
    mediumLong(i) ? Math.min(capM, MEDIUM_LONG_MAX_OF_LONG * (longM ?? 0)) : Infinity;
  const waterLevel = (): number => {
    const filled = (x: number): number =>
      fixedM.reduce((total, b) => total + Math.max(b, Math.min(x, qualityCapM)), 0) +
      active.reduce((total, on, i) => total + (on ? Math.min(shareOf(i) * x, runCapOf(i)) : 0), 0);
    let low = 0;
    let high = capM;
    if (filled(high) <= budgetM) return high;
    for (let i = 0; i < 40; i++) {
      const mid = (low + high) / 2;
      if (filled(mid) > budgetM) high = mid;
      else low = mid;
    }
    return low;
  };
  let level = waterLevel();
  for (let i = active.length - 1; i >= 0 && level < minRunM; i--) {
    if (!active[i] || input.easyCarriesStrength[i]) continue;
    active[i] = false;
    level = waterLevel();
  }
  const easyCapM = Math.min(capM, input.easyCapM ?? Infinity, input.dayCapM ?? Infinity);
  const easyM = input.easyCarriesStrength.map((_, i) =>
    input.easyShakeout[i]
      ? Math.min(capM, shakeoutM)
      : active[i]
        ? Math.min(easyCapM, runCapOf(i), Math.max(shareOf(i) * level, floorOf(i)))
        : 0,
  );
  // A quality day is a full day of running, but not a second long run: its cool-down stops at its cap.
  const cooldownExtraM = fixedM.map((b) => Math.max(0, Math.min(qualityCapM, level) - b));

  // Never past the week's ceiling (R-VOL-1, R-VOL-2, R-REC-4): easy runs shrink first, then cool-downs,
  // then the long run; what still does not fit is for the caller to drop.
  let overM = sum(fixedM) + sum(cooldownExtraM) + (longM ?? 0) + sum(easyM) - input.maxM;
  // A run that carries strength may go down to a kilometre: the strength matters more than the jog.
  const ceilingFloorOf = (i: number): number =>
    input.easyCarriesStrength[i] ? Math.min(floorOf(i), 1000) : floorOf(i);
  for (let i = easyM.length - 1; i >= 0 && overM > 0; i--) {
    const m = easyM[i] ?? 0;
    const cut = Math.min(overM, Math.max(0, m - ceilingFloorOf(i)));
    easyM[i] = m - cut;
    overM -= cut;
  }
  for (let i = 0; i < cooldownExtraM.length && overM > 0; i++) {
    const cut = Math.min(overM, cooldownExtraM[i] ?? 0);
    cooldownExtraM[i] = (cooldownExtraM[i] ?? 0) - cut;
    overM -= cut;
  }
  for (let i = easyM.length - 1; i >= 0 && overM > 0; i--) {
    if (input.easyCarriesStrength[i] || (easyM[i] ?? 0) === 0) continue;
    overM -= easyM[i] ?? 0;
    easyM[i] = 0;
  }
  if (longM !== undefined && overM > 0) longM = Math.max(Math.min(longM, minRunM), longM - overM);
  return { longM, easyM, cooldownExtraM };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Runs are planned to the 100 m. */
function roundM(m: number): number {
  return Math.round(m / 100) * 100;
}

/** The long run rounds down, so rounding never takes it past its share. */
function roundDownM(m: number): number {
  return Math.floor(m / 100) * 100;
}

/** A warm-up grown by the week's volume stops here (about 12–15 minutes of easy jogging). */
const LONGEST_WARMUP_M = 2_400;

/**
 * Adds `extraM` to a run's easy jogging and updates its totals. Tempo and interval sessions take half of it
 * into the warm-up until that is a full one, as a coach lengthens both ends; the ladder and hills keep the
 * article's half-mile warm-up (R-INT-2) and only their cool-down grows.
 */
export function lengthenCooldown(body: SessionBody, extraM: number, paces: TrainingPaces): void {
  if (extraM <= 0 || !body.cooldown) return;
  const growsWarmup = body.type === 'tempo' || body.type === 'intervals';
  const warmupM =
    body.warmup && growsWarmup
      ? Math.max(0, Math.min(roundDownM(extraM / 2), LONGEST_WARMUP_M - body.warmup.jogM))
      : 0;
  if (body.warmup && warmupM > 0) body.warmup = { ...body.warmup, jogM: body.warmup.jogM + warmupM };
  // Whole metres: a watch workout (FIT) keeps centimetres, and a float's tail would not round-trip.
  body.cooldown = { jogM: Math.round(body.cooldown.jogM + extraM - warmupM) };
  withPlannedTotals(body, paces);
}

/** Re-sizes an easy run (its one block) and its title. */
function resizeEasyRun(session: Session, distanceM: number, paces: TrainingPaces, units: Units): void {
  const block = session.intervals?.[0];
  if (!block || session.type !== 'easy') return;
  const stridesM = session.strides
    ? (session.strides.repeat * session.strides.durationS * 1000) / paces.repetitionSPerKm
    : 0;
  block.distanceM = roundDownM(distanceM - stridesM);
  session.title = `Easy run: ${formatDistance(distanceM, units)}${session.strides ? ' with strides' : ''}`;
  withPlannedTotals(session, paces);
}

/**
 * R-REC-5: the six days before the race hold at most 60 % of the peak week. The daily shares of the taper keep
 * them well under; a week that placed its runs late is trimmed here.
 */
export function capTaperWindow(
  sessions: Session[],
  season: Season,
  paces: TrainingPaces,
  units: Units,
): void {
  if (season.raceDay === undefined) return;
  const raceDay = season.raceDay;
  const weekly = new Map<number, number>();
  for (const s of sessions) {
    if (s.type === 'race' || s.type === 'strength') continue;
    weekly.set(s.week, (weekly.get(s.week) ?? 0) + (s.plannedDistanceM ?? 0));
  }
  const peakM = Math.max(0, ...weekly.values());
  const inWindow = sessions.filter((s) => {
    const day = dayOf(s);
    return day >= raceDay - 6 && day < raceDay && s.type !== 'strength';
  });
  const windowM = sum(inWindow.map((s) => s.plannedDistanceM ?? 0));
  const limitM = 0.58 * peakM;
  if (windowM <= limitM) return;
  // Cool-downs back to their base first, then easy runs shorter.
  let overM = windowM - limitM;
  for (const s of inWindow) {
    if (overM <= 0 || !s.cooldown || s.cooldown.jogM <= COOLDOWN_BASE_M || s.type === 'race') continue;
    const cut = Math.min(overM, s.cooldown.jogM - COOLDOWN_BASE_M);
    const before = s.plannedDistanceM ?? 0;
    s.cooldown = { jogM: Math.round(s.cooldown.jogM - cut) };
    withPlannedTotals(s, paces);
    overM -= before - (s.plannedDistanceM ?? 0);
  }
  if (overM <= 0) return;
  const easy = inWindow.filter((s) => s.type === 'easy');
  const easyM = sum(easy.map((s) => s.plannedDistanceM ?? 0));
  const factor = Math.max(0.3, (easyM - overM) / Math.max(1, easyM));
  for (const s of easy) resizeEasyRun(s, (s.plannedDistanceM ?? 0) * factor, paces, units);
  // Still too much (small weeks whose quality runs cannot shrink): the last easy runs go, with their strength.
  let leftM = sum(inWindow.filter((s) => sessions.includes(s)).map((s) => s.plannedDistanceM ?? 0)) - limitM;
  for (const s of [...easy].reverse()) {
    if (leftM <= 0) break;
    leftM -= s.plannedDistanceM ?? 0;
    for (const gone of sessions.filter((x) => x.date === s.date && (x === s || x.type === 'strength')))
      sessions.splice(sessions.indexOf(gone), 1);
  }
  for (const s of inWindow
    .filter((x) => x.type === 'track' || x.type === 'tempo' || x.type === 'intervals')
    .reverse()) {
    if (leftM <= 0) break;
    leftM -= s.plannedDistanceM ?? 0;
    for (const gone of sessions.filter((x) => x.date === s.date && (x === s || x.type === 'strength')))
      sessions.splice(sessions.indexOf(gone), 1);
  }
  // R-LNG-1: a long run earlier in a week that lost running keeps its share.
  for (const week of new Set(inWindow.map((s) => s.week))) {
    const runs = sessions.filter((s) => s.week === week && s.type !== 'strength' && s.type !== 'race');
    const long = runs.find((s) => s.type === 'long');
    if (!long) continue;
    const othersM = sum(runs.filter((s) => s !== long).map((s) => s.plannedDistanceM ?? 0));
    const share = longRunShareCap(season.race, new Set(runs.map((s) => s.date)).size);
    const maxM = (share * othersM) / (1 - share);
    if ((long.plannedDistanceM ?? 0) > maxM) resizeLongRun(long, maxM, paces, units);
  }
}

function dayOf(session: Session): number {
  return parseDayNumber(session.date) ?? Number.NaN;
}

/** Shortens a long run to `distanceM`, its easy part first; too short to carry its faster segment, it runs easy. */
export function resizeLongRun(long: Session, distanceM: number, paces: TrainingPaces, units: Units): void {
  const blocks = long.intervals ?? [];
  const easy = blocks.filter((b) => b.intensity === 'easy');
  const first = easy[0];
  const fastM = blocks.filter((b) => b.intensity !== 'easy').reduce((total, b) => total + blockRepsM(b), 0);
  const targetM = Math.max(1000, Math.floor(distanceM / 100) * 100);
  if (!first || targetM >= (long.plannedDistanceM ?? 0)) return;
  const distanceWords = `Long run: ${formatDistance(targetM, units)}`;
  if (fastM > 0.5 * targetM) {
    // Too short to carry its fast segment: an easy long run, and its words no longer promise the segment.
    long.intervals = [{ ...first, repeat: 1, distanceM: targetM }];
    long.title = distanceWords;
    long.why = long.why.split(' This week it carries ')[0] ?? long.why;
  } else {
    // The easy parts shrink in step and the last takes the rest, so the whole is the distance in the title.
    const easyM = easy.reduce((total, b) => total + (b.distanceM ?? 0), 0);
    let leftM = Math.max(500 * easy.length, Math.round(targetM - ((long.plannedDistanceM ?? 0) - easyM)));
    const scale = leftM / Math.max(1, easyM);
    easy.forEach((b, i) => {
      const m =
        i === easy.length - 1 ? leftM : Math.max(500, Math.round(((b.distanceM ?? 0) * scale) / 100) * 100);
      b.distanceM = m;
      leftM -= m;
    });
    long.title = long.title.replace(/^Long run: [^,]+/, distanceWords);
  }
  withPlannedTotals(long, paces);
}
