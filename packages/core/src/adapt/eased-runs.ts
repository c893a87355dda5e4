/**
 * Hard runs turned into easy runs where the body needs them easy: the days after a race or time trial
 * (R-ADA-2: about one day per 3 km raced) and a spell of pain or illness (R-ADA-4: no hard runs and every run
 * at most 45 easy minutes until an easy run is logged without it).
 */
import type { Plan, Session } from '../plan/plan-types.js';
import { formatDistance } from '../units/pace-format.js';
import { capitalize } from '../prescription/capitalize.js';
import { distanceLabel } from '../race/distances.js';
import type { RaceEntry } from './adapt-types.js';
import { addChange, replaceFuture, type AdaptDraft } from './adapt-draft.js';
import { dayOf, shortDate } from './adapt-dates.js';
import { racesUpTo } from './current-fitness.js';
import { isHard, type SessionOutcome } from './session-outcome.js';
import type { Pacing } from './session-pacing.js';

/** R-ADA-4: the longest run while pain or illness lasts. */
export const SICK_RUN_CAP_S = 45 * 60;

/** A time trial planned this soon after a logged result would measure what the result just measured. */
const TRIAL_AFTER_RESULT_DAYS = 14;

/** R-ADA-2: hard-free days after a race: round(km / 3), at least one. */
export function hardFreeDays(distanceM: number): number {
  return Math.max(1, Math.round(distanceM / 3000));
}

/**
 * An easy run on the session's date, keeping its id, week and technique focus.
 * @example easyRunLike(track, 2400, pacing, 'why').title // "Easy run: 6.4 km"
 */
export function easyRunLike(
  session: Session,
  durationS: number,
  pacing: Pacing,
  why: string,
  plan: Plan,
): Session {
  const [fast, slow] = pacing.report.paces.easySPerKm;
  const targetSPerKm = Math.round((fast + slow) / 2);
  // The same ground as the session it replaces (the week keeps its volume), no longer than `durationS` and
  // never longer than the week's long run (R-LNG-1).
  const longRunM = Math.min(
    Infinity,
    ...plan.sessions
      .filter((s) => s.week === session.week && s.type === 'long')
      .map((s) => s.plannedDistanceM ?? Infinity),
  );
  const planned = session.plannedDistanceM ?? (durationS * 1000) / targetSPerKm;
  const distanceM = Math.round(Math.min(planned, (durationS * 1000) / targetSPerKm, longRunM));
  const eased: Session = {
    id: session.id,
    date: session.date,
    week: session.week,
    phase: session.phase,
    type: 'easy',
    deload: session.deload,
    title: `Easy run: ${formatDistance(distanceM, plan.profile.units)}`,
    why,
    intervals: [{ repeat: 1, distanceM, intensity: 'easy', targetSPerKm, targetRangeSPerKm: [fast, slow] }],
    technique: [...session.technique],
    plannedDurationS: Math.round((distanceM * targetSPerKm) / 1000),
    plannedDistanceM: distanceM,
    targetRpe: [2, 4],
  };
  // Runners below VDOT 30 run–walk their easy runs (R-REC-6): the plan's own ratio.
  const runWalk = plan.sessions.find((s) => s.runWalk !== undefined)?.runWalk;
  if (runWalk) eased.runWalk = { ...runWalk };
  return eased;
}

/**
 * R-ADA-2: hard runs in the days after each race or time trial become easy runs of the same length, and so
 * does a time trial planned within two weeks of one: the result has just measured the runner's fitness (and
 * re-paced the plan), and a second all-out effort so soon would only take from the training around it.
 */
export function easeAfterRaces(draft: AdaptDraft, races: readonly RaceEntry[], pacing: Pacing): void {
  for (const race of racesUpTo(races, draft.todayDay)) {
    const raceDay = dayOf(race.date);
    const days = hardFreeDays(race.distanceM);
    const what = race.kind === 'race' ? 'race' : 'time trial';
    const result = `your ${distanceLabel(race.distanceM)} ${what} on ${shortDate(race.date)}`;
    for (const session of [...draft.future]) {
      const day = dayOf(session.date);
      if (day <= raceDay || !isHard(session) || session.type === 'race') continue;
      const recovering = day <= raceDay + days;
      const measured = session.type === 'time-trial' && day <= raceDay + TRIAL_AFTER_RESULT_DAYS;
      if (!recovering && !measured) continue;
      const why = recovering
        ? `After ${result} your legs need ${days} day${days === 1 ? '' : 's'} without hard running, so this ` +
          'becomes an easy run over the same distance.'
        : `${capitalize(result)} has just measured your fitness and set your paces, ` +
          'so this time trial becomes an easy run over the same distance: another all-out effort so soon would ' +
          'only take from the training around it.';
      const eased = easyRunLike(session, Infinity, pacing, why, draft.plan);
      if (!draft.eased.has(session.id)) draft.eased.set(session.id, session);
      replaceFuture(draft, eased);
      addChange(draft, session, 'eased', session.title, eased.title, why);
    }
  }
}

/** The latest pain or illness log, and whether an easy run was logged without it since. */
export interface SickSpell {
  outcome: SessionOutcome;
  over: boolean;
}

export function latestSickSpell(outcomes: readonly SessionOutcome[]): SickSpell | undefined {
  let sick: SessionOutcome | undefined;
  for (const o of outcomes) if (o.log?.status === 'pain' || o.log?.status === 'ill') sick = o;
  if (!sick) return undefined;
  const sickDay = sick.day;
  const over = outcomes.some(
    (o) =>
      o.day > sickDay &&
      (o.session.type === 'easy' || o.session.type === 'long') &&
      (o.log?.status === 'done' || o.log?.status === 'partly'),
  );
  return { outcome: sick, over };
}

/**
 * R-ADA-4: while pain or illness lasts, no hard runs and no run over 45 minutes. The plan cannot know when an
 * easy run will be logged without it, so it eases the next run (the one that can tell) and lets hard running
 * come back after it, one step lower (see the progressions); a new pain log eases the next one again.
 */
export function easeWhileSick(draft: AdaptDraft, spell: SickSpell | undefined, pacing: Pacing): void {
  if (!spell || spell.over) return;
  const status = spell.outcome.log?.status === 'ill' ? 'illness' : 'pain';
  const loggedOn = shortDate(spell.outcome.session.date);
  const next = draft.future.find((s) => s.type !== 'strength' && s.type !== 'race');
  if (!next) return;
  const alreadyEasy = (next.intervals ?? []).every((i) => i.intensity === 'easy');
  if (!isHard(next) && alreadyEasy && next.plannedDurationS <= SICK_RUN_CAP_S) return;
  const why =
    `You logged ${status} on ${loggedOn}: no hard running and no run over 45 minutes until an easy run feels ` +
    `fine again, so this is an easy run; log it as done when it does.`;
  const easyRun = easyRunLike(next, Math.min(next.plannedDurationS, SICK_RUN_CAP_S), pacing, why, draft.plan);
  // A long run stays the week's long run (R-LNG-1), only short and easy.
  const eased: Session =
    next.type === 'long'
      ? {
          ...easyRun,
          type: 'long',
          title: easyRun.title.replace('Easy run', 'Long run'),
          targetRpe: next.targetRpe,
        }
      : easyRun;
  if (isHard(next) && !draft.eased.has(next.id)) draft.eased.set(next.id, next);
  replaceFuture(draft, eased);
  addChange(draft, next, 'eased', next.title, eased.title, why);
}
