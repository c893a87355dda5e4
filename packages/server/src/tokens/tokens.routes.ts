/** Personal access tokens: create (shown once), list, revoke. */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env.js';
import { authedErrors, IdParam, jsonBody, jsonResponse, security } from '../http/openapi-parts.js';
import type { Services } from '../services.js';

const TokenInfo = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
    expiresAt: z
      .string()
      .nullable()
      .openapi({ description: 'When it stops working by itself; null: never.' }),
  })
  .openapi('AccessToken');
const NewToken = TokenInfo.extend({
  token: z.string().openapi({ description: 'Shown only now; send it as `Authorization: Bearer <token>`.' }),
}).openapi('NewAccessToken');
const TokenBody = z
  .object({
    name: z.string().trim().min(1).max(100).openapi({ example: 'my laptop CLI' }),
    expiresInDays: z.number().int().min(1).max(3650).nullable().optional().openapi({
      description: 'Days until the token stops working by itself; leave out (or null) for never.',
    }),
  })
  .openapi('AccessTokenInput');

export function registerTokenRoutes(app: OpenAPIHono<AppEnv>, services: Services): void {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/tokens',
      tags: ['tokens'],
      security,
      request: jsonBody(TokenBody),
      responses: { 201: jsonResponse(NewToken, 'The new token.'), ...authedErrors },
    }),
    async (c) => {
      const { name, expiresInDays } = c.req.valid('json');
      return c.json(await services.tokens.create(c.var.caller.runnerId, name, expiresInDays), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/tokens',
      tags: ['tokens'],
      security,
      responses: {
        200: jsonResponse(z.array(TokenInfo), 'Your tokens, revoked and expired ones too.'),
        ...authedErrors,
      },
    }),
    async (c) => c.json(await services.tokens.list(c.var.caller.runnerId), 200),
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/tokens/{id}',
      tags: ['tokens'],
      security,
      request: { params: IdParam },
      responses: { 204: { description: 'Revoked.' }, ...authedErrors },
    }),
    async (c) => {
      await services.tokens.revoke(c.var.caller.runnerId, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}
