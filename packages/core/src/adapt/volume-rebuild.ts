/**
 * After a gap of two or more weeks (R-ADA-3) the weeks ahead hold at most 70 % of the last full week run,
 * growing by at most 10 % a week: easy and long runs get shorter, and so do the quality days' cool-downs past
 * their own kilometre, in the same proportion; the quality sessions keep their (repeated) steps.
 */
import type { Interval, Plan, Session } from '../plan/plan-types.js';
import { COOLDOWN_JOG_M } from '../plan/running-sessions.js';
import { withPlannedTotals } from '../plan/session-distance.js';
import { formatDistance } from '../units/pace-format.js';
import { addChange, replaceFuture, type AdaptDraft } from './adapt-draft.js';
import { dayOf } from './adapt-dates.js';
import { rebuildCapM, sessionDistanceM, type GapRebuild } from './training-gap.js';
import type { SessionOutcome } from './session-outcome.js';

/** Runs are not cut below this (R-DAY-1 keeps runs at 20 minutes or more). */
const SHORTEST_RUN_S = 20 * 60;

/** The easy or long run shortened to `share` of its time (not below 20 minutes), distance and title alike. */
export function scaled(session: Session, share: number, units: 'km' | 'mi'): Session {
  const durationS = Math.max(SHORTEST_RUN_S, Math.floor((session.plannedDurationS * share) / 60) * 60);
  const factor = session.plannedDurationS > 0 ? durationS / session.plannedDurationS : 1;
  if (factor >= 1) return session;
  const intervals = (session.intervals ?? []).map((interval): Interval => {
    const next: Interval = { ...interval };
    if (interval.durationS !== undefined)
      next.durationS = Math.round((interval.durationS * factor) / 60) * 60 || 60;
    else if (interval.distanceM !== undefined)
      next.distanceM = Math.round((interval.distanceM * factor) / 100) * 100 || 100;
    return next;
  });
  const next: Session = { ...session, intervals, plannedDurationS: durationS };
  if (session.plannedDistanceM !== undefined)
    next.plannedDistanceM = Math.round(session.plannedDistanceM * factor);
  const byDistance = intervals.some((i) => i.distanceM !== undefined);
  // The run keeps its name ("Medium-long run"), only its length changes.
  const colon = session.title.indexOf(': ');
  const kind = colon > 0 ? session.title.slice(0, colon) : session.type === 'easy' ? 'Easy run' : 'Long run';
  next.title = byDistance
    ? `${kind}: ${formatDistance(next.plannedDistanceM ?? sessionDistanceM(next, 0), units)}`
    : `${kind}: ${Math.round(durationS / 60)} min`;
  return next;
}

/**
 * The metres of a run ahead that a lighter week may take: all of an easy or long run, the easy running a
 * quality day's cool-down carries past its own kilometre (COACHING 4.8), nothing of the rest.
 */
export function flexibleM(session: Session, easySPerKm: number): number {
  if (session.type === 'easy' || session.type === 'long') return sessionDistanceM(session, easySPerKm);
  if (session.type === 'strength' || session.type === 'race') return 0;
  return Math.max(0, (session.cooldown?.jogM ?? 0) - COOLDOWN_JOG_M);
}

/**
 * A run ahead with its flexible part at `share` (see `flexibleM`): an easy or long run scaled, a quality day's
 * extra cool-down cut, never below 20 minutes of running unless it already was.
 */
export function shrunk(session: Session, share: number, plan: Plan): Session {
  if (session.type === 'easy' || session.type === 'long') return scaled(session, share, plan.profile.units);
  const extraM = flexibleM(session, 0);
  if (extraM <= 0) return session;
  const paces = plan.paces.paces;
  const at = (extra: number): Session =>
    withPlannedTotals({ ...session, cooldown: { jogM: Math.round(COOLDOWN_JOG_M + extra) } }, paces);
  let next = at(extraM * share);
  // Keep 20 minutes of running where the session had them: give back just enough of the cut.
  const floorS = Math.min(SHORTEST_RUN_S, session.plannedDurationS);
  if (next.plannedDurationS < floorS) {
    const missingM = ((floorS - next.plannedDurationS) * 1000) / paces.easySPerKm[1];
    next = at(Math.min(extraM, extraM * share + Math.ceil(missingM)));
  }
  return next.plannedDurationS < session.plannedDurationS ? next : session;
}

/**
 * Shortens the runs ahead among `sessions` by `excessM` in all: easy and long runs and the quality days' extra
 * cool-downs, in proportion, so the long run's share of the week does not grow (R-LNG-1) and no quality day
 * keeps kilometres of cool-down beside a cut long run. Returns each shortened session, before and after.
 */
export function shrinkBy(
  draft: AdaptDraft,
  sessions: readonly Session[],
  excessM: number,
): [Session, Session][] {
  const easySPerKm = draft.plan.paces.paces.easySPerKm[1];
  const flexible = sessions.filter((s) => dayOf(s.date) > draft.todayDay && flexibleM(s, easySPerKm) > 0);
  const totalM = flexible.reduce((sum, s) => sum + flexibleM(s, easySPerKm), 0);
  if (totalM <= 0 || excessM <= 0) return [];
  const share = Math.max(0, (totalM - excessM) / totalM);
  const shortened: [Session, Session][] = [];
  for (const session of flexible) {
    const next = shrunk(session, share, draft.plan);
    if (next.plannedDurationS >= session.plannedDurationS) continue;
    replaceFuture(draft, next);
    shortened.push([session, next]);
  }
  return shortened;
}

/**
 * Caps the running of every week after the gap.
 * @example rebuildVolume(draft, gap, outcomes) // easy runs in the weeks back are shorter
 */
export function rebuildVolume(
  draft: AdaptDraft,
  gap: GapRebuild | undefined,
  outcomes: readonly SessionOutcome[],
): void {
  if (!gap) return;
  const { plan } = draft;
  const easySPerKm = plan.paces.paces.easySPerKm[1];
  const ranIds = new Set(outcomes.filter((o) => o.ran).map((o) => o.session.id));
  const weeks = [...new Set(draft.future.map((s) => s.week))].filter((w) => w > gap.toWeek);
  for (const week of weeks) {
    const capM = rebuildCapM(gap, week);
    const pastM = plan.sessions
      .filter(
        (s) => s.week === week && dayOf(s.date) <= draft.todayDay && ranIds.has(s.id) && s.type !== 'race',
      )
      .reduce((sum, s) => sum + sessionDistanceM(s, easySPerKm), 0);
    const start = new Map(draft.future.filter((s) => s.week === week).map((s) => [s.id, s]));
    // Whole minutes and the 20-minute floor leave a little over; a few rounds settle it, so running this on
    // its own output changes nothing.
    for (let round = 0; round < 8; round++) {
      const future = draft.future.filter(
        (s) => s.week === week && s.type !== 'race' && s.type !== 'strength',
      );
      const totalM = pastM + future.reduce((sum, s) => sum + sessionDistanceM(s, easySPerKm), 0);
      if (totalM <= capM || shrinkBy(draft, future, totalM - capM).length === 0) break;
    }
    const why =
      `You are back after ${gap.toWeek - gap.fromWeek + 1} weeks off: week ${week} holds about ` +
      `${formatDistance(capM, plan.profile.units)} of running (70 % of your last full week, then at most 10 % more each week).`;
    for (const session of draft.future) {
      const before = start.get(session.id);
      if (!before || before === session || before.plannedDurationS === session.plannedDurationS) continue;
      const next = { ...session, why };
      replaceFuture(draft, next);
      addChange(draft, before, 'volume', ...titles(before, next, plan.profile.units), why);
    }
  }
}

/** Before and after for a change: a quality day keeps its title, so its length says what changed. */
export function titles(before: Session, after: Session, units: 'km' | 'mi'): [string, string] {
  if (before.title !== after.title) return [before.title, after.title];
  const withLength = (s: Session) =>
    s.plannedDistanceM === undefined ? s.title : `${s.title}, ${formatDistance(s.plannedDistanceM, units)}`;
  return [withLength(before), withLength(after)];
}
