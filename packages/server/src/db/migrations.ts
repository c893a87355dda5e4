/**
 * The one migration history, for SQLite and PostgreSQL alike: written with Kysely's schema builder and
 * portable column types only. Append new migrations; never edit one that has shipped.
 */
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { sql } from 'kysely';

const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('runners')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('auth_sessions')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('runner_id', 'text', (c) => c.notNull().references('runners.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('auth_sessions_runner').on('auth_sessions').column('runner_id').execute();
    await db.schema
      .createTable('access_tokens')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('runner_id', 'text', (c) => c.notNull().references('runners.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text')
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('access_tokens_runner').on('access_tokens').column('runner_id').execute();
    await db.schema
      .createTable('profiles')
      .addColumn('runner_id', 'text', (c) => c.primaryKey().references('runners.id').onDelete('cascade'))
      .addColumn('input_json', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('plans')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('runner_id', 'text', (c) => c.notNull().references('runners.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('is_current', 'integer', (c) => c.notNull())
      .addColumn('plan_json', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('plans_runner_current')
      .on('plans')
      .columns(['runner_id', 'is_current'])
      .execute();
    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
      .addColumn('runner_id', 'text', (c) => c.notNull().references('runners.id').onDelete('cascade'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('session_json', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('sessions_plan_position')
      .on('sessions')
      .columns(['plan_id', 'position'])
      .execute();
    await db.schema.createIndex('sessions_plan_date').on('sessions').columns(['plan_id', 'date']).execute();
    await db.schema.createIndex('sessions_runner').on('sessions').column('runner_id').execute();
    await db.schema
      .createTable('logs')
      .addColumn('session_id', 'text', (c) => c.primaryKey().references('sessions.id').onDelete('cascade'))
      .addColumn('runner_id', 'text', (c) => c.notNull().references('runners.id').onDelete('cascade'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('log_json', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('logs_runner').on('logs').column('runner_id').execute();
    await db.schema
      .createTable('log_revisions')
      .addColumn('session_id', 'text', (c) => c.notNull().references('sessions.id').onDelete('cascade'))
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('runner_id', 'text', (c) => c.notNull().references('runners.id').onDelete('cascade'))
      .addColumn('log_json', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('log_revisions_pk', ['session_id', 'revision'])
      .execute();
    await db.schema.createIndex('log_revisions_runner').on('log_revisions').column('runner_id').execute();
    await db.schema
      .createTable('races')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('runner_id', 'text', (c) => c.notNull().references('runners.id').onDelete('cascade'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('distance', 'text', (c) => c.notNull())
      .addColumn('distance_m', 'double precision', (c) => c.notNull())
      .addColumn('time_s', 'double precision', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('races_runner_date').on('races').columns(['runner_id', 'date']).execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of [
      'races',
      'log_revisions',
      'logs',
      'sessions',
      'plans',
      'profiles',
      'access_tokens',
      'auth_sessions',
      'runners',
    ]) {
      await sql`drop table if exists ${sql.table(table)}`.execute(db);
    }
  },
};

/** A private calendar feed per runner: the secret is in the URL, only its hash is stored. */
const calendarFeeds: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('calendar_feeds')
      .addColumn('runner_id', 'text', (c) => c.primaryKey().references('runners.id').onDelete('cascade'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('calendar_feeds').execute();
  },
};

/** A race or time trial logged from a session points at it, so editing that log replaces the race. */
const raceSessions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('races').addColumn('session_id', 'text').execute();
    await db.schema.createIndex('races_session').on('races').column('session_id').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('races_session').execute();
    await db.schema.alterTable('races').dropColumn('session_id').execute();
  },
};

/**
 * Plans keep revisions (SPEC R-ADA-1..6): each plan row counts its revisions and versions (every change to
 * what `GET /api/plans/current` serves, logs included: the ETag), and `plan_revisions` keeps every revision
 * with its changes. Sessions carry the plan's own stable id (`2026-12-15-track`) in `session_key`; their
 * JSON no longer repeats it, so the API's `id` (the row's UUID) is the only `id` in a served session.
 */
const planRevisions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('plans')
      .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema
      .alterTable('plans')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await db.schema.alterTable('sessions').addColumn('session_key', 'text').execute();
    await db.schema
      .createTable('plan_revisions')
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('runner_id', 'text', (c) => c.notNull().references('runners.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('changes_json', 'text', (c) => c.notNull())
      .addColumn('diff_json', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('plan_revisions_pk', ['plan_id', 'number'])
      .execute();
    await db.schema.createIndex('plan_revisions_runner').on('plan_revisions').column('runner_id').execute();
    // Existing sessions: the key moves out of the JSON (or is made from date and type where there was none).
    const rows = await sql<{
      id: string;
      plan_id: string;
      date: string;
      position: number;
      session_json: string;
    }>`
      select id, plan_id, date, position, session_json from sessions order by plan_id, position`.execute(db);
    const seen = new Set<string>();
    for (const row of rows.rows) {
      const { id, ...rest } = JSON.parse(row.session_json) as { id?: unknown; type?: unknown };
      let key =
        typeof id === 'string' ? id : `${row.date}-${typeof rest.type === 'string' ? rest.type : 'session'}`;
      if (seen.has(`${row.plan_id}|${key}`)) key = `${key}-${row.position}`;
      seen.add(`${row.plan_id}|${key}`);
      await sql`update sessions set session_key = ${key}, session_json = ${JSON.stringify(rest)}
        where id = ${row.id}`.execute(db);
    }
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('plan_revisions').execute();
    await db.schema.alterTable('sessions').dropColumn('session_key').execute();
    await db.schema.alterTable('plans').dropColumn('version').execute();
    await db.schema.alterTable('plans').dropColumn('revision').execute();
  },
};

/**
 * At most one current plan per runner, held by the database itself: parallel plan writes once left several
 * current (issue 11, finding 3). Where that already happened the newest stays current.
 */
const oneCurrentPlan: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`update plans set is_current = 0 where is_current = 1 and exists (
      select 1 from plans newer where newer.runner_id = plans.runner_id and newer.is_current = 1
        and (newer.created_at > plans.created_at or (newer.created_at = plans.created_at and newer.id > plans.id)))`.execute(
      db,
    );
    await sql`create unique index plans_one_current on plans (runner_id) where is_current = 1`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('plans_one_current').execute();
  },
};

/**
 * Accounts hardening (issue 11): sign-in and sign-up throttling counted in the database, so every instance on
 * one PostgreSQL shares them; the devices that signed in to an account before (they pass its lock-out); an
 * optional expiry for access tokens.
 */
const accountsHardening: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('throttles')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('window_start', 'text', (c) => c.notNull())
      .addColumn('blocked_until', 'text')
      .execute();
    await db.schema
      .createTable('sign_in_devices')
      .addColumn('token_hash', 'text', (c) => c.notNull())
      .addColumn('runner_id', 'text', (c) => c.notNull().references('runners.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('sign_in_devices_pk', ['token_hash', 'runner_id'])
      .execute();
    await db.schema.createIndex('sign_in_devices_runner').on('sign_in_devices').column('runner_id').execute();
    await db.schema.alterTable('access_tokens').addColumn('expires_at', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('access_tokens').dropColumn('expires_at').execute();
    await db.schema.dropTable('sign_in_devices').execute();
    await db.schema.dropTable('throttles').execute();
  },
};

/** Migrations by name; names sort in the order they apply. */
export const migrationProvider: MigrationProvider = {
  getMigrations: () =>
    Promise.resolve({
      '0001-initial': initial,
      '0002-calendar-feeds': calendarFeeds,
      '0003-race-sessions': raceSessions,
      '0004-plan-revisions': planRevisions,
      '0005-one-current-plan': oneCurrentPlan,
      '0006-accounts-hardening': accountsHardening,
    }),
};
