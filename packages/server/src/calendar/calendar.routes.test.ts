// Issue 14 friction 15: the settings card offers "Stop the link" only when a link exists, so the API says
// whether one does (GET /api/me/calendar), privately (no-store) and only to its runner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_NOW, PROFILE, STORE_KINDS, TestClient, testApp } from '../testing/test-app.test-support.js';
import type { TestApp } from '../testing/test-app.test-support.js';
import type { CalendarFeedState } from './calendar.service.js';

describe.each(STORE_KINDS)('GET /api/me/calendar on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(async () => {
    await t.dispose();
  });

  const runner = async (): Promise<TestClient> => {
    const client = new TestClient(t.app);
    await client.signup();
    await client.call('PUT', '/api/me/profile', PROFILE);
    return client;
  };

  it('issue 14 friction 15: answers no link, then the link made and when, then no link once stopped', async () => {
    const client = await runner();
    const none = await client.call<CalendarFeedState>('GET', '/api/me/calendar');
    expect(none.status).toBe(200);
    expect(none.body).toEqual({ active: false });

    const made = await client.call<{ url: string }>('POST', '/api/me/calendar');
    expect(made.status).toBe(201);
    const on = await client.call<CalendarFeedState>('GET', '/api/me/calendar');
    expect(on.body).toEqual({ active: true, createdAt: FIXED_NOW.toISOString() });
    // Only the secret's hash is kept: the URL is never answered again.
    expect(JSON.stringify(on.body)).not.toContain('swc_');

    expect((await client.call('DELETE', '/api/me/calendar')).status).toBe(204);
    expect((await client.call<CalendarFeedState>('GET', '/api/me/calendar')).body).toEqual({ active: false });
    // A stopped link is stopped: the feed URL answers 404.
    const path = new URL(made.body.url).pathname;
    expect((await t.app.request(`http://localhost${path}`)).status).toBe(404);
  });

  it('issue 14 friction 15: is private (no-store), needs a signed-in runner, and shows only their own link', async () => {
    const owner = await runner();
    await owner.call('POST', '/api/me/calendar');
    const answer = await owner.call('GET', '/api/me/calendar');
    expect(answer.headers.get('cache-control')).toBe('no-store');

    const stranger = new TestClient(t.app);
    const anonymous = await stranger.call<{ error: { code: string } }>('GET', '/api/me/calendar');
    expect(anonymous.status).toBe(401);

    const other = await runner();
    expect((await other.call<CalendarFeedState>('GET', '/api/me/calendar')).body).toEqual({ active: false });
  });
});
