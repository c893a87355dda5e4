// Issue 11, finding 8: no security headers (Settings could be framed), private answers (the account, the
// export, a new token's secret) cacheable, and a client's X-Forwarded-Host in the calendar feed URL.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config/server-config.js';
import { startServer } from '../start-server.js';
import { configuredApp } from '../testing/configured-app.test-support.js';
import { HttpClient } from '../testing/server-process.test-support.js';
import {
  FIXED_NOW,
  PROFILE,
  runnerWithPlan,
  STORE_KINDS,
  TestClient,
} from '../testing/test-app.test-support.js';
import type { TestApp } from '../testing/test-app.test-support.js';
import { serveWebApp } from '../web/serve-web-app.js';
import { CONTENT_SECURITY_POLICY, THEME_SCRIPT_HASH } from './security-headers.js';

/** The headers every response carries, whatever answered it: the app's policy on pages, the API's on answers. */
function expectSecurityHeaders(headers: Headers, what: string, kind: 'api' | 'app' = 'api'): void {
  const csp = headers.get('content-security-policy');
  if (kind === 'app') expect(csp, what).toBe(CONTENT_SECURITY_POLICY);
  else expect(csp, what).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(headers.get('x-frame-options'), what).toBe('DENY');
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('referrer-policy'), what).toBe('no-referrer');
}

describe('the Content-Security-Policy', () => {
  it("allows the web app's one inline script by its hash, and nothing else inline", () => {
    const html = readFileSync(new URL('../../../web/index.html', import.meta.url), 'utf8');
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
      (m) =>
        `sha256-${createHash('sha256')
          .update(m[1] ?? '')
          .digest('base64')}`,
    );
    expect(inline).toEqual([THEME_SCRIPT_HASH]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});

describe.each(STORE_KINDS)('issue 11 finding 8: headers on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await configuredApp(kind, { trustProxy: true, publicUrl: 'https://speedwork.example.org' });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('every answer carries them: public, private, errors and unknown routes', async () => {
    const { client, plan } = await runnerWithPlan(t.app);
    const anonymous = new TestClient(t.app);
    const replies = {
      health: await anonymous.call('GET', '/api/health'),
      unauthenticated: await anonymous.call('GET', '/api/me'),
      me: await client.call('GET', '/api/me'),
      plan: await client.call('GET', '/api/plans/current'),
      invalid: await client.call('PUT', '/api/me/profile', { recent: 'fast' }),
      missing: await client.call('GET', '/api/nothing-here'),
      session: await client.call('GET', `/api/sessions/${plan.sessions[0]?.id ?? ''}`),
    };
    for (const [what, reply] of Object.entries(replies)) expectSecurityHeaders(reply.headers, what);
  });

  it('private answers are not stored anywhere: the account, the export, a new token; the plan keeps its ETag revalidation', async () => {
    const { client } = await runnerWithPlan(t.app);
    for (const [method, path, body] of [
      ['GET', '/api/me', undefined],
      ['GET', '/api/export', undefined],
      ['POST', '/api/tokens', { name: 'cli' }],
      ['GET', '/api/tokens', undefined],
      ['GET', '/api/today?date=2026-12-09', undefined],
    ] as const) {
      const reply = await client.call(method, path, body);
      expect(reply.status, path).toBeLessThan(300);
      expect(reply.headers.get('cache-control'), `${method} ${path}`).toBe('no-store');
    }
    const plan = await client.call('GET', '/api/plans/current');
    expect(plan.headers.get('cache-control')).toBe('private, no-cache');
    expect(plan.headers.get('etag')).toBeTruthy();
  });

  it("the calendar feed URL is PUBLIC_URL's, whatever X-Forwarded-Host a client sends", async () => {
    const client = new TestClient(t.app);
    await client.signup();
    await client.call('PUT', '/api/me/profile', PROFILE);
    const feed = await client.call<{ url: string }>('POST', '/api/me/calendar', undefined, {
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'http',
    });
    expect(feed.status).toBe(201);
    expect(feed.body.url).toMatch(/^https:\/\/speedwork\.example\.org\/api\/calendar\/swc_[\w-]+\.ics$/);
    // The cookie is Secure: the public origin is https, whatever the hop to us was.
    const login = await new TestClient(t.app).call('POST', '/api/auth/login', {
      email: 'nobody@example.com',
      password: 'x',
    });
    expect(login.status).toBe(401);
    const signup = await new TestClient(t.app).call('POST', '/api/auth/signup', {
      email: 'secure@example.com',
      password: 'correct horse battery',
      name: 'S',
    });
    expect(signup.headers.getSetCookie().every((c) => /; Secure/.test(c))).toBe(true);
  });

  it('without PUBLIC_URL, X-Forwarded-Host is not believed either (the Host header is)', async () => {
    const plain = await configuredApp(kind, { trustProxy: true });
    try {
      const client = new TestClient(plain.app);
      await client.signup();
      const feed = await client.call<{ url: string }>('POST', '/api/me/calendar', undefined, {
        host: 'speedwork.example.org',
        'x-forwarded-host': 'evil.example',
        'x-forwarded-proto': 'https',
      });
      expect(feed.body.url).toMatch(/^https:\/\/speedwork\.example\.org\/api\/calendar\//);
    } finally {
      await plain.dispose();
    }
  });
});

describe('issue 11 finding 8: headers over a real HTTP server (the Node path and the 304 fast path)', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'speedwork-headers-'));
    server = await startServer(
      { ...readConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }), dataDir: dir },
      { clock: () => FIXED_NOW, extend: serveWebApp },
    );
  });
  afterAll(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the web app, the API, a 404 and a 304 all carry them; a route keeps its own Cache-Control', async () => {
    const client = new HttpClient(server.url);
    await client.call('POST', '/api/auth/signup', {
      email: 'headers@example.com',
      password: 'correct horse battery',
      name: 'H',
    });
    await client.call('PUT', '/api/me/profile', PROFILE);
    const plan = await client.call('POST', '/api/plans');
    expect(plan.status).toBe(201);
    const cookie = client.cookie ?? '';
    const get = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${server.url}${path}`, { headers: { cookie, ...headers } });
    const page = await get('/');
    expectSecurityHeaders(page.headers, 'the web app', 'app');
    expect(page.headers.get('cache-control')).not.toBe('no-store');
    const me = await get('/api/me');
    expectSecurityHeaders(me.headers, '/api/me');
    expect(me.headers.get('cache-control')).toBe('no-store');
    expectSecurityHeaders((await get('/api/nothing')).headers, 'a 404');
    const current = await get('/api/plans/current');
    const etag = current.headers.get('etag') ?? '';
    expect(current.headers.get('cache-control')).toBe('private, no-cache');
    const notModified = await get('/api/plans/current', { 'if-none-match': etag });
    expect(notModified.status).toBe(304);
    expectSecurityHeaders(notModified.headers, 'the 304 fast path');
    expect(notModified.headers.get('cache-control')).toBe('private, no-cache');
  });
});

describe('PUBLIC_URL', () => {
  it('is an origin: scheme, host and port, no path', () => {
    expect(readConfig({ PUBLIC_URL: 'https://speedwork.example.org/' }).publicUrl).toBe(
      'https://speedwork.example.org',
    );
    expect(readConfig({}).publicUrl).toBeUndefined();
    expect(() => readConfig({ PUBLIC_URL: 'speedwork.example.org' })).toThrow(/PUBLIC_URL/);
    expect(() => readConfig({ PUBLIC_URL: 'https://example.org/speedwork' })).toThrow(/not an origin/);
    expect(() => readConfig({ PUBLIC_URL: 'ftp://example.org' })).toThrow(/PUBLIC_URL/);
  });
});
