/** Calendar feed secrets, one per runner. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';

export class CalendarRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Sets the runner's feed secret, replacing (and so revoking) any earlier one. */
  async set(runnerId: string, tokenHash: string, createdAt: string): Promise<void> {
    await this.db
      .insertInto('calendar_feeds')
      .values({ runner_id: runnerId, token_hash: tokenHash, created_at: createdAt })
      .onConflict((oc) =>
        oc.column('runner_id').doUpdateSet({ token_hash: tokenHash, created_at: createdAt }),
      )
      .execute();
  }

  async delete(runnerId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('calendar_feeds')
      .where('runner_id', '=', runnerId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /** When the runner's current feed secret was made, or undefined when they have none. */
  async createdAt(runnerId: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('calendar_feeds')
      .select('created_at')
      .where('runner_id', '=', runnerId)
      .executeTakeFirst();
    return row?.created_at;
  }

  async runnerFor(tokenHash: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('calendar_feeds')
      .select('runner_id')
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row?.runner_id;
  }
}
