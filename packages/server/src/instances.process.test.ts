/**
 * Issue 11, finding 10: two speedwork processes on one PostgreSQL database, as a hosted service runs them.
 * Each caches credentials and plan ETags; the change feed (db/change-feed.ts) makes a write on one reach
 * the other's cache.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PROFILE, TEST_DATABASE_URL } from './testing/test-app.test-support.js';
import { freePort, HttpClient, SERVER_MAIN, startProcess } from './testing/server-process.test-support.js';
import type { ServerProcess } from './testing/server-process.test-support.js';

describe('two instances on one PostgreSQL (issue 11 finding 10)', () => {
  const database = `sw_instances_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    await admin.connect();
    await admin.query(`create database ${database}`);
    const url = new URL(TEST_DATABASE_URL);
    url.pathname = `/${database}`;
    // One after the other: the first applies the migrations.
    for (let i = 0; i < 2; i++)
      servers.push(
        await startProcess(process.execPath, [SERVER_MAIN], {
          PORT: String(await freePort()),
          DATABASE_URL: url.href,
          LOG_LEVEL: 'warn',
        }),
      );
  });
  afterAll(async () => {
    for (const server of servers) {
      server.signal('SIGTERM');
      await server.exited;
    }
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  });

  it('a token revoked on one is refused on the other at the next request; a log on one changes the ETag the other serves', async () => {
    const [one, two] = servers;
    if (!one || !two) throw new Error('two servers did not start');
    const owner = new HttpClient(one.url);
    expect(
      (
        await owner.call('POST', '/api/auth/signup', {
          email: 'two-instances@runner.example',
          password: 'a long passphrase',
          name: 'Two',
        })
      ).status,
    ).toBe(201);
    expect((await owner.call('PUT', '/api/me/profile', PROFILE)).status).toBe(200);
    const plan = await owner.call<{ sessions: { id: string }[] }>('POST', '/api/plans');
    expect(plan.status).toBe(201);
    const token = await owner.call<{ id: string; token: string }>('POST', '/api/tokens', { name: 'watch' });
    expect(token.status).toBe(201);

    // The token is used on the other instance, which now holds it (and the plan's ETag) in its caches.
    const auth = { authorization: `Bearer ${token.body.token}` };
    const onTwo = new HttpClient(two.url);
    onTwo.token = token.body.token;
    expect((await onTwo.call('GET', '/api/me')).status).toBe(200);
    const first = await fetch(`${two.url}/api/plans/current`, { headers: auth });
    await first.arrayBuffer();
    const etag = first.headers.get('etag') ?? '';
    const revalidate = () =>
      fetch(`${two.url}/api/plans/current`, { headers: { ...auth, 'if-none-match': etag } }).then(
        async (r) => {
          await r.arrayBuffer();
          return r.status;
        },
      );
    expect(await revalidate()).toBe(304);

    // A log written on the first instance: the second stops answering 304 for the old ETag. Without the feed
    // it would keep doing so for the cache's 60 s; the notice arrives within milliseconds.
    const session = plan.body.sessions[0];
    if (!session) throw new Error('the plan has no sessions');
    expect(
      (await owner.call('PUT', `/api/sessions/${session.id}/log`, { status: 'done', rpe: 5 })).status,
    ).toBe(200);
    await vi.waitFor(
      async () => {
        expect(await revalidate()).toBe(200);
      },
      { timeout: 10_000, interval: 20 },
    );

    // Revoked on the first instance: refused on the second, on the framework's path and the 304 path. The
    // revocation answers once its notice is back at the first instance, so the second has it by then too;
    // a machine so busy that the second's listener has not run yet gets a few polls (the cache alone would
    // keep the token 30 s).
    expect((await owner.call('DELETE', `/api/tokens/${token.body.id}`)).status).toBe(204);
    await vi.waitFor(
      async () => {
        expect((await onTwo.call('GET', '/api/me')).status).toBe(401);
      },
      {
        timeout: 5_000,
        interval: 20,
      },
    );
    expect(await revalidate()).toBe(401);

    // Signed out on the first instance: the same cookie is refused on the second at once.
    const cookieOnTwo = new HttpClient(two.url);
    cookieOnTwo.cookie = owner.cookie;
    expect((await cookieOnTwo.call('GET', '/api/me')).status).toBe(200);
    expect((await owner.call('POST', '/api/auth/logout')).status).toBeLessThan(300);
    await vi.waitFor(
      async () => {
        expect((await cookieOnTwo.call('GET', '/api/me')).status).toBe(401);
      },
      {
        timeout: 5_000,
        interval: 20,
      },
    );
  });
});
