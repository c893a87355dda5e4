/** Races and time trials. */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env.js';
import { authedErrors, IdParam, jsonBody, jsonResponse, security } from '../http/openapi-parts.js';
import type { Services } from '../services.js';
import { PlanChangesShape } from '../plans/plan-change-schemas.js';
import { RaceBody } from './race-body.js';

const Race = z
  .object({
    id: z.string(),
    date: z.string(),
    distance: z.string(),
    distanceM: z.number(),
    timeS: z.number(),
    kind: z.enum(['race', 'time-trial']),
    vdot: z.number(),
    sessionId: z.string().optional(),
  })
  .openapi('Race');
const RaceWritten = Race.extend(PlanChangesShape).openapi('RaceWritten');
const RaceDeleted = z.object({ id: z.string(), ...PlanChangesShape }).openapi('RaceDeleted');

export function registerRaceRoutes(app: OpenAPIHono<AppEnv>, services: Services): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/races',
      tags: ['races'],
      security,
      request: jsonBody(RaceBody),
      responses: {
        201: jsonResponse(
          RaceWritten,
          'Stored; your paces now come from your latest race, and the plan follows it (planChanges).',
        ),
        ...authedErrors,
      },
    }),
    async (c) => c.json(await services.races.add(c.var.caller.runnerId, c.req.valid('json')), 201),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/races',
      tags: ['races'],
      security,
      responses: { 200: jsonResponse(z.array(Race), 'Your races, oldest first.'), ...authedErrors },
    }),
    async (c) => c.json(await services.races.list(c.var.caller.runnerId), 200),
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/races/{id}',
      tags: ['races'],
      security,
      request: { params: IdParam, ...jsonBody(RaceBody) },
      responses: {
        200: jsonResponse(RaceWritten, 'Replaced; the plan follows it (planChanges).'),
        ...authedErrors,
      },
    }),
    async (c) =>
      c.json(
        await services.races.update(c.var.caller.runnerId, c.req.valid('param').id, c.req.valid('json')),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/races/{id}',
      tags: ['races'],
      security,
      request: { params: IdParam },
      responses: {
        200: jsonResponse(RaceDeleted, 'Deleted; the plan follows your races without it (planChanges).'),
        ...authedErrors,
      },
    }),
    async (c) => c.json(await services.races.delete(c.var.caller.runnerId, c.req.valid('param').id), 200),
  );
}
