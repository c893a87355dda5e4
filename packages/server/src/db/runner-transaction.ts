/**
 * One runner's write transaction. On PostgreSQL it first locks the runner's row, so one runner's writes run
 * one after the other on every instance: a write that checks before it inserts ("is there a current plan?",
 * "is there a log yet?") sees what the write before it stored, instead of both inserting (issue 11, finding
 * 3). SQLite runs one write transaction at a time anyway. Other runners' writes never wait on this lock.
 */
import { PostgresAdapter } from 'kysely';
import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { Database } from './tables.js';

export function runnerTransaction<T>(
  db: Kysely<Database>,
  runnerId: string,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    if (trx.getExecutor().adapter instanceof PostgresAdapter)
      await sql`select id from runners where id = ${runnerId} for update`.execute(trx);
    return work(trx);
  });
}
