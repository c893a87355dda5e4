// Issue 11, finding 6: `PUT /api/me/profile` accepted a start of 9999-12-27, and every plan built after it
// answered 500. A plan now starts from a year back to two years ahead, and the answer says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_NOW, PROFILE, STORE_KINDS, TestClient, testApp } from '../testing/test-app.test-support.js';
import type { TestApp } from '../testing/test-app.test-support.js';

type Problem = { field: string; reason: string; message: string; accepted?: string };
const DAY_MS = 86_400_000;
const daysFromNow = (days: number): string =>
  new Date(FIXED_NOW.getTime() + days * DAY_MS).toISOString().slice(0, 10);

describe.each(STORE_KINDS)('issue 11 finding 6: far dates on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('a start of 9999-12-27 is refused with the dates accepted, and plans keep being built', async () => {
    const client = new TestClient(t.app);
    await client.signup();
    const far = await client.call<{ error: { fields: Problem[] } }>('PUT', '/api/me/profile', {
      ...PROFILE,
      raceDate: undefined,
      start: '9999-12-27',
    });
    expect(far.status).toBe(400);
    expect(far.body.error.fields).toMatchObject([{ field: 'start', reason: 'start-out-of-range' }]);
    expect(far.body.error.fields[0]?.message).toContain(`${daysFromNow(-365)} to ${daysFromNow(730)}`);
    expect((await client.call('GET', '/api/me/profile')).status).toBe(409);
    expect((await client.call('PUT', '/api/me/profile', PROFILE)).status).toBe(200);
    expect(
      (await client.call('PUT', '/api/me/profile', { ...PROFILE, raceDate: undefined, start: '0001-01-01' }))
        .status,
    ).toBe(400);
    expect((await client.call('POST', '/api/plans')).status).toBe(201);
    expect((await client.call('POST', '/api/plans')).status).toBe(200);
  });

  it('a year back and two years ahead are the edges', async () => {
    const client = new TestClient(t.app);
    await client.signup();
    const at = async (start: string): Promise<number> =>
      (await client.call('PUT', '/api/me/profile', { ...PROFILE, raceDate: undefined, start })).status;
    expect(await at(daysFromNow(-365))).toBe(200);
    expect(await at(daysFromNow(-366))).toBe(400);
    expect(await at(daysFromNow(730))).toBe(200);
    expect(await at(daysFromNow(731))).toBe(400);
    expect((await client.call('POST', '/api/plans')).status).toBe(201);
  });
});
