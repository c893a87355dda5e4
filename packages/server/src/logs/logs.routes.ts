/** Logging a session, and the log's history. */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env.js';
import { authedErrors, IdParam, jsonBody, jsonResponse, security } from '../http/openapi-parts.js';
import type { Services } from '../services.js';
import { PlanChangesShape } from '../plans/plan-change-schemas.js';
import { LogBody } from './log-body.js';

const LogDocument = LogBody.extend({ revision: z.number().int(), updatedAt: z.string() }).openapi('Log');
const LoggedDocument = LogDocument.extend(PlanChangesShape).openapi('Logged');

export function registerLogRoutes(app: OpenAPIHono<AppEnv>, services: Services): void {
  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/sessions/{id}/log',
      tags: ['logs'],
      security,
      request: { params: IdParam, ...jsonBody(LogBody) },
      responses: {
        200: jsonResponse(
          LoggedDocument,
          'The log as stored (the same body twice stores one log), and what it changed in your plan.',
        ),
        ...authedErrors,
      },
    }),
    async (c) => {
      const { log, planRevision, planChanges } = await services.logs.put(
        c.var.caller.runnerId,
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      return c.json({ ...log, planRevision, planChanges }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/sessions/{id}/log/history',
      tags: ['logs'],
      security,
      request: { params: IdParam },
      responses: {
        200: jsonResponse(z.array(LogDocument), 'Every revision, oldest first.'),
        ...authedErrors,
      },
    }),
    async (c) => c.json(await services.logs.history(c.var.caller.runnerId, c.req.valid('param').id), 200),
  );
}
