/**
 * Serves the built web app (packages/web/dist) at `/`, with the SPA fallback to index.html. Until the web
 * app is built, `/` says where the API is.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env.js';

const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

export function serveWebApp(app: OpenAPIHono<AppEnv>): void {
  if (!existsSync(`${WEB_DIST}index.html`)) {
    app.get('/', (c) => c.text('speedwork API is running. See /api/openapi.json and /api/health.\n'));
    return;
  }
  const files = serveStatic({ root: WEB_DIST });
  const shell = serveStatic({ path: `${WEB_DIST}index.html` });
  // The app's routes are client-side: any non-API path that is not a file gets the app shell.
  app.use('/*', async (c, next) =>
    c.req.path.startsWith('/api/') ? next() : files(c as unknown as Context<AppEnv, string>, next),
  );
  app.get('*', async (c, next) =>
    c.req.path.startsWith('/api/') ? next() : shell(c as unknown as Context<AppEnv, string>, next),
  );
}
