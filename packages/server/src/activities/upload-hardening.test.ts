/**
 * Issue 11 findings 1 and 2 through the API: uploads (activity files, the import's JSON) are parsed in the
 * parse pool's worker threads, never on the request thread; a hostile file is refused while everyone else is
 * answered; a runner reads one upload at a time; a long real track imports.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { synthetic } from '@speedwork/formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config/server-config.js';
import { startServer } from '../start-server.js';
import type { RunningServer } from '../start-server.js';
import {
  PROFILE,
  runnerWithPlan,
  STORE_KINDS,
  testApp,
  TestClient,
} from '../testing/test-app.test-support.js';
import type { TestApp } from '../testing/test-app.test-support.js';
import { ParsePool, parsePool } from '../workers/parse-pool.js';
import { analyzeUpload, parseJsonBody } from '../workers/parse-tasks.js';
import { RunnerSlots, runnerUploads } from '../workers/runner-slots.js';

type ErrorBody = { error: { code: string; message: string; fields: { field: string; reason: string }[] } };
type Upload = {
  written: boolean;
  analysis: { activity: { durationS: number } };
  log: { reps?: unknown[] } | null;
};

/** Waits, by polling and not by the clock, until the pool has a task running. */
async function untilParsing(pool = parsePool()): Promise<void> {
  while (pool.stats().busy === 0) await new Promise((resolve) => setImmediate(resolve));
}

const HOSTILE = synthetic.hostileGpx(1_250_000);
const LONG_POINTS = 156_000;

describe.each(STORE_KINDS)('uploads on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(async () => {
    await t.dispose();
  });

  async function trackOf(client: TestClient): Promise<{ id: string; date: string }> {
    const plan = await client.call<{ sessions: { id: string; date: string; type: string }[] }>(
      'GET',
      '/api/plans/current',
    );
    const track = plan.body.sessions.find((s) => s.type === 'track');
    if (!track) throw new Error('no track session');
    return track;
  }

  it('issue 11 finding 1: a 15 MB GPX with 1.25 M attributes on its root is refused with 400 in a worker, and /api/health answers meanwhile', async () => {
    const { client } = await runnerWithPlan(t.app);
    const track = await trackOf(client);
    const before = parsePool().stats().completed.activity;
    const [upload, health] = await Promise.all([
      client.send<ErrorBody>('POST', `/api/sessions/${track.id}/activity`, HOSTILE),
      client.call<{ status: string }>('GET', '/api/health'),
    ]);
    expect(HOSTILE.length).toBeGreaterThan(15_000_000);
    expect(upload.status).toBe(400);
    expect(upload.body.error.fields[0]).toMatchObject({ field: 'file', reason: 'too-complex' });
    expect(upload.body.error.message).toContain('more than 64 attributes');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    // The parse ran in the pool, not here.
    expect(parsePool().stats().completed.activity).toBeGreaterThan(before);
  });

  it('issue 11 finding 2: a 156,000-point GPX in one trkseg imports; issue 11 finding 1: the server answers while it is parsed', async () => {
    const { client } = await runnerWithPlan(t.app);
    const track = await trackOf(client);
    const file = synthetic.longGpx(LONG_POINTS, Date.parse(`${track.date}T06:00:00Z`));
    let settled = false;
    const upload = client
      .send<Upload>('POST', `/api/sessions/${track.id}/activity?replace=1`, file)
      .finally(() => {
        settled = true;
      });
    await untilParsing();
    // The request thread is free while a worker parses: health answers before the upload does.
    const health = await client.call('GET', '/api/health');
    expect(health.status).toBe(200);
    expect(settled).toBe(false);
    const done = await upload;
    expect(done.status).toBe(200);
    expect(done.body.analysis.activity.durationS).toBe(LONG_POINTS - 1);
    expect(done.body.written).toBe(true);
  });

  it('issue 11 finding 1: one upload at a time per runner: a second while the first is read answers 429 with a message', async () => {
    const { client } = await runnerWithPlan(t.app);
    const other = await runnerWithPlan(t.app);
    const track = await trackOf(client);
    const file = synthetic.longGpx(60_000, Date.parse(`${track.date}T06:00:00Z`));
    const first = client.send<Upload>('POST', `/api/sessions/${track.id}/activity?replace=1`, file);
    await untilParsing();
    const second = await client.send<ErrorBody>('POST', `/api/sessions/${track.id}/activity`, file);
    expect(second.status).toBe(429);
    expect(second.body.error.code).toBe('rate-limited');
    expect(second.body.error.message).toContain('one at a time');
    expect(second.headers.get('retry-after')).toBe('2');
    expect((await first).status).toBe(200);
    // With the runner's slot held (deterministically, not by timing): this runner's import shares the one
    // slot, another runner is not held up, and once it is free the next upload goes through.
    const me = await client.call<{ id: string }>('GET', '/api/me');
    let release = (): void => undefined;
    const held = runnerUploads.run(me.body.id, () => new Promise<void>((resolve) => (release = resolve)));
    const importing = await client.send<ErrorBody>(
      'POST',
      '/api/import',
      new TextEncoder().encode('{}'),
      'application/json',
    );
    expect(importing.status).toBe(429);
    expect((await client.send('POST', `/api/sessions/${track.id}/activity`, file)).status).toBe(429);
    const theirs = await other.client.send<Upload>(
      'POST',
      `/api/sessions/${(await trackOf(other.client)).id}/activity?replace=1`,
      synthetic.longGpx(600, Date.parse(`${track.date}T06:00:00Z`)),
    );
    expect(theirs.status).toBe(200);
    release();
    await held;
    const again = await client.send<Upload>('POST', `/api/sessions/${track.id}/activity?replace=1`, file);
    expect(again.status).toBe(200);
  });

  it("issue 11 finding 1: the import's JSON body is parsed and checked in a worker; bad JSON answers 400, a wrong shape names its field", async () => {
    const client = new TestClient(t.app);
    await client.signup();
    const before = parsePool().stats().completed.import;
    const broken = await client.send<ErrorBody>(
      'POST',
      '/api/import',
      new TextEncoder().encode('{"format": "speedwork.export/1",'),
      'application/json',
    );
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('invalid-json');
    const wrong = await client.send<ErrorBody>(
      'POST',
      '/api/import',
      new TextEncoder().encode('{"format": "speedwork.export/1"}'),
      'application/json',
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('invalid-input');
    expect(wrong.body.error.fields.map((f) => f.field)).toContain('exportedAt');
    expect(parsePool().stats().completed.import).toBe(before + 2);
    const exported = await client.call('GET', '/api/export');
    const restored = await client.send(
      'POST',
      '/api/import',
      new TextEncoder().encode(JSON.stringify(exported.body)),
      'application/json',
    );
    expect(restored.status).toBe(200);
    const plain = await client.send<ErrorBody>(
      'POST',
      '/api/import',
      new Uint8Array([0x7b, 0x7d]),
      'text/plain',
    );
    expect(plain.status).toBe(415);
  });
});

describe('uploads over HTTP, through the Node adapter (issue 11 finding 1)', () => {
  let server: RunningServer;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'speedwork-uploads-'));
    server = await startServer(
      readConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
    );
  });
  afterAll(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('issue 11 finding 1: the hostile GPX sent over HTTP is refused with 400 while /api/health answers; a real file imports', async () => {
    const signup = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'http-upload@example.com',
        password: 'correct horse battery',
        name: 'H',
      }),
    });
    const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const call = (method: string, path: string, body?: Uint8Array | string, type = 'application/json') =>
      fetch(`${server.url}${path}`, {
        method,
        headers: { cookie, ...(body === undefined ? {} : { 'content-type': type }) },
        ...(body === undefined ? {} : { body }),
      });
    await call('PUT', '/api/me/profile', JSON.stringify(PROFILE));
    const plan = (await (await call('POST', '/api/plans')).json()) as {
      sessions: { id: string; date: string }[];
    };
    const session = plan.sessions[3];
    if (!session) throw new Error('no session');
    const [hostile, health] = await Promise.all([
      call('POST', `/api/sessions/${session.id}/activity`, HOSTILE, 'application/octet-stream'),
      call('GET', '/api/health'),
    ]);
    expect(hostile.status).toBe(400);
    expect(((await hostile.json()) as ErrorBody).error.fields[0]?.reason).toBe('too-complex');
    expect(health.status).toBe(200);
    const file = synthetic.longGpx(3_000, Date.parse(`${session.date}T06:00:00Z`));
    const real = await call(
      'POST',
      `/api/sessions/${session.id}/activity?replace=1`,
      file,
      'application/octet-stream',
    );
    expect(real.status).toBe(200);
    expect(((await real.json()) as Upload).analysis.activity.durationS).toBe(2_999);
  });
});

describe('the parse pool (issue 11 finding 1)', () => {
  it('issue 11 finding 1: runs tasks on worker threads, as many as the cores, queueing the rest', async () => {
    const pool = new ParsePool({ size: 2 });
    try {
      const replies = await Promise.all(
        [1, 2, 3, 4, 5].map((n) => pool.run({ kind: 'json', bytes: new TextEncoder().encode(`[${n}]`) })),
      );
      expect(replies.map((r) => (r.ok ? r.value : null))).toEqual([[1], [2], [3], [4], [5]]);
      expect(replies.every((r) => r.threadId !== threadId)).toBe(true);
      expect(new Set(replies.map((r) => r.threadId)).size).toBeLessThanOrEqual(2);
      expect(pool.stats()).toMatchObject({ size: 2, busy: 0, queued: 0, completed: { json: 5 } });
      await expect(parseJsonBody(new TextEncoder().encode('{'), pool)).rejects.toThrow(SyntaxError);
    } finally {
      await pool.close();
    }
  });

  it('issue 11 finding 1: a task past its time is stopped, fails as too-complex, and its worker is replaced', async () => {
    const pool = new ParsePool({ size: 1, taskTimeoutMs: 1 });
    try {
      const session = synthetic.trackSession(2, 100, 271, 150, 30);
      await expect(analyzeUpload(synthetic.longGpx(20_000), session, 16 << 20, pool)).rejects.toMatchObject({
        code: 'too-complex',
      });
      expect(pool.stats().replaced).toBe(1);
    } finally {
      await pool.close();
    }
  });

  it('fails every waiting task with the reason when the worker script is missing', async () => {
    const pool = new ParsePool({ size: 1, workerUrl: new URL('file:///nowhere/parse-worker.js') });
    await expect(pool.run({ kind: 'json', bytes: new TextEncoder().encode('[1]') })).rejects.toThrow(
      /parse worker .* is missing: run `npm run build`/,
    );
    expect(pool.stats()).toMatchObject({ workers: 0, queued: 0 });
    await pool.close();
  });

  it('issue 11 finding 1: refuses at once when more tasks wait than the queue holds', async () => {
    const pool = new ParsePool({ size: 1, maxQueued: 1 });
    try {
      const bytes = () => new TextEncoder().encode('[1]');
      const running = [
        pool.run({ kind: 'json', bytes: bytes() }),
        pool.run({ kind: 'json', bytes: bytes() }),
      ];
      await expect(pool.run({ kind: 'json', bytes: bytes() })).rejects.toMatchObject({
        reason: 'rate-limited',
      });
      await Promise.all(running);
    } finally {
      await pool.close();
    }
  });

  it('issue 11 finding 1: a runner slot is held for the work and freed after it, even when it fails', async () => {
    const slots = new RunnerSlots('upload');
    let release = (): void => undefined;
    const held = slots.run('r1', () => new Promise<void>((resolve) => (release = resolve)));
    expect(slots.holds('r1')).toBe(true);
    await expect(slots.run('r1', () => Promise.resolve())).rejects.toMatchObject({ reason: 'rate-limited' });
    await expect(slots.run('r2', () => Promise.resolve(2))).resolves.toBe(2);
    release();
    await held;
    await expect(slots.run('r1', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(slots.holds('r1')).toBe(false);
  });
});
