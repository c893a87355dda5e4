/**
 * Many rows of one table in a few statements: a statement per row cost an import of 6,000 sessions and
 * logs half a second of the request thread (each one compiled and run alone), and on SQLite the whole
 * transaction holds that thread. Batches stay under SQLite's bound-parameter limit (32,766).
 */
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Database } from './tables.js';

/** Rows per statement: 150 rows of the widest table (sessions, 8 columns) bind 1,200 parameters. */
const ROWS_PER_STATEMENT = 150;

export async function insertBatches<T extends keyof Database>(
  db: Kysely<Database> | Transaction<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + ROWS_PER_STATEMENT))
      .execute();
  }
}
