/**
 * Headers on every response (issue 11, finding 8). The web app's pages and files: a Content-Security-Policy
 * it runs under (its own scripts, styles and API only; no framing), no MIME sniffing, no referrer, a window
 * and resources of its own. The API's answers: a policy that lets a JSON answer do nothing and be framed
 * nowhere, no sniffing, no referrer, and `Cache-Control: no-store` unless the route chooses its own (the
 * plan's ETag revalidation, the calendar feed), so nothing private stays in a shared or browser cache.
 *
 * On Node they go straight onto the socket's response before the app runs (`setSecurityHeaders`): headers
 * preset through the framework send the Node adapter down its slow path (bench/README.md), and a route's own
 * header of the same name still wins, as `writeHead` merges over them. In-process (`app.request`, the tests)
 * there is no socket, and the same headers go on the Response. No middleware layer of its own: the app's
 * first middleware calls `withSecurityHeaders`. The API's set is short because `GET /api/today` pays for
 * every header (about 0.3 µs each, of some 30 µs a request).
 */
import type { ServerResponse } from 'node:http';
import type { Context, Next } from 'hono';
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

type HeaderList = readonly (readonly [string, string])[];

/** The web app's pages and files. */
export const APP_HEADERS: HeaderList = [
  ['content-security-policy', CONTENT_SECURITY_POLICY],
  ['x-content-type-options', 'nosniff'],
  ['x-frame-options', 'DENY'],
  ['referrer-policy', 'no-referrer'],
  ['cross-origin-opener-policy', 'same-origin'],
  ['cross-origin-resource-policy', 'same-origin'],
  // Geolocation for our own pages only: guided mode records the route when the runner turns GPS on.
  ['permissions-policy', 'camera=(), microphone=(), geolocation=(self), payment=(), usb=()'],
];

/** What API responses may be kept: nothing, unless the route says otherwise. */
export const API_CACHE_CONTROL = 'no-store';

/** The API's answers: JSON, files to download and calendars, never a page to run or frame. */
export const API_HEADERS: HeaderList = [
  ['content-security-policy', "default-src 'none'; frame-ancestors 'none'"],
  ['x-content-type-options', 'nosniff'],
  ['x-frame-options', 'DENY'],
  ['referrer-policy', 'no-referrer'],
  ['cache-control', API_CACHE_CONTROL],
];

const isApi = (path: string): boolean => path.startsWith('/api/');

/** Presets the headers on Node's response; what the route then writes replaces a header of the same name. */
export function setSecurityHeaders(res: ServerResponse, api: boolean): void {
  for (const [name, value] of api ? API_HEADERS : APP_HEADERS) res.setHeader(name, value);
}

/** Runs the rest of the app with the headers on whatever it answers. */
export function withSecurityHeaders(c: Context<AppEnv>, next: Next): Promise<void> {
  const outgoing = c.env?.outgoing;
  if (outgoing) {
    setSecurityHeaders(outgoing, isApi(c.req.path));
    return next();
  }
  return next().then(() => {
    const headers = c.res.headers;
    for (const [name, value] of isApi(c.req.path) ? API_HEADERS : APP_HEADERS)
      if (!headers.has(name)) headers.set(name, value);
  });
}
