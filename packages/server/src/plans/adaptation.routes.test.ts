import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILE, runnerWithPlan, STORE_KINDS, testApp } from '../testing/test-app.test-support.js';
import type { TestApp, TestClient } from '../testing/test-app.test-support.js';

interface Interval {
  repeat: number;
  distanceM?: number;
  targetSPerKm?: number;
}
interface Session {
  id: string;
  key: string;
  date: string;
  type: string;
  title: string;
  intervals?: Interval[];
  log: { status: string; reps?: { timeS?: number }[] } | null;
}
interface Plan {
  id: string;
  revision: number;
  paces: { vdot: number };
  sessions: Session[];
}
interface Change {
  sessionId: string;
  sessionKey: string;
  date: string;
  what: string;
  before: string;
  after: string;
  why: string;
}
interface Written {
  planRevision: number | null;
  planChanges: Change[];
}

const DAY_MS = 86_400_000;
const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const HARD = new Set(['track', 'hills', 'tempo', 'intervals', 'race', 'time-trial']);

async function currentPlan(client: TestClient): Promise<Plan> {
  return (await client.call<Plan>('GET', '/api/plans/current')).body;
}

describe.each(STORE_KINDS)('the plan follows the runner on %s', (kind) => {
  let t: TestApp;
  // The server's clock, moved by the tests: "today" for adaptation.
  let now = new Date('2026-12-09T07:00:00Z');
  beforeAll(async () => {
    t = await testApp(kind, () => now);
  });
  afterAll(async () => {
    await t.dispose();
  });
  const at = (date: string) => {
    now = new Date(`${date}T18:00:00Z`);
  };

  it('R-ADA-3: a skipped track session is repeated; the log answer names the change; a revision keeps it', async () => {
    at('2026-12-09');
    const { client, plan } = await runnerWithPlan(t.app);
    const full = await currentPlan(client);
    const tracks = full.sessions.filter((s) => s.type === 'track');
    const [skipped, next] = tracks;
    if (!skipped || !next) throw new Error('the plan has fewer than two track sessions');
    at(addDays(skipped.date, 1));
    const logged = await client.call<Written & { status: string }>('PUT', `/api/sessions/${skipped.id}/log`, {
      status: 'skipped',
    });
    expect(logged.status).toBe(200);
    expect(logged.body.status).toBe('skipped');
    expect(logged.body.planRevision).toBe(2);
    const repeat = logged.body.planChanges.find((c) => c.sessionId === next.id);
    expect(repeat, JSON.stringify(logged.body.planChanges)).toBeDefined();
    expect(repeat?.sessionKey).toBe(next.key);
    expect(repeat?.why).toContain('skipped');
    const after = await currentPlan(client);
    expect(after.id).toBe(plan.id);
    expect(after.sessions.find((s) => s.id === next.id)?.intervals).toEqual(skipped.intervals);
    // R-ADA-1: the past is as it was.
    for (const s of full.sessions.filter((x) => x.date <= addDays(skipped.date, 1)))
      expect(after.sessions.find((x) => x.id === s.id)).toEqual({
        ...s,
        log: s.id === skipped.id ? after.sessions.find((x) => x.id === s.id)?.log : null,
      });
    const revisions = await client.call<{ number: number; reason: string; changes: Change[] }[]>(
      'GET',
      '/api/plans/current/revisions',
    );
    expect(revisions.body[0]).toMatchObject({
      number: 2,
      reason: 'adapted',
      changes: logged.body.planChanges,
    });
    // The same log again adapts nothing more.
    const again = await client.call<Written>('PUT', `/api/sessions/${skipped.id}/log`, { status: 'skipped' });
    expect(again.body.planChanges).toEqual([]);
    expect((await currentPlan(client)).revision).toBe(2);
  });

  it('R-ADA-2: a time trial re-paces the sessions after today; a race before the plan starts counts too', async () => {
    at('2026-12-09');
    const { client } = await runnerWithPlan(t.app);
    const before = await currentPlan(client);
    const early = await client.call<Written & { vdot: number }>('POST', '/api/races', {
      date: '2026-12-01',
      distance: '5k',
      time: '24:00',
      kind: 'time-trial',
    });
    expect(early.status).toBe(201);
    expect(early.body.planChanges.length).toBeGreaterThan(0);
    const after = await currentPlan(client);
    expect(after.paces.vdot).toBeGreaterThan(before.paces.vdot);
    const trackBefore = before.sessions.find((s) => s.type === 'track' && s.date > '2026-12-09');
    const trackAfter = after.sessions.find((s) => s.id === trackBefore?.id);
    expect(trackAfter?.intervals?.[0]?.targetSPerKm).toBeLessThan(
      trackBefore?.intervals?.[0]?.targetSPerKm ?? 0,
    );
    // Editing the result re-paces again; deleting it brings the first paces back.
    const edited = await client.call<Written & { timeS: number }>(
      'PUT',
      `/api/races/${(early.body as unknown as { id: string }).id}`,
      {
        date: '2026-12-01',
        distance: '5k',
        time: '24:30',
        kind: 'time-trial',
      },
    );
    expect(edited.status).toBe(200);
    expect(edited.body.timeS).toBe(1470);
    expect(edited.body.planChanges.length).toBeGreaterThan(0);
    const deleted = await client.call<Written & { id: string }>(
      'DELETE',
      `/api/races/${(early.body as unknown as { id: string }).id}`,
    );
    expect(deleted.status).toBe(200);
    expect((await currentPlan(client)).paces.vdot).toBe(before.paces.vdot);
    expect((await client.call<unknown[]>('GET', '/api/races')).body).toEqual([]);
    const bad = await client.call<{ error: { fields: { field: string }[] } }>(
      'PUT',
      `/api/races/${(early.body as unknown as { id: string }).id}`,
      {
        date: '2026-12-01',
        distance: '5k',
        time: '24:30',
      },
    );
    expect(bad.status).toBe(404);
  });

  it('R-ADA-4: a run logged with pain makes the next hard run easy', async () => {
    at('2026-12-09');
    const { client } = await runnerWithPlan(t.app);
    const plan = await currentPlan(client);
    const runs = plan.sessions.filter((s) => s.type !== 'strength' && s.type !== 'race');
    const index = runs.findIndex(
      (s, k) => k > 0 && ['track', 'hills', 'tempo', 'intervals'].includes(s.type) && s.date > '2026-12-09',
    );
    const [painful, hard] = [runs[index - 1], runs[index]];
    if (!painful || !hard) throw new Error('no run before a hard run');
    at(painful.date);
    const logged = await client.call<Written & { status: string }>('PUT', `/api/sessions/${painful.id}/log`, {
      status: 'pain',
      rpe: 6,
      notes: 'left calf',
    });
    expect(logged.status).toBe(200);
    expect(logged.body.status).toBe('pain');
    const eased = logged.body.planChanges.find((c) => c.sessionId === hard.id);
    expect(eased, JSON.stringify(logged.body.planChanges)).toMatchObject({ what: 'eased' });
    expect(eased?.why).toContain('pain');
    expect((await currentPlan(client)).sessions.find((s) => s.id === hard.id)?.type).toBe('easy');
  });

  it('R-ADA-4: an easy run logged too fast gets a note (a revision of its own) once, not again at the next log', async () => {
    at('2026-12-09');
    const { client } = await runnerWithPlan(t.app);
    const plan = await currentPlan(client);
    const [easy, next] = plan.sessions.filter((s) => s.type === 'easy' && s.date >= '2026-12-09');
    if (!easy || !next) throw new Error('no two easy runs ahead');
    at(easy.date);
    // 6 km at 4:00/km: far faster than this runner's easy pace.
    const fast = await client.call<Written>('PUT', `/api/sessions/${easy.id}/log`, {
      status: 'done',
      rpe: 4,
      reps: [{ distanceM: 6000, timeS: 1440 }],
    });
    expect(fast.status).toBe(200);
    const note = fast.body.planChanges.find((c) => c.what === 'note');
    expect(note, JSON.stringify(fast.body.planChanges)).toMatchObject({
      sessionId: easy.id,
      before: '4:00/km logged',
    });
    expect(note?.why).toContain('easy');
    expect(fast.body.planRevision).toBe(plan.revision + 1);
    const revisions = await client.call<{ number: number; changes: Change[] }[]>(
      'GET',
      '/api/plans/current/revisions',
    );
    expect(revisions.body[0]?.changes.map((c) => c.what)).toEqual(['note']);
    // The next log, at an easy pace, does not tell the same note again.
    at(next.date);
    const calm = await client.call<Written>('PUT', `/api/sessions/${next.id}/log`, {
      status: 'done',
      rpe: 3,
    });
    expect(calm.status).toBe(200);
    expect(calm.body.planChanges.filter((c) => c.what === 'note')).toEqual([]);
  });

  it('GET /api/plans/current carries an ETag and answers 304 until the plan or a log changes', async () => {
    at('2026-12-09');
    const { client, plan } = await runnerWithPlan(t.app);
    const first = await client.call('GET', '/api/plans/current');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    const same = await client.call('GET', '/api/plans/current', undefined, { 'if-none-match': etag });
    expect(same.status).toBe(304);
    expect(same.body).toBeNull();
    expect(same.headers.get('etag')).toBe(etag);
    expect(
      (await client.call('GET', '/api/plans/current', undefined, { 'if-none-match': `W/${etag}, "x"` }))
        .status,
    ).toBe(304);
    await client.call('PUT', `/api/sessions/${plan.sessions[0]?.id ?? ''}/log`, { status: 'done', rpe: 5 });
    const changed = await client.call('GET', '/api/plans/current', undefined, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('R-ADA-5: moves a session, or refuses a move that breaks a rule, naming the rule', async () => {
    at('2026-12-09');
    const { client } = await runnerWithPlan(t.app);
    const plan = await currentPlan(client);
    const trainingDays = new Set([1, 3, 5, 6]); // PROFILE.days: mon, wed, fri, sat
    const isTrainingDay = (date: string) => trainingDays.has(new Date(`${date}T00:00:00Z`).getUTCDay());
    const hardOn = (date: string, except: Session) =>
      plan.sessions.some((s) => s !== except && s.date === date && HARD.has(s.type));
    type Refusal = { error: { code: string; message: string; fields: { field: string; reason: string }[] } };

    // A hard run moved to a training day beside another hard run: refused with R-REC-2's words.
    const candidates = plan.sessions.flatMap((s) =>
      s.date > '2026-12-12' && HARD.has(s.type) && s.type !== 'race'
        ? [-3, -2, -1, 1, 2, 3]
            .map((d) => addDays(s.date, d))
            .filter((to) => isTrainingDay(to) && (hardOn(addDays(to, -1), s) || hardOn(addDays(to, 1), s)))
            .map((to) => ({ session: s, to }))
        : [],
    );
    let refused: Refusal | undefined;
    for (const { session, to } of candidates.slice(0, 12)) {
      const reply = await client.call<Refusal>('POST', `/api/sessions/${session.id}/move`, { date: to });
      expect(reply.status).toBe(400);
      expect(reply.body.error.fields[0]).toMatchObject({ field: 'date', given: to });
      expect(reply.body.error.fields[0]?.reason).toMatch(/^R-[A-Z]+-\d+$/);
      if (reply.body.error.fields[0]?.reason === 'R-REC-2') {
        refused = reply.body;
        break;
      }
    }
    expect(refused?.error.message).toContain('two hard runs on consecutive days');
    expect((await currentPlan(client)).revision).toBe(1);

    // Some easy run moves to another of the runner's days: 200 with the new revision and the change.
    let moved: (Written & { session: Session }) | undefined;
    let easy: Session | undefined;
    let to = '';
    for (const s of plan.sessions.filter((x) => x.type === 'easy' && x.date > '2026-12-12').slice(0, 10)) {
      for (const d of [-2, -1, 1, 2]) {
        if (!isTrainingDay(addDays(s.date, d))) continue;
        const reply = await client.call<Written & { session: Session }>(
          'POST',
          `/api/sessions/${s.id}/move`,
          {
            date: addDays(s.date, d),
          },
        );
        if (reply.status === 200) {
          [moved, easy, to] = [reply.body, s, addDays(s.date, d)];
          break;
        }
      }
      if (moved) break;
    }
    expect(moved, 'no easy run could move to another training day').toBeDefined();
    expect(moved?.planRevision).toBe(2);
    expect(moved?.session).toMatchObject({ id: easy?.id, key: easy?.key, date: to });
    expect(moved?.planChanges.some((c) => c.sessionId === easy?.id && c.what === 'moved')).toBe(true);
    const after = await currentPlan(client);
    expect(after.sessions.find((s) => s.id === easy?.id)?.date).toBe(to);
    const revisions = await client.call<{ reason: string }[]>('GET', '/api/plans/current/revisions');
    expect(revisions.body[0]?.reason).toBe('moved');

    const malformed = await client.call<Refusal>('POST', `/api/sessions/${easy?.id ?? ''}/move`, {
      date: 'next tuesday',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.fields[0]?.field).toBe('date');
    const past = await client.call<Refusal>('POST', `/api/sessions/${plan.sessions[0]?.id ?? ''}/move`, {
      date: '2026-12-14',
    });
    expect(past.status).toBe(400);
  });

  it("two runners' plans never touch: one runner's logs, races and moves leave the other's plan as it was", async () => {
    at('2026-12-09');
    const a = await runnerWithPlan(t.app);
    const b = await runnerWithPlan(t.app);
    const bEtag = (await b.client.call('GET', '/api/plans/current')).headers.get('etag');
    const bBefore = await currentPlan(b.client);
    const track = (await currentPlan(a.client)).sessions.find((s) => s.type === 'track');
    at(addDays(track?.date ?? '', 1));
    await Promise.all([
      a.client.call('PUT', `/api/sessions/${track?.id ?? ''}/log`, { status: 'skipped' }),
      a.client.call('POST', '/api/races', { date: '2026-12-08', distance: '5k', time: '23:30' }),
      a.client.call('PUT', '/api/me/profile', { ...PROFILE, days: ['tue', 'thu', 'sat', 'sun'] }),
    ]);
    expect((await currentPlan(a.client)).revision).toBeGreaterThan(1);
    const bAfter = await b.client.call<Plan>('GET', '/api/plans/current', undefined, {
      'if-none-match': bEtag ?? '',
    });
    expect(bAfter.status).toBe(304);
    expect(await currentPlan(b.client)).toEqual(bBefore);
    expect((await b.client.call<unknown[]>('GET', '/api/plans/current/revisions')).body).toHaveLength(1);
  });

  it('adaptation runs in the log write transaction: when it fails, the log is not stored either', async () => {
    at('2026-12-09');
    const { client, plan } = await runnerWithPlan(t.app);
    // A stored plan adaptation cannot read (no profile, no paces): the adapting step throws.
    await t.services.store.db
      .updateTable('plans')
      .set({ plan_json: '{}' })
      .where('id', '=', plan.id)
      .execute();
    const id = plan.sessions[0]?.id ?? '';
    const reply = await client.call<{ error: { code: string } }>('PUT', `/api/sessions/${id}/log`, {
      status: 'done',
      rpe: 5,
    });
    expect(reply.status).toBe(500);
    expect(reply.body.error.code).toBe('internal');
    expect((await client.call<Session>('GET', `/api/sessions/${id}`)).body.log).toBeNull();
    expect((await client.call<unknown[]>('GET', `/api/sessions/${id}/log/history`)).body).toEqual([]);
    const race = await client.call('POST', '/api/races', {
      date: '2026-12-08',
      distance: '5k',
      time: '23:00',
    });
    expect(race.status).toBe(500);
    expect((await client.call<unknown[]>('GET', '/api/races')).body).toEqual([]);
  });

  it('concurrent log writes of one runner each adapt in turn: numbered revisions, no write lost', async () => {
    at('2026-12-09');
    const { client } = await runnerWithPlan(t.app);
    const plan = await currentPlan(client);
    at(addDays(plan.sessions[0]?.date ?? '', 20));
    const past = plan.sessions.filter((s) => s.date < addDays(plan.sessions[0]?.date ?? '', 20)).slice(0, 8);
    const replies = await Promise.all(
      past.map((s) => client.call<Written>('PUT', `/api/sessions/${s.id}/log`, { status: 'skipped' })),
    );
    expect(replies.map((r) => r.status)).toEqual(past.map(() => 200));
    const after = await currentPlan(client);
    expect(after.sessions.filter((s) => s.log?.status === 'skipped')).toHaveLength(past.length);
    const numbers = (await client.call<{ number: number }[]>('GET', '/api/plans/current/revisions')).body.map(
      (r) => r.number,
    );
    expect(numbers).toEqual([...numbers].sort((x, y) => y - x));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers[0]).toBe(after.revision);
  });
});
