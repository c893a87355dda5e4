/**
 * The plan's revalidation, answered before the framework (fast-path.ts): `GET /api/plans/current` with
 * `If-None-Match`, from a credential and an ETag this instance holds in its caches, gets its 304 written
 * straight to Node's response. Why: a polling client revalidates far more often than it does anything else,
 * and the app's middleware chain, router and Request/Response objects cost more than the answer itself
 * (bench/adapt-server.bench.js).
 */
import type { Services } from '../services.js';
import { answer, cachedCaller } from './fast-path.js';
import type { FastPath } from './fast-path.js';
import type { Logger } from './logger.js';
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

export function planRevalidation(services: Services, logger: Logger): FastPath {
  return (req, res) => {
    if (req.method !== 'GET' || req.url !== PLAN_PATH) return false;
    const startedMs = performance.now();
    const ifNoneMatch = req.headers['if-none-match'];
    if (ifNoneMatch === undefined) return false;
    const runnerId = cachedCaller(services, req.headers);
    const etag = runnerId && services.plans.notModifiedEtag(runnerId, ifNoneMatch);
    if (!etag) return false;
    return answer(req, res, logger, {
      status: 304,
      path: PLAN_PATH,
      headers: [...NOT_MODIFIED_HEADERS, 'etag', etag],
      startedMs,
    });
  };
}
