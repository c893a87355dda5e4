import { randomBytes } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL } from '../testing/test-app.test-support.js';
import { migrationProvider } from './migrations.js';

/** A bare database of either kind, with no migration applied. */
async function bare(
  kind: 'sqlite' | 'postgres',
): Promise<{ db: Kysely<unknown>; schema?: string; dispose(): Promise<void> }> {
  if (kind === 'sqlite') {
    const db = new Kysely<unknown>({
      dialect: new SqliteDialect({ database: new BetterSqlite3(':memory:') }),
    });
    return { db, dispose: () => db.destroy() };
  }
  const schema = `sw_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` }),
    }),
  });
  return {
    db,
    schema,
    dispose: async () => {
      await db.destroy();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

describe.each(['sqlite', 'postgres'] as const)('migration 0004-plan-revisions on %s', (kind) => {
  it('moves each stored session id out of its JSON into session_key and starts plans at revision 1', async () => {
    const store = await bare(kind);
    const { db, schema } = store;
    try {
      const migrator = new Migrator({
        db,
        provider: migrationProvider,
        ...(schema ? { migrationTableSchema: schema } : {}),
      });
      expect((await migrator.migrateTo('0003-race-sessions')).error).toBeUndefined();
      const at = '2026-11-01T00:00:00.000Z';
      await sql`insert into runners (id, email, name, password_hash, created_at) values ('r', 'r@x.example', 'r', 'h', ${at})`.execute(
        db,
      );
      await sql`insert into plans (id, runner_id, created_at, is_current, plan_json) values ('p', 'r', ${at}, 1, '{}')`.execute(
        db,
      );
      const legacy = [
        ['s1', '2026-12-07', 0, '{"id":"2026-12-07-easy","date":"2026-12-07","type":"easy"}'],
        ['s2', '2026-12-07', 1, '{"id":"2026-12-07-strength","date":"2026-12-07","type":"strength"}'],
        ['s3', '2026-12-09', 2, '{"date":"2026-12-09","type":"track"}'],
      ] as const;
      for (const [id, date, position, json] of legacy)
        await sql`insert into sessions (id, plan_id, runner_id, date, position, session_json)
          values (${id}, 'p', 'r', ${date}, ${position}, ${json})`.execute(db);
      expect((await migrator.migrateToLatest()).error).toBeUndefined();
      const rows = await sql<{ id: string; session_key: string; session_json: string }>`
        select id, session_key, session_json from sessions order by position`.execute(db);
      expect(rows.rows.map((r) => [r.id, r.session_key, JSON.parse(r.session_json) as unknown])).toEqual([
        ['s1', '2026-12-07-easy', { date: '2026-12-07', type: 'easy' }],
        ['s2', '2026-12-07-strength', { date: '2026-12-07', type: 'strength' }],
        ['s3', '2026-12-09-track', { date: '2026-12-09', type: 'track' }],
      ]);
      const plan = await sql<{
        revision: number;
        version: number;
      }>`select revision, version from plans`.execute(db);
      expect(plan.rows).toEqual([{ revision: 1, version: 1 }]);
    } finally {
      await store.dispose();
    }
  });
});
