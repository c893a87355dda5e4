/** The runner's profile and current paces. */
import { createRoute, z } from '@hono/zod-openapi';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env.js';
import { authedErrors, conflict, Document, jsonBody, jsonResponse, security } from '../http/openapi-parts.js';
import { PlanChangesShape } from '../plans/plan-change-schemas.js';
import type { Services } from '../services.js';
import { ProfileBody } from './profile-input.js';

const StoredProfile = z
  .object({
    input: ProfileBody,
    profile: Document('Profile', 'The validated profile in SI units.'),
    updatedAt: z.string(),
  })
  .openapi('StoredProfile');
const Paces = Document(
  'Paces',
  'Paces JSON of SPEC section 3 (packages/core/schema/paces.schema.json), plus `from`: the race they come from.',
);

export function registerProfileRoutes(app: OpenAPIHono<AppEnv>, services: Services): void {
  app.openapi(
    createRoute({
      method: 'put',
      path: '/api/me/profile',
      tags: ['profile'],
      security,
      request: jsonBody(ProfileBody),
      responses: {
        200: jsonResponse(
          StoredProfile.extend(PlanChangesShape).openapi('SavedProfile'),
          'Saved; a changed profile re-plans your current plan from tomorrow (planChanges).',
        ),
        ...authedErrors,
      },
    }),
    async (c) => c.json(await services.plans.updateProfile(c.var.caller.runnerId, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/me/profile',
      tags: ['profile'],
      security,
      responses: { 200: jsonResponse(StoredProfile, 'Your profile.'), 409: conflict, ...authedErrors },
    }),
    async (c) => c.json(await services.profiles.get(c.var.caller.runnerId), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/paces',
      tags: ['profile'],
      security,
      responses: {
        200: jsonResponse(Paces, 'Your paces now, from your latest race.'),
        409: conflict,
        ...authedErrors,
      },
    }),
    async (c) => c.json(await services.races.paces(c.var.caller.runnerId, services.profiles), 200),
  );
}
