import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runnerWithPlan, STORE_KINDS, testApp } from '../testing/test-app.test-support.js';
import type { TestApp, TestClient } from '../testing/test-app.test-support.js';

interface OpenApi {
  paths: Record<string, Record<string, unknown>>;
}

/** Everything of runner B that runner A must not reach. */
async function victim(app: TestApp['app']): Promise<{ client: TestClient; ids: Record<string, string> }> {
  const { client, plan } = await runnerWithPlan(app);
  const sessionId = plan.sessions[0]?.id ?? '';
  await client.call('PUT', `/api/sessions/${sessionId}/log`, { status: 'done', rpe: 4 });
  const race = await client.call<{ id: string }>('POST', '/api/races', {
    date: '2026-12-01',
    distance: '5k',
    time: '24:00',
  });
  const token = await client.call<{ id: string }>('POST', '/api/tokens', { name: 'b' });
  return { client, ids: { sessions: sessionId, races: race.body.id, tokens: token.body.id } };
}

const BODIES: Record<string, unknown> = {
  '/api/sessions/{id}/log': { status: 'skipped', notes: 'not yours' },
  '/api/sessions/{id}/move': { date: '2026-12-20' },
  '/api/races/{id}': { date: '2026-12-01', distance: '5k', time: '20:00' },
};

describe.each(STORE_KINDS)('runner isolation on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it("no runner reads or changes another runner's records by any route with an id (404, not 403)", async () => {
    const a = await runnerWithPlan(t.app);
    const b = await victim(t.app);
    const before = await b.client.call('GET', '/api/export');
    const doc = (await a.client.call<OpenApi>('GET', '/api/openapi.json')).body;
    const tried: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      if (!path.includes('{id}')) continue;
      const resource = path.split('/')[2] ?? '';
      const id = b.ids[resource];
      expect(id, `a test id for ${path}`).toBeDefined();
      for (const method of Object.keys(methods)) {
        const reply = await a.client.call(method.toUpperCase(), path.replace('{id}', id ?? ''), BODIES[path]);
        tried.push(`${method} ${path}`);
        expect(reply.status, `${method} ${path}`).toBe(404);
      }
    }
    expect(tried.length).toBeGreaterThanOrEqual(5);
    const after = await b.client.call('GET', '/api/export');
    expect({ ...after.body, exportedAt: 0 }).toEqual({ ...before.body, exportedAt: 0 });
  });

  it("collection routes show only the caller's own records", async () => {
    const a = await runnerWithPlan(t.app);
    const b = await victim(t.app);
    const bIds = Object.values(b.ids);
    for (const path of [
      '/api/plans',
      '/api/plans/current',
      '/api/plans/current/revisions',
      '/api/races',
      '/api/tokens',
      '/api/export',
      '/api/today?date=2026-12-09',
      '/api/me',
      '/api/me/profile',
      '/api/paces',
    ]) {
      const reply = await a.client.call('GET', path);
      expect(reply.status, path).toBe(200);
      const text = JSON.stringify(reply.body);
      for (const id of bIds) expect(text.includes(id), `${path} leaks ${id}`).toBe(false);
    }
  });
});
