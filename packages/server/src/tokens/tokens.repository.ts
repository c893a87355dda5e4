/** Personal access tokens. */
import type { Kysely } from 'kysely';
import type { AccessTokensTable, Database } from '../db/tables.js';

export class TokensRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(token: AccessTokensTable): Promise<void> {
    await this.db.insertInto('access_tokens').values(token).execute();
  }

  list(runnerId: string): Promise<AccessTokensTable[]> {
    return this.db
      .selectFrom('access_tokens')
      .selectAll()
      .where('runner_id', '=', runnerId)
      .orderBy('created_at')
      .execute();
  }

  /** The token when it is neither revoked nor expired at `now`. */
  findActiveByHash(
    tokenHash: string,
    now: string,
  ): Promise<Pick<AccessTokensTable, 'id' | 'runner_id' | 'expires_at'> | undefined> {
    return this.db
      .selectFrom('access_tokens')
      .select(['id', 'runner_id', 'expires_at'])
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
      .executeTakeFirst();
  }

  /** Revokes a token of this runner; false when the runner has no such active token. */
  async revoke(runnerId: string, id: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('access_tokens')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('runner_id', '=', runnerId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
