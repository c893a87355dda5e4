// The 304 fast path (revalidation.ts) answers before the app, from caches alone: over a real HTTP server,
// it must answer exactly what the app would, and never for a credential or a plan the app would refuse.
// SQLite only: the fast path never reaches the store (the caches it reads are the same for PostgreSQL).
import { describe, expect, it } from 'vitest';
import { httpServerForTests } from '../testing/http-server.test-support.js';
import { PROFILE } from '../testing/test-app.test-support.js';
import { HttpClient } from '../testing/server-process.test-support.js';

const running = httpServerForTests('revalidation');

async function runner(email: string): Promise<{ client: HttpClient; sessionId: string }> {
  const client = new HttpClient(running.server.url);
  await client.call('POST', '/api/auth/signup', {
    email,
    password: 'a long passphrase',
    name: 'Revalidator',
  });
  await client.call('PUT', '/api/me/profile', PROFILE);
  const plan = await client.call<{ sessions: { id: string }[] }>('POST', '/api/plans');
  return { client, sessionId: plan.body.sessions[0]?.id ?? '' };
}

async function revalidate(headers: Record<string, string>, etag: string | null) {
  const response = await fetch(`${running.server.url}/api/plans/current`, {
    headers: { ...headers, ...(etag === null ? {} : { 'if-none-match': etag }) },
  });
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    cacheControl: response.headers.get('cache-control'),
    body: await response.text(),
  };
}

describe('GET /api/plans/current revalidation (R-ADA-1: a runner always sees the plan as it now is)', () => {
  it('answers 304 with the ETag and cache headers of the app, for a cookie and for a token', async () => {
    const { client } = await runner('cookie-and-token@example.com');
    const token = (await client.call<{ token: string }>('POST', '/api/tokens', { name: 'watch' })).body.token;
    const credentials: Record<string, string>[] = [
      { cookie: client.cookie ?? '' },
      { authorization: `Bearer ${token}` },
    ];
    for (const headers of credentials) {
      const first = await revalidate(headers, null);
      expect(first.status).toBe(200);
      expect(first.etag).toMatch(/^".+"$/);
      // Twice: the first revalidation may fill the caches through the app, the second comes from them.
      for (let i = 0; i < 2; i++)
        expect(await revalidate(headers, first.etag)).toEqual({
          status: 304,
          etag: first.etag,
          cacheControl: 'private, no-cache',
          body: '',
        });
      expect((await revalidate(headers, '"stale"')).status).toBe(200);
    }
  });

  it('a log changes the ETag at once: the old one gets the new plan, the new one a 304', async () => {
    const { client, sessionId } = await runner('logger@example.com');
    const headers = { cookie: client.cookie ?? '' };
    const before = await revalidate(headers, null);
    expect((await revalidate(headers, before.etag)).status).toBe(304);
    expect(
      (await client.call('PUT', `/api/sessions/${sessionId}/log`, { status: 'done', rpe: 6 })).status,
    ).toBe(200);
    const after = await revalidate(headers, before.etag);
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(before.etag);
    expect((await revalidate(headers, after.etag)).status).toBe(304);
  });

  it('never answers for a revoked token, a signed-out cookie or a made-up one, even with the right ETag', async () => {
    const { client } = await runner('leaver@example.com');
    const created = (await client.call<{ id: string; token: string }>('POST', '/api/tokens', { name: 'old' }))
      .body;
    const bearer = { authorization: `Bearer ${created.token}` };
    const { etag } = await revalidate(bearer, null);
    expect((await revalidate(bearer, etag)).status).toBe(304);
    expect((await client.call('DELETE', `/api/tokens/${created.id}`)).status).toBe(204);
    expect((await revalidate(bearer, etag)).status).toBe(401);
    expect((await revalidate({ authorization: 'Bearer swp_made_up' }, etag)).status).toBe(401);

    const cookie = { cookie: client.cookie ?? '' };
    expect((await revalidate(cookie, etag)).status).toBe(304);
    expect((await client.call('POST', '/api/auth/logout')).status).toBe(204);
    expect((await revalidate(cookie, etag)).status).toBe(401);
  });
});
