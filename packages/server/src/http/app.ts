/**
 * The HTTP application: middleware (request ids and logs, security headers, body limits, control characters,
 * CSRF, authentication), every route, the OpenAPI document generated from the same schemas that validate
 * requests, and one error handler. `app.request()` runs it in-process for the tests; main.ts serves it on a port.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { registerAccountRoutes, registerMeRoutes } from '../accounts/accounts.routes.js';
import { ACTIVITY_UPLOAD_PATH, registerActivityRoutes } from '../activities/activities.routes.js';
import { MAX_ACTIVITY_BYTES } from '../activities/activities.service.js';
import { CALENDAR_FEED_PATH, registerCalendarRoutes } from '../calendar/calendar.routes.js';
import { registerDataExportRoutes } from '../data-export/data-export.routes.js';
import { registerHealthRoutes } from '../health/health.routes.js';
import { registerLogRoutes } from '../logs/logs.routes.js';
import { registerPlanRoutes } from '../plans/plans.routes.js';
import { registerProfileRoutes } from '../profile/profile.routes.js';
import { registerRaceRoutes } from '../races/races.routes.js';
import type { Services } from '../services.js';
import { registerTokenRoutes } from '../tokens/tokens.routes.js';
import type { AppEnv } from './app-env.js';
import { requireCaller } from './authenticate.js';
import { csrfGuard } from './csrf.js';
import { errorBody, handleError, zodFields } from './error-handler.js';
import { jsonBodyGuard, refuseControlInUrl } from './input-guard.js';
import type { Logger } from './logger.js';
import { nextRequestId } from './request-id.js';
import { withSecurityHeaders } from './security-headers.js';

export interface AppOptions {
  services: Services;
  logger: Logger;
  version: string;
  /** Behind a reverse proxy: trust X-Forwarded-Proto/Host/For. */
  trustProxy?: boolean;
  /** Other origins allowed to write with the cookie (a separately hosted web app). */
  allowedOrigins?: readonly string[];
  /** The origin runners reach speedwork at (`PUBLIC_URL`); unset: the request's own. */
  publicUrl?: string | undefined;
  /** Registers more routes (the web app's static files) after the API. */
  extend?: (app: OpenAPIHono<AppEnv>) => void;
}

const PUBLIC_API = new Set(['/api/health', '/api/openapi.json', '/api/auth/signup', '/api/auth/login']);
/** Calendar feeds carry their credential in the URL: calendar apps send no cookie or token. */
const isPublic = (path: string): boolean => PUBLIC_API.has(path) || path.startsWith(CALENDAR_FEED_PATH);
const BODY_LIMIT_BYTES = 1024 * 1024;
const IMPORT_LIMIT_BYTES = 32 * 1024 * 1024;

export function createApp(options: AppOptions): OpenAPIHono<AppEnv> {
  const { services, logger } = options;
  const trustProxy = options.trustProxy ?? false;
  const origin = { trustProxy, publicUrl: options.publicUrl };
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success)
        return c.json(
          errorBody('invalid-input', 'The request has problems; see fields.', zodFields(result.error)),
          400,
        );
      return undefined;
    },
  });

  app.use(
    '*',
    createMiddleware<AppEnv>(async (c, next) => {
      const requestId = nextRequestId(c.req.header('x-request-id'));
      c.set('requestId', requestId);
      c.set('log', logger);
      const startedMs = performance.now();
      // No per-request header or child logger here: on the hot reads either costs more than the route itself
      // (a preset header sends the Node adapter down its slow response path). Error responses carry the id.
      // The security headers and the URL's check run here too: a middleware layer each cost reads a tenth.
      await withSecurityHeaders(c, () => refuseControlInUrl(c, next));
      logger.info('request', {
        requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - startedMs) * 10) / 10,
      });
    }),
  );

  const tooLarge = (limit: number) =>
    bodyLimit({
      maxSize: limit,
      onError: (c) =>
        c.json(errorBody('payload-too-large', `The body is over ${limit / 1024 / 1024} MB.`), 413),
    });
  app.use('/api/import', tooLarge(IMPORT_LIMIT_BYTES));
  app.use('/api/sessions/:id/activity', tooLarge(MAX_ACTIVITY_BYTES));
  const apiLimit = tooLarge(BODY_LIMIT_BYTES);
  // Hono's built-in middleware is typed for any env; ours is a narrower one of the same shape.
  // Reads carry no body, and asking the adapter for one builds a full Request object: skip them.
  app.use('/api/*', async (c, next) =>
    c.req.method === 'GET' ||
    c.req.method === 'HEAD' ||
    c.req.path === '/api/import' ||
    ACTIVITY_UPLOAD_PATH.test(c.req.path)
      ? next()
      : apiLimit(c as unknown as Context<AppEnv, string>, next),
  );
  app.use('/api/*', csrfGuard(origin, options.allowedOrigins ?? []));
  const authenticated = requireCaller(services.accounts, services.tokens);
  app.use(
    '/api/*',
    createMiddleware<AppEnv>(async (c, next) => (isPublic(c.req.path) ? next() : authenticated(c, next))),
  );
  // After authentication (a stranger's body is not even parsed), before any route; sign-in is public, so
  // its email is checked too. The import and the watch-file upload read their bodies themselves.
  app.on(
    ['POST', 'PUT', 'PATCH', 'DELETE'],
    '/api/*',
    jsonBodyGuard((path) => path === '/api/import' || ACTIVITY_UPLOAD_PATH.test(path)),
  );

  registerHealthRoutes(app, services, options.version);
  registerAccountRoutes(app, services, origin);
  registerMeRoutes(app, services);
  registerTokenRoutes(app, services);
  registerProfileRoutes(app, services);
  registerPlanRoutes(app, services);
  registerLogRoutes(app, services);
  registerRaceRoutes(app, services);
  registerDataExportRoutes(app, services);
  registerCalendarRoutes(app, services, origin);
  registerActivityRoutes(app, services);

  app.openAPIRegistry.registerComponent('securitySchemes', 'cookieAuth', {
    type: 'apiKey',
    in: 'cookie',
    name: 'sw_session',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'A personal access token from POST /api/tokens.',
  });
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'speedwork API',
      version: options.version,
      description: 'Plans, logs and races of a speed-training coach for runners.',
      license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
    },
  });

  options.extend?.(app);
  app.notFound((c) => c.json(errorBody('not-found', `No route for ${c.req.method} ${c.req.path}.`), 404));
  app.onError(handleError);
  return app;
}
