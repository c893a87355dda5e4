/** The plan as a calendar: a private feed URL for calendar apps, and a one-off download. */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env.js';
import { requestOrigin } from '../http/csrf.js';
import type { OriginSettings } from '../http/csrf.js';
import { authedErrors, jsonResponse, security } from '../http/openapi-parts.js';
import type { Services } from '../services.js';

const Feed = z
  .object({
    url: z.string().openapi({ description: 'Subscribe to this URL in a calendar app; keep it private.' }),
  })
  .openapi('CalendarFeed');
const FeedState = z
  .object({
    active: z.boolean().openapi({ description: 'Whether a feed URL works now.' }),
    createdAt: z
      .string()
      .optional()
      .openapi({ description: 'When the working URL was made (ISO 8601); absent without one.' }),
  })
  .openapi('CalendarFeedState');
const FeedParam = z.object({
  feed: z
    .string()
    .max(80)
    .openapi({ param: { name: 'feed', in: 'path' }, example: 'swc_....ics' }),
});
const calendarResponse = (description: string) => ({
  description,
  content: { 'text/calendar': { schema: z.string() } },
});

export const CALENDAR_FEED_PATH = '/api/calendar/';

export function registerCalendarRoutes(
  app: OpenAPIHono<AppEnv>,
  services: Services,
  origin: OriginSettings,
): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/me/calendar',
      tags: ['calendar'],
      security,
      description:
        'Whether the runner has a working feed URL, and since when. The URL itself is not answered: only a ' +
        'hash of its secret is kept, so it is shown once, when it is made (POST).',
      responses: { 200: jsonResponse(FeedState, 'The feed link, on or off.'), ...authedErrors },
    }),
    async (c) => c.json(await services.calendar.state(c.var.caller.runnerId), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/me/calendar',
      tags: ['calendar'],
      security,
      description:
        'Creates the private calendar feed URL, or replaces it: the old URL stops working. The URL starts ' +
        "with the server's PUBLIC_URL when one is set, else with the request's own scheme and Host.",
      responses: { 201: jsonResponse(Feed, 'The feed URL, shown only now.'), ...authedErrors },
    }),
    async (c) => {
      const secret = await services.calendar.rotate(c.var.caller.runnerId);
      return c.json({ url: `${requestOrigin(c, origin)}${CALENDAR_FEED_PATH}${secret}.ics` }, 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/me/calendar',
      tags: ['calendar'],
      security,
      responses: { 204: { description: 'The feed URL no longer works.' }, ...authedErrors },
    }),
    async (c) => {
      await services.calendar.revoke(c.var.caller.runnerId);
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/plans/current/calendar.ics',
      tags: ['calendar'],
      security,
      responses: { 200: calendarResponse('The current plan as an ICS file.'), ...authedErrors },
    }),
    async (c) =>
      c.body(await services.calendar.ics(c.var.caller.runnerId), 200, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': 'attachment; filename="speedwork-plan.ics"',
      }) as unknown as ReturnType<typeof c.json<object, 200>>,
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/calendar/{feed}',
      tags: ['calendar'],
      description:
        'The feed calendar apps poll. The secret in the URL is the credential; no cookie or token.',
      request: { params: FeedParam },
      responses: {
        200: calendarResponse('The current plan, every session with its full prescription.'),
        404: authedErrors[404],
      },
    }),
    async (c) => {
      const secret = c.req.valid('param').feed.replace(/\.ics$/, '');
      return c.body(await services.calendar.feed(secret), 200, {
        'content-type': 'text/calendar; charset=utf-8',
        'cache-control': 'private, max-age=300',
      });
    },
  );
}
