/**
 * Who is calling: a bearer access token (CLI, integrations) or the session cookie (the web app). Routes
 * behind `requireCaller` get `c.var.caller`; without a valid credential the answer is 401.
 */
import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import type { AccountsService } from '../accounts/accounts.service.js';
import type { TokensService } from '../tokens/tokens.service.js';
import type { AppEnv } from './app-env.js';
import { errorBody } from './error-handler.js';

export const SESSION_COOKIE = 'sw_session';

export function requireCaller(accounts: AccountsService, tokens: TokensService) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const authorization = c.req.header('authorization');
    if (authorization?.toLowerCase().startsWith('bearer ')) {
      const found = await tokens.runnerForToken(authorization.slice(7).trim());
      if (!found)
        return c.json(errorBody('unauthenticated', 'The access token is not valid or was revoked.'), 401);
      c.set('caller', { runnerId: found.runnerId, via: 'token', credentialId: found.tokenId });
      return next();
    }
    const cookie = getCookie(c, SESSION_COOKIE);
    const found = cookie ? await accounts.runnerForSession(cookie) : undefined;
    if (!found) return c.json(errorBody('unauthenticated', 'Sign in first.'), 401);
    c.set('caller', { runnerId: found.runnerId, via: 'cookie', credentialId: found.sessionHash });
    return next();
  });
}
