/**
 * Today's sessions, answered before the framework (fast-path.ts): `GET /api/today`, with or without
 * `?date=YYYY-MM-DD`, from a credential and a today answer this instance holds in its caches, gets the
 * cached JSON written straight to Node's response. The app's route filled that cache with the same bytes,
 * so the answer is the app's; a miss, another query or a credential not in the cache goes to the app. Why:
 * the app opens on today and polls it, and the framework's layers cost twice the route (bench/README.md).
 */
import type { Services } from '../services.js';
import { answer, cachedCaller } from './fast-path.js';
import type { FastPath } from './fast-path.js';
import type { Logger } from './logger.js';
import { API_HEADERS } from './security-headers.js';

const TODAY_PATH = '/api/today';
/** The only query the route takes, in the form its validator accepts; anything else goes to the app. */
const DATED = /^\/api\/today\?date=(\d{4}-\d{2}-\d{2})$/;

/** The route's headers: its content type and the API's security headers. */
const TODAY_HEADERS: readonly string[] = ['content-type', 'application/json', ...API_HEADERS.flat()];

export function todayRead(services: Services, logger: Logger): FastPath {
  return (req, res) => {
    const url = req.url;
    if (req.method !== 'GET' || url === undefined || !url.startsWith(TODAY_PATH)) return false;
    const startedMs = performance.now();
    let date: string | undefined;
    if (url.length !== TODAY_PATH.length) {
      date = DATED.exec(url)?.[1];
      if (date === undefined) return false;
    }
    const runnerId = cachedCaller(services, req.headers);
    const body = runnerId && services.plans.cachedTodayJson(runnerId, date);
    if (!body) return false;
    return answer(req, res, logger, {
      status: 200,
      path: TODAY_PATH,
      headers: [...TODAY_HEADERS, 'content-length', String(Buffer.byteLength(body))],
      body,
      startedMs,
    });
  };
}
