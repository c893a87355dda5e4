/**
 * Attempt counters in the database, so that every instance on one PostgreSQL counts the same attempts (an
 * attacker spreading guesses over instances gains nothing). The only code that speaks SQL about them.
 */
import type { Kysely } from 'kysely';
import type { Database, ThrottlesTable } from '../db/tables.js';

export class ThrottlesRepository {
  constructor(private readonly db: Kysely<Database>) {}

  find(keys: readonly string[]): Promise<ThrottlesTable[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('throttles').selectAll().where('key', 'in', keys).execute();
  }

  /**
   * Counts one attempt for the key in one statement (concurrent attempts on any instance all count): in its
   * window, or in a new one from `now` when the window began before `windowStartsAfter`.
   */
  async count(key: string, now: string, windowStartsAfter: string): Promise<ThrottlesTable> {
    return this.db
      .insertInto('throttles')
      .values({ key, failures: 1, window_start: now, blocked_until: null })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => {
          const ended = eb('throttles.window_start', '<', windowStartsAfter);
          return {
            failures: eb
              .case()
              .when(ended)
              .then(1)
              .else(eb('throttles.failures', '+', 1))
              .end(),
            window_start: eb.case().when(ended).then(now).else(eb.ref('throttles.window_start')).end(),
            blocked_until: eb.case().when(ended).then(null).else(eb.ref('throttles.blocked_until')).end(),
          };
        }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async block(key: string, until: string): Promise<void> {
    await this.db.updateTable('throttles').set({ blocked_until: until }).where('key', '=', key).execute();
  }

  async clear(keys: readonly string[]): Promise<void> {
    if (keys.length > 0) await this.db.deleteFrom('throttles').where('key', 'in', keys).execute();
  }

  /** Forgets counters whose window began before `before` and that block nothing now. */
  async sweep(before: string, now: string): Promise<void> {
    await this.db
      .deleteFrom('throttles')
      .where('window_start', '<', before)
      .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<', now)]))
      .execute();
  }
}
