/** Sign-up, sign-in, sign-out (here or everywhere), password change, and the signed-in runner's account. */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { SESSION_COOKIE } from '../http/authenticate.js';
import { clientAddress } from '../http/client-address.js';
import { requestOrigin } from '../http/csrf.js';
import type { OriginSettings } from '../http/csrf.js';
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
import type { AttemptSource, SignedIn } from './accounts.service.js';
import { MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS, PASSWORD_RULES } from './password-rules.js';

/** Marks a browser that signed in before: it passes the account's lock-out (accounts/throttle.ts). */
export const DEVICE_COOKIE = 'sw_device';
const DEVICE_COOKIE_DAYS = 400;

const NewPassword = z
  .string()
  .min(MIN_PASSWORD_CHARS, `needs at least ${MIN_PASSWORD_CHARS} characters`)
  .max(MAX_PASSWORD_CHARS * 2)
  .openapi({ description: PASSWORD_RULES });

const Account = z
  .object({ id: z.string(), email: z.string(), name: z.string(), createdAt: z.string() })
  .openapi('Account');
const SignupBody = z
  .object({
    email: z.email().max(254),
    password: NewPassword,
    name: z.string().trim().min(1).max(100),
  })
  .openapi('Signup');
const LoginBody = z
  .object({ email: z.string().max(254), password: z.string().max(MAX_PASSWORD_CHARS * 2) })
  .openapi('Login');
const PasswordChange = z
  .object({ currentPassword: z.string().max(MAX_PASSWORD_CHARS * 2), newPassword: NewPassword })
  .openapi('PasswordChange');

export function registerAccountRoutes(
  app: OpenAPIHono<AppEnv>,
  services: Services,
  origin: OriginSettings,
): void {
  const source = (c: Context<AppEnv>): AttemptSource => ({
    address: clientAddress(c, origin.trustProxy),
    device: getCookie(c, DEVICE_COOKIE),
  });
  const startCookie = (c: Context<AppEnv>, signedIn: SignedIn): void => {
    const secure = requestOrigin(c, origin).startsWith('https:');
    setCookie(c, SESSION_COOKIE, signedIn.sessionToken, {
      httpOnly: true,
      sameSite: 'Lax',
      secure,
      path: '/',
      expires: new Date(signedIn.expiresAt),
    });
    // Sent only to sign-in and sign-up, never with other requests.
    setCookie(c, DEVICE_COOKIE, signedIn.device, {
      httpOnly: true,
      sameSite: 'Strict',
      secure,
      path: '/api/auth',
      maxAge: DEVICE_COOKIE_DAYS * 86_400,
    });
  };

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/auth/signup',
      tags: ['accounts'],
      request: jsonBody(SignupBody),
      description:
        'Creates the account and signs in. A taken email answers 409; every attempt counts against the ' +
        'client address (20 an hour, then 429).',
      responses: {
        201: jsonResponse(Account, 'Signed up and signed in.'),
        409: conflict,
        429: tooMany,
        ...publicErrors,
      },
    }),
    async (c) => {
      const { email, password, name } = c.req.valid('json');
      const signedIn = await services.accounts.signup(email, password, name, source(c));
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
      description:
        'Wrong passwords count against the account (from the fifth, growing waits; a browser that signed in to it ' +
        'before is not held) and against the client address (30 in 15 minutes), then 429 with Retry-After.',
      responses: {
        200: jsonResponse(Account, 'Signed in.'),
        401: authedErrors[401],
        429: tooMany,
        ...publicErrors,
      },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      const signedIn = await services.accounts.login(email, password, source(c));
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
      method: 'post',
      path: '/api/auth/logout-everywhere',
      tags: ['accounts'],
      security,
      description:
        'Ends every sign-in session of the account, on every device, this one too. Access tokens keep ' +
        'working until revoked (DELETE /api/tokens/{id}).',
      responses: { 204: { description: 'Signed out everywhere.' }, ...authedErrors },
    }),
    async (c) => {
      await services.accounts.logoutEverywhere(c.var.caller.runnerId);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/me/password',
      tags: ['accounts'],
      security,
      request: jsonBody(PasswordChange),
      description:
        'Changes the password, given the current one (wrong ones count as sign-in guesses). Every other ' +
        'sign-in session ends; this one stays. Access tokens are not affected.',
      responses: { 204: { description: 'Changed.' }, 429: tooMany, ...authedErrors },
    }),
    async (c) => {
      const { currentPassword, newPassword } = c.req.valid('json');
      const caller = c.var.caller;
      await services.accounts.changePassword(
        caller.runnerId,
        currentPassword,
        newPassword,
        caller.via === 'cookie' ? caller.credentialId : undefined,
      );
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
