/**
 * Issue 11, finding 3: one runner's writes sent in parallel. On PostgreSQL they once raced (five current
 * plans, `logs_pkey` and `profiles_pkey` 500s); every write now runs after the one before it
 * (db/runner-transaction.ts) and the database holds one current plan per runner. Run on both stores.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PROFILE,
  runnerWithPlan,
  STORE_KINDS,
  TestClient,
  testApp,
} from '../testing/test-app.test-support.js';
import type { TestApp } from '../testing/test-app.test-support.js';

describe.each(STORE_KINDS)('one runner, parallel writes, on %s (issue 11 finding 3)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(async () => {
    await t.dispose();
  });

  const runnerOf = async (email: string): Promise<string> =>
    (
      await t.services.store.db
        .selectFrom('runners')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).id;
  const currentPlans = async (runnerId: string): Promise<number> =>
    (
      await t.services.store.db
        .selectFrom('plans')
        .select('id')
        .where('runner_id', '=', runnerId)
        .where('is_current', '=', 1)
        .execute()
    ).length;

  it('five parallel POST /api/plans leave exactly one current plan, and none answers 500', async () => {
    const client = new TestClient(t.app);
    const email = await client.signup();
    expect((await client.call('PUT', '/api/me/profile', PROFILE)).status).toBe(200);
    const replies = await Promise.all(Array.from({ length: 5 }, () => client.call('POST', '/api/plans')));
    // The first creates the plan (201); each after it re-plans that one from tomorrow (200).
    expect(replies.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(await currentPlans(await runnerOf(email))).toBe(1);
    const today = await client.call<{ sessions: { planId?: string }[] }>('GET', '/api/today?date=2026-12-09');
    expect(today.status).toBe(200);
  });

  it('the database itself refuses a second current plan (plans_one_current)', async () => {
    const client = new TestClient(t.app);
    const email = await client.signup();
    expect((await client.call('PUT', '/api/me/profile', PROFILE)).status).toBe(200);
    expect((await client.call('POST', '/api/plans')).status).toBe(201);
    const runnerId = await runnerOf(email);
    const second = t.services.store.db
      .insertInto('plans')
      .values({
        id: 'second-current',
        runner_id: runnerId,
        created_at: '2026-12-09T07:00:00.000Z',
        is_current: 1,
        plan_json: '{}',
        revision: 1,
        version: 1,
      })
      .execute();
    await expect(second).rejects.toThrow(/unique/i);
  });

  it('fifty parallel PUTs of one log all answer 200, and its history counts every change once', async () => {
    const { client, plan } = await runnerWithPlan(t.app);
    const session = plan.sessions.find((s) => s.date <= '2026-12-09') ?? plan.sessions[0];
    if (!session) throw new Error('the plan has no sessions');
    const bodies = Array.from({ length: 50 }, (_, i) => ({ status: 'done', rpe: 5, notes: `try ${i % 10}` }));
    const replies = await Promise.all(
      bodies.map((b) => client.call('PUT', `/api/sessions/${session.id}/log`, b)),
    );
    expect(replies.filter((r) => r.status !== 200).map((r) => r.body)).toEqual([]);
    const history = await client.call<{ revision: number }[]>(
      'GET',
      `/api/sessions/${session.id}/log/history`,
    );
    expect(history.status).toBe(200);
    const revisions = history.body.map((l) => l.revision).sort((a, b) => a - b);
    // Revisions run 1, 2, 3... with no gap and no number twice, whichever order the writes ran in.
    expect(revisions).toEqual(revisions.map((_, i) => i + 1));
    expect(revisions.length).toBeGreaterThanOrEqual(10);
  });

  it('parallel first profiles and parallel imports of one runner never answer 500', async () => {
    const client = new TestClient(t.app);
    const email = await client.signup();
    const profiles = await Promise.all(
      Array.from({ length: 5 }, () => client.call('PUT', '/api/me/profile', PROFILE)),
    );
    expect(profiles.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect((await client.call('POST', '/api/plans')).status).toBe(201);
    const exported = await client.call('GET', '/api/export');
    expect(exported.status).toBe(200);
    const imports = await Promise.all(
      Array.from({ length: 4 }, () => client.call('POST', '/api/import', exported.body)),
    );
    // An import may be refused while another of the runner's is read (one upload at a time: 429), never 500.
    expect(
      imports.filter((r) => r.status !== 200 && r.status !== 429).map((r) => JSON.stringify(r.body)),
    ).toEqual([]);
    expect(imports.some((r) => r.status === 200)).toBe(true);
    expect(await currentPlans(await runnerOf(email))).toBe(1);
  });
});
