/**
 * The real app on a test store with the settings a deployment chooses (`TRUST_PROXY`, `PUBLIC_URL`) and a
 * clock the test moves; and several apps on one store, as several instances on one PostgreSQL.
 */
import type { AppOptions } from '../http/app.js';
import { createApp } from '../http/app.js';
import { createLogger } from '../http/logger.js';
import { createServices } from '../services.js';
import { FIXED_NOW, testStore } from './test-app.test-support.js';
import type { StoreKind, TestApp } from './test-app.test-support.js';

export type Settings = Pick<AppOptions, 'trustProxy' | 'publicUrl' | 'allowedOrigins'>;

/** A clock standing at `start` until the test moves it. */
export function movableClock(start: Date = FIXED_NOW): { now: () => Date; advanceMs(ms: number): void } {
  let nowMs = start.getTime();
  return {
    now: () => new Date(nowMs),
    advanceMs: (ms) => {
      nowMs += ms;
    },
  };
}

/** `instances` apps (each with its own services and caches) on one fresh store. */
export async function configuredApps(
  kind: StoreKind,
  settings: Settings,
  instances: number,
  clock: () => Date = () => FIXED_NOW,
): Promise<{ apps: TestApp['app'][]; services: TestApp['services'][]; dispose: () => Promise<void> }> {
  const test = await testStore(kind);
  const services = Array.from({ length: instances }, () => createServices(test.store, clock));
  const apps = services.map((s) =>
    createApp({ services: s, logger: createLogger('silent'), version: 'test', ...settings }),
  );
  return { apps, services, dispose: () => test.dispose() };
}

export async function configuredApp(
  kind: StoreKind,
  settings: Settings,
  clock: () => Date = () => FIXED_NOW,
): Promise<TestApp> {
  const { apps, services, dispose } = await configuredApps(kind, settings, 1, clock);
  const [app] = apps;
  const [s] = services;
  if (!app || !s) throw new Error('no app');
  return { app, services: s, dispose };
}

/** The value of one cookie among a response's `Set-Cookie` headers. */
export function cookieValue(headers: Headers, name: string): string | undefined {
  for (const line of headers.getSetCookie()) {
    const [pair] = line.split(';');
    const at = pair?.indexOf('=') ?? -1;
    if (pair && at > 0 && pair.slice(0, at) === name) return pair.slice(at + 1);
  }
  return undefined;
}
