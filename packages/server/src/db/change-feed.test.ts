/**
 * Issue 11, finding 10: instances on one PostgreSQL tell each other what changed (LISTEN/NOTIFY), so a
 * cache on one forgets what a write on another made stale. Two stores on one schema stand for two
 * instances; the process test (http/instances.process.test.ts) runs two real servers.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RunnerCache } from '../cache/runner-cache.js';
import { TEST_DATABASE_URL } from '../testing/test-app.test-support.js';
import { openStore } from './open-database.js';
import type { Store } from './open-database.js';

/** Resolves with the next message the store's feed hears from another instance. */
function nextMessage(store: Store): Promise<string> {
  return new Promise((resolve) => {
    store.changes?.onMessage(resolve);
  });
}

describe('the change feed between instances on PostgreSQL (issue 11 finding 10)', () => {
  const schema = `sw_feed_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  let one: Store;
  let two: Store;
  beforeAll(async () => {
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    one = await openStore({ databaseUrl: TEST_DATABASE_URL, schema });
    two = await openStore({ databaseUrl: TEST_DATABASE_URL, schema });
  });
  afterAll(async () => {
    await one.close();
    await two.close();
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  });

  it('a PostgreSQL store has a live feed; a message reaches the other instance, not the sender', async () => {
    expect(one.changes?.live).toBe(true);
    const heardByOne: string[] = [];
    one.changes?.onMessage((m) => heardByOne.push(m));
    const heard = nextMessage(two);
    await one.changes?.publish('reads r1');
    expect(await heard).toBe('reads r1');
    expect(heardByOne).toEqual([]);
  });

  it('a write on one instance makes the other forget its cached read of that runner, and only of that runner', async () => {
    const cacheOne = new RunnerCache(Date.now, one.changes);
    const cacheTwo = new RunnerCache(Date.now, two.changes);
    let loads = 0;
    const load = () => Promise.resolve(`etag-${++loads}`);
    expect(await cacheTwo.readThrough('runner-a', 'plan-etag', load)).toBe('etag-1');
    expect(await cacheTwo.readThrough('runner-b', 'plan-etag', load)).toBe('etag-2');
    // Without the feed the read would live 60 s on instance two.
    expect(await cacheTwo.readThrough('runner-a', 'plan-etag', load)).toBe('etag-1');
    const heard = nextMessage(two);
    cacheOne.forgetReads('runner-a');
    expect(await heard).toBe('reads runner-a');
    expect(await cacheTwo.readThrough('runner-a', 'plan-etag', load)).toBe('etag-3');
    expect(await cacheTwo.readThrough('runner-b', 'plan-etag', load)).toBe('etag-2');
  });

  it('credentials forgotten on one instance are gone on the other once forgetCredentials resolves', async () => {
    const cacheOne = new RunnerCache(Date.now, one.changes);
    const cacheTwo = new RunnerCache(Date.now, two.changes);
    cacheTwo.credentials.set('hash-1', { runnerId: 'runner-c', credentialId: 'token-1' });
    cacheTwo.credentials.set('hash-2', { runnerId: 'runner-d', credentialId: 'token-2' });
    const heard = nextMessage(two);
    await cacheOne.forgetCredentials('runner-c');
    await heard;
    expect(cacheTwo.credentials.get('hash-1')).toBeUndefined();
    expect(cacheTwo.credentials.get('hash-2')).toBeDefined();
  });

  it('while the listening connection is down nothing cached is trusted; it reconnects and caches again', async () => {
    const cacheTwo = new RunnerCache(Date.now, two.changes);
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    expect(await cacheTwo.readThrough('runner-e', 'k', load)).toBe(1);
    await admin.query(
      `select pg_terminate_backend(pid) from pg_stat_activity where query = 'listen "speedwork_changes_${schema}"'`,
    );
    // Two instances listen on the schema; both connections drop and come back.
    await vi.waitFor(
      () => {
        expect(two.changes?.live).toBe(false);
      },
      { timeout: 60_000, interval: 5 },
    );
    expect(await cacheTwo.readThrough('runner-e', 'k', load)).toBe(2);
    expect(await cacheTwo.readThrough('runner-e', 'k', load)).toBe(3);
    await vi.waitFor(
      () => {
        expect(two.changes?.live).toBe(true);
      },
      { timeout: 60_000, interval: 20 },
    );
    expect(await cacheTwo.readThrough('runner-e', 'k', load)).toBe(4);
    expect(await cacheTwo.readThrough('runner-e', 'k', load)).toBe(4);
  });
});

describe('without a feed (SQLite)', () => {
  it('a SQLite store has no feed, and its cache keeps reads 2 s as before', async () => {
    const store = await openStore({ dataDir: ':memory:' });
    expect(store.changes).toBeUndefined();
    let nowMs = 0;
    const cache = new RunnerCache(() => nowMs);
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    expect(await cache.readThrough('r', 'k', load)).toBe(1);
    nowMs = 1_999;
    expect(await cache.readThrough('r', 'k', load)).toBe(1);
    nowMs = 2_000;
    expect(await cache.readThrough('r', 'k', load)).toBe(2);
    await store.close();
  });
});
