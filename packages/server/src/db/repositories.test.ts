import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { LogsRepository } from '../logs/logs.repository.js';
import { PlansRepository } from '../plans/plans.repository.js';
import { RacesRepository } from '../races/races.repository.js';
import { STORE_KINDS, testStore } from '../testing/test-app.test-support.js';
import type { Store } from './open-database.js';

const AT = '2026-12-01T10:00:00.000Z';

describe.each(STORE_KINDS)('repositories on %s', (kind) => {
  let test: Awaited<ReturnType<typeof testStore>>;
  let store: Store;
  let runner = 0;
  beforeAll(async () => {
    test = await testStore(kind);
    store = test.store;
  });
  afterAll(async () => {
    await test.dispose();
  });

  async function newRunner(): Promise<string> {
    const id = `runner-${++runner}`;
    await new AccountsRepository(store.db).createRunner({
      id,
      email: `${id}@x.example`,
      name: id,
      password_hash: 'h',
      created_at: AT,
    });
    return id;
  }

  async function planWithSessions(runnerId: string, planId: string): Promise<string[]> {
    const sessions = ['2026-12-07', '2026-12-09', '2026-12-11'].map((date, position) => ({
      id: `${planId}-s${position}`,
      plan_id: planId,
      runner_id: runnerId,
      date,
      position,
      session_key: `${date}-easy`,
      session_json: JSON.stringify({ date, type: 'easy' }),
    }));
    await new PlansRepository(store.db).insertCurrent(
      {
        id: planId,
        runner_id: runnerId,
        created_at: AT,
        is_current: 1,
        plan_json: '{}',
        revision: 1,
        version: 1,
      },
      sessions,
      {
        plan_id: planId,
        number: 1,
        runner_id: runnerId,
        created_at: AT,
        reason: 'generated',
        changes_json: '[]',
        diff_json: '{}',
      },
    );
    return sessions.map((s) => s.id);
  }

  it('AccountsRepository: one account per email, case as stored', async () => {
    const accounts = new AccountsRepository(store.db);
    const id = await newRunner();
    expect(
      await accounts.createRunner({
        id: 'other',
        email: `${id}@x.example`,
        name: 'x',
        password_hash: 'h',
        created_at: AT,
      }),
    ).toBe(false);
    expect((await accounts.findRunnerByEmail(`${id}@x.example`))?.id).toBe(id);
  });

  it('PlansRepository: a new plan becomes current and the old one stays with its sessions', async () => {
    const plans = new PlansRepository(store.db);
    const id = await newRunner();
    await planWithSessions(id, `${id}-p1`);
    await planWithSessions(id, `${id}-p2`);
    expect((await plans.findCurrent(id))?.id).toBe(`${id}-p2`);
    expect((await plans.list(id)).map((p) => [p.id, p.is_current])).toEqual([
      [`${id}-p2`, 1],
      [`${id}-p1`, 0],
    ]);
    expect(JSON.parse(await plans.sessionsJsonOfPlan(`${id}-p1`))).toHaveLength(3);
    expect((await plans.sessionsOnDate(id, '2026-12-09')).map((s) => s.id)).toEqual([`${id}-p2-s1`]);
    expect((await plans.nextSessionAfter(id, '2026-12-09'))?.id).toBe(`${id}-p2-s2`);
  });

  it('PlansRepository: a revision updates, inserts and removes rows in one go and keeps the record', async () => {
    const plans = new PlansRepository(store.db);
    const id = await newRunner();
    const [first = '', second = '', third = ''] = await planWithSessions(id, `${id}-p`);
    await plans.countChange(id);
    await plans.writeRevision(
      `${id}-p`,
      {
        planJson: '{"format":"speedwork.plan/1"}',
        updates: [
          {
            id: second,
            date: '2026-12-10',
            position: 1,
            session_json: '{"date":"2026-12-10","type":"tempo"}',
          },
          { id: first, date: '2026-12-07', position: 0, session_json: '{"date":"2026-12-07","type":"easy"}' },
        ],
        inserts: [
          {
            id: `${id}-new`,
            plan_id: `${id}-p`,
            runner_id: id,
            date: '2026-12-12',
            position: 2,
            session_key: '2026-12-12-long',
            session_json: '{"date":"2026-12-12","type":"long"}',
          },
        ],
        removed: [third],
        record: { sessions: [], removed: ['2026-12-11-easy'] },
        rowIdOfKey: new Map(),
      },
      {
        plan_id: `${id}-p`,
        number: 2,
        runner_id: id,
        created_at: AT,
        reason: 'adapted',
        changes_json: '[{"what":"paces"}]',
        diff_json: '{}',
      },
    );
    const sessions = JSON.parse(await plans.sessionsJsonOfPlan(`${id}-p`)) as {
      id: string;
      key: string;
      date: string;
      type: string;
    }[];
    expect(sessions.map((s) => [s.id, s.key, s.date, s.type])).toEqual([
      [first, '2026-12-07-easy', '2026-12-07', 'easy'],
      [second, '2026-12-09-easy', '2026-12-10', 'tempo'],
      [`${id}-new`, '2026-12-12-long', '2026-12-12', 'long'],
    ]);
    expect(await plans.findCurrent(id)).toMatchObject({
      revision: 2,
      version: 3,
      plan_json: '{"format":"speedwork.plan/1"}',
    });
    expect((await plans.revisions(id)).map((r) => [r.number, r.reason])).toEqual([
      [2, 'adapted'],
      [1, 'generated'],
    ]);
  });

  it('PlansRepository: a session is found only for its own runner', async () => {
    const plans = new PlansRepository(store.db);
    const owner = await newRunner();
    const stranger = await newRunner();
    const [sessionId = ''] = await planWithSessions(owner, `${owner}-p`);
    expect(await plans.findSession(owner, sessionId)).toBeDefined();
    expect(await plans.findSession(stranger, sessionId)).toBeUndefined();
  });

  it('LogsRepository: the same body twice is one revision; an edit is the next; history keeps both', async () => {
    const logs = new LogsRepository(store.db);
    const id = await newRunner();
    const [sessionId = ''] = await planWithSessions(id, `${id}-p`);
    const body = JSON.stringify({ status: 'done', rpe: 5 });
    expect((await logs.put(id, sessionId, body, 'done', AT))?.changed).toBe(true);
    expect((await logs.put(id, sessionId, body, 'done', AT))?.changed).toBe(false);
    // Another runner's session is no session at all.
    expect(await logs.put(await newRunner(), sessionId, body, 'done', AT)).toBeUndefined();
    const edited = await logs.put(
      id,
      sessionId,
      JSON.stringify({ status: 'partial', rpe: 8 }),
      'partial',
      AT,
    );
    expect(JSON.parse(edited?.logJson ?? '')).toMatchObject({ status: 'partial', revision: 2 });
    expect((await logs.history(sessionId)).map((r) => r.revision)).toEqual([1, 2]);
  });

  it('RacesRepository: the latest race is the one with the latest date', async () => {
    const races = new RacesRepository(store.db);
    const id = await newRunner();
    for (const [n, date] of [
      [1, '2026-10-01'],
      [2, '2026-11-15'],
      [3, '2026-09-01'],
    ] as const) {
      await races.insert({
        id: `${id}-r${n}`,
        runner_id: id,
        date,
        distance: '5k',
        distance_m: 5000,
        time_s: 1400 + n,
        kind: 'race',
        created_at: AT,
        session_id: null,
      });
    }
    expect((await races.latest(id))?.id).toBe(`${id}-r2`);
    expect(await races.delete('someone-else', `${id}-r2`)).toBe(false);
    expect(await races.delete(id, `${id}-r2`)).toBe(true);
  });

  it('deleting a runner deletes every record of theirs', async () => {
    const id = await newRunner();
    const [sessionId = ''] = await planWithSessions(id, `${id}-p`);
    await new LogsRepository(store.db).put(id, sessionId, '{"status":"done"}', 'done', AT);
    await new AccountsRepository(store.db).deleteRunner(id);
    for (const table of ['plans', 'sessions', 'logs', 'log_revisions', 'plan_revisions'] as const) {
      const left = await store.db.selectFrom(table).select('runner_id').where('runner_id', '=', id).execute();
      expect(left, table).toEqual([]);
    }
  });
});
