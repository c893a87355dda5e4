/** OpenAPI shapes of what a write did to the plan, shared by the routes that adapt it. */
import { z } from '@hono/zod-openapi';

export const PlanChangeSchema = z
  .object({
    sessionId: z.string().openapi({ description: 'The API id of the session (for /api/sessions/{id}).' }),
    sessionKey: z
      .string()
      .openapi({ description: "The plan's own id of the session.", example: '2026-12-15-track' }),
    date: z.string(),
    what: z.string().openapi({ example: 'step held' }),
    before: z.string(),
    after: z.string(),
    why: z.string().openapi({
      example: "You skipped Tuesday's 4 × 150 m, so Saturday repeats it instead of moving to 5 × 150 m.",
    }),
  })
  .openapi('PlanChange');

/** The members every adapting write adds to its response. */
export const PlanChangesShape = {
  planRevision: z.number().int().nullable().openapi({
    description: "The current plan's revision after the write; null when the write did not reach the plan.",
  }),
  planChanges: z
    .array(PlanChangeSchema)
    .openapi({ description: 'What changed in the plan, in your words; empty when it stayed as it was.' }),
};

export const PlanRevisionSchema = z
  .object({
    number: z.number().int(),
    createdAt: z.string(),
    reason: z.enum(['generated', 'adapted', 'replanned', 'moved']),
    changes: z.array(PlanChangeSchema),
  })
  .openapi('PlanRevision');
