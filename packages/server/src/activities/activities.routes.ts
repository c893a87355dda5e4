/** Watch files: a session's workout for the watch, and a recorded activity to fill the session's log. */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env.js';
import { authedErrors, Document, IdParam, jsonResponse, security, tooMany } from '../http/openapi-parts.js';
import { PlanChangesShape } from '../plans/plan-change-schemas.js';
import type { Services } from '../services.js';
import { uploadBytes } from '../workers/upload-body.js';
import { MAX_ACTIVITY_BYTES } from './activities.service.js';

const Rep = z.object({ timeS: z.number().optional(), distanceM: z.number().optional() });
const Upload = z
  .object({
    analysis: Document(
      'ActivityAnalysis',
      'The activity summary and its detected intervals, matched to the plan.',
    ),
    found: z.object({
      reps: z.array(Rep),
      fileDate: z.string().openapi({ description: "The file's start date (UTC)." }),
      sessionDate: z.string(),
      loggedReps: z.array(Rep).openapi({ description: 'Rep times already in the log.' }),
    }),
    needsConfirmation: z
      .object({
        reasons: z.array(z.enum(['log-has-reps', 'date-differs'])),
        message: z.string(),
      })
      .nullable()
      .openapi({
        description: 'Set when nothing was written: send the file again with ?replace=1 to write it.',
      }),
    written: z.boolean(),
    log: Document('UploadedLog', 'The log as stored now.').nullable(),
    ...PlanChangesShape,
  })
  .openapi('ActivityUpload');
const UploadQuery = z.object({
  replace: z
    .enum(['1', 'true', '0', 'false'])
    .optional()
    .openapi({
      param: { name: 'replace', in: 'query' },
      description: "1: write the file's reps even over rep times in the log or when the dates differ.",
    }),
  preview: z
    .enum(['1', 'true', '0', 'false'])
    .optional()
    .openapi({
      param: { name: 'preview', in: 'query' },
      description: '1: only say what the file holds (`found`); nothing is written.',
    }),
});

export const ACTIVITY_UPLOAD_PATH = /^\/api\/sessions\/[^/]+\/activity$/;

export function registerActivityRoutes(app: OpenAPIHono<AppEnv>, services: Services): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/sessions/{id}/workout.fit',
      tags: ['watch'],
      security,
      request: { params: IdParam },
      responses: {
        200: {
          description: 'The session as a FIT workout for the watch.',
          content: { 'application/vnd.ant.fit': { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...authedErrors,
      },
    }),
    async (c) => {
      const { fileName, bytes } = await services.activities.workout(
        c.var.caller.runnerId,
        c.req.valid('param').id,
      );
      return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
        'content-type': 'application/vnd.ant.fit',
        'content-disposition': `attachment; filename="${fileName}"`,
      });
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/sessions/{id}/activity',
      tags: ['watch'],
      security,
      request: {
        params: IdParam,
        query: UploadQuery,
        body: {
          required: true,
          description:
            'A FIT, GPX or TCX file as recorded, up to 16 MB. One at a time per runner: a second upload while ' +
            'one is being read answers 429.',
          content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
        },
      },
      responses: {
        200: jsonResponse(
          Upload,
          'Reps found, and stored in the log (`written`) unless they would replace rep times in the log or ' +
            "the file's date is not the session's (`needsConfirmation`).",
        ),
        ...authedErrors,
        429: tooMany,
      },
    }),
    async (c) => {
      return c.json(
        await services.activities.upload(
          c.var.caller.runnerId,
          c.req.valid('param').id,
          // Read only once the runner's upload slot is taken (one upload at a time per runner).
          () => uploadBytes(c, MAX_ACTIVITY_BYTES),
          ['1', 'true'].includes(c.req.valid('query').replace ?? ''),
          ['1', 'true'].includes(c.req.valid('query').preview ?? ''),
        ),
        200,
      );
    },
  );
}
