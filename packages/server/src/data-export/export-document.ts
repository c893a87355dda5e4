/**
 * The export file (`speedwork.export/1`): every record of one runner, as JSON a person can read and another
 * instance can import. Secrets (password hash, session and token hashes) never leave.
 */
import { z } from '@hono/zod-openapi';

const ExportedLog = z.object({
  current: z.string(),
  revisions: z.array(z.object({ revision: z.number().int(), logJson: z.string(), createdAt: z.string() })),
});

export const ExportDocument = z
  .object({
    format: z.literal('speedwork.export/1'),
    exportedAt: z.string(),
    runner: z.object({ email: z.string(), name: z.string(), createdAt: z.string() }),
    profile: z.object({ input: z.unknown(), updatedAt: z.string() }).nullable(),
    plans: z
      .array(
        z.object({
          id: z.string(),
          createdAt: z.string(),
          current: z.boolean(),
          plan: z.unknown(),
          /** The plan's history: what each revision changed and why (absent in files from before it was kept). */
          revisions: z
            .array(
              z.object({
                number: z.number().int().min(1),
                createdAt: z.string(),
                reason: z.enum(['generated', 'adapted', 'replanned', 'moved']),
                changes: z.array(z.record(z.string(), z.unknown())).max(5000),
                diff: z.unknown(),
              }),
            )
            .max(5000)
            .optional(),
          sessions: z
            .array(
              z.object({
                id: z.string(),
                date: z.string(),
                session: z.unknown(),
                log: ExportedLog.nullable(),
              }),
            )
            .max(2000),
        }),
      )
      .max(500),
    races: z
      .array(
        z.object({
          id: z.string(),
          date: z.string(),
          distance: z.string(),
          distanceM: z.number(),
          timeS: z.number(),
          sessionId: z.string().nullable().optional(),
          kind: z.string(),
          createdAt: z.string(),
        }),
      )
      .max(5000),
    tokens: z.array(z.object({ name: z.string(), createdAt: z.string(), revokedAt: z.string().nullable() })),
  })
  .openapi('Export');

export type ExportDocument = z.infer<typeof ExportDocument>;
