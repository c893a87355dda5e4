/**
 * Every change to a runner's current plan goes through here, inside the caller's transaction: adaptation
 * after a log or race write, a re-plan after a profile change, a move. Each reads the plan once (header,
 * sessions with their logs, races), runs core's pure function, and writes the difference as one new
 * revision with its changes, or nothing when the plan stayed as it was.
 */
import type { Kysely } from 'kysely';
import { adaptPlan, moveSession, replanFrom } from '@speedwork/core';
import type { Plan, PlanChange, RaceEntry, SessionLog } from '@speedwork/core';
import { dateOf } from '../config/clock.js';
import type { Clock } from '../config/clock.js';
import type { Database } from '../db/tables.js';
import { RacesRepository } from '../races/races.repository.js';
import { ServiceError } from '../service-error.js';
import { PlansRepository } from './plans.repository.js';
import type { CurrentPlanRow } from './plans.repository.js';
import { corePlan, diffPlan, isEmpty, keyOf } from './stored-plan.js';
import type { PlanDiff, StoredSession } from './stored-plan.js';

/** One change as the API serves it: core's change, its session named by the API id and the plan's key. */
export type PlanChangeDocument = PlanChange & { sessionKey: string };

/** What a write did to the current plan: its revision after the write (null without a plan) and the changes. */
export interface PlanUpdate {
  revision: number | null;
  changes: PlanChangeDocument[];
}

export type RevisionReason = 'generated' | 'adapted' | 'replanned' | 'moved';

interface PlanState {
  plan: Plan;
  logs: SessionLog[];
  races: RaceEntry[];
  /** The clock's date (UTC), or tomorrow when a session of tomorrow is logged already. */
  today: string;
  rows: StoredSession[];
}

/** The current plan as `lock` found it (its header does not change until a revision is written). */
export interface LockedPlan {
  current: CurrentPlanRow | undefined;
}

type Step = (state: PlanState) => { plan: Plan; changes: PlanChange[] };

const NO_PLAN: PlanUpdate = { revision: null, changes: [] };

export class PlanUpdates {
  constructor(private readonly clock: Clock) {}

  /** Today's date (UTC) on the server's clock. */
  today(): string {
    return dateOf(this.clock);
  }

  /**
   * Counts a change to the runner's current plan (and to the plan of `loggedSessionId`, a logged session:
   * its ETag) and locks it. A write calls this first, so one runner's concurrent writes run one after the
   * other (on PostgreSQL; SQLite's writes are serial anyway) and each adapts to the ones before it.
   */
  async lock(trx: Kysely<Database>, runnerId: string, loggedSessionId?: string): Promise<LockedPlan> {
    return { current: await new PlansRepository(trx).countChange(runnerId, loggedSessionId) };
  }

  /**
   * R-ADA-1..6: the current plan follows every log and race. `locked`: from `lock`, in the same transaction.
   * `loggedSessionId`: the session whose log this is; a note on it (R-ADA-4: an easy run too fast) is kept
   * even when the plan does not change, as a revision of its own, so the runner reads it once.
   */
  adapt(
    trx: Kysely<Database>,
    runnerId: string,
    locked: LockedPlan,
    loggedSessionId?: string,
  ): Promise<PlanUpdate> {
    return this.apply(trx, runnerId, 'adapted', locked, (s) => {
      const adapted = adaptPlan(s.plan, s.logs, s.races, s.today);
      if (loggedSessionId === undefined) return adapted;
      const logged = s.rows.find((r) => r.id === loggedSessionId);
      const key = logged && keyOf(logged);
      // A note on another logged session (its easy run too fast) was told when that one was logged.
      const loggedKeys = new Set(s.logs.map((l) => l.sessionId));
      const told = (c: PlanChange) => c.what === 'note' && c.sessionId !== key && loggedKeys.has(c.sessionId);
      return { plan: adapted.plan, changes: adapted.changes.filter((c) => !told(c)) };
    });
  }

  /** A new plan's future after today, the past kept as it was, then adapted to what was done. */
  replan(trx: Kysely<Database>, runnerId: string, fresh: Plan): Promise<PlanUpdate> {
    return this.apply(trx, runnerId, 'replanned', undefined, (s) => {
      const replanned = replanFrom(s.plan, fresh, s.today);
      const adapted = adaptPlan(replanned.plan, s.logs, s.races, s.today);
      return { plan: adapted.plan, changes: [...replanned.changes, ...adapted.changes] };
    });
  }

  /** Moves a session of the current plan, or refuses with the rule it would break (invalid-input, field date). */
  move(trx: Kysely<Database>, runnerId: string, sessionId: string, toDate: string): Promise<PlanUpdate> {
    return this.apply(trx, runnerId, 'moved', undefined, (s) => {
      const row = s.rows.find((r) => r.id === sessionId);
      if (!row) throw new ServiceError('not-found', 'No such session in your current plan.');
      const moved = moveSession(s.plan, keyOf(row), toDate, s.today);
      if (!moved.ok)
        throw new ServiceError('invalid-input', moved.message, [
          {
            field: 'date',
            reason: moved.rule,
            message: `date: ${moved.message} (${moved.rule})`,
            given: toDate,
          },
        ]);
      return moved;
    });
  }

  private async apply(
    trx: Kysely<Database>,
    runnerId: string,
    reason: RevisionReason,
    locked: LockedPlan | undefined,
    step: Step,
  ): Promise<PlanUpdate> {
    const plans = new PlansRepository(trx);
    const { current } = locked ?? (await this.lock(trx, runnerId));
    if (!current) return NO_PLAN;
    const [rows, raceRows] = await Promise.all([
      plans.storedSessions(current.id),
      new RacesRepository(trx).list(runnerId),
    ]);
    // A runner ahead of UTC logs "today's" session while the server's date is still yesterday: a session
    // logged for tomorrow makes tomorrow today. Logs further ahead wait for their date (and stay as logged).
    const clockToday = this.today();
    const tomorrow = new Date(Date.parse(`${clockToday}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    let today = clockToday;
    const logs: SessionLog[] = [];
    for (const row of rows) {
      if (row.log_json === null) continue;
      if (row.date > today && row.date <= tomorrow) today = row.date;
      logs.push(sessionLog(keyOf(row), row.log_json));
    }
    const races: RaceEntry[] = raceRows.map((r) => ({
      date: r.date,
      distanceM: r.distance_m,
      timeS: r.time_s,
      kind: r.kind === 'time-trial' ? 'time-trial' : 'race',
    }));
    const plan = corePlan(current.plan_json, rows);
    const result = step({ plan, logs, races, today, rows });
    // Core hands back the plan it was given when nothing changed (most logs): nothing to compare, and
    // nothing to write but a note the step kept.
    const unchanged = result.plan === plan;
    if (unchanged && result.changes.length === 0) return { revision: current.revision, changes: [] };
    const diff = unchanged
      ? noDiff(rows)
      : diffPlan(current.id, runnerId, current.plan_json, rows, result.plan, today);
    if (!unchanged && isEmpty(diff)) return { revision: current.revision, changes: [] };
    const changes: PlanChangeDocument[] = result.changes.map((change) => ({
      ...change,
      sessionId: diff.rowIdOfKey.get(change.sessionId) ?? change.sessionId,
      sessionKey: change.sessionId,
    }));
    const revision = current.revision + 1;
    await plans.writeRevision(current.id, diff, {
      plan_id: current.id,
      number: revision,
      runner_id: runnerId,
      created_at: this.clock().toISOString(),
      reason,
      changes_json: JSON.stringify(changes),
      diff_json: JSON.stringify(diff.record),
    });
    return { revision, changes };
  }
}

/** The diff of a revision that only tells (a note): no row changes. */
function noDiff(rows: readonly StoredSession[]): PlanDiff {
  return {
    planJson: undefined,
    updates: [],
    inserts: [],
    removed: [],
    record: { sessions: [], removed: [] },
    rowIdOfKey: new Map(rows.map((row) => [keyOf(row), row.id])),
  };
}

/** A stored log as core reads it: the API's `partial` is core's `partly`. */
function sessionLog(sessionId: string, logJson: string): SessionLog {
  const stored = JSON.parse(logJson) as {
    status: string;
    rpe?: number;
    reps?: { timeS?: number; distanceM?: number }[];
  };
  const status = stored.status === 'partial' ? 'partly' : (stored.status as SessionLog['status']);
  return {
    sessionId,
    status,
    ...(stored.rpe === undefined ? {} : { rpe: stored.rpe }),
    ...(stored.reps === undefined ? {} : { reps: stored.reps }),
  };
}
