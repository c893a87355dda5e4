/** `POST /api/races`: a race or time trial the runner ran. */
import { z } from '@hono/zod-openapi';

export const RaceBody = z
  .object({
    date: z.string().max(20).openapi({ example: '2027-01-10' }),
    distance: z.string().max(20).openapi({ example: '5k' }),
    time: z.string().max(20).openapi({ example: '24:10' }),
    kind: z.enum(['race', 'time-trial']).optional(),
    sessionId: z
      .string()
      .max(64)
      .optional()
      .openapi({ description: 'The session this result was run in: logging it again replaces this race.' }),
  })
  .openapi('RaceInput');

export type RaceBody = z.infer<typeof RaceBody>;

export interface RaceDocument {
  id: string;
  date: string;
  distance: string;
  distanceM: number;
  timeS: number;
  kind: 'race' | 'time-trial';
  vdot: number;
  sessionId?: string;
}
