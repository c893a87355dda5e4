import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PROFILE } from './testing/test-app.test-support.js';
import { freePort, HttpClient, SERVER_MAIN, startProcess } from './testing/server-process.test-support.js';
import type { ServerProcess } from './testing/server-process.test-support.js';

const running: ServerProcess[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) {
    server.signal('SIGKILL');
    await server.exited;
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'speedwork-'));
  dirs.push(dir);
  return dir;
}

async function start(command: string, args: string[], env: Record<string, string>): Promise<ServerProcess> {
  const server = await startProcess(command, args, { LOG_LEVEL: 'warn', ...env });
  running.push(server);
  return server;
}

describe('speedwork as a process', () => {
  it('npm start: a new runner signs up, sets a profile, gets a plan and today, logs it; a restart keeps the log', async () => {
    const env = { PORT: String(await freePort()), DATA_DIR: dataDir(), LOG_LEVEL: 'info' };
    const first = await start('npm', ['start', '--silent'], env);
    const client = new HttpClient(first.url);
    expect(
      (
        await client.call('POST', '/api/auth/signup', {
          email: 'new@runner.example',
          password: 'a long passphrase',
          name: 'New Runner',
        })
      ).status,
    ).toBe(201);
    expect((await client.call('PUT', '/api/me/profile', PROFILE)).status).toBe(200);
    const plan = await client.call<{ sessions: { id: string; date: string }[] }>('POST', '/api/plans');
    expect(plan.status).toBe(201);
    const date = plan.body.sessions[0]?.date ?? '';
    const today = await client.call<{ sessions: { id: string }[] }>('GET', `/api/today?date=${date}`);
    const sessionId = today.body.sessions[0]?.id ?? '';
    expect(
      (
        await client.call('PUT', `/api/sessions/${sessionId}/log`, {
          status: 'done',
          rpe: 7,
          notes: 'strong',
        })
      ).status,
    ).toBe(200);

    // SIGTERM reaches npm and the server alike; the server finishes and closes the database.
    first.signal('SIGTERM');
    await first.exited;
    expect(first.output()).toContain('"message":"stopped"');

    const second = await start('npm', ['start', '--silent'], env);
    const again = new HttpClient(second.url);
    again.cookie = client.cookie;
    const session = await again.call<{ log: { status: string; notes: string } }>(
      'GET',
      `/api/sessions/${sessionId}`,
    );
    expect(session.status).toBe(200);
    expect(session.body.log).toMatchObject({ status: 'done', notes: 'strong' });
  }, 600_000);

  // How fast it starts belongs to `npm run bench`: a busy machine must still pass `npm test`.
  it('starts on a fresh SQLite folder and reports its start-up time', async () => {
    const server = await start(process.execPath, [SERVER_MAIN], {
      PORT: String(await freePort()),
      DATA_DIR: dataDir(),
    });
    expect(server.startupMs).toBeGreaterThan(0);
  });

  it('SIGKILL in the middle of writes: every acknowledged write survives, nothing is half-written', async () => {
    const env = { PORT: String(await freePort()), DATA_DIR: dataDir() };
    const first = await start(process.execPath, [SERVER_MAIN], env);
    const client = new HttpClient(first.url);
    await client.call('POST', '/api/auth/signup', {
      email: 'crash@runner.example',
      password: 'a long passphrase',
      name: 'Crash',
    });
    await client.call('PUT', '/api/me/profile', PROFILE);
    const plan = await client.call<{ sessions: { id: string }[] }>('POST', '/api/plans');
    const token = await client.call<{ token: string }>('POST', '/api/tokens', { name: 'crash' });
    client.token = token.body.token;
    client.cookie = undefined;

    const acknowledged = new Map<string, number>();
    const races: string[] = [];
    let writing = true;
    const writer = async (worker: number): Promise<void> => {
      for (let i = 0; writing; i++) {
        const session = plan.body.sessions[(worker * 7 + i) % plan.body.sessions.length];
        if (!session) return;
        try {
          const reply = await client.call<{ revision: number }>('PUT', `/api/sessions/${session.id}/log`, {
            status: 'done',
            rpe: 1 + (i % 10),
            notes: `w${worker} i${i}`,
          });
          if (reply.status === 200) acknowledged.set(session.id, reply.body.revision);
          const race = await client.call<{ id: string }>('POST', '/api/races', {
            date: '2026-12-01',
            distance: '5k',
            time: '24:00',
          });
          if (race.status === 201) races.push(race.body.id);
        } catch {
          return; // the connection died with the server: this write was never acknowledged
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    await new Promise((resolve) => setTimeout(resolve, 400));
    first.signal('SIGKILL');
    writing = false;
    await Promise.all(writers);
    await first.exited;
    expect(acknowledged.size).toBeGreaterThan(5);

    const second = await start(process.execPath, [SERVER_MAIN], env);
    const after = new HttpClient(second.url);
    after.token = client.token;
    for (const [sessionId, revision] of acknowledged) {
      const session = await after.call<{ log: { revision: number } | null }>(
        'GET',
        `/api/sessions/${sessionId}`,
      );
      // A later write may have landed without its reply reaching us, so the stored revision is at least ours.
      expect(session.body.log?.revision ?? 0).toBeGreaterThanOrEqual(revision);
      const history = await after.call<{ revision: number }[]>(
        'GET',
        `/api/sessions/${sessionId}/log/history`,
      );
      expect(history.body.map((h) => h.revision)).toEqual(
        Array.from({ length: session.body.log?.revision ?? 0 }, (_, i) => i + 1),
      );
    }
    const stored = new Set((await after.call<{ id: string }[]>('GET', '/api/races')).body.map((r) => r.id));
    for (const id of races) expect(stored.has(id)).toBe(true);
  }, 600_000);
});
