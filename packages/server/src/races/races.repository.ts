/** Races and time trials a runner has run. */
import type { Kysely } from 'kysely';
import type { Database, RacesTable } from '../db/tables.js';

export class RacesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stores a race; one logged from a session replaces the race logged from it before. */
  async insert(race: RacesTable): Promise<void> {
    const write = async (trx: Kysely<Database>) => {
      if (race.session_id !== null) {
        await trx
          .deleteFrom('races')
          .where('runner_id', '=', race.runner_id)
          .where('session_id', '=', race.session_id)
          .execute();
      }
      await trx.insertInto('races').values(race).execute();
    };
    if (this.db.isTransaction) await write(this.db);
    else await this.db.transaction().execute(write);
  }

  find(runnerId: string, id: string): Promise<RacesTable | undefined> {
    return this.db
      .selectFrom('races')
      .selectAll()
      .where('id', '=', id)
      .where('runner_id', '=', runnerId)
      .executeTakeFirst();
  }

  /** Replaces a race's fields; a race moved to a session replaces the one logged from it before. */
  async update(race: RacesTable): Promise<void> {
    if (race.session_id !== null) {
      await this.db
        .deleteFrom('races')
        .where('runner_id', '=', race.runner_id)
        .where('session_id', '=', race.session_id)
        .where('id', '!=', race.id)
        .execute();
    }
    await this.db
      .updateTable('races')
      .set({
        date: race.date,
        distance: race.distance,
        distance_m: race.distance_m,
        time_s: race.time_s,
        kind: race.kind,
        session_id: race.session_id,
      })
      .where('id', '=', race.id)
      .where('runner_id', '=', race.runner_id)
      .execute();
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
