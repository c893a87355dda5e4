/**
 * Rescheduling (R-ADA-5): move one session to another date, or swap it with the session of the same kind on
 * that date. The move keeps every rule of SPEC section 1 for the days ahead, or is refused with the rule's
 * words. Only sessions after today move, and only to dates after today (R-ADA-1).
 */
import { parseDayNumber } from '../calendar/calendar-date.js';
import type { Plan, Session } from '../plan/plan-types.js';
import { SESSION_TYPE_NAMES } from '../prescription/session-words.js';
import type { PlanChange } from './adapt-types.js';
import { dayOf, possessiveWhen, shortDate } from './adapt-dates.js';
import { newFutureViolations } from './rule-guard.js';
import { ruleWords } from './rule-words.js';
import { isRun } from './session-outcome.js';
import { updatedWeeks } from './week-totals.js';

export type MoveResult =
  { ok: true; plan: Plan; changes: PlanChange[] } | { ok: false; rule: string; message: string };

function refuse(rule: string, message: string): MoveResult {
  return { ok: false, rule, message };
}

function lastDay(plan: Plan): number {
  if (plan.profile.raceDate !== undefined) return dayOf(plan.profile.raceDate);
  return dayOf(plan.profile.start) + plan.profile.weeks * 7 - 1;
}

/** The session on its new date: the plan week and its deload flag follow the date. */
function onDate(plan: Plan, session: Session, date: string): Session {
  const week = Math.floor((dayOf(date) - dayOf(plan.profile.start)) / 7) + 1;
  const summary = plan.weeks.find((w) => w.week === week);
  return { ...session, date, week, deload: summary?.deload ?? session.deload };
}

/** Date order; on one date the run comes first and strength after (R-DAY-1). */
export function inPlanOrder(sessions: readonly Session[]): Session[] {
  return sessions
    .map((session, index) => ({ session, index }))
    .sort(
      (a, b) =>
        a.session.date.localeCompare(b.session.date) ||
        Number(a.session.type === 'strength') - Number(b.session.type === 'strength') ||
        a.index - b.index,
    )
    .map(({ session }) => session);
}

/**
 * Moves `sessionId` to `toDate`, swapping with the session of the same kind there.
 * @example moveSession(plan, '2026-12-15-track', '2026-12-16', '2026-12-10')
 * // { ok: false, rule: 'R-REC-2', message: "Tuesday's track session cannot move to Wed 16 Dec: two hard runs on consecutive days." }
 */
export function moveSession(plan: Plan, sessionId: string, toDate: string, today: string): MoveResult {
  const toDay = parseDayNumber(toDate);
  const todayDay = parseDayNumber(today);
  if (toDay === undefined)
    return refuse('R-IN-1', `${JSON.stringify(toDate)} is not a date; accepted: YYYY-MM-DD`);
  if (todayDay === undefined)
    return refuse('R-IN-1', `${JSON.stringify(today)} is not a date; accepted: YYYY-MM-DD`);
  const session = plan.sessions.find((s) => s.id === sessionId);
  if (!session) return refuse('R-IN-1', `the plan has no session ${JSON.stringify(sessionId)}`);
  const name = `${possessiveWhen(session.date, today)} ${SESSION_TYPE_NAMES[session.type].toLowerCase()} session`;
  if (dayOf(session.date) <= todayDay)
    return refuse('R-ADA-1', `${name} is in the past: only sessions after today can move.`);
  if (toDay <= todayDay)
    return refuse(
      'R-ADA-1',
      `${name} cannot move to ${shortDate(toDate)}: sessions move only to days after today.`,
    );
  if (session.type === 'race') return refuse('R-REC-3', `The race stays on its date.`);
  if (toDay < dayOf(plan.profile.start) || toDay > lastDay(plan))
    return refuse('R-IN-1', `${name} cannot move to ${shortDate(toDate)}: that day is outside the plan.`);
  if (session.date === toDate) return { ok: true, plan, changes: [] };

  const other = plan.sessions.find(
    (s) => s.date === toDate && s.id !== session.id && isRun(s) === isRun(session),
  );
  if (other?.type === 'race')
    return refuse('R-REC-3', `${name} cannot take the race's date: the race stays on its date.`);
  const moved = onDate(plan, session, toDate);
  const swapped = other ? onDate(plan, other, session.date) : undefined;
  const withMove = (carried: ReadonlyMap<string, string>): Plan => {
    const sessions = inPlanOrder(
      plan.sessions.map((s) => {
        if (s.id === session.id) return moved;
        if (s.id === other?.id && swapped) return swapped;
        const date = carried.get(s.id);
        return date === undefined ? s : onDate(plan, s, date);
      }),
    );
    return { ...plan, weeks: updatedWeeks(plan, plan.sessions, sessions), sessions };
  };
  let next = withMove(new Map());
  let carried = new Map<string, string>();
  const broken = newFutureViolations(plan, next, todayDay);
  const first = broken[0];
  if (first) {
    // The plan makes room where it can: strength goes with the run it followed (R-DAY-1), as when a long
    // run swaps with the easy run that carried Sunday's strength.
    carried = strengthWithItsRun(plan, session, toDate, other);
    const roomy = carried.size > 0 ? withMove(carried) : undefined;
    if (!roomy || newFutureViolations(plan, roomy, todayDay).length > 0)
      return refuse(first.rule, `${name} cannot move to ${shortDate(toDate)}: ${ruleWords(first)}.`);
    next = roomy;
  }

  const changes: PlanChange[] = [
    {
      sessionId: session.id,
      date: toDate,
      what: 'moved',
      before: shortDate(session.date),
      after: shortDate(toDate),
      why: `You moved ${session.title} from ${shortDate(session.date)} to ${shortDate(toDate)}.`,
    },
  ];
  if (other && swapped) {
    changes.push({
      sessionId: other.id,
      date: swapped.date,
      what: 'moved',
      before: shortDate(other.date),
      after: shortDate(swapped.date),
      why: `${other.title} swaps places with ${session.title}, which you moved to ${shortDate(toDate)}.`,
    });
  }
  for (const [id, date] of carried) {
    const strength = plan.sessions.find((s) => s.id === id);
    if (!strength) continue;
    changes.push({
      sessionId: id,
      date,
      what: 'moved',
      before: shortDate(strength.date),
      after: shortDate(date),
      why: `${strength.title} goes with the run it follows, so it moves to ${shortDate(date)} too.`,
    });
  }
  return { ok: true, plan: next, changes };
}

/** Strength sessions on the two dates of a run's move, each to the date its own run goes to. */
function strengthWithItsRun(
  plan: Plan,
  session: Session,
  toDate: string,
  other: Session | undefined,
): Map<string, string> {
  const carried = new Map<string, string>();
  if (!isRun(session)) return carried;
  for (const s of plan.sessions) {
    if (s.type !== 'strength') continue;
    if (s.date === session.date) carried.set(s.id, toDate);
    else if (other && s.date === toDate) carried.set(s.id, session.date);
  }
  return carried;
}
