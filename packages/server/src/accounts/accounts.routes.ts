/** Sign-up, sign-in, sign-out, and the signed-in runner's account. */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { SESSION_COOKIE } from '../http/authenticate.js';
import { requestOrigin } from '../http/csrf.js';
import {
  authedErrors,
  conflict,
  jsonBody,
  jsonResponse,
  publicErrors,
  security,
  tooMany,
} from '../http/openapi-parts.js';
import type { Services } from '../services.js';
import type { SignedIn } from './accounts.service.js';

const Account = z
  .object({ id: z.string(), email: z.string(), name: z.string(), createdAt: z.string() })
  .openapi('Account');
const SignupBody = z
  .object({
    email: z.email().max(254),
    password: z.string().min(10, 'needs at least 10 characters').max(200),
    name: z.string().trim().min(1).max(100),
  })
  .openapi('Signup');
const LoginBody = z.object({ email: z.string().max(254), password: z.string().max(200) }).openapi('Login');

export interface HttpOptions {
  trustProxy: boolean;
}

export function registerAccountRoutes(
  app: OpenAPIHono<AppEnv>,
  services: Services,
  options: HttpOptions,
): void {
  const startCookie = (c: Context<AppEnv>, signedIn: SignedIn): void => {
    setCookie(c, SESSION_COOKIE, signedIn.sessionToken, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: requestOrigin(c, options.trustProxy).startsWith('https:'),
      path: '/',
      expires: new Date(signedIn.expiresAt),
    });
  };

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/signup',
      tags: ['accounts'],
      request: jsonBody(SignupBody),
      responses: { 201: jsonResponse(Account, 'Signed up and signed in.'), 409: conflict, ...publicErrors },
    }),
    async (c) => {
      const { email, password, name } = c.req.valid('json');
      const signedIn = await services.accounts.signup(email, password, name);
      startCookie(c, signedIn);
      return c.json(signedIn.account, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/login',
      tags: ['accounts'],
      request: jsonBody(LoginBody),
      responses: {
        200: jsonResponse(Account, 'Signed in.'),
        401: authedErrors[401],
        429: tooMany,
        ...publicErrors,
      },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const address =
        (options.trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined) ??
        c.env?.incoming?.socket.remoteAddress ??
        'unknown';
      const signedIn = await services.accounts.login(email, password, address);
      startCookie(c, signedIn);
      return c.json(signedIn.account, 200);
    },
  );
}

export function registerMeRoutes(app: OpenAPIHono<AppEnv>, services: Services): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/logout',
      tags: ['accounts'],
      security,
      responses: { 204: { description: 'Signed out.' }, ...authedErrors },
    }),
    async (c) => {
      const caller = c.var.caller;
      if (caller.via === 'cookie') await services.accounts.logout(caller.credentialId);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/me',
      tags: ['accounts'],
      security,
      responses: { 200: jsonResponse(Account, 'The signed-in runner.'), ...authedErrors },
    }),
    async (c) => c.json(await services.accounts.account(c.var.caller.runnerId), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/me',
      tags: ['accounts'],
      security,
      responses: { 204: { description: 'The account and every record of it are deleted.' }, ...authedErrors },
    }),
    async (c) => {
      await services.accounts.deleteAccount(c.var.caller.runnerId);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );
}
