/**
 * CSRF protection for cookie-authenticated writes, as OWASP recommends for modern browsers: trust
 * `Sec-Fetch-Site` when the browser sends it, else compare `Origin` with our own origin. A request with
 * neither header cannot come from a browser page (browsers send Origin on every cross-origin write), so it
 * passes; bearer-token requests carry no ambient credential and need no check.
 */
import { createMiddleware } from 'hono/factory';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import { errorBody } from './error-handler.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Where speedwork is reached: `PUBLIC_URL`, else the request's own scheme and `Host`. */
export interface OriginSettings {
  /** Behind a reverse proxy: the scheme is the proxy's `X-Forwarded-Proto`. */
  trustProxy: boolean;
  /** The configured public origin (`https://speedwork.example.org`), if any. */
  publicUrl?: string | undefined;
}

/**
 * Our own origin as browsers see it. `X-Forwarded-Host` is never believed: a proxy that passes the client's
 * own would put any host into the URLs we hand out (the calendar feed); set `PUBLIC_URL` instead.
 */
export function requestOrigin(c: Context, settings: OriginSettings): string {
  if (settings.publicUrl) return settings.publicUrl;
  const url = new URL(c.req.url);
  const proto = settings.trustProxy
    ? (c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() ?? url.protocol.replace(':', ''))
    : url.protocol.replace(':', '');
  return `${proto}://${c.req.header('host') ?? url.host}`;
}

export function isSameOrigin(
  c: Context,
  settings: OriginSettings,
  allowedOrigins: readonly string[],
): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  const origin = c.req.header('origin');
  if (origin === undefined) return true;
  return origin === requestOrigin(c, settings) || allowedOrigins.includes(origin);
}

/** Rejects cross-site writes made with the session cookie (and sign-in/up from other sites). */
export function csrfGuard(settings: OriginSettings, allowedOrigins: readonly string[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || c.req.header('authorization')?.toLowerCase().startsWith('bearer '))
      return next();
    if (!isSameOrigin(c, settings, allowedOrigins)) {
      return c.json(
        errorBody('csrf', 'Writes with the session cookie are accepted only from speedwork itself.'),
        403,
      );
    }
    return next();
  });
}
