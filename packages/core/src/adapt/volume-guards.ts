/**
 * The week totals stay legal after any change (R-VOL-2, R-REC-4, R-REC-5): when an easier week lowers the
 * largest week so far, the weeks after it may grow only 10 % (or 2 km) past it; a deload week stays at most
 * 80 % of the week before; the six days before the race stay at most 60 % of the peak week. Only easy and
 * long runs after today get shorter, never longer.
 */
import type { Plan, Session, WeekSummary } from '../plan/plan-types.js';
import { longRunShareCap, raceClass } from '../plan/race-profile.js';
import { addChange, replaceFuture, type AdaptDraft } from './adapt-draft.js';
import { dayOf } from './adapt-dates.js';
import { scaled, shrinkBy, titles } from './volume-rebuild.js';
import { updatedWeeks } from './week-totals.js';
import { DELOAD_MAX_SHARE, longRunStepCapM, weekRiseCapM } from '../plan/rule-limits.js';

const TAPER_SHARE = 0.6;
const ROUNDS = 6;

function sessionsOf(plan: Plan, draft: AdaptDraft): Session[] {
  const byId = new Map(draft.future.map((s) => [s.id, s]));
  return plan.sessions.map((s) => byId.get(s.id) ?? s);
}

/** Shortens the runs ahead among `sessions` by `excessM` in all (`shrinkBy`), each change saying `why`. */
function shorten(draft: AdaptDraft, sessions: readonly Session[], excessM: number, why: string): boolean {
  const shortened = shrinkBy(draft, sessions, excessM);
  for (const [before, next] of shortened) {
    replaceFuture(draft, { ...next, why });
    addChange(draft, before, 'volume', ...titles(before, next, draft.plan.profile.units), why);
  }
  return shortened.length > 0;
}

/**
 * R-LNG-1: once a long run came out shorter, the ones after it grow at most 10 % (or 1 km) past the longest
 * before them.
 */
function keepLongRunsGradual(draft: AdaptDraft): boolean {
  const { plan } = draft;
  let longestM = 0;
  let inputLongestM = 0;
  let changed = false;
  const byId = new Map(draft.future.map((s) => [s.id, s]));
  for (const original of plan.sessions) {
    if (original.type !== 'long') continue;
    const session = byId.get(original.id) ?? original;
    const inputM = original.plannedDistanceM ?? 0;
    const inputCapM = inputLongestM === 0 ? Infinity : longRunStepCapM(inputLongestM);
    inputLongestM = Math.max(inputLongestM, inputM);
    const m = session.plannedDistanceM ?? 0;
    const capM = longestM === 0 ? Infinity : longRunStepCapM(longestM);
    if (
      session.type === 'long' &&
      dayOf(session.date) > draft.todayDay &&
      m > capM + 1 &&
      inputM <= inputCapM + 1
    ) {
      const next = scaled(session, capM / m, plan.profile.units);
      if (next.plannedDurationS < session.plannedDurationS) {
        const why =
          'Your long runs grow by at most 10 % at a time, from the longest you have run in this plan.';
        replaceFuture(draft, { ...next, why });
        addChange(draft, session, 'volume', session.title, next.title, why);
        changed = true;
      }
    }
    longestM = Math.max(
      longestM,
      (byId.get(original.id) ?? original).type === 'long' ? Math.min(m, capM) : 0,
    );
  }
  return changed;
}

/**
 * R-LNG-1: a week that came out lighter keeps its long run within the long run's share of the week, by a
 * shorter long run.
 */
function keepLongRunShare(draft: AdaptDraft): boolean {
  const { plan } = draft;
  const race = raceClass(plan.goal.distanceM);
  let changed = false;
  for (const long of draft.future.filter((s) => s.type === 'long')) {
    const runs = sessionsOf(plan, draft).filter(
      (s) => s.week === long.week && s.type !== 'strength' && s.type !== 'race',
    );
    const share = longRunShareCap(race, new Set(runs.map((r) => r.date)).size);
    const weekM = runs.reduce((sum, r) => sum + (r.plannedDistanceM ?? 0), 0);
    const longM = long.plannedDistanceM ?? 0;
    const original = plan.sessions.find((s) => s.id === long.id);
    const originalRuns = plan.sessions.filter(
      (s) => s.week === long.week && s.type !== 'strength' && s.type !== 'race',
    );
    const originalWeekM = originalRuns.reduce((sum, r) => sum + (r.plannedDistanceM ?? 0), 0);
    const inputKept = (original?.plannedDistanceM ?? 0) <= share * originalWeekM + 100;
    if (!inputKept || longM <= share * weekM + 100 || longM <= 0) continue;
    // The long run at most `share` of the week it is part of: L ≤ share × (others + L).
    const targetM = (share * (weekM - longM)) / (1 - share);
    const next = scaled(long, Math.max(0, targetM - 50) / longM, plan.profile.units);
    if (next.plannedDurationS >= long.plannedDurationS) continue;
    const why =
      'This week came out lighter, so its long run is shorter too and stays a fair share of the week.';
    replaceFuture(draft, { ...next, why });
    addChange(draft, long, 'volume', long.title, next.title, why);
    changed = true;
  }
  return changed;
}

/**
 * Caps the weeks ahead so the changes before keep the volume rules; with `respectInput` false (replanning)
 * the caps hold even where the plan given broke them.
 * @example keepVolumeLegal(draft) // true when a run got shorter
 */
export function keepVolumeLegal(draft: AdaptDraft, respectInput = true): boolean {
  const { plan } = draft;
  // Where the plan itself already broke a cap, adaptation leaves that week alone.
  const inputWeeks = plan.weeks;
  const growthCap = (weeks: readonly WeekSummary[], week: number): number => {
    const largest = Math.max(0, ...weeks.filter((w) => w.week < week).map((w) => w.runningDistanceM));
    return weekRiseCapM(largest);
  };
  const deloadCap = (weeks: readonly WeekSummary[], week: number): number =>
    DELOAD_MAX_SHARE * (weeks.find((w) => w.week === week - 1)?.runningDistanceM ?? Infinity);
  const raceDay = plan.profile.raceDate === undefined ? undefined : dayOf(plan.profile.raceDate);
  const lastSix = (sessions: readonly Session[]): Session[] =>
    raceDay === undefined
      ? []
      : sessions.filter(
          (s) =>
            s.type !== 'strength' &&
            s.type !== 'race' &&
            dayOf(s.date) >= raceDay - 6 &&
            dayOf(s.date) < raceDay,
        );
  const metres = (sessions: readonly Session[]): number =>
    sessions.reduce((sum, s) => sum + (s.plannedDistanceM ?? 0), 0);
  const peak = (weeks: readonly WeekSummary[]): number =>
    Math.max(0, ...weeks.map((w) => w.runningDistanceM));
  const inputKeptTaper = metres(lastSix(plan.sessions)) <= TAPER_SHARE * peak(inputWeeks) + 1;

  let changedAny = false;
  for (let round = 0; round < ROUNDS; round++) {
    let changed = keepLongRunsGradual(draft);
    changed = keepLongRunShare(draft) || changed;
    const sessions = sessionsOf(plan, draft);
    const weeks = updatedWeeks(plan, plan.sessions, sessions);
    for (const w of weeks) {
      const inWeek = sessions.filter((s) => s.week === w.week);
      if (!inWeek.some((s) => dayOf(s.date) > draft.todayDay)) continue;
      const input = inputWeeks.find((x) => x.week === w.week);
      if (!input) continue;
      const capM = growthCap(weeks, w.week);
      if (
        w.week > 1 &&
        w.runningDistanceM > capM + 1 &&
        (!respectInput || input.runningDistanceM <= growthCap(inputWeeks, w.week) + 1)
      )
        changed =
          shorten(
            draft,
            inWeek,
            w.runningDistanceM - capM,
            "An easier week before this one keeps this week's running within 10 % of your biggest week so far.",
          ) || changed;
      const deloadM = deloadCap(weeks, w.week);
      if (
        w.deload &&
        w.phase !== 'taper' &&
        w.runningDistanceM > deloadM + 1 &&
        (!respectInput || input.runningDistanceM <= deloadCap(inputWeeks, w.week) + 1)
      )
        changed =
          shorten(
            draft,
            inWeek,
            w.runningDistanceM - deloadM,
            'A deload week stays clearly lighter than the week before it, so this run is shorter.',
          ) || changed;
    }
    const six = lastSix(sessions);
    const sixCapM = TAPER_SHARE * peak(weeks);
    if (inputKeptTaper && metres(six) > sixCapM + 1)
      changed =
        shorten(
          draft,
          six,
          metres(six) - sixCapM,
          'Your biggest week came out lighter than planned, so the last days before the race come down with it.',
        ) || changed;
    changedAny ||= changed;
    if (!changed) break;
  }
  return changedAny;
}
