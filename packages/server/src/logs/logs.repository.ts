/** Session logs and their history: every edit is a new revision, the latest one is the log. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';

export interface LogRevision {
  revision: number;
  log_json: string;
  created_at: string;
}

export class LogsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Writes a log unless it equals the current one (PUT twice = one log), and records the revision, in one
   * transaction so the log and its history never disagree. Returns the stored JSON, or undefined when the
   * runner has no such session.
   */
  async put(
    runnerId: string,
    sessionId: string,
    body: string,
    status: string,
    at: string,
  ): Promise<{ logJson: string; changed: boolean } | undefined> {
    return this.inTransaction(async (trx) => {
      const session = await trx
        .selectFrom('sessions as s')
        .leftJoin('logs as l', 'l.session_id', 's.id')
        .select(['l.revision', 'l.log_json'])
        .where('s.id', '=', sessionId)
        .where('s.runner_id', '=', runnerId)
        .executeTakeFirst();
      if (!session) return undefined;
      const current =
        session.revision !== null && session.log_json !== null
          ? { revision: session.revision, log_json: session.log_json }
          : undefined;
      if (current && sameBody(current.log_json, body)) return { logJson: current.log_json, changed: false };
      const revision = (current?.revision ?? 0) + 1;
      const logJson = JSON.stringify({ ...(JSON.parse(body) as object), revision, updatedAt: at });
      if (current) {
        await trx
          .updateTable('logs')
          .set({ status, revision, log_json: logJson, updated_at: at })
          .where('session_id', '=', sessionId)
          .execute();
      } else {
        await trx
          .insertInto('logs')
          .values({
            session_id: sessionId,
            runner_id: runnerId,
            status,
            revision,
            log_json: logJson,
            updated_at: at,
          })
          .execute();
      }
      await trx
        .insertInto('log_revisions')
        .values({ session_id: sessionId, revision, runner_id: runnerId, log_json: logJson, created_at: at })
        .execute();
      return { logJson, changed: true };
    });
  }

  /** Runs in the caller's transaction when there is one (adaptation joins the log write), else in its own. */
  private inTransaction<T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    return this.db.isTransaction ? work(this.db) : this.db.transaction().execute(work);
  }

  history(sessionId: string): Promise<LogRevision[]> {
    return this.db
      .selectFrom('log_revisions')
      .select(['revision', 'log_json', 'created_at'])
      .where('session_id', '=', sessionId)
      .orderBy('revision')
      .execute();
  }
}

/** The body of a stored log without its bookkeeping, compared with a new body. */
function sameBody(storedJson: string, body: string): boolean {
  const {
    revision: _revision,
    updatedAt: _updatedAt,
    ...stored
  } = JSON.parse(storedJson) as Record<string, unknown>;
  return JSON.stringify(stored) === body;
}
