/** `GET /api/export` and `POST /api/import`: a runner's data, theirs to take anywhere. */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env.js';
import { authedErrors, jsonBody, jsonResponse, security } from '../http/openapi-parts.js';
import type { Services } from '../services.js';
import { ExportDocument } from './export-document.js';

const Imported = z
  .object({ plans: z.number(), sessions: z.number(), logs: z.number(), races: z.number() })
  .openapi('Imported');

export function registerDataExportRoutes(app: OpenAPIHono<AppEnv>, services: Services): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/export',
      tags: ['data'],
      security,
      responses: { 200: jsonResponse(ExportDocument, 'Every record of yours.'), ...authedErrors },
    }),
    async (c) => {
      const file = await services.dataExport.export(c.var.caller.runnerId);
      c.header(
        'Content-Disposition',
        `attachment; filename="speedwork-export-${file.exportedAt.slice(0, 10)}.json"`,
      );
      return c.json(file, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/export/logs.csv',
      tags: ['data'],
      security,
      responses: {
        200: { description: 'Every logged session as CSV.', content: { 'text/csv': { schema: z.string() } } },
        ...authedErrors,
      },
    }),
    async (c) =>
      c.body(await services.dataExport.logsCsv(c.var.caller.runnerId), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="speedwork-log.csv"',
      }) as unknown as ReturnType<typeof c.json<object, 200>>,
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/import',
      tags: ['data'],
      security,
      request: jsonBody(ExportDocument),
      description: 'Restores an export file into your account, replacing its profile, plans, logs and races.',
      responses: { 200: jsonResponse(Imported, 'What was restored.'), ...authedErrors },
    }),
    async (c) => c.json(await services.dataExport.import(c.var.caller.runnerId, c.req.valid('json')), 200),
  );
}
