import { describe, expect, it } from 'vitest';
import { weekdayOf } from '../calendar/calendar-date.js';
import type { Plan, Session } from '../plan/plan-types.js';
import { dayOf } from './adapt-dates.js';
import { addDays, samplePlan } from './adapt-test-support.js';
import { moveSession, type MoveResult } from './move-session.js';
import { newFutureViolations, violationCounts } from './rule-guard.js';

const plan = samplePlan();
const today = addDays(plan.profile.start, 20);
const ahead = plan.sessions.filter((s) => s.date > today);
const HARD = ['track', 'hills', 'tempo', 'intervals', 'time-trial'];

function isTrainingDay(p: Plan, date: string): boolean {
  return p.profile.days.includes(weekdayOf(dayOf(date)));
}

/** Every move of `sessions` to a day within `span` days of it, with its result. */
function tryMoves(sessions: Session[], span = 3): { session: Session; toDate: string; result: MoveResult }[] {
  const tried: { session: Session; toDate: string; result: MoveResult }[] = [];
  for (const session of sessions) {
    for (let d = -span; d <= span; d++) {
      const toDate = addDays(session.date, d);
      if (d === 0 || toDate <= today) continue;
      tried.push({ session, toDate, result: moveSession(plan, session.id, toDate, today) });
    }
  }
  return tried;
}

describe('moveSession', () => {
  it('R-ADA-5: moves a session to another day, keeping its id, and says so', () => {
    const moved = tryMoves(ahead.filter((s) => s.type === 'easy')).find((t) => t.result.ok);
    if (!moved?.result.ok) throw new Error('no easy run could move anywhere');
    const { result, session, toDate } = moved;
    const after = result.plan.sessions.find((s) => s.id === session.id);
    expect(after?.date).toBe(toDate);
    expect(result.plan.sessions.map((s) => s.date)).toEqual(
      [...result.plan.sessions.map((s) => s.date)].sort(),
    );
    expect(result.changes[0]).toMatchObject({ sessionId: session.id, date: toDate, what: 'moved' });
    expect(newFutureViolations(violationCounts(plan), result.plan, dayOf(today))).toEqual([]);
  });

  it('R-ADA-5: every accepted move keeps the rules; every refused one names a rule in words', () => {
    const tried = tryMoves(ahead.slice(0, 30));
    expect(tried.some((t) => t.result.ok)).toBe(true);
    expect(tried.some((t) => !t.result.ok)).toBe(true);
    for (const { result } of tried) {
      if (result.ok)
        expect(newFutureViolations(violationCounts(plan), result.plan, dayOf(today))).toEqual([]);
      else {
        expect(result.rule).toMatch(/^R-[A-Z]+-\d$/);
        expect(result.message).toMatch(/cannot move to .*: .+\.$|The race stays/);
      }
    }
  });

  it("R-REC-2: refuses two hard runs on consecutive days in the rule's words", () => {
    const refused = tryMoves(ahead.filter((s) => HARD.includes(s.type))).find(
      (t) => !t.result.ok && t.result.rule === 'R-REC-2',
    );
    expect(refused?.result).toMatchObject({ ok: false, rule: 'R-REC-2' });
    if (refused && !refused.result.ok)
      expect(refused.result.message).toContain('two hard runs on consecutive days');
  });

  it('R-REC-1: refuses a day that is not one of the training days', () => {
    const session = ahead.find((s) => s.type === 'easy') as Session;
    let toDate = addDays(session.date, 1);
    while (isTrainingDay(plan, toDate)) toDate = addDays(toDate, 1);
    const result = moveSession(plan, session.id, toDate, today);
    expect(result).toMatchObject({ ok: false, rule: 'R-REC-1' });
    if (!result.ok) expect(result.message).toContain('not one of your training days');
  });

  it('R-ADA-1: never moves a past session or onto a past date', () => {
    const past = plan.sessions.find((s) => s.date <= today) as Session;
    expect(moveSession(plan, past.id, addDays(today, 2), today)).toMatchObject({
      ok: false,
      rule: 'R-ADA-1',
    });
    const next = ahead[0] as Session;
    expect(moveSession(plan, next.id, today, today)).toMatchObject({ ok: false, rule: 'R-ADA-1' });
  });

  it('R-ADA-5: where a move would leave strength without its run, the strength goes with the run and the plan says so', () => {
    const carried = tryMoves(
      ahead.filter((s) => s.type !== 'strength' && s.type !== 'race'),
      2,
    ).filter((t) => t.result.ok && t.result.changes.some((c) => /goes with the run it follows/.test(c.why)));
    expect(carried.length).toBeGreaterThan(0);
    for (const { result, session } of carried) {
      if (!result.ok) continue;
      expect(newFutureViolations(plan, result.plan, dayOf(today))).toEqual([]);
      for (const change of result.changes.filter((c) => /goes with the run it follows/.test(c.why))) {
        const strength = result.plan.sessions.find((s) => s.id === change.sessionId);
        const host = result.plan.sessions.filter((s) => s.date === strength?.date && s.type !== 'strength');
        expect(host.length, `${session.id}: ${change.why}`).toBe(1);
        expect(['easy', 'track', 'hills', 'tempo', 'intervals', 'time-trial']).toContain(host[0]?.type);
      }
    }
  });

  it('swaps with the session of the same kind on the target day', () => {
    const swaps = tryMoves(
      ahead.filter((s) => s.type !== 'strength'),
      6,
    ).filter((t) => t.result.ok && t.result.changes.length === 2);
    const swap = swaps[0];
    if (!swap?.result.ok) throw new Error('no two runs could swap');
    const [first, second] = swap.result.changes;
    expect(first).toMatchObject({ sessionId: swap.session.id, date: swap.toDate });
    const other = swap.result.plan.sessions.find((s) => s.id === second?.sessionId);
    expect(other?.date).toBe(swap.session.date);
  });

  it('R-IN-1: names a date that is not one', () => {
    expect(moveSession(plan, (ahead[0] as Session).id, '2027-02-30', today)).toMatchObject({
      ok: false,
      rule: 'R-IN-1',
    });
  });
});
