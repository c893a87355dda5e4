/**
 * Replanning that keeps history (issue 9): when the runner changes their profile, the new plan takes over
 * after today while every session on or before today stays as it was, ids included (R-ADA-1). Where the two
 * meet, the seam is fixed so the days ahead keep the rules of SPEC section 1: a hard run the day after a past
 * hard run becomes easy, strength the day after past strength goes, the week of today keeps a rest day, the
 * track's jog recoveries keep shrinking.
 */
import { formatDayNumber } from '../calendar/calendar-date.js';
import type { RuleViolation } from '../plan/check-plan-rules.js';
import type { Plan, Session, WeekSummary } from '../plan/plan-types.js';
import { FOCUS_ROTATION } from '../plan/technique-rotation.js';
import type { AdaptedPlan, PlanChange } from './adapt-types.js';
import { dayOf, shortDate } from './adapt-dates.js';
import { newDraft, sessionWhat } from './adapt-draft.js';
import { keepVolumeLegal } from './volume-guards.js';
import { easyRunLike } from './eased-runs.js';
import { inPlanOrder } from './move-session.js';
import { newFutureViolations, violationCounts } from './rule-guard.js';
import { isHard, isRun } from './session-outcome.js';
import { stepKey, trackTotalM, withStep } from './step-repeats.js';
import { currentPacing } from './session-pacing.js';
import { sessionDistanceM } from './training-gap.js';
import { intervalM } from './week-totals.js';

const MAX_SEAM_FIXES = 40;
const DATE = /\d{4}-\d{2}-\d{2}/g;

/**
 * The old plan up to today and the new plan after it, as one plan that keeps the rules ahead.
 * @example replanFrom(stored, generatePlan(newProfile), '2027-01-12').plan.sessions // old past + new future
 */
export function replanFrom(oldPlan: Plan, newPlan: Plan, today: string): AdaptedPlan {
  const todayDay = dayOf(today);
  const startDay = dayOf(oldPlan.profile.start);
  const past = oldPlan.sessions.filter((s) => dayOf(s.date) <= todayDay);
  const pastIds = new Set(past.map((s) => s.id));
  const weekOf = (date: string): number => Math.floor((dayOf(date) - startDay) / 7) + 1;
  const future = newPlan.sessions
    .filter((s) => dayOf(s.date) > todayDay)
    .map((s) => {
      let id = s.id;
      for (let n = 2; pastIds.has(id); n++) id = `${s.id}-${n}`;
      return { ...s, id, week: weekOf(s.date) };
    });
  let sessions = [...past, ...future];
  const lastDate = sessions[sessions.length - 1]?.date ?? today;
  const weeks = Math.max(oldPlan.profile.weeks > 0 ? weekOf(lastDate) : 1, 1);
  const profile = { ...newPlan.profile, start: oldPlan.profile.start, weeks };
  const base: Plan = { ...newPlan, profile, sessions, weeks: [] };
  let plan: Plan = { ...base, weeks: summaries(base, oldPlan, newPlan, todayDay) };
  const changes: PlanChange[] = [];

  plan = keepProgressionsGradual(plan, newPlan, oldPlan, todayDay, changes);
  plan = keepVolumeGradual(plan, todayDay, changes, (p) => summaries(p, oldPlan, newPlan, todayDay));
  const baseline = new Map(violationCounts(newPlan));
  for (const [k, n] of violationCounts(oldPlan)) baseline.set(k, (baseline.get(k) ?? 0) + n);
  for (let round = 0; round < MAX_SEAM_FIXES; round++) {
    const broken = newFutureViolations(baseline, plan, todayDay);
    const first = broken[0];
    if (!first) break;
    const fixed = fixSeam(plan, first, todayDay, changes);
    if (!fixed) break;
    sessions = inPlanOrder(fixed);
    const next = keepProgressionsGradual({ ...plan, sessions }, newPlan, oldPlan, todayDay, changes);
    const counted = { ...next, weeks: summaries(next, oldPlan, newPlan, todayDay) };
    plan = keepVolumeGradual(counted, todayDay, changes, (p) => summaries(p, oldPlan, newPlan, todayDay));
  }
  const unresolved = newFutureViolations(baseline, plan, todayDay);
  return unresolved.length === 0 ? { plan, changes } : { plan, changes, unresolved };
}

/**
 * R-VOL-2 across the seam: the new plan's weeks grow at most 10 % (or 2 km) past the largest week behind, by
 * shorter easy and long runs ahead.
 */
function keepVolumeGradual(
  plan: Plan,
  todayDay: number,
  changes: PlanChange[],
  weeksOf: (p: Plan) => WeekSummary[],
): Plan {
  const draft = newDraft(plan, formatDayNumber(todayDay));
  if (!keepVolumeLegal(draft, false)) return plan;
  changes.push(...draft.changes);
  const byId = new Map(draft.future.map((s) => [s.id, s]));
  const next = { ...plan, sessions: plan.sessions.map((s) => byId.get(s.id) ?? s) };
  return { ...next, weeks: weeksOf(next) };
}

/** How far a step has climbed: metres of reps on the track, repeats on the hills. */
function climbOf(session: Session): number {
  return session.type === 'hills' ? (session.intervals?.[0]?.repeat ?? 0) : trackTotalM(session);
}

/**
 * The ladder and the hills ahead stay gradual from the steps behind (R-INT-3/4/5): each session keeps the new
 * plan's step unless that grows more than 1.5 × the largest track total so far (or more than one hill repeat),
 * and then takes the highest step of the new plan (or of the old one) that does not. The first of its kind in the whole plan is
 * the new plan's first step.
 */
function keepProgressionsGradual(
  plan: Plan,
  newPlan: Plan,
  oldPlan: Plan,
  todayDay: number,
  changes: PlanChange[],
): Plan {
  let sessions = plan.sessions;
  for (const type of ['track', 'hills'] as const) {
    const ofType = (p: Plan): Session[] => p.sessions.filter((s) => s.type === type && s.phase !== 'taper');
    // The old plan's steps fill in where the new plan starts higher than the runner has climbed.
    const steps = [...ofType(newPlan), ...ofType(oldPlan)];
    const first = steps[0];
    if (!first) continue;
    const byId = new Map<string, Session>();
    let largest: number | undefined;
    let previous: number | undefined;
    for (const session of sessions) {
      if (session.type !== type || session.phase === 'taper') continue;
      const climb = climbOf(session);
      if (dayOf(session.date) <= todayDay) {
        largest = Math.max(largest ?? 0, climb);
        previous = climb;
        continue;
      }
      const allowed = (c: number): boolean =>
        type === 'track'
          ? largest !== undefined && c <= 1.5 * largest
          : previous !== undefined && c <= previous + 1;
      let step: Session | undefined;
      if (largest === undefined) step = stepKey(session) === stepKey(first) ? undefined : first;
      else if (!allowed(climb))
        step =
          [...steps].filter((s) => allowed(climbOf(s))).sort((a, b) => climbOf(b) - climbOf(a))[0] ?? first;
      const next = step ? withStep(session, step) : session;
      if (next !== session && stepKey(next) !== stepKey(session)) {
        const why = `The steps ahead stay gradual from where you are: ${sessionWhat(next)} instead of ${sessionWhat(session)}.`;
        byId.set(session.id, { ...next, why });
        changes.push({
          sessionId: session.id,
          date: session.date,
          what: 'step moved',
          before: session.title,
          after: next.title,
          why,
        });
      }
      const now = climbOf(next);
      largest = Math.max(largest ?? 0, now);
      previous = now;
    }
    sessions = sessions.map((s) => byId.get(s.id) ?? s);
  }
  return { ...plan, sessions };
}

function futureOn(plan: Plan, date: string, todayDay: number): Session[] {
  return plan.sessions.filter((s) => s.date === date && dayOf(s.date) > todayDay);
}

/** One repair for one broken rule; undefined when there is none to make. */
function fixSeam(
  plan: Plan,
  violation: RuleViolation,
  todayDay: number,
  changes: PlanChange[],
): Session[] | undefined {
  const dates = (violation.message.match(DATE) ?? []).filter((d) => dayOf(d) > todayDay);
  const pacing = currentPacing(plan);
  const ease = (session: Session, why: string): Session[] => {
    const eased = easyRunLike(session, Infinity, pacing, why, plan);
    changes.push({
      sessionId: session.id,
      date: session.date,
      what: 'eased',
      before: session.title,
      after: eased.title,
      why,
    });
    return plan.sessions.map((s) => (s.id === session.id ? eased : s));
  };
  const drop = (session: Session, why: string): Session[] => {
    changes.push({
      sessionId: session.id,
      date: session.date,
      what: 'dropped',
      before: session.title,
      after: 'rest',
      why,
    });
    return plan.sessions.filter((s) => s.id !== session.id);
  };
  const weekMatch = /week (\d+)/.exec(violation.message);
  const week = weekMatch ? Number(weekMatch[1]) : undefined;
  const futureInWeek = plan.sessions.filter((s) => s.week === week && dayOf(s.date) > todayDay);

  switch (violation.rule) {
    case 'R-INT-1': {
      const first = plan.sessions.find(
        (s) => dayOf(s.date) > todayDay && (s.type === 'track' || s.type === 'hills'),
      );
      if (first)
        return ease(
          first,
          'Your strength foundation is not complete yet, so interval running waits one more session.',
        );
      break;
    }
    case 'R-QUA-1':
    case 'R-REC-2': {
      if (violation.rule === 'R-QUA-1' && week !== undefined && dates.length === 0) {
        const hardInWeek = futureInWeek
          .filter((s) => isHard(s) && s.type !== 'race' && s.type !== 'long')
          .pop();
        if (hardInWeek)
          return ease(hardInWeek, 'This week already holds its two hard days, so this is an easy run.');
        break;
      }
      const hard = dates
        .flatMap((d) => futureOn(plan, d, todayDay))
        .find((s) => isHard(s) && s.type !== 'race');
      if (hard)
        return ease(
          hard,
          `The new plan starts right after a hard day, so ${shortDate(hard.date)} is an easy run to keep hard days apart.`,
        );
      break;
    }
    case 'R-STR-1': {
      const strength =
        dates.flatMap((d) => futureOn(plan, d, todayDay)).find((s) => s.type === 'strength') ??
        futureInWeek.filter((s) => s.type === 'strength').pop();
      if (strength)
        return drop(
          strength,
          'Strength already came the day before or twice this week in your old plan, so this one goes.',
        );
      break;
    }
    case 'R-INT-5': {
      const hills = futureInWeek.filter((s) => s.type === 'hills').pop();
      if (hills) return ease(hills, 'You already ran hills this week, so this is an easy run.');
      break;
    }
    case 'R-REC-1': {
      if (violation.message.includes('rest day')) {
        const spare = spareSession(futureInWeek);
        if (spare)
          return drop(
            spare,
            'This week already had its training days in your old plan, so this one is a rest day.',
          );
      }
      break;
    }
    case 'R-REC-4': {
      if (violation.message.includes('more sessions')) {
        const spare = spareSession(futureInWeek);
        if (spare)
          return drop(
            spare,
            'A deload week holds no more sessions than the week before it, so this one goes.',
          );
      }
      break;
    }
    case 'R-INT-4': {
      const clamped = clampRecoveries(plan.sessions, todayDay);
      if (clamped) return clamped;
      break;
    }
    case 'R-TEC-2':
      return rotateTechnique(plan.sessions, todayDay);
    default:
      break;
  }
  const hard = dates.flatMap((d) => futureOn(plan, d, todayDay)).find((s) => isHard(s) && s.type !== 'race');
  return hard
    ? ease(hard, `This keeps the plan's rules where the old and the new plan meet (${violation.rule}).`)
    : undefined;
}

/** Track jog recoveries never grow again (R-INT-4): the new plan's ladder takes the shortest jog already run. */
function clampRecoveries(sessions: readonly Session[], todayDay: number): Session[] | undefined {
  let shortestS = Infinity;
  let changed = false;
  const next = sessions.map((s) => {
    const interval = s.intervals?.[0];
    const recovery = interval?.recovery;
    if (s.type !== 'track' || !interval || !recovery) return s;
    if (dayOf(s.date) > todayDay && s.phase !== 'taper' && recovery.durationS > shortestS) {
      changed = true;
      return {
        ...s,
        intervals: [
          { ...interval, recovery: { ...recovery, durationS: shortestS } },
          ...(s.intervals ?? []).slice(1),
        ],
      };
    }
    if (s.phase !== 'taper') shortestS = Math.min(shortestS, recovery.durationS);
    return s;
  });
  return changed ? next : undefined;
}

/** The technique focuses of the runs ahead continue the rotation of the runs behind (R-TEC-2). */
function rotateTechnique(sessions: readonly Session[], todayDay: number): Session[] {
  const lastFocus = [...sessions]
    .filter((s) => isRun(s) && dayOf(s.date) <= todayDay)
    .flatMap((s) => s.technique)
    .pop();
  let next = lastFocus === undefined ? 0 : FOCUS_ROTATION.indexOf(lastFocus) + 1;
  const runsPerWeek = new Map<number, number>();
  for (const s of sessions) if (isRun(s)) runsPerWeek.set(s.week, (runsPerWeek.get(s.week) ?? 0) + 1);
  return sessions.map((s) => {
    if (!isRun(s) || dayOf(s.date) <= todayDay) return s;
    const count = runsPerWeek.get(s.week) === 1 ? 2 : 1;
    const technique = Array.from(
      { length: count },
      () => FOCUS_ROTATION[next++ % FOCUS_ROTATION.length] ?? 'stride',
    );
    return { ...s, technique };
  });
}

/** Week summaries of the merged plan: the old ones behind, the new ones ahead, the week of today counted. */
function summaries(plan: Plan, oldPlan: Plan, newPlan: Plan, todayDay: number): WeekSummary[] {
  const startDay = dayOf(plan.profile.start);
  const easySPerKm = plan.paces.paces.easySPerKm[1];
  const result: WeekSummary[] = [];
  for (let week = 1; week <= plan.profile.weeks; week++) {
    const weekStart = startDay + (week - 1) * 7;
    const start = formatDayNumber(weekStart);
    const inWeek = plan.sessions.filter((s) => s.week === week);
    const old = oldPlan.weeks.find((w) => w.start === start);
    const fresh = newPlan.weeks.find((w) => w.start === start);
    if (old && weekStart + 6 <= todayDay) {
      result.push({ ...old, week });
      continue;
    }
    const counted: WeekSummary = {
      ...(fresh ?? old ?? {}),
      week,
      start,
      phase: inWeek.find((s) => s.phase !== 'taper')?.phase ?? inWeek[0]?.phase ?? fresh?.phase ?? 'build',
      deload: inWeek.some((s) => s.deload),
      intervalVolumeM: Math.round(inWeek.reduce((sum, s) => sum + intervalM(s), 0)),
      runningDistanceM: Math.round(
        inWeek.filter((s) => s.type !== 'race').reduce((sum, s) => sum + sessionDistanceM(s, easySPerKm), 0),
      ),
      longRunM: Math.round(
        Math.max(0, ...inWeek.filter((s) => s.type === 'long').map((s) => sessionDistanceM(s, easySPerKm))),
      ),
      strengthSets: inWeek.reduce((sum, s) => sum + (s.exercises ?? []).reduce((n, e) => n + e.sets, 0), 0),
    };
    if (inWeek.some((s) => s.type === 'race')) counted.phase = 'taper';
    result.push(
      fresh && weekStart > todayDay && sameSessions(newPlan, plan, week, fresh)
        ? { ...fresh, week, start }
        : counted,
    );
  }
  return result;
}

/** True when a week ahead holds exactly the new plan's sessions, so its own summary still holds. */
function sameSessions(newPlan: Plan, plan: Plan, week: number, fresh: WeekSummary): boolean {
  const ids = plan.sessions.filter((s) => s.week === week).map((s) => `${s.date}${s.type}${s.title}`);
  const newIds = newPlan.sessions
    .filter((s) => s.week === fresh.week)
    .map((s) => `${s.date}${s.type}${s.title}`);
  return ids.length === newIds.length && ids.every((id, i) => id === newIds[i]);
}

/** The session a crowded week gives up first: its last easy run, else its last strength session. */
function spareSession(futureInWeek: readonly Session[]): Session | undefined {
  return (
    futureInWeek.filter((s) => s.type === 'easy').pop() ??
    futureInWeek.filter((s) => s.type === 'strength').pop()
  );
}
