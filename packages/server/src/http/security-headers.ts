/**
 * Headers on every response (issue 11, finding 8): a Content-Security-Policy the web app runs under (its own
 * scripts, styles and API only; no framing), no MIME sniffing, no referrer, and `Cache-Control: no-store` on
 * the API unless a route chooses its own (the plan's ETag revalidation, the calendar feed), so nothing
 * private stays in a shared or browser cache.
 *
 * On Node they go straight onto the socket's response before the app runs (`setSecurityHeaders`): headers
 * preset through the framework send the Node adapter down its slow path (bench/README.md), and a route's own
 * header of the same name still wins, as `writeHead` merges over them. In-process (`app.request`, the tests)
 * there is no socket, and the middleware puts the same headers on the Response.
 */
import type { ServerResponse } from 'node:http';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './app-env.js';

/**
 * The one inline script of the web app (packages/web/index.html: the theme before the first paint), allowed
 * by its hash; security-headers.test.ts fails when the script changes and this does not.
 */
export const THEME_SCRIPT_HASH = 'sha256-ESan/P0ri4zbWGMHfucBDZMwjARiIfpsvtkzJICV6mk=';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' '${THEME_SCRIPT_HASH}'`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Name and value of each header every response carries. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['content-security-policy', CONTENT_SECURITY_POLICY],
  ['x-content-type-options', 'nosniff'],
  ['x-frame-options', 'DENY'],
  ['referrer-policy', 'no-referrer'],
  ['cross-origin-opener-policy', 'same-origin'],
  ['cross-origin-resource-policy', 'same-origin'],
  ['permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
];

/** What API responses may be kept: nothing, unless the route says otherwise. */
export const API_CACHE_CONTROL = 'no-store';

const isApi = (path: string): boolean => path.startsWith('/api/');

/** Presets the headers on Node's response; what the route then writes replaces a header of the same name. */
export function setSecurityHeaders(res: ServerResponse, api: boolean): void {
  for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
  if (api) res.setHeader('cache-control', API_CACHE_CONTROL);
}

export const securityHeaders = createMiddleware<AppEnv>(async (c, next) => {
  const outgoing = c.env?.outgoing;
  if (outgoing) {
    setSecurityHeaders(outgoing, isApi(c.req.path));
    return next();
  }
  await next();
  const headers = c.res.headers;
  for (const [name, value] of SECURITY_HEADERS) if (!headers.has(name)) headers.set(name, value);
  if (isApi(c.req.path) && !headers.has('cache-control')) headers.set('cache-control', API_CACHE_CONTROL);
});
