/** `GET /api/export` and `POST /api/import`: a runner's data, theirs to take anywhere. */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../http/app-env.js';
import { zodFields } from '../http/error-handler.js';
import { authedErrors, jsonResponse, security, tooMany } from '../http/openapi-parts.js';
import { ServiceError } from '../service-error.js';
import type { Services } from '../services.js';
import { parseJsonBody } from '../workers/parse-tasks.js';
import { runnerUploads } from '../workers/runner-slots.js';
import { uploadBytes } from '../workers/upload-body.js';
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
      // Described here, parsed by `importBody` in the parse pool: the framework would parse it on the request thread.
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
        c.json(await services.dataExport.import(c.var.caller.runnerId, await importBody(c)), 200),
      ),
  );
}

/** As app.ts's body limit for the import: a longer body never reaches the route. */
const IMPORT_MAX_BYTES = 32 * 1024 * 1024;

/**
 * The import's body, parsed as JSON in the parse pool (a worker thread: a 20 MB export took the request thread
 * for seconds) and checked against the export schema (`invalid-input`, 400, naming the fields, when it does not match).
 */
async function importBody(c: Context<AppEnv>): Promise<z.infer<typeof ExportDocument>> {
  if (!/^application\/([\w.-]+\+)?json(;|$)/i.test(c.req.header('content-type') ?? '')) {
    throw new HTTPException(415, { message: 'Send the export file as application/json.' });
  }
  const parsed = ExportDocument.safeParse(await parseJsonBody(await uploadBytes(c, IMPORT_MAX_BYTES)));
  if (!parsed.success) {
    throw new ServiceError('invalid-input', 'The request has problems; see fields.', zodFields(parsed.error));
  }
  return parsed.data;
}
