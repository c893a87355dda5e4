/**
 * Opens the store: SQLite in DATA_DIR by default (one file, WAL, nothing to install), PostgreSQL when
 * DATABASE_URL is set. Applies the migration history before anything else touches the tables.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { openChangeFeed } from './change-feed.js';
import type { ChangeFeed } from './change-feed.js';
import { migrationProvider } from './migrations.js';
import type { Database } from './tables.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** PostgreSQL: what other instances on the database changed (their caches' invalidations). */
  changes?: ChangeFeed;
  close(): Promise<void>;
}

export interface StoreOptions {
  /** postgres://... to use PostgreSQL; otherwise SQLite. */
  databaseUrl?: string | undefined;
  /** Folder of the SQLite file; `:memory:` for a throwaway database. */
  dataDir?: string | undefined;
  /** PostgreSQL schema to use (tests isolate themselves in their own). */
  schema?: string | undefined;
}

export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.databaseUrl
    ? openPostgres(options.databaseUrl, options.schema)
    : openSqlite(options.dataDir ?? 'data');
  // Kysely looks for its bookkeeping tables in every schema unless told which: name ours, or a database
  // shared with other schemas (the tests', another app's) would make it skip creating them.
  const migrationTableSchema = store.kind === 'postgres' ? (options.schema ?? 'public') : undefined;
  const migrator = new Migrator({
    db: store.db,
    provider: migrationProvider,
    ...(migrationTableSchema ? { migrationTableSchema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    await store.close();
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
  if (store.kind === 'sqlite' || !options.databaseUrl) return store;
  let changes: ChangeFeed;
  try {
    changes = await openChangeFeed(options.databaseUrl, options.schema);
  } catch (error) {
    await store.close();
    throw error;
  }
  return {
    ...store,
    changes,
    close: async () => {
      await changes.close();
      await store.close();
    },
  };
}

function openSqlite(dataDir: string): Store {
  let file = ':memory:';
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true });
    file = join(dataDir, 'speedwork.sqlite');
  }
  const database = new BetterSqlite3(file);
  database.pragma('journal_mode = WAL');
  // FULL: a write acknowledged to the runner survives a power cut, not only a crash of the process.
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // Kysely prepares every query anew; reusing prepared statements by SQL text saves that work per request.
  const statements = new Map<string, BetterSqlite3.Statement>();
  const cachingDatabase = {
    close: () => database.close(),
    prepare: (text: string) => {
      let statement = statements.get(text);
      if (!statement) {
        statement = database.prepare(text);
        if (statements.size < 1000) statements.set(text, statement);
      }
      return statement;
    },
  };
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingDatabase }) });
  return { db, kind: 'sqlite', close: () => db.destroy() };
}

function openPostgres(url: string, schema: string | undefined): Store {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

/**
 * Runs every parameterised query as a named prepared statement, so PostgreSQL plans each query shape once
 * per connection instead of on every request (planning cost as much as running on the hot reads).
 */
function preparingPool(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string): string => {
    let name = names.get(text);
    if (!name) {
      name = `sw${names.size}`;
      names.set(text, name);
    }
    return name;
  };
  return {
    end: () => pool.end(),
    connect: async () => {
      const client = await pool.connect();
      const query = (textOrCursor: unknown, values?: readonly unknown[]): unknown => {
        if (typeof textOrCursor !== 'string') return client.query(textOrCursor as pg.Submittable);
        return values !== undefined && values.length > 0 && names.size < 5000
          ? client.query({ name: nameOf(textOrCursor), text: textOrCursor, values: [...values] })
          : client.query(textOrCursor, values ? [...values] : undefined);
      };
      return {
        release: () => {
          client.release();
        },
        query: query as PostgresPoolClient['query'],
      };
    },
  };
}
