/** Pieces every route description shares: the error body, JSON bodies and responses, security. */
import { z } from '@hono/zod-openapi';
import type { ZodType } from 'zod';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid-input' }),
      message: z.string(),
      fields: z.array(
        z.object({
          field: z.string(),
          reason: z.string(),
          message: z.string(),
          accepted: z.string().optional(),
          given: z.string().optional(),
        }),
      ),
    }),
  })
  .openapi('Error');

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

/** The failures any authenticated route can answer with. */
export const authedErrors = {
  400: errorResponse('Bad input: every bad field is named.'),
  401: errorResponse('No valid session cookie or access token.'),
  403: errorResponse('A cookie-authenticated write from another origin (CSRF).'),
  404: errorResponse('Not found, or not yours.'),
  413: errorResponse('The body is too large.'),
} as const;

export const publicErrors = {
  400: authedErrors[400],
  403: authedErrors[403],
  413: authedErrors[413],
} as const;

export const conflict = errorResponse('Conflicts with what is stored.');
export const tooMany = errorResponse('Too many attempts; see Retry-After.');

export function jsonBody<T extends ZodType>(schema: T) {
  return { body: { required: true, content: { 'application/json': { schema } } } };
}

export function jsonResponse<T extends ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export const security: Record<string, string[]>[] = [{ cookieAuth: [] }, { bearerAuth: [] }];

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

/** A JSON document described loosely: the plan and session contracts are published as JSON Schema in core. */
export const Document = (name: string, description: string) =>
  z.looseObject({}).openapi(name, { description });
