/**
 * Test harness: a real store (SQLite in memory, or PostgreSQL in a schema of its own so parallel test
 * files never meet), the real app, and a client that keeps cookies like a browser.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { Clock } from '../config/clock.js';
import { openStore } from '../db/open-database.js';
import type { Store } from '../db/open-database.js';
import { createApp } from '../http/app.js';
import { createLogger } from '../http/logger.js';
import { createServices } from '../services.js';
import type { Services } from '../services.js';
import { DEFAULT_TEST_DATABASE_URL } from './test-postgres.test-support.js';

/** TEST_DATABASE_URL's PostgreSQL, or the one vitest's global setup started when none answered there. */
export const TEST_DATABASE_URL =
  inject('testDatabaseUrl') ?? process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_DATABASE_URL;
export const STORE_KINDS = ['sqlite', 'postgres'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

/** A fresh store; PostgreSQL tests fail loudly when the server is not there, they never skip. */
export async function testStore(kind: StoreKind): Promise<{ store: Store; dispose(): Promise<void> }> {
  if (kind === 'sqlite') {
    const store = await openStore({ dataDir: ':memory:' });
    return { store, dispose: () => store.close() };
  }
  const schema = `sw_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${TEST_DATABASE_URL} (see DEVELOPERS.md, Testing): ${String(error)}`,
      { cause: error },
    );
  }
  await admin.query(`create schema ${schema}`);
  const store = await openStore({ databaseUrl: TEST_DATABASE_URL, schema });
  return {
    store,
    dispose: async () => {
      await store.close();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    },
  };
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  services: Services;
  dispose(): Promise<void>;
}

export const FIXED_NOW = new Date('2026-12-09T07:00:00Z');

export async function testApp(kind: StoreKind, clock: Clock = () => FIXED_NOW): Promise<TestApp> {
  const test = await testStore(kind);
  const services = createServices(test.store, clock);
  const app = createApp({ services, logger: createLogger('silent'), version: 'test' });
  return { app, services, dispose: () => test.dispose() };
}

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A client of the in-process app that keeps the session cookie, as a browser on our origin would. */
export class TestClient {
  private cookie: string | undefined;
  bearer: string | undefined;

  constructor(private readonly app: TestApp['app']) {}

  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const init: RequestInit = { method, headers: { ...headers } };
    const h = init.headers as Record<string, string>;
    if (body !== undefined) {
      h['content-type'] = 'application/json';
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    if (this.cookie) h.cookie = this.cookie;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    const response = await this.app.request(`http://localhost${path}`, init);
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const value = setCookie.split(';')[0] ?? '';
      this.cookie = value.endsWith('=') ? undefined : value;
    }
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : null) as T,
      headers: response.headers,
    };
  }

  /** Sends raw bytes (an activity file, a JSON body as uploaded) with the client's credentials. */
  async send<T = Record<string, unknown>>(
    method: string,
    path: string,
    body: Uint8Array,
    contentType = 'application/octet-stream',
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = { 'content-type': contentType };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    const response = await this.app.request(`http://localhost${path}`, {
      method,
      headers,
      body: new Uint8Array(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : null) as T,
      headers: response.headers,
    };
  }

  async signup(
    email = `runner-${randomBytes(4).toString('hex')}@example.com`,
    name = 'Test Runner',
  ): Promise<string> {
    const reply = await this.call('POST', '/api/auth/signup', {
      email,
      password: 'correct horse battery',
      name,
    });
    if (reply.status !== 201) throw new Error(`signup failed: ${JSON.stringify(reply.body)}`);
    return email;
  }
}

export const PROFILE = {
  recent: { distance: '5k', time: '25:00' },
  goal: { distance: '5k', time: '23:30' },
  raceDate: '2027-03-14',
  start: '2026-12-07',
  days: ['mon', 'wed', 'fri', 'sat'],
  equipment: 'gym',
  level: 'intermediate',
  units: 'km',
};

/** A signed-up runner with a profile and a plan. */
export async function runnerWithPlan(app: TestApp['app']): Promise<{
  client: TestClient;
  plan: { id: string; sessions: { id: string; date: string; type: string }[] };
}> {
  const client = new TestClient(app);
  await client.signup();
  const profile = await client.call('PUT', '/api/me/profile', PROFILE);
  if (profile.status !== 200) throw new Error(`profile failed: ${JSON.stringify(profile.body)}`);
  const plan = await client.call<{ id: string; sessions: { id: string; date: string; type: string }[] }>(
    'POST',
    '/api/plans',
  );
  if (plan.status !== 201) throw new Error(`plan failed: ${JSON.stringify(plan.body)}`);
  return { client, plan: plan.body };
}
