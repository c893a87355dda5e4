/** Runners, their sign-in sessions and devices. The only code that speaks SQL about accounts. */
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

  /** Ends every sign-in session of the runner but the one kept (if any). */
  async deleteAuthSessionsOf(runnerId: string, keep?: string): Promise<void> {
    let query = this.db.deleteFrom('auth_sessions').where('runner_id', '=', runnerId);
    if (keep !== undefined) query = query.where('token_hash', '!=', keep);
    await query.execute();
  }

  async setPasswordHash(runnerId: string, passwordHash: string): Promise<void> {
    await this.db
      .updateTable('runners')
      .set({ password_hash: passwordHash })
      .where('id', '=', runnerId)
      .execute();
  }

  /** Whether this browser (its device cookie's hash) signed in to the runner's account before. */
  async knowsDevice(tokenHash: string, runnerId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('sign_in_devices')
      .select('runner_id')
      .where('token_hash', '=', tokenHash)
      .where('runner_id', '=', runnerId)
      .executeTakeFirst();
    return row !== undefined;
  }

  async rememberDevice(tokenHash: string, runnerId: string, createdAt: string): Promise<void> {
    await this.db
      .insertInto('sign_in_devices')
      .values({ token_hash: tokenHash, runner_id: runnerId, created_at: createdAt })
      .onConflict((oc) => oc.columns(['token_hash', 'runner_id']).doNothing())
      .execute();
  }
}
