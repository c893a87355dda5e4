/** `GET /api/export` and `POST /api/import`: a runner's data, theirs to take anywhere. */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../http/app-env.js';
import { authedErrors, jsonResponse, security, tooMany } from '../http/openapi-parts.js';
import type { Services } from '../services.js';
import { importInPool } from '../workers/parse-tasks.js';
import { runnerUploads } from '../workers/runner-slots.js';
import { uploadBytes } from '../workers/upload-body.js';
import { ExportDocument } from './export-document.js';
import type { ImportedRecords } from './import-rows.js';

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
      // Described here, parsed and checked by `importRecords` in the parse pool: the framework would parse it
      // on the request thread.
      request: {
        body: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Export' } } },
        },
      },
      description:
        'Restores an export file into your account, replacing its profile, plans, logs and races. One upload ' +
        'at a time per runner: another while this one is read answers 429.',
      responses: { 200: jsonResponse(Imported, 'What was restored.'), ...authedErrors, 429: tooMany },
    }),
    async (c) =>
      runnerUploads.run(c.var.caller.runnerId, async () =>
        c.json(
          await services.dataExport.restore(c.var.caller.runnerId, await importRecords(c, services)),
          200,
        ),
      ),
  );
}

/** As app.ts's body limit for the import: a longer body never reaches the route. */
const IMPORT_MAX_BYTES = 32 * 1024 * 1024;

/**
 * The import's body as the rows that restore it, made in the parse pool: parsing, checking (the export schema
 * and import-schema.ts: `invalid-input`, 400, naming the fields) and converting a 30 MB export took the
 * request thread for 1.5–1.8 s in place. Only writing the rows is left to this thread, a statement at a time.
 */
async function importRecords(c: Context<AppEnv>, services: Services): Promise<ImportedRecords> {
  if (!/^application\/([\w.-]+\+)?json(;|$)/i.test(c.req.header('content-type') ?? '')) {
    throw new HTTPException(415, { message: 'Send the export file as application/json.' });
  }
  const bytes = await uploadBytes(c, IMPORT_MAX_BYTES);
  return importInPool(bytes, c.var.caller.runnerId, services.dataExport.today());
}
