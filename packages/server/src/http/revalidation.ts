/**
 * The plan's revalidation, answered before the framework: `GET /api/plans/current` with `If-None-Match`,
 * from a credential and an ETag this instance holds in its caches, gets its 304 written straight to Node's
 * response. Anything else (a cache miss, a plan that changed, another route, a query string) goes on to the
 * app unchanged, so this path only ever answers what the app would. Why: a polling client revalidates far
 * more often than it does anything else, and the app's middleware chain, router and Request/Response
 * objects cost more than the answer itself (bench/adapt-server.bench.js).
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseCookies } from 'hono/utils/cookie';
import type { Services } from '../services.js';
import { SESSION_COOKIE } from './authenticate.js';
import type { Logger } from './logger.js';
import { nextRequestId } from './request-id.js';
import { API_HEADERS } from './security-headers.js';

const PLAN_PATH = '/api/plans/current';

/**
 * The 304's headers but its ETag, as one flat list Node writes as is: the API's security headers with the
 * plan's own cache rule. Presetting each with setHeader cost a fifth of this path's throughput.
 */
const NOT_MODIFIED_HEADERS: readonly string[] = [
  ...API_HEADERS.filter(([name]) => name !== 'cache-control').flat(),
  'cache-control',
  'private, no-cache',
];

/** Returns true when it answered the request. */
export type FastPath = (req: IncomingMessage, res: ServerResponse) => boolean;

export function planRevalidation(services: Services, logger: Logger): FastPath {
  return (req, res) => {
    if (req.method !== 'GET' || req.url !== PLAN_PATH) return false;
    const startedMs = performance.now();
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch === undefined) return false;
    const runnerId = cachedCaller(services, req.headers);
    const etag = runnerId && services.plans.notModifiedEtag(runnerId, ifNoneMatch);
    if (!etag) return false;
    res.writeHead(304, [...NOT_MODIFIED_HEADERS, 'etag', etag]);
    res.end();
    logger.info('request', {
      requestId: nextRequestId(req.headers['x-request-id']),
      method: 'GET',
      path: PLAN_PATH,
      status: 304,
      ms: Math.round((performance.now() - startedMs) * 10) / 10,
    });
    return true;
  };
}

/** The caller as `requireCaller` finds them (a bearer token, else the session cookie), from caches only. */
function cachedCaller(services: Services, headers: IncomingHttpHeaders): string | undefined {
  const authorization = headers.authorization;
  if (authorization?.toLowerCase().startsWith('bearer '))
    return services.tokens.cachedRunnerForToken(authorization.slice(7).trim())?.runnerId;
  const cookie = headers.cookie && parseCookies(headers.cookie, SESSION_COOKIE)[SESSION_COOKIE];
  return cookie ? services.accounts.cachedRunnerForSession(cookie)?.runnerId : undefined;
}
