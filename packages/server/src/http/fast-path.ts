/**
 * Answers written before the framework, from this instance's caches alone (bench/README.md): the plan's
 * revalidation (revalidation.ts) and today's sessions (today-read.ts), the reads a polling app repeats all
 * day. Each answers only what the app would answer to the same request, byte for byte, and hands anything
 * else (a cache miss, an unknown credential, another route, another query) to the app unchanged.
 */
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseCookies } from 'hono/utils/cookie';
import type { Services } from '../services.js';
import { SESSION_COOKIE } from './authenticate.js';
import type { Logger } from './logger.js';
import { nextRequestId } from './request-id.js';

/** Returns true when it answered the request. */
export type FastPath = (req: IncomingMessage, res: ServerResponse) => boolean;

/** The caller as `requireCaller` finds them (a bearer token, else the session cookie), from caches only. */
export function cachedCaller(services: Services, headers: IncomingHttpHeaders): string | undefined {
  const authorization = headers.authorization;
  if (authorization?.toLowerCase().startsWith('bearer '))
    return services.tokens.cachedRunnerForToken(authorization.slice(7).trim())?.runnerId;
  const cookie = headers.cookie && parseCookies(headers.cookie, SESSION_COOKIE)[SESSION_COOKIE];
  return cookie ? services.accounts.cachedRunnerForSession(cookie)?.runnerId : undefined;
}

/** Writes the answer (headers as one flat list, as Node takes them at no cost) and logs it as the app does. */
export function answer(
  req: IncomingMessage,
  res: ServerResponse,
  logger: Logger,
  answered: { status: number; path: string; headers: string[]; body?: string; startedMs: number },
): true {
  res.writeHead(answered.status, answered.headers);
  res.end(answered.body);
  logger.info('request', {
    requestId: nextRequestId(req.headers['x-request-id']),
    method: 'GET',
    path: answered.path,
    status: answered.status,
    ms: Math.round((performance.now() - answered.startedMs) * 10) / 10,
  });
  return true;
}

/** The first of `paths` that answers. */
export function firstOf(...paths: FastPath[]): FastPath {
  return (req, res) => {
    for (const path of paths) if (path(req, res)) return true;
    return false;
  };
}
