/** `GET /api/health`: is the service up, which version, which database, and can it answer. */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { AppEnv } from '../http/app-env.js';
import { jsonResponse } from '../http/openapi-parts.js';
import type { Services } from '../services.js';

const Health = z
  .object({
    status: z.enum(['ok', 'degraded']),
    version: z.string(),
    database: z.enum(['sqlite', 'postgres']),
    databaseOk: z.boolean(),
  })
  .openapi('Health');

export function registerHealthRoutes(app: OpenAPIHono<AppEnv>, services: Services, version: string): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      tags: ['service'],
      responses: {
        200: jsonResponse(Health, 'Up.'),
        503: jsonResponse(Health, 'The database does not answer.'),
      },
    }),
    async (c) => {
      const databaseOk = await sql`select 1`.execute(services.store.db).then(
        () => true,
        () => false,
      );
      const body = {
        status: databaseOk ? ('ok' as const) : ('degraded' as const),
        version,
        database: services.store.kind,
        databaseOk,
      };
      return databaseOk ? c.json(body, 200) : c.json(body, 503);
    },
  );
}
