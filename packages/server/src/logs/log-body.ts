/** What a runner records about a session (`PUT /api/sessions/:id/log`). */
import { z } from '@hono/zod-openapi';
import { EXERCISES } from '@speedwork/core';
import type { ExerciseId } from '@speedwork/core';

const exerciseIds = EXERCISES.map((e) => e.id) as [ExerciseId, ...ExerciseId[]];

export const LogBody = z
  .object({
    status: z.enum(['done', 'partial', 'skipped', 'pain', 'ill']).openapi({
      description:
        '`pain` or `ill`: the session was cut short or not run because of it; the plan then eases (R-ADA-4).',
    }),
    rpe: z
      .number()
      .int()
      .min(1)
      .max(10)
      .optional()
      .openapi({ description: 'Effort, 1 (very easy) to 10 (all out).' }),
    notes: z.string().max(4000).optional(),
    reps: z
      .array(
        z.object({
          timeS: z.number().positive().max(36_000).optional(),
          distanceM: z.number().positive().max(100_000).optional(),
        }),
      )
      .max(200)
      .optional(),
    exercises: z
      .array(
        z.object({
          id: z.enum(exerciseIds),
          sets: z
            .array(
              z.object({
                reps: z.number().int().min(0).max(500).optional(),
                loadKg: z.number().min(0).max(500).optional(),
                durationS: z.number().min(0).max(3600).optional(),
              }),
            )
            .max(20),
        }),
      )
      .max(30)
      .optional(),
  })
  .openapi('LogInput');

export type LogBody = z.infer<typeof LogBody>;

export type LogDocument = LogBody & { revision: number; updatedAt: string };
