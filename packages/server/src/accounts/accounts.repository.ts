/** Runners and their login sessions. The only code that speaks SQL about accounts. */
import type { Kysely } from 'kysely';
import type { Database, RunnersTable } from '../db/tables.js';

export class AccountsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async createRunner(runner: RunnersTable): Promise<boolean> {
    const inserted = await this.db
      .insertInto('runners')
      .values(runner)
      .onConflict((oc) => oc.column('email').doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  findRunnerByEmail(email: string): Promise<RunnersTable | undefined> {
    return this.db.selectFrom('runners').selectAll().where('email', '=', email).executeTakeFirst();
  }

  findRunnerById(id: string): Promise<RunnersTable | undefined> {
    return this.db.selectFrom('runners').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Deletes the runner; foreign keys cascade to every record of theirs. */
  async deleteRunner(id: string): Promise<void> {
    await this.db.deleteFrom('runners').where('id', '=', id).execute();
  }

  async createAuthSession(
    tokenHash: string,
    runnerId: string,
    createdAt: string,
    expiresAt: string,
  ): Promise<void> {
    await this.db
      .insertInto('auth_sessions')
      .values({ token_hash: tokenHash, runner_id: runnerId, created_at: createdAt, expires_at: expiresAt })
      .execute();
  }

  findAuthSession(tokenHash: string): Promise<{ runner_id: string; expires_at: string } | undefined> {
    return this.db
      .selectFrom('auth_sessions')
      .select(['runner_id', 'expires_at'])
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
  }

  async deleteAuthSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('auth_sessions').where('token_hash', '=', tokenHash).execute();
  }

  async deleteExpiredAuthSessions(now: string): Promise<void> {
    await this.db.deleteFrom('auth_sessions').where('expires_at', '<', now).execute();
  }
}
