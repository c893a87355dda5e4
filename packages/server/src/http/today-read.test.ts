// The today fast path (today-read.ts) answers before the app, from caches alone: over a real HTTP server it
// must answer byte for byte what the app answers, follow every write at once, and never answer for a
// credential or a query the app would refuse. SQLite only: the fast path never reaches the store (the
// caches it reads are the same for PostgreSQL, whose cross-instance notices instances.process.test.ts covers).
import { describe, expect, it, vi } from 'vitest';
import { httpServerForTests } from '../testing/http-server.test-support.js';
import { PROFILE } from '../testing/test-app.test-support.js';
import { HttpClient } from '../testing/server-process.test-support.js';

const running = httpServerForTests('today-read');

interface Session {
  id: string;
  date: string;
}

async function runner(email: string): Promise<{ client: HttpClient; token: string; sessions: Session[] }> {
  const client = new HttpClient(running.server.url);
  await client.call('POST', '/api/auth/signup', { email, password: 'a long passphrase', name: 'Today' });
  await client.call('PUT', '/api/me/profile', PROFILE);
  const plan = await client.call<{ sessions: Session[] }>('POST', '/api/plans');
  const token = (await client.call<{ token: string }>('POST', '/api/tokens', { name: 'watch' })).body.token;
  return { client, token, sessions: plan.body.sessions };
}

/** Everything a client can see of an answer but the headers that name the moment and the connection. */
async function seen(path: string, headers: Record<string, string>) {
  const response = await fetch(`${running.server.url}${path}`, { headers });
  const shown = [...response.headers].filter(
    ([name]) => !['date', 'connection', 'keep-alive'].includes(name),
  );
  return { status: response.status, headers: shown.sort(), body: await response.text() };
}

describe('GET /api/today from the caches (R-ADA-1: a runner always sees the plan as it now is)', () => {
  it('answers exactly what the app answers, dated or not, for a cookie and for a token', async () => {
    const { client, token, sessions } = await runner('same-bytes@example.com');
    const dated = `/api/today?date=${sessions[3]?.date ?? ''}`;
    const credentials: Record<string, string>[] = [
      { cookie: client.cookie ?? '' },
      { authorization: `Bearer ${token}` },
    ];
    for (const headers of credentials)
      for (const path of ['/api/today', dated]) {
        // The first answer comes from the app (it fills the caches), the next ones before it: the app's
        // route is not asked again.
        const route = vi.spyOn(running.server.services.plans, 'todayJson');
        const fromApp = await seen(path, headers);
        expect(fromApp.status).toBe(200);
        expect(JSON.parse(fromApp.body)).toHaveProperty('sessions');
        const routeCalls = route.mock.calls.length;
        for (let i = 0; i < 2; i++) expect(await seen(path, headers)).toEqual(fromApp);
        expect(route.mock.calls.length).toBe(routeCalls);
        route.mockRestore();
      }
  });

  it('shows a log the moment it is saved', async () => {
    const { client, token, sessions } = await runner('logs-at-once@example.com');
    const session = sessions[0] as Session;
    const headers = { authorization: `Bearer ${token}` };
    const path = `/api/today?date=${session.date}`;
    const log = async (): Promise<unknown> =>
      (
        JSON.parse((await seen(path, headers)).body) as { sessions: { id: string; log: unknown }[] }
      ).sessions.find((s) => s.id === session.id)?.log;
    expect(await log()).toBeNull();
    expect(await log()).toBeNull();
    expect(
      (await client.call('PUT', `/api/sessions/${session.id}/log`, { status: 'done', rpe: 6 })).status,
    ).toBe(200);
    expect(await log()).toMatchObject({ status: 'done', rpe: 6 });
  });

  it('leaves every other query and every refused credential to the app', async () => {
    const { client, token } = await runner('refused@example.com');
    const bearer = { authorization: `Bearer ${token}` };
    expect((await seen('/api/today', bearer)).status).toBe(200);
    expect((await seen('/api/today', bearer)).status).toBe(200);
    // The app's validator answers these; the fast path must not.
    const bad = await seen('/api/today?date=monday', bearer);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatch(/date/);
    expect((await seen('/api/today?date=2026-12-09&x=1', bearer)).status).toBe(200);
    expect((await seen('/api/today', { authorization: 'Bearer swp_made_up' })).status).toBe(401);
    const tokens = (await client.call<{ id: string }[]>('GET', '/api/tokens')).body;
    for (const t of tokens) expect((await client.call('DELETE', `/api/tokens/${t.id}`)).status).toBe(204);
    expect((await seen('/api/today', bearer)).status).toBe(401);
    const cookie = { cookie: client.cookie ?? '' };
    expect((await seen('/api/today', cookie)).status).toBe(200);
    expect((await client.call('POST', '/api/auth/logout')).status).toBe(204);
    expect((await seen('/api/today', cookie)).status).toBe(401);
  });
});
