// Issue 11, finding 4: the import trusted its input. Every file below once answered 500, or was stored and
// broke a later read; now each answers 400 naming the path of the first bad field, and nothing stored changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runnerWithPlan, STORE_KINDS, testApp } from '../testing/test-app.test-support.js';
import type { TestApp, TestClient } from '../testing/test-app.test-support.js';

interface ExportedSession {
  id: string;
  date: string;
  session: Record<string, unknown> & { type: string; date: string };
  log: { current: string; revisions: { revision: number; logJson: string; createdAt: string }[] } | null;
}
interface ExportFile {
  profile: { input: unknown; updatedAt: string } | null;
  plans: {
    current: boolean;
    plan: unknown;
    revisions: { number: number }[];
    sessions: ExportedSession[];
  }[];
  races: { date: string }[];
  [key: string]: unknown;
}
type Problem = { field: string; reason: string; message: string };

describe.each(STORE_KINDS)('issue 11 finding 4: the import checks its file on %s', (kind) => {
  let t: TestApp;
  let file: ExportFile;
  /** A runner with data of their own, which no refused import may touch. */
  let target: TestClient;
  /** The target's access token, for the routes that answer binary. */
  let auth: Record<string, string>;
  let before: string;
  /** The target's own export, to restore after an accepted experiment. */
  let beforeFile: string;

  const stored = async (): Promise<string> => {
    const { exportedAt: _at, ...rest } = (await target.call<ExportFile>('GET', '/api/export')).body;
    return JSON.stringify(rest);
  };
  const refused = async (broken: unknown): Promise<Problem> => {
    const reply = await target.call<{ error: { code: string; fields: Problem[] } }>(
      'POST',
      '/api/import',
      broken,
    );
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('invalid-input');
    expect(await stored()).toBe(before);
    const [first] = reply.body.error.fields;
    if (!first) throw new Error('no field named');
    return first;
  };
  const withSessions = (edit: (s: ExportedSession, i: number) => ExportedSession): ExportFile => {
    const copy = structuredClone(file);
    const [plan] = copy.plans;
    if (plan) plan.sessions = plan.sessions.map(edit);
    return copy;
  };

  beforeAll(async () => {
    t = await testApp(kind);
    const source = await runnerWithPlan(t.app);
    const first = source.plan.sessions[0]?.id ?? '';
    await source.client.call('PUT', `/api/sessions/${first}/log`, { status: 'done', rpe: 5 });
    await source.client.call('PUT', `/api/sessions/${first}/log`, { status: 'done', rpe: 6 });
    file = (await source.client.call<ExportFile>('GET', '/api/export')).body;
    target = (await runnerWithPlan(t.app)).client;
    const token = await target.call<{ token: string }>('POST', '/api/tokens', { name: 'test' });
    auth = { authorization: `Bearer ${token.body.token}` };
    before = await stored();
    beforeFile = JSON.stringify((await target.call<ExportFile>('GET', '/api/export')).body);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('a profile whose input is null', async () => {
    expect(await refused({ ...file, profile: { ...file.profile, input: null } })).toMatchObject({
      field: 'profile.input',
    });
  });

  it('a plan 5,000 levels deep', async () => {
    const deep: Record<string, unknown> = {};
    let at = deep;
    for (let i = 0; i < 5000; i++) {
      const next: Record<string, unknown> = {};
      at.a = next;
      at = next;
    }
    const copy = structuredClone(file);
    const [plan] = copy.plans;
    if (plan) plan.plan = { ...(plan.plan as object), deep };
    const problem = await refused(copy);
    expect(problem.field).toMatch(/^plans\.0\.plan\.deep(\.a)+$/);
    expect(problem.reason).toBe('too-deep');
  });

  it('a plan that is a string ("hello")', async () => {
    const copy = structuredClone(file);
    const [plan] = copy.plans;
    if (plan) plan.plan = 'hello';
    expect(await refused(copy)).toMatchObject({ field: 'plans.0.plan' });
  });

  it('a plan that is not a plan of the published schema', async () => {
    const copy = structuredClone(file);
    const [plan] = copy.plans;
    if (plan) plan.plan = { ...(plan.plan as object), format: 'speedwork.plan/9' };
    expect(await refused(copy)).toMatchObject({ field: 'plans.0.plan.format' });
  });

  it('sessions without their steps (intervals, exercises)', async () => {
    const stripped = withSessions(({ session: { intervals: _i, exercises: _e, ...rest }, ...s }) => ({
      ...s,
      session: rest,
    }));
    expect((await refused(stripped)).field).toMatch(
      /^plans\.0\.sessions\.\d+\.session\.(intervals|exercises)$/,
    );
  });

  it('no session type without its steps gets in and breaks workout.fit or the calendar', async () => {
    const types = [...new Set(file.plans[0]?.sessions.map((s) => s.session.type))];
    for (const type of types) {
      const stripped = withSessions((s) => {
        if (s.session.type !== type) return s;
        const { intervals: _i, exercises: _e, ...rest } = s.session;
        return { ...s, session: rest };
      });
      const reply = await target.call('POST', '/api/import', stripped);
      if (reply.status === 400) continue;
      expect(reply.status).toBe(200);
      const plan = await target.call<{ sessions: { id: string; type: string }[] }>(
        'GET',
        '/api/plans/current',
      );
      for (const session of plan.body.sessions.filter((s) => s.type === type).slice(0, 2)) {
        const fit = await t.app.request(`http://localhost/api/sessions/${session.id}/workout.fit`, {
          headers: auth,
        });
        expect(fit.status, `${type}: workout.fit`).toBe(200);
      }
      const ics = await t.app.request('http://localhost/api/plans/current/calendar.ics', {
        headers: auth,
      });
      expect(ics.status, `${type}: calendar`).toBe(200);
      // Back to the runner's own data for the next checks.
      expect((await target.call('POST', '/api/import', JSON.parse(beforeFile) as unknown)).status).toBe(200);
    }
    before = await stored();
  });

  it('a " in a session type never reaches the workout.fit Content-Disposition', async () => {
    const quoted = withSessions((s, i) =>
      i === 0 ? { ...s, session: { ...s.session, type: 'track"; filename="evil.exe' } } : s,
    );
    expect(await refused(quoted)).toMatchObject({ field: 'plans.0.sessions.0.session.type' });
    // What an accepted file serves names the file by date and type alone.
    const plan = await target.call<{ sessions: { id: string }[] }>('GET', '/api/plans/current');
    const fit = await t.app.request(
      `http://localhost/api/sessions/${plan.body.sessions[0]?.id ?? ''}/workout.fit`,
      {
        headers: auth,
      },
    );
    expect(fit.headers.get('content-disposition')).toMatch(
      /^attachment; filename="\d{4}-\d{2}-\d{2}-[a-z-]+\.fit"$/,
    );
  });

  it('duplicate revision numbers, of a plan or of a log (kept: refused before this issue too)', async () => {
    const [plan] = file.plans;
    if (!plan) throw new Error('no plan');
    const twice = { ...file, plans: [{ ...plan, revisions: [...plan.revisions, ...plan.revisions] }] };
    expect((await refused(twice)).field).toMatch(/^plans\.0\.revisions\.\d+\.number$/);
    const logged = plan.sessions.findIndex((s) => s.log !== null);
    const logTwice = withSessions((s, i) =>
      i === logged && s.log
        ? { ...s, log: { ...s.log, revisions: [...s.log.revisions, ...s.log.revisions] } }
        : s,
    );
    expect((await refused(logTwice)).field).toMatch(
      new RegExp(`^plans\\.0\\.sessions\\.${logged}\\.log\\.revisions\\.\\d+\\.revision$`),
    );
  });

  it('a log that is not a log, and two current plans', async () => {
    const logged = file.plans[0]?.sessions.findIndex((s) => s.log !== null) ?? -1;
    const badLog = withSessions((s, i) =>
      i === logged && s.log
        ? { ...s, log: { ...s.log, current: JSON.stringify({ status: 'finished' }) } }
        : s,
    );
    expect((await refused(badLog)).field).toBe(`plans.0.sessions.${logged}.log.current.status`);
    const [plan] = file.plans;
    if (!plan) throw new Error('no plan');
    expect(await refused({ ...file, plans: [plan, plan] })).toMatchObject({
      field: 'plans.1.current',
      reason: 'second-current',
    });
  });

  it('dates no plan has, and a control character anywhere', async () => {
    const far = withSessions((s, i) =>
      i === 0 ? { ...s, date: '9999-12-27', session: { ...s.session, date: '9999-12-27' } } : s,
    );
    expect(await refused(far)).toMatchObject({
      field: 'plans.0.sessions.0.date',
      reason: 'date-out-of-range',
    });
    const profile = file.profile?.input as Record<string, unknown>;
    expect(
      await refused({
        ...file,
        profile: { ...file.profile, input: { ...profile, start: '9999-12-27', raceDate: undefined } },
      }),
    ).toMatchObject({ field: 'profile.input.start' });
    expect(
      await refused({ ...file, runner: { ...(file.runner as object), name: 'Ada\u0000' } }),
    ).toMatchObject({
      field: 'runner.name',
      reason: 'control-character',
    });
  });

  it('a good file is still restored whole', async () => {
    const reply = await target.call<{ plans: number; logs: number }>('POST', '/api/import', file);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ plans: 1, logs: 1 });
  });
});
