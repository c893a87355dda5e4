/**
 * Starts speedwork: opens and migrates the store, serves the app, and shuts down gracefully on SIGTERM and
 * SIGINT (stop accepting, finish requests in flight, close the database).
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { systemClock } from './config/clock.js';
import type { Clock } from './config/clock.js';
import type { ServerConfig } from './config/server-config.js';
import { openStore } from './db/open-database.js';
import type { AppEnv } from './http/app-env.js';
import { createApp } from './http/app.js';
import { createLogger } from './http/logger.js';
import { firstOf } from './http/fast-path.js';
import { planRevalidation } from './http/revalidation.js';
import { todayRead } from './http/today-read.js';
import { createServices } from './services.js';
import type { Services } from './services.js';

export const VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export interface RunningServer {
  url: string;
  services: Services;
  stop(): Promise<void>;
}

export async function startServer(
  config: ServerConfig,
  options: { clock?: Clock; extend?: (app: OpenAPIHono<AppEnv>) => void } = {},
): Promise<RunningServer> {
  const logger = createLogger(config.logLevel);
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const services = createServices(store, options.clock ?? systemClock);
  const app = createApp({
    services,
    logger,
    version: VERSION,
    trustProxy: config.trustProxy,
    allowedOrigins: config.allowedOrigins,
    publicUrl: config.publicUrl,
    ...(options.extend ? { extend: options.extend } : {}),
  });
  const fromCaches = firstOf(planRevalidation(services, logger), todayRead(services, logger));
  const listener = getRequestListener(app.fetch, { hostname: config.host });
  const server = createServer((req, res) => {
    if (!fromCaches(req, res)) void listener(req, res);
  });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  logger.info('listening', { url, database: store.kind, version: VERSION });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= new Promise<void>((resolve) => {
      // close() stops new connections and waits for requests in flight; idle keep-alive sockets are closed.
      server.close(() => {
        resolve();
      });
      server.closeIdleConnections();
    }).then(async () => {
      await store.close();
      logger.info('stopped');
    }));
  return { url, services, stop };
}
