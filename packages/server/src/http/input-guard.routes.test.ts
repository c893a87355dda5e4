// Issue 11, finding 5: NUL (and the other control characters) in any text field or path answered 500 on
// PostgreSQL, signed in or not. Now every route answers 400 before it runs; notes keep their lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PROFILE,
  runnerWithPlan,
  STORE_KINDS,
  TestClient,
  testApp,
} from '../testing/test-app.test-support.js';
import type { TestApp } from '../testing/test-app.test-support.js';

type Problem = { field: string; reason: string };
interface OpenApi {
  paths: Record<string, Record<string, { requestBody?: unknown }>>;
}

describe.each(STORE_KINDS)('issue 11 finding 5: NUL and control characters on %s', (kind) => {
  let t: TestApp;
  let runner: Awaited<ReturnType<typeof runnerWithPlan>>;
  beforeAll(async () => {
    t = await testApp(kind);
    runner = await runnerWithPlan(t.app);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('sign-in and sign-up with a NUL in the email or name, without signing in first', async () => {
    const login = await new TestClient(t.app).call<{ error: { fields: Problem[] } }>(
      'POST',
      '/api/auth/login',
      {
        email: 'a\u0000b@example.com',
        password: 'whatever it is',
      },
    );
    expect(login.status).toBe(400);
    expect(login.body.error.fields).toMatchObject([{ field: 'email', reason: 'control-character' }]);
    const signup = await new TestClient(t.app).call('POST', '/api/auth/signup', {
      email: 'nul@example.com',
      password: 'correct horse battery',
      name: 'Ada\u0000',
    });
    expect(signup.status).toBe(400);
  });

  it('names, token names, profile fields, log notes and object keys; tab and new lines in notes stay', async () => {
    const { client, plan } = runner;
    const token = await client.call('POST', '/api/tokens', { name: 'cli\u0000' });
    expect(token.status).toBe(400);
    const profile = await client.call<{ error: { fields: Problem[] } }>('PUT', '/api/me/profile', {
      ...PROFILE,
      recent: { distance: '5k\u0000', time: '25:00' },
    });
    expect(profile.status).toBe(400);
    expect(profile.body.error.fields[0]?.field).toBe('recent.distance');
    const id = plan.sessions[0]?.id ?? '';
    for (const notes of ['bell\u0007', 'escape\u001b[31m', 'next line\u0085', 'delete\u007f']) {
      const log = await client.call('PUT', `/api/sessions/${id}/log`, { status: 'done', notes });
      expect(log.status, JSON.stringify(notes)).toBe(400);
    }
    const key = await client.call<{ error: { fields: Problem[] } }>('PUT', `/api/sessions/${id}/log`, {
      status: 'done',
      'notes\u0000': 'x',
    });
    expect(key.status).toBe(400);
    const lines = await client.call('PUT', `/api/sessions/${id}/log`, {
      status: 'done',
      notes: 'felt quick\n\tthen tired\r\n',
    });
    expect(lines.status).toBe(200);
  });

  it('a NUL or other control character in any path or query, on every route', async () => {
    const { client } = runner;
    expect((await client.call('GET', `/api/sessions/${runner.plan.sessions[0]?.id ?? ''}%00`)).status).toBe(
      400,
    );
    expect((await client.call('GET', '/api/today?date=2026-12-09%00')).status).toBe(400);
    expect((await client.call('GET', '/api/calendar/swc_x%1f.ics')).status).toBe(400);
    const doc = (await client.call<OpenApi>('GET', '/api/openapi.json')).body;
    for (const [path, methods] of Object.entries(doc.paths)) {
      if (!path.includes('{')) continue;
      for (const method of Object.keys(methods)) {
        const url = path.replace(/\{[^}]+\}/g, 'x%00y');
        const reply = await client.call(method.toUpperCase(), url);
        expect(reply.status, `${method} ${url}`).toBe(400);
      }
    }
  });

  it('a control character anywhere in the JSON body of every write route', async () => {
    const { client } = runner;
    const doc = (await client.call<OpenApi>('GET', '/api/openapi.json')).body;
    for (const [path, methods] of Object.entries(doc.paths))
      for (const [method, operation] of Object.entries(methods)) {
        if (!operation.requestBody || path.endsWith('/activity')) continue;
        const url = path.replace(/\{[^}]+\}/g, runner.plan.sessions[0]?.id ?? 'x');
        const reply = await client.call(method.toUpperCase(), url, { nested: [{ text: 'a\u0000b' }] });
        expect(reply.status, `${method} ${path}`).toBe(400);
      }
  });

  it('JSON nested deeper than any document of ours', async () => {
    const deep = JSON.parse(`${'['.repeat(5000)}${']'.repeat(5000)}`) as unknown;
    const reply = await runner.client.call<{ error: { fields: Problem[] } }>('PUT', '/api/me/profile', {
      ...PROFILE,
      deep,
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.fields[0]?.reason).toBe('too-deep');
  });
});
