/** Plans and their sessions, with each session's log where there is one. */
import { sql } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import type { Database, PlansTable, SessionsTable } from '../db/tables.js';

export interface SessionRow {
  id: string;
  plan_id: string;
  session_json: string;
  log_json: string | null;
}

export class PlansRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stores a new current plan and keeps the older ones (and their logs), in one transaction. */
  async insertCurrent(plan: PlansTable, sessions: SessionsTable[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('plans')
        .set({ is_current: 0 })
        .where('runner_id', '=', plan.runner_id)
        .where('is_current', '=', 1)
        .execute();
      await trx.insertInto('plans').values(plan).execute();
      await insertSessions(trx, sessions);
    });
  }

  findCurrent(runnerId: string): Promise<Pick<PlansTable, 'id' | 'created_at' | 'plan_json'> | undefined> {
    return this.db
      .selectFrom('plans')
      .select(['id', 'created_at', 'plan_json'])
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
        '{"id":"' || s.id || '","planId":"' || s.plan_id || '",'
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
      .select(['s.id', 's.plan_id', 's.session_json', 'l.log_json'])
      .where('p.runner_id', '=', runnerId)
      .where('p.is_current', '=', 1);
  }

  /** A session of this runner, from any of their plans; undefined for anyone else's id. */
  findSession(runnerId: string, sessionId: string): Promise<SessionRow | undefined> {
    return this.db
      .selectFrom('sessions as s')
      .leftJoin('logs as l', 'l.session_id', 's.id')
      .select(['s.id', 's.plan_id', 's.session_json', 'l.log_json'])
      .where('s.id', '=', sessionId)
      .where('s.runner_id', '=', runnerId)
      .executeTakeFirst();
  }
}

export async function insertSessions(trx: Transaction<Database>, sessions: SessionsTable[]): Promise<void> {
  // Batches keep each statement under SQLite's bound-parameter limit.
  for (let i = 0; i < sessions.length; i += 150) {
    await trx
      .insertInto('sessions')
      .values(sessions.slice(i, i + 150))
      .execute();
  }
}
