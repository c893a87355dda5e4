/**
 * The export file (`speedwork.export/1`): every record of one runner, as JSON a person can read and another
 * instance can import. Secrets (password hash, session and token hashes) never leave. This is the file's
 * shape; what its plans, sessions and logs hold is checked against the published schemas on import
 * (import-schema.ts).
 */
import { z } from '@hono/zod-openapi';

/** A time as `toISOString()` writes it, which is how every time in an export was made. */
const Timestamp = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/,
    'accepted: a time such as 2026-12-09T07:00:00.000Z',
  );
const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'accepted: a date such as 2026-12-09');

const ExportedLog = z.object({
  current: z.string().max(100_000),
  revisions: z
    .array(
      z.object({ revision: z.number().int().min(1), logJson: z.string().max(100_000), createdAt: Timestamp }),
    )
    .max(1000),
});

export const ExportDocument = z
  .object({
    format: z.literal('speedwork.export/1'),
    exportedAt: Timestamp,
    runner: z.object({ email: z.string().max(254), name: z.string().max(100), createdAt: Timestamp }),
    profile: z.object({ input: z.unknown(), updatedAt: Timestamp }).nullable(),
    plans: z
      .array(
        z.object({
          id: z.string().max(64),
          createdAt: Timestamp,
          current: z.boolean(),
          plan: z.unknown(),
          /** The plan's history: what each revision changed and why (absent in files from before it was kept). */
          revisions: z
            .array(
              z.object({
                number: z.number().int().min(1),
                createdAt: Timestamp,
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
                id: z.string().max(64),
                date: CalendarDate,
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
          id: z.string().max(64),
          date: CalendarDate,
          distance: z.string().max(20),
          distanceM: z.number().positive().max(1_000_000),
          timeS: z.number().positive().max(1_000_000),
          sessionId: z.string().max(64).nullable().optional(),
          kind: z.enum(['race', 'time-trial']),
          createdAt: Timestamp,
        }),
      )
      .max(5000),
    tokens: z
      .array(z.object({ name: z.string().max(100), createdAt: Timestamp, revokedAt: Timestamp.nullable() }))
      .max(1000),
  })
  .openapi('Export');

export type ExportDocument = z.infer<typeof ExportDocument>;
