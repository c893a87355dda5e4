/**
 * Serves the built web app (packages/web/dist) at `/`, with the SPA fallback to index.html. Until the web
 * app is built, `/` says where the API is.
 *
 * Caching: hashed files under /assets/ never change, so browsers keep them for a year; index.html, the
 * service worker and the manifest are revalidated on every load, so a new release reaches every phone on
 * its next visit. Text files go out precompressed (the build writes .br and .gz twins).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env.js';

const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const SHORT = 'public, max-age=86400';

/** How long a browser may keep a file of the app without asking again. */
export function cacheControlFor(path: string): string {
  if (path.startsWith('/assets/') || /^\/workbox-[\w-]+\.js$/.test(path)) return IMMUTABLE;
  if (/\.(png|svg|ico)$/.test(path)) return SHORT;
  return REVALIDATE;
}

export function serveWebApp(app: OpenAPIHono<AppEnv>): void {
  if (!existsSync(`${WEB_DIST}index.html`)) {
    app.get('/', (c) => c.text('speedwork API is running. See /api/openapi.json and /api/health.\n'));
    return;
  }
  const files = serveStatic({ root: WEB_DIST, precompressed: true });
  const shell = serveStatic({ path: `${WEB_DIST}index.html`, precompressed: true });
  const isApi = (path: string): boolean => path === '/api' || path.startsWith('/api/');

  app.get('/*', async (c, next) => {
    if (isApi(c.req.path)) return next();
    c.header('Cache-Control', cacheControlFor(c.req.path));
    return files(c, async () => {
      // Not a file: whatever answers instead sets its own caching.
      c.header('Cache-Control', undefined);
      await next();
    });
  });
  // The app's routes are client-side: any non-API path that is not a file gets the app shell. A missing
  // file (a path with an extension) stays a 404, so an old asset never comes back as HTML.
  app.get('*', async (c, next) => {
    if (isApi(c.req.path) || /\.[a-z0-9]+$/i.test(c.req.path)) return next();
    c.header('Cache-Control', REVALIDATE);
    return shell(c, next);
  });
}
