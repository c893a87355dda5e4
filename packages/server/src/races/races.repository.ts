/** Races and time trials a runner has run. */
import type { Kysely } from 'kysely';
import type { Database, RacesTable } from '../db/tables.js';

export class RacesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stores a race; one logged from a session replaces the race logged from it before. */
  async insert(race: RacesTable): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      if (race.session_id !== null) {
        await trx
          .deleteFrom('races')
          .where('runner_id', '=', race.runner_id)
          .where('session_id', '=', race.session_id)
          .execute();
      }
      await trx.insertInto('races').values(race).execute();
    });
  }

  list(runnerId: string): Promise<RacesTable[]> {
    return this.db
      .selectFrom('races')
      .selectAll()
      .where('runner_id', '=', runnerId)
      .orderBy('date')
      .orderBy('created_at')
      .execute();
  }

  latest(runnerId: string): Promise<RacesTable | undefined> {
    return this.db
      .selectFrom('races')
      .selectAll()
      .where('runner_id', '=', runnerId)
      .orderBy('date', 'desc')
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  async delete(runnerId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('races')
      .where('id', '=', id)
      .where('runner_id', '=', runnerId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }
}
