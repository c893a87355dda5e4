/**
 * The address a request came from, for attempt limits. Behind a reverse proxy (`TRUST_PROXY`) that is the
 * right-most `X-Forwarded-For` entry: the one our proxy added. Entries left of it are whatever the client
 * wrote, so keying on the first one let a client pick a new address for every guess.
 */
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';

/** Undefined only in-process (tests), where no socket exists. */
export function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string | undefined {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for');
    const last = forwarded?.slice(forwarded.lastIndexOf(',') + 1).trim();
    if (last) return last.slice(0, 100);
  }
  return c.env?.incoming?.socket.remoteAddress;
}
