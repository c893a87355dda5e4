/** Plans, today's session, one session. */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env.js';
import {
  authedErrors,
  conflict,
  Document,
  IdParam,
  jsonBody,
  jsonResponse,
  security,
} from '../http/openapi-parts.js';
import type { Services } from '../services.js';
import { PlanChangeSchema, PlanRevisionSchema } from './plan-change-schemas.js';

const PlanDocument = Document(
  'Plan',
  'Plan JSON of SPEC section 3 (packages/core/schema/plan.schema.json); sessions carry `id` and `log`.',
);
const SessionDocument = Document('Session', 'One session of the plan JSON with its `id` and `log`.');
const PlanSummary = z
  .object({ id: z.string(), createdAt: z.string(), current: z.boolean() })
  .openapi('PlanSummary');
const Today = z
  .object({ date: z.string(), sessions: z.array(SessionDocument), next: SessionDocument.nullable() })
  .openapi('Today');
const MoveBody = z
  .object({
    date: z
      .string()
      .max(20)
      .openapi({ description: 'The date to move the session to.', example: '2026-12-16' }),
  })
  .openapi('MoveInput');
const Moved = z
  .object({
    planRevision: z.number().int(),
    planChanges: z.array(PlanChangeSchema),
    session: SessionDocument,
  })
  .openapi('Moved');
const TodayQuery = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date; accepted: YYYY-MM-DD')
    .optional()
    .openapi({
      param: { name: 'date', in: 'query' },
      description: "The runner's local date; defaults to today in UTC.",
    }),
});

export function registerPlanRoutes(app: OpenAPIHono<AppEnv>, services: Services): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/plans',
      tags: ['plans'],
      security,
      description:
        'Builds your plan from your profile. With a plan already there, re-plans from tomorrow as a new revision: ' +
        'past sessions, their ids and logs stay (the changes: GET /api/plans/current/revisions).',
      responses: {
        200: jsonResponse(PlanDocument, 'Re-planned: the current plan, a revision more.'),
        201: jsonResponse(PlanDocument, 'Your first plan.'),
        409: conflict,
        ...authedErrors,
      },
    }),
    async (c) => {
      const { plan, created } = await services.plans.generate(c.var.caller.runnerId);
      return created ? c.json(plan, 201) : c.json(plan, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/plans',
      tags: ['plans'],
      security,
      responses: { 200: jsonResponse(z.array(PlanSummary), 'Your plans, newest first.'), ...authedErrors },
    }),
    async (c) => c.json(await services.plans.list(c.var.caller.runnerId), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/plans/current',
      tags: ['plans'],
      security,
      // Documented, not validated: revalidation is the hottest request, and a header validator parsing every
      // header cost a third of a 304's time (bench/adapt-server.bench.js). The handler reads the one header.
      parameters: [
        {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          schema: { type: 'string' },
          description: 'The ETag of the plan you hold: 304 while it is still current.',
        },
      ],
      responses: {
        200: {
          ...jsonResponse(PlanDocument, 'Your current plan.'),
          headers: {
            ETag: { schema: { type: 'string' }, description: 'Changes with every revision and log.' },
          },
        },
        304: { description: 'Not modified: the plan is the one your If-None-Match names.' },
        ...authedErrors,
      },
    }),
    async (c) => {
      const { etag, json } = await services.plans.currentJson(
        c.var.caller.runnerId,
        c.req.header('if-none-match'),
      );
      // private, no-cache: a runner's own plan, checked again on every use (cheaply, by its ETag).
      const cacheControl = 'private, no-cache';
      if (json === undefined) return c.body(null, 304, { etag, 'cache-control': cacheControl });
      return c.body(json, 200, {
        'content-type': 'application/json',
        etag,
        'cache-control': cacheControl,
      });
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/plans/current/revisions',
      tags: ['plans'],
      security,
      responses: {
        200: jsonResponse(z.array(PlanRevisionSchema), 'Every revision of your current plan, newest first.'),
        ...authedErrors,
      },
    }),
    async (c) => c.json(await services.plans.revisions(c.var.caller.runnerId), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/sessions/{id}/move',
      tags: ['plans'],
      security,
      request: { params: IdParam, ...jsonBody(MoveBody) },
      description:
        'Moves a session of your current plan to another date (R-ADA-5). A move that would break a rule is ' +
        "refused with 400: the message says the rule in words, `fields[0].reason` is the rule's id.",
      responses: { 200: jsonResponse(Moved, 'Moved: the new revision and what changed.'), ...authedErrors },
    }),
    async (c) =>
      c.json(
        await services.plans.move(c.var.caller.runnerId, c.req.valid('param').id, c.req.valid('json').date),
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/today',
      tags: ['plans'],
      security,
      request: { query: TodayQuery },
      responses: { 200: jsonResponse(Today, "Today's sessions and the next one."), ...authedErrors },
    }),
    async (c) => {
      // The service caches the answer serialized: the hottest read is sent as the bytes it was.
      const body = await services.plans.todayJson(c.var.caller.runnerId, c.req.valid('query').date);
      return c.body(body, 200, { 'content-type': 'application/json' }) as unknown as ReturnType<
        typeof c.json<z.infer<typeof Today>, 200>
      >;
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/sessions/{id}',
      tags: ['plans'],
      security,
      request: { params: IdParam },
      responses: { 200: jsonResponse(SessionDocument, 'The session with its log.'), ...authedErrors },
    }),
    async (c) => c.json(await services.plans.session(c.var.caller.runnerId, c.req.valid('param').id), 200),
  );
}
