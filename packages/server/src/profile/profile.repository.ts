/** The runner's profile, as given. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';

export class ProfileRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async find(runnerId: string): Promise<{ input_json: string; updated_at: string } | undefined> {
    return this.db
      .selectFrom('profiles')
      .select(['input_json', 'updated_at'])
      .where('runner_id', '=', runnerId)
      .executeTakeFirst();
  }

  async save(runnerId: string, inputJson: string, updatedAt: string): Promise<void> {
    await this.db
      .insertInto('profiles')
      .values({ runner_id: runnerId, input_json: inputJson, updated_at: updatedAt })
      .onConflict((oc) =>
        oc.column('runner_id').doUpdateSet({ input_json: inputJson, updated_at: updatedAt }),
      )
      .execute();
  }
}
