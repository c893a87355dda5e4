import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PROFILE,
  runnerWithPlan,
  STORE_KINDS,
  TestClient,
  testApp,
} from '../testing/test-app.test-support.js';
import type { TestApp } from '../testing/test-app.test-support.js';

type Session = { id: string; date: string; type: string; log: { status: string; revision: number } | null };

describe.each(STORE_KINDS)('the API on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('reports health with version and database', async () => {
    const reply = await new TestClient(t.app).call('GET', '/api/health');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ status: 'ok', version: 'test', database: kind, databaseOk: true });
  });

  it('signs up, signs in, knows me, signs out', async () => {
    const client = new TestClient(t.app);
    const email = await client.signup(undefined, 'Ada');
    expect((await client.call('GET', '/api/me')).body).toMatchObject({ email, name: 'Ada' });
    expect((await client.call('POST', '/api/auth/logout')).status).toBe(204);
    expect((await client.call('GET', '/api/me')).status).toBe(401);
    const login = await client.call('POST', '/api/auth/login', {
      email: email.toUpperCase(),
      password: 'correct horse battery',
    });
    expect(login.status).toBe(200);
    expect(login.headers.get('set-cookie')).toMatch(/HttpOnly/);
    expect(login.headers.get('set-cookie')).toMatch(/SameSite=Lax/);
    expect((await client.call('GET', '/api/me')).status).toBe(200);
  });

  it('refuses a taken email and a wrong password', async () => {
    const client = new TestClient(t.app);
    const email = await client.signup();
    const again = await new TestClient(t.app).call('POST', '/api/auth/signup', {
      email,
      password: 'another long one',
      name: 'B',
    });
    expect(again.status).toBe(409);
    const wrong = await new TestClient(t.app).call('POST', '/api/auth/login', {
      email,
      password: 'not the password',
    });
    expect(wrong.status).toBe(401);
  });

  it('R-IN-1: names every bad profile field, stores nothing', async () => {
    const client = new TestClient(t.app);
    await client.signup();
    const reply = await client.call<{
      error: { code: string; fields: { field: string; message: string }[] };
    }>('PUT', '/api/me/profile', {
      ...PROFILE,
      recent: { distance: '5k', time: '11:00' },
      weeks: 60,
      raceDate: undefined,
      days: [],
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('invalid-input');
    expect(reply.body.error.fields.map((f) => f.field).sort()).toEqual(['days', 'recent.time', 'weeks']);
    expect(reply.body.error.fields.find((f) => f.field === 'weeks')?.message).toContain('2 to 52');
    expect((await client.call('GET', '/api/me/profile')).status).toBe(409);
  });

  it("R-VOL-1: stores the runner's current training, serves it, and names bad values", async () => {
    const client = new TestClient(t.app);
    await client.signup();
    const current = { weeklyDistanceM: 30000, longestRunM: 12000.4 };
    const saved = await client.call<{ input: { current?: unknown }; profile: { current?: unknown } }>(
      'PUT',
      '/api/me/profile',
      { ...PROFILE, current },
    );
    expect(saved.status).toBe(200);
    expect(saved.body.profile.current).toEqual({ weeklyDistanceM: 30000, longestRunM: 12000 });
    const read = await client.call<{ input: { current?: unknown }; profile: { current?: unknown } }>(
      'GET',
      '/api/me/profile',
    );
    expect(read.body.input.current).toEqual({ weeklyDistanceM: 30000, longestRunM: 12000 });
    expect(read.body.profile.current).toEqual({ weeklyDistanceM: 30000, longestRunM: 12000 });

    const onlyWeekly = await client.call<{ input: { current?: unknown } }>('PUT', '/api/me/profile', {
      ...PROFILE,
      current: { weeklyDistanceM: 20000 },
    });
    expect(onlyWeekly.body.input.current).toEqual({ weeklyDistanceM: 20000 });
    const unknown = await client.call<{ input: { current?: unknown } }>('PUT', '/api/me/profile', PROFILE);
    expect(unknown.body.input.current).toBeUndefined();

    type Problem = { field: string; message: string; accepted?: string };
    const bad = await client.call<{ error: { fields: Problem[] } }>('PUT', '/api/me/profile', {
      ...PROFILE,
      current: { weeklyDistanceM: '30km', longestRunM: -5 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f) => f.field).sort()).toEqual([
      'current.longestRunM',
      'current.weeklyDistanceM',
    ]);
    expect(bad.body.error.fields.every((f) => /250000|60000/.test(f.accepted ?? ''))).toBe(true);
    const longer = await client.call<{ error: { fields: Problem[] } }>('PUT', '/api/me/profile', {
      ...PROFILE,
      current: { weeklyDistanceM: 10000, longestRunM: 15000 },
    });
    expect(longer.status).toBe(400);
    expect(longer.body.error.fields[0]).toMatchObject({ field: 'current.longestRunM' });
    expect(longer.body.error.fields[0]?.accepted).toContain('weekly distance');
    // Nothing bad was stored: the last good profile stands.
    expect((await client.call<{ input: object }>('GET', '/api/me/profile')).body.input).not.toHaveProperty(
      'current',
    );
  });

  it('R-VOL-1: a plan built from the profile carries its current training', async () => {
    const client = new TestClient(t.app);
    await client.signup();
    await client.call('PUT', '/api/me/profile', {
      ...PROFILE,
      current: { weeklyDistanceM: 25000, longestRunM: 10000 },
    });
    const plan = await client.call<{ profile: { current?: unknown }; assumptions: unknown }>(
      'POST',
      '/api/plans',
    );
    expect(plan.status).toBe(201);
    expect(plan.body.profile.current).toEqual({ weeklyDistanceM: 25000, longestRunM: 10000 });
  });

  it('rejects bodies of the wrong shape, malformed JSON and oversized bodies without a 500', async () => {
    const client = new TestClient(t.app);
    await client.signup();
    const shape = await client.call<{ error: { fields: { field: string }[] } }>('PUT', '/api/me/profile', {
      recent: 'fast',
      days: 'mon',
    });
    expect(shape.status).toBe(400);
    expect(shape.body.error.fields.map((f) => f.field)).toEqual(
      expect.arrayContaining(['recent', 'days', 'start']),
    );
    expect((await client.call('PUT', '/api/me/profile', '{"recent": ')).status).toBe(400);
    expect(
      (
        await client.call(
          'PUT',
          '/api/me/profile',
          JSON.stringify({ ...PROFILE, pad: 'x'.repeat(2_000_000) }),
        )
      ).status,
    ).toBe(413);
  });

  it('builds a plan, serves it with session ids, and today', async () => {
    const { client, plan } = await runnerWithPlan(t.app);
    const current = await client.call<{ id: string; format: string; sessions: Session[] }>(
      'GET',
      '/api/plans/current',
    );
    expect(current.status).toBe(200);
    expect(current.body.format).toBe('speedwork.plan/1');
    expect(current.body.id).toBe(plan.id);
    const first = current.body.sessions[0];
    expect(first?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((first as unknown as { key: string }).key).toBe(`${first?.date ?? ''}-${first?.type ?? ''}`);
    const today = await client.call<{ date: string; sessions: Session[]; next: Session | null }>(
      'GET',
      `/api/today?date=${first?.date ?? ''}`,
    );
    // A date may hold a run and then strength (R-DAY-1): today is every session of the date, in plan order.
    expect(today.body.sessions.map((s) => s.id)).toEqual(
      current.body.sessions.filter((s) => s.date === first?.date).map((s) => s.id),
    );
    expect(today.body.sessions[0]?.id).toBe(first?.id);
    expect((today.body.next?.date ?? '') > (first?.date ?? '')).toBe(true);
    expect((await client.call('GET', '/api/today?date=tomorrow')).status).toBe(400);
  });

  it('logs a session idempotently and keeps the history of edits', async () => {
    const { client, plan } = await runnerWithPlan(t.app);
    const id = plan.sessions[0]?.id ?? '';
    const body = { status: 'done', rpe: 6, notes: 'felt quick', reps: [{ timeS: 18.2, distanceM: 100 }] };
    const first = await client.call<{ revision: number }>('PUT', `/api/sessions/${id}/log`, body);
    expect(first.status).toBe(200);
    expect(first.body.revision).toBe(1);
    const again = await client.call<{ revision: number }>('PUT', `/api/sessions/${id}/log`, {
      notes: 'felt quick',
      reps: [{ distanceM: 100, timeS: 18.2 }],
      rpe: 6,
      status: 'done',
    });
    expect(again.body.revision).toBe(1);
    const edit = await client.call<{ revision: number }>('PUT', `/api/sessions/${id}/log`, {
      ...body,
      rpe: 7,
    });
    expect(edit.body.revision).toBe(2);
    const history = await client.call<{ rpe: number }[]>('GET', `/api/sessions/${id}/log/history`);
    expect(history.body.map((h) => h.rpe)).toEqual([6, 7]);
    const session = await client.call<Session>('GET', `/api/sessions/${id}`);
    expect(session.body.log).toMatchObject({ status: 'done', revision: 2 });
    const bad = await client.call<{ error: { fields: { field: string }[] } }>(
      'PUT',
      `/api/sessions/${id}/log`,
      { status: 'finished', rpe: 11 },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((f) => f.field).sort()).toEqual(['rpe', 'status']);
  });

  it('R-ADA-1: a profile change re-plans from tomorrow; past sessions, their ids and logs stay', async () => {
    const { client, plan } = await runnerWithPlan(t.app);
    const first = plan.sessions[0];
    await client.call('PUT', `/api/sessions/${first?.id ?? ''}/log`, { status: 'skipped' });
    const saved = await client.call<{ planRevision: number }>('PUT', '/api/me/profile', {
      ...PROFILE,
      days: ['tue', 'thu', 'sat', 'sun'],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.planRevision).toBe(2);
    const current = await client.call<{ id: string; revision: number; sessions: Session[] }>(
      'GET',
      '/api/plans/current',
    );
    expect(current.body.id).toBe(plan.id);
    expect(current.body.revision).toBe(2);
    expect(current.body.sessions[0]).toMatchObject({
      id: first?.id,
      date: first?.date,
      log: { status: 'skipped' },
    });
    const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
    const future = current.body.sessions.filter((s) => s.date > '2026-12-09' && s.type !== 'race');
    expect(future.length).toBeGreaterThan(0);
    expect(future.every((s) => [0, 2, 4, 6].includes(weekday(s.date)))).toBe(true);
    // The same profile again, or POST /api/plans on an unchanged profile, is no new revision.
    const again = await client.call<{ id: string; revision: number }>('POST', '/api/plans');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: plan.id, revision: 2 });
    const plans = await client.call<{ id: string; current: boolean }[]>('GET', '/api/plans');
    expect(plans.body.map((p) => p.current)).toEqual([true]);
    const revisions = await client.call<{ number: number; reason: string }[]>(
      'GET',
      '/api/plans/current/revisions',
    );
    expect(revisions.body.map((r) => [r.number, r.reason])).toEqual([
      [2, 'replanned'],
      [1, 'generated'],
    ]);
    const today = await client.call<{ sessions: Session[] }>('GET', `/api/today?date=${first?.date ?? ''}`);
    expect(today.body.sessions[0]?.log?.status).toBe('skipped');
    const exported = await client.call<{ plans: { sessions: { log: unknown }[] }[] }>('GET', '/api/export');
    expect(exported.body.plans[0]?.sessions.filter((s) => s.log !== null)).toHaveLength(1);
  });

  it('R-GOL-1: races update the paces the next plan uses', async () => {
    const { client } = await runnerWithPlan(t.app);
    const before = await client.call<{ vdot: number }>('GET', '/api/paces');
    const race = await client.call<{ vdot: number }>('POST', '/api/races', {
      date: '2026-12-06',
      distance: '5k',
      time: '23:00',
    });
    expect(race.status).toBe(201);
    const after = await client.call<{ vdot: number; from: { timeS: number } }>('GET', '/api/paces');
    expect(after.body.vdot).toBeGreaterThan(before.body.vdot);
    expect(after.body.from.timeS).toBe(1380);
    const plan = await client.call<{ paces: { vdot: number } }>('POST', '/api/plans');
    expect(plan.body.paces.vdot).toBe(after.body.vdot);
    const sessionId = (plan.body as unknown as { sessions: { id: string }[] }).sessions[3]?.id ?? '';
    await client.call('POST', '/api/races', { date: '2026-12-05', distance: '5k', time: '23:40', sessionId });
    await client.call('POST', '/api/races', { date: '2026-12-05', distance: '5k', time: '23:20', sessionId });
    const linked = (await client.call<{ sessionId?: string; timeS: number }[]>('GET', '/api/races')).body;
    expect(linked.filter((r) => r.sessionId === sessionId).map((r) => r.timeS)).toEqual([1400]);
    const future = await client.call<{ error: { fields: { field: string; reason: string }[] } }>(
      'POST',
      '/api/races',
      { date: '2030-01-01', distance: '5k', time: '20:00' },
    );
    expect(future.status).toBe(400);
    expect(future.body.error.fields).toMatchObject([{ field: 'date', reason: 'future-date' }]);
    const malformed = await client.call<{ error: { fields: { field: string; reason: string }[] } }>(
      'POST',
      '/api/races',
      { date: '2026-13-01', distance: '5k', time: '20:00' },
    );
    expect(malformed.body.error.fields).toMatchObject([{ field: 'date', reason: 'malformed-date' }]);
    const record = await client.call('POST', '/api/races', {
      date: '2026-12-01',
      distance: 'marathon',
      time: '1:30:00',
    });
    expect(record.status).toBe(400);
  });

  it('access tokens authenticate without CSRF and stop working when revoked', async () => {
    const client = new TestClient(t.app);
    await client.signup();
    const token = await client.call<{ id: string; token: string }>('POST', '/api/tokens', { name: 'cli' });
    expect(token.status).toBe(201);
    const cli = new TestClient(t.app);
    cli.bearer = token.body.token;
    expect(
      (await cli.call('PUT', '/api/me/profile', PROFILE, { origin: 'https://evil.example' })).status,
    ).toBe(200);
    expect((await client.call('DELETE', `/api/tokens/${token.body.id}`)).status).toBe(204);
    expect((await cli.call('GET', '/api/me')).status).toBe(401);
  });

  it('CSRF: refuses cookie writes from another site, accepts them from our own', async () => {
    const client = new TestClient(t.app);
    await client.signup();
    expect(
      (await client.call('PUT', '/api/me/profile', PROFILE, { 'sec-fetch-site': 'cross-site' })).status,
    ).toBe(403);
    expect(
      (await client.call('PUT', '/api/me/profile', PROFILE, { origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect(
      (await client.call('PUT', '/api/me/profile', PROFILE, { origin: 'http://localhost' })).status,
    ).toBe(200);
    expect(
      (await client.call('PUT', '/api/me/profile', PROFILE, { 'sec-fetch-site': 'same-origin' })).status,
    ).toBe(200);
  });

  it('rate-limits sign-in attempts', async () => {
    const client = new TestClient(t.app);
    const email = await client.signup();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push(
        (await new TestClient(t.app).call('POST', '/api/auth/login', { email, password: `wrong ${i}` }))
          .status,
      );
    // The fifth wrong guess blocks the account a while (for browsers that never signed in to it).
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    const limited = await new TestClient(t.app).call('POST', '/api/auth/login', {
      email,
      password: 'correct horse battery',
    });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it("R-VOL-1: the export carries the runner's current training and the import restores it", async () => {
    const client = new TestClient(t.app);
    await client.signup();
    const current = { weeklyDistanceM: 42000, longestRunM: 18000 };
    await client.call('PUT', '/api/me/profile', { ...PROFILE, current });
    const file = await client.call<{ profile: { input: { current?: unknown } } }>('GET', '/api/export');
    expect(file.body.profile.input.current).toEqual(current);
    const other = new TestClient(t.app);
    await other.signup();
    expect((await other.call('POST', '/api/import', file.body)).status).toBe(200);
    const restored = await other.call<{ input: { current?: unknown }; profile: { current?: unknown } }>(
      'GET',
      '/api/me/profile',
    );
    expect(restored.body.input.current).toEqual(current);
    expect(restored.body.profile.current).toEqual(current);

    const broken = structuredClone(file.body);
    broken.profile.input.current = { weeklyDistanceM: 900000 };
    const refused = await other.call<{ error: { fields: { field: string }[] } }>(
      'POST',
      '/api/import',
      broken,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.map((f) => f.field)).toEqual(['profile.input.current.weeklyDistanceM']);
  });

  it('exports everything and imports it into another account', async () => {
    const { client, plan } = await runnerWithPlan(t.app);
    const current = { weeklyDistanceM: 32000, longestRunM: 14000 };
    expect((await client.call('PUT', '/api/me/profile', { ...PROFILE, current })).status).toBe(200);
    await client.call('PUT', `/api/sessions/${plan.sessions[0]?.id ?? ''}/log`, { status: 'done', rpe: 5 });
    await client.call('PUT', `/api/sessions/${plan.sessions[0]?.id ?? ''}/log`, { status: 'done', rpe: 6 });
    await client.call('POST', '/api/races', { date: '2026-12-01', distance: '10k', time: '50:00' });
    const file = await client.call<{ format: string; plans: unknown[]; races: unknown[] }>(
      'GET',
      '/api/export',
    );
    expect(file.body.format).toBe('speedwork.export/1');
    expect(JSON.stringify(file.body)).not.toMatch(/password|token_hash|scrypt/);
    const other = new TestClient(t.app);
    await other.signup();
    const imported = await other.call('POST', '/api/import', file.body);
    expect(imported.body).toEqual({ plans: 1, sessions: plan.sessions.length, logs: 1, races: 1 });
    const restored = await other.call<{ sessions: Session[] }>('GET', '/api/plans/current');
    expect(restored.body.sessions[0]?.log).toMatchObject({ status: 'done', revision: 2 });
    expect(
      (await other.call<unknown[]>('GET', `/api/sessions/${restored.body.sessions[0]?.id ?? ''}/log/history`))
        .body,
    ).toHaveLength(2);
    const profile = await other.call<{ input: { current?: unknown } }>('GET', '/api/me/profile');
    expect(profile.status).toBe(200);
    expect(profile.body.input.current).toEqual({ weeklyDistanceM: 32000, longestRunM: 14000 });
  });

  it("R-ADA-1: the export keeps the plan's revisions and their changes, the import restores them; a duplicate number is refused", async () => {
    const { client } = await runnerWithPlan(t.app);
    // A fast time trial re-paces the plan: a second revision with its changes.
    const race = await client.call('POST', '/api/races', {
      date: '2026-12-08',
      distance: '5k',
      time: '23:00',
    });
    expect(race.status).toBe(201);
    type Revision = { number: number; reason: string; changes: { sessionId: string; why: string }[] };
    const before = (await client.call<Revision[]>('GET', '/api/plans/current/revisions')).body;
    expect(before.length).toBeGreaterThan(1);
    expect(before[0]?.changes.length).toBeGreaterThan(0);
    const file = (await client.call<{ plans: { revisions: { number: number }[] }[] }>('GET', '/api/export'))
      .body;
    expect(file.plans[0]?.revisions.map((v) => v.number).sort()).toEqual(before.map((v) => v.number).sort());

    const other = new TestClient(t.app);
    await other.signup();
    expect((await other.call('POST', '/api/import', file)).status).toBe(200);
    const after = (await other.call<Revision[]>('GET', '/api/plans/current/revisions')).body;
    const words = (rs: Revision[]) => rs.map((r) => [r.number, r.reason, r.changes.map((c) => c.why)]);
    expect(words(after)).toEqual(words(before));
    const restored = await other.call<{ sessions: { id: string }[] }>('GET', '/api/plans/current');
    const ids = new Set(restored.body.sessions.map((x) => x.id));
    for (const change of after.flatMap((r) => r.changes)) expect(ids.has(change.sessionId)).toBe(true);

    const [first] = file.plans;
    if (!first) throw new Error('no plan exported');
    const broken = { ...file, plans: [{ ...first, revisions: [...first.revisions, ...first.revisions] }] };
    const refused = await other.call<{ error: { fields: { field: string }[] } }>(
      'POST',
      '/api/import',
      broken,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields[0]?.field).toMatch(/^plans\.0\.revisions\.\d+\.number$/);
    expect(words((await other.call<Revision[]>('GET', '/api/plans/current/revisions')).body)).toEqual(
      words(before),
    );
  });

  it('deletes the account and everything of it', async () => {
    const { client, plan } = await runnerWithPlan(t.app);
    expect((await client.call('DELETE', '/api/me')).status).toBe(204);
    expect((await client.call('GET', '/api/me')).status).toBe(401);
    const left = await t.services.store.db
      .selectFrom('sessions')
      .select('id')
      .where('plan_id', '=', plan.id)
      .execute();
    expect(left).toEqual([]);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const reply = await new TestClient(t.app).call<{ error: { code: string } }>('GET', '/api/nothing-here');
    expect(reply.status).toBe(401);
    const client = new TestClient(t.app);
    await client.signup();
    expect((await client.call<{ error: { code: string } }>('GET', '/api/nothing-here')).body.error.code).toBe(
      'not-found',
    );
  });
});
