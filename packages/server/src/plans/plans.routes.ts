/** Plans, today's session, one session. */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env.js';
import { authedErrors, conflict, Document, IdParam, jsonResponse, security } from '../http/openapi-parts.js';
import type { Services } from '../services.js';

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
  const serialized = new WeakMap<object, string>();
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/plans',
      tags: ['plans'],
      security,
      responses: {
        201: jsonResponse(PlanDocument, 'A new current plan; older plans and their logs are kept.'),
        409: conflict,
        ...authedErrors,
      },
    }),
    async (c) => c.json(await services.plans.generate(c.var.caller.runnerId), 201),
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
      responses: { 200: jsonResponse(PlanDocument, 'Your current plan.'), ...authedErrors },
    }),
    async (c) =>
      c.body(await services.plans.currentJson(c.var.caller.runnerId), 200, {
        'content-type': 'application/json',
      }) as unknown as ReturnType<typeof c.json<object, 200>>,
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
      const today = await services.plans.today(c.var.caller.runnerId, c.req.valid('query').date);
      // The service hands out the same object while its cache holds; serialize each one once.
      let body = serialized.get(today);
      if (body === undefined) {
        body = JSON.stringify(today);
        serialized.set(today, body);
      }
      return c.body(body, 200, { 'content-type': 'application/json' }) as unknown as ReturnType<
        typeof c.json<typeof today, 200>
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
