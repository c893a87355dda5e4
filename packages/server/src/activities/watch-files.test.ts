import { Decoder, Stream } from '@garmin/fitsdk';
import { decodeFitWorkout, encodeFitActivity, synthetic } from '@speedwork/formats';
import type { Session } from '@speedwork/core';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runnerWithPlan, STORE_KINDS, testApp } from '../testing/test-app.test-support.js';
import type { TestApp, TestClient } from '../testing/test-app.test-support.js';

type FullSession = Session & {
  id: string;
  log: { reps?: { timeS: number; distanceM?: number }[]; rpe?: number } | null;
};

async function raw(
  t: TestApp,
  client: TestClient,
  method: string,
  path: string,
  body?: Uint8Array,
): Promise<Response> {
  const token = await client.call<{ token: string }>('POST', '/api/tokens', { name: 'files' });
  return t.app.request(`http://localhost${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token.body.token}`,
      ...(body ? { 'content-type': 'application/octet-stream' } : {}),
    },
    ...(body ? { body: new Uint8Array(body) } : {}),
  });
}

describe.each(STORE_KINDS)('watch and calendar files on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('serves a session as a FIT workout that passes Garmin’s integrity check and round-trips', async () => {
    const { client } = await runnerWithPlan(t.app);
    const plan = await client.call<{ sessions: FullSession[] }>('GET', '/api/plans/current');
    const track = plan.body.sessions.find((s) => s.type === 'track');
    const response = await raw(t, client, 'GET', `/api/sessions/${track?.id ?? ''}/workout.fit`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(`${track?.date ?? ''}-track.fit`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new Decoder(Stream.fromByteArray(bytes)).checkIntegrity()).toBe(true);
    const workout = decodeFitWorkout(bytes);
    const repeat = workout.steps.find((s) => s.duration.kind === 'repeat');
    expect(repeat?.duration).toMatchObject({ kind: 'repeat', times: track?.intervals?.[0]?.repeat });
    expect(
      workout.steps.some(
        (s) => s.duration.kind === 'distance' && s.duration.distanceM === track?.intervals?.[0]?.sprintM,
      ),
    ).toBe(true);
  });

  it('reads an uploaded activity, finds the reps and writes them into the log, keeping the effort logged', async () => {
    const { client } = await runnerWithPlan(t.app);
    const plan = await client.call<{ sessions: FullSession[] }>('GET', '/api/plans/current');
    const track = plan.body.sessions.find((s) => s.type === 'track');
    if (!track) throw new Error('no track session');
    await client.call('PUT', `/api/sessions/${track.id}/log`, { status: 'done', rpe: 8 });
    const run = synthetic.synthesizeRun({
      startMs: Date.parse(`${track.date}T17:00:00Z`),
      segments: synthetic.sessionSegments(track, synthetic.TYPICAL_RUNNER, 5),
      seed: 5,
    });
    const response = await raw(
      t,
      client,
      'POST',
      `/api/sessions/${track.id}/activity`,
      encodeFitActivity(run.activity),
    );
    expect(response.status).toBe(200);
    const stored = await client.call<FullSession>('GET', `/api/sessions/${track.id}`);
    const planned = track.intervals?.[0];
    expect(stored.body.log?.reps).toHaveLength(planned?.repeat ?? -1);
    expect(stored.body.log?.rpe).toBe(8);
    for (const rep of stored.body.log?.reps ?? [])
      expect(Math.abs((rep.distanceM ?? 0) - (planned?.distanceM ?? 0))).toBeLessThan(15);
  });

  it('with ?preview=1 answers the reps the file holds and writes nothing (issue 10: GPS reps shown before kept)', async () => {
    const { client } = await runnerWithPlan(t.app);
    const plan = await client.call<{ sessions: FullSession[] }>('GET', '/api/plans/current');
    const track = plan.body.sessions.find((s) => s.type === 'track');
    if (!track) throw new Error('no track session');
    const run = synthetic.synthesizeRun({
      startMs: Date.parse(`${track.date}T17:00:00Z`),
      segments: synthetic.sessionSegments(track, synthetic.TYPICAL_RUNNER, 5),
      seed: 5,
    });
    const path = `/api/sessions/${track.id}/activity?preview=1`;
    const response = await raw(t, client, 'POST', path, encodeFitActivity(run.activity));
    expect(response.status).toBe(200);
    const answer = (await response.json()) as {
      written: boolean;
      needsConfirmation: unknown;
      found: { reps: { timeS: number; distanceM?: number }[] };
    };
    expect(answer.written).toBe(false);
    expect(answer.needsConfirmation).toBeNull();
    const planned = track.intervals?.[0];
    expect(answer.found.reps).toHaveLength(planned?.repeat ?? -1);
    for (const rep of answer.found.reps)
      expect(Math.abs((rep.distanceM ?? 0) - (planned?.distanceM ?? 0))).toBeLessThan(15);
    expect((await client.call<FullSession>('GET', `/api/sessions/${track.id}`)).body.log).toBeNull();
  });

  it('asks before replacing typed rep times or writing a file from another date, and writes when told', async () => {
    const { client } = await runnerWithPlan(t.app);
    const plan = await client.call<{ sessions: FullSession[] }>('GET', '/api/plans/current');
    const track = plan.body.sessions.find((s) => s.type === 'track');
    if (!track) throw new Error('no track session');
    const typed = [{ timeS: 25.1 }, { timeS: 24.8 }];
    await client.call('PUT', `/api/sessions/${track.id}/log`, { status: 'done', rpe: 7, reps: typed });
    const file = (date: string) =>
      encodeFitActivity(
        synthetic.synthesizeRun({
          startMs: Date.parse(`${date}T17:00:00Z`),
          segments: synthetic.sessionSegments(track, synthetic.TYPICAL_RUNNER, 5),
          seed: 5,
        }).activity,
      );
    type Upload = {
      written: boolean;
      needsConfirmation: { reasons: string[]; message: string } | null;
      found: { reps: { timeS: number }[]; fileDate: string; sessionDate: string; loggedReps: unknown[] };
      log: { reps?: unknown[] } | null;
    };
    const asked = await raw(t, client, 'POST', `/api/sessions/${track.id}/activity`, file(track.date));
    expect(asked.status).toBe(200);
    const question = (await asked.json()) as Upload;
    expect(question.written).toBe(false);
    expect(question.needsConfirmation?.reasons).toEqual(['log-has-reps']);
    expect(question.found).toMatchObject({
      fileDate: track.date,
      sessionDate: track.date,
      loggedReps: typed,
    });
    expect(question.found.reps).toHaveLength(track.intervals?.[0]?.repeat ?? -1);
    expect((await client.call<FullSession>('GET', `/api/sessions/${track.id}`)).body.log?.reps).toEqual(
      typed,
    );

    const otherDay = await raw(t, client, 'POST', `/api/sessions/${track.id}/activity`, file('2026-11-30'));
    expect(((await otherDay.json()) as Upload).needsConfirmation?.reasons).toEqual([
      'log-has-reps',
      'date-differs',
    ]);

    const replaced = await raw(
      t,
      client,
      'POST',
      `/api/sessions/${track.id}/activity?replace=1`,
      file(track.date),
    );
    const written = (await replaced.json()) as Upload;
    expect(written.written).toBe(true);
    expect(written.needsConfirmation).toBeNull();
    const stored = await client.call<FullSession>('GET', `/api/sessions/${track.id}`);
    expect(stored.body.log?.reps).toHaveLength(track.intervals?.[0]?.repeat ?? -1);
    expect(stored.body.log?.rpe).toBe(7);
  });

  it('answers a file that is not an activity with a 400 naming the file, and stores nothing', async () => {
    const { client, plan } = await runnerWithPlan(t.app);
    const id = plan.sessions[0]?.id ?? '';
    const response = await raw(
      t,
      client,
      'POST',
      `/api/sessions/${id}/activity`,
      new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { fields: { field: string }[] } };
    expect(body.error.fields[0]?.field).toBe('file');
    expect((await client.call<FullSession>('GET', `/api/sessions/${id}`)).body.log).toBeNull();
  });

  it('publishes a private calendar feed that follows the current plan and stops when revoked', async () => {
    const { client, plan } = await runnerWithPlan(t.app);
    const feed = await client.call<{ url: string }>('POST', '/api/me/calendar');
    expect(feed.status).toBe(201);
    const path = new URL(feed.body.url).pathname;
    const response = await t.app.request(`http://localhost${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()) as unknown[]);
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(plan.sessions.length);
    const rotated = await client.call<{ url: string }>('POST', '/api/me/calendar');
    expect((await t.app.request(`http://localhost${path}`)).status).toBe(404);
    expect((await client.call('DELETE', '/api/me/calendar')).status).toBe(204);
    expect((await t.app.request(`http://localhost${new URL(rotated.body.url).pathname}`)).status).toBe(404);
  });

  it('exports the log as CSV', async () => {
    const { client, plan } = await runnerWithPlan(t.app);
    await client.call('PUT', `/api/sessions/${plan.sessions[0]?.id ?? ''}/log`, {
      status: 'partial',
      rpe: 6,
      notes: '=cmd|calc, "quoted"',
    });
    const response = await raw(t, client, 'GET', '/api/export/logs.csv');
    const text = await response.text();
    expect(text.split('\r\n')[0]).toBe('date,type,status,rpe,notes,reps');
    const first = plan.sessions[0];
    expect(text).toContain(`${first?.date ?? ''},${first?.type ?? ''},partial,6,"'=cmd|calc, ""quoted""",`);
  });
});
