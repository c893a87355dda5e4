/** Plans, their sessions (with each session's log where there is one) and their revisions. */
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database, PlanRevisionsTable, PlansTable, SessionsTable } from '../db/tables.js';
import type { PlanDiff, StoredSession } from './stored-plan.js';
import { insertBatches } from '../db/insert-batches.js';

export interface SessionRow {
  id: string;
  plan_id: string;
  session_key: string | null;
  session_json: string;
  log_json: string | null;
}

/** The current plan's header with its revision counters. */
export interface CurrentPlanRow {
  id: string;
  created_at: string;
  plan_json: string;
  revision: number;
  version: number;
}

export class PlansRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stores a new current plan with its first revision; older plans (and their logs) stay, not current. */
  async insertCurrent(
    plan: PlansTable,
    sessions: SessionsTable[],
    revision: PlanRevisionsTable,
  ): Promise<void> {
    const write = async (trx: Kysely<Database>) => {
      await trx
        .updateTable('plans')
        .set({ is_current: 0 })
        .where('runner_id', '=', plan.runner_id)
        .where('is_current', '=', 1)
        .execute();
      await trx.insertInto('plans').values(plan).execute();
      await insertBatches(trx, 'sessions', sessions);
      await trx.insertInto('plan_revisions').values(revision).execute();
    };
    if (this.db.isTransaction) await write(this.db);
    else await this.db.transaction().execute(write);
  }

  findCurrent(runnerId: string): Promise<CurrentPlanRow | undefined> {
    return this.db
      .selectFrom('plans')
      .select(['id', 'created_at', 'plan_json', 'revision', 'version'])
      .where('runner_id', '=', runnerId)
      .where('is_current', '=', 1)
      .executeTakeFirst();
  }

  /** The current plan's revision counters alone: what an ETag check needs. */
  currentTag(runnerId: string): Promise<Pick<CurrentPlanRow, 'id' | 'revision' | 'version'> | undefined> {
    return this.db
      .selectFrom('plans')
      .select(['id', 'revision', 'version'])
      .where('runner_id', '=', runnerId)
      .where('is_current', '=', 1)
      .executeTakeFirst();
  }

  list(runnerId: string): Promise<Pick<PlansTable, 'id' | 'created_at' | 'is_current'>[]> {
    return this.db
      .selectFrom('plans')
      .select(['id', 'created_at', 'is_current'])
      .where('runner_id', '=', runnerId)
      .orderBy('is_current', 'desc')
      .orderBy('created_at', 'desc')
      .execute();
  }

  /**
   * The plan's sessions as one JSON array text, assembled by the database from the stored JSON (SQL both
   * dialects share: `||`, substr, coalesce, string_agg with ORDER BY). A year of sessions with their logs
   * comes back as one string instead of hundreds of rows to decode and re-join.
   */
  async sessionsJsonOfPlan(planId: string): Promise<string> {
    const { rows } = await sql<{ sessions: string | null }>`
      select string_agg(
        '{"id":"' || s.id || '","key":"' || coalesce(s.session_key, s.date) || '","planId":"' || s.plan_id || '",'
          || substr(s.session_json, 2, length(s.session_json) - 2)
          || ',"log":' || coalesce(l.log_json, 'null') || '}',
        ',' order by s.position) as sessions
      from sessions s left join logs l on l.session_id = s.id
      where s.plan_id = ${planId}`.execute(this.db);
    return `[${rows[0]?.sessions ?? ''}]`;
  }

  /** The current plan's sessions on a date: one indexed query, the hot path of `GET /api/today`. */
  sessionsOnDate(runnerId: string, date: string): Promise<SessionRow[]> {
    return this.currentSessions(runnerId).where('s.date', '=', date).orderBy('s.position').execute();
  }

  /** The first session of the current plan after a date. */
  nextSessionAfter(runnerId: string, date: string): Promise<SessionRow | undefined> {
    return this.currentSessions(runnerId)
      .where('s.date', '>', date)
      .orderBy('s.date')
      .orderBy('s.position')
      .limit(1)
      .executeTakeFirst();
  }

  private currentSessions(runnerId: string) {
    return this.db
      .selectFrom('plans as p')
      .innerJoin('sessions as s', 's.plan_id', 'p.id')
      .leftJoin('logs as l', 'l.session_id', 's.id')
      .select(['s.id', 's.plan_id', 's.session_key', 's.session_json', 'l.log_json'])
      .where('p.runner_id', '=', runnerId)
      .where('p.is_current', '=', 1);
  }

  /** A session of this runner, from any of their plans; undefined for anyone else's id. */
  findSession(runnerId: string, sessionId: string): Promise<SessionRow | undefined> {
    return this.db
      .selectFrom('sessions as s')
      .leftJoin('logs as l', 'l.session_id', 's.id')
      .select(['s.id', 's.plan_id', 's.session_key', 's.session_json', 'l.log_json'])
      .where('s.id', '=', sessionId)
      .where('s.runner_id', '=', runnerId)
      .executeTakeFirst();
  }

  /**
   * Counts a change to what the runner's current plan (and the plan of `loggedSessionId`, when given) serves,
   * and returns the current plan. Run first in a write transaction: the row locks it takes on PostgreSQL make
   * concurrent writes of one runner adapt one after the other (SQLite's are serial anyway). One statement:
   * the session's plan is found inside it, a round trip less on the hottest write.
   */
  async countChange(runnerId: string, loggedSessionId?: string): Promise<CurrentPlanRow | undefined> {
    const rows = await this.db
      .updateTable('plans')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('runner_id', '=', runnerId)
      .where((eb) =>
        loggedSessionId === undefined
          ? eb('is_current', '=', 1)
          : eb.or([
              eb('is_current', '=', 1),
              eb(
                'id',
                'in',
                eb
                  .selectFrom('sessions')
                  .select('plan_id')
                  .where('id', '=', loggedSessionId)
                  .where('runner_id', '=', runnerId),
              ),
            ]),
      )
      .returning(['id', 'created_at', 'plan_json', 'revision', 'version', 'is_current'])
      .execute();
    const current = rows.find((r) => r.is_current === 1);
    if (!current) return undefined;
    const { is_current: _current, ...plan } = current;
    return plan;
  }

  /** Every session of a plan with its log, for adaptation. */
  storedSessions(planId: string): Promise<StoredSession[]> {
    return this.db
      .selectFrom('sessions as s')
      .leftJoin('logs as l', 'l.session_id', 's.id')
      .select(['s.id', 's.session_key', 's.date', 's.position', 's.session_json', 'l.log_json'])
      .where('s.plan_id', '=', planId)
      .orderBy('s.position')
      .execute();
  }

  /** Writes a new revision of the plan: its rows as the diff says, the header, the revision record. */
  async writeRevision(planId: string, diff: PlanDiff, revision: PlanRevisionsTable): Promise<void> {
    const db = this.db;
    if (diff.removed.length > 0) {
      for (let i = 0; i < diff.removed.length; i += 500)
        await db
          .deleteFrom('sessions')
          .where('plan_id', '=', planId)
          .where('id', 'in', diff.removed.slice(i, i + 500))
          .execute();
    }
    // One statement per 200 rows: UPDATE ... FROM (VALUES ...), which SQLite (3.33+) and PostgreSQL share;
    // both name the columns of a VALUES list column1, column2, ...
    for (let i = 0; i < diff.updates.length; i += 200) {
      const values = diff.updates
        .slice(i, i + 200)
        .map((u) => sql`(${u.id}, ${u.date}, cast(${u.position} as integer), ${u.session_json})`);
      await sql`update sessions set date = v.column2, position = v.column3, session_json = v.column4
        from (values ${sql.join(values)}) as v
        where sessions.id = v.column1 and sessions.plan_id = ${planId}`.execute(db);
    }
    await insertBatches(db, 'sessions', diff.inserts);
    await db
      .updateTable('plans')
      .set((eb) => ({
        revision: revision.number,
        ...(diff.planJson === undefined ? {} : { plan_json: diff.planJson }),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', planId)
      .execute();
    await db.insertInto('plan_revisions').values(revision).execute();
  }

  /** The current plan's revisions, newest first. */
  revisions(
    runnerId: string,
  ): Promise<Pick<PlanRevisionsTable, 'number' | 'created_at' | 'reason' | 'changes_json'>[]> {
    return this.db
      .selectFrom('plan_revisions as r')
      .innerJoin('plans as p', 'p.id', 'r.plan_id')
      .select(['r.number', 'r.created_at', 'r.reason', 'r.changes_json'])
      .where('p.runner_id', '=', runnerId)
      .where('p.is_current', '=', 1)
      .orderBy('r.number', 'desc')
      .execute();
  }
}
