/**
 * A real HTTP server in the test's process (SQLite in a temporary folder, the fixed test clock), started
 * before the file's tests and stopped after them: for what only a socket shows, such as the answers
 * written before the framework (http/fast-path.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startServer } from '../start-server.js';
import type { RunningServer } from '../start-server.js';
import { FIXED_NOW } from './test-app.test-support.js';

/** Registers the hooks; the server is there once the tests run. */
export function httpServerForTests(name: string): { readonly server: RunningServer } {
  const held: { server?: RunningServer } = {};
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `speedwork-${name}-`));
    held.server = await startServer(
      {
        port: 0,
        host: '127.0.0.1',
        dataDir: dir,
        databaseUrl: undefined,
        logLevel: 'silent',
        trustProxy: false,
        allowedOrigins: [],
      },
      { clock: () => FIXED_NOW },
    );
  });
  afterAll(async () => {
    await held.server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get server(): RunningServer {
      if (!held.server) throw new Error('the server starts in beforeAll');
      return held.server;
    },
  };
}
