/**
 * The one place that turns failures into HTTP: `{ error: { code, message, fields } }` with the status the
 * reason implies. Bad input never becomes a 500, and a 500 never carries a stack trace.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { ServiceError } from '../service-error.js';
import type { FieldProblem, ServiceReason } from '../service-error.js';
import type { AppEnv } from './app-env.js';

const STATUS: Record<ServiceReason, ContentfulStatusCode> = {
  'invalid-input': 400,
  'not-found': 404,
  'email-taken': 409,
  'bad-credentials': 401,
  'no-profile': 409,
  'no-plan': 404,
  'rate-limited': 429,
};

export function errorBody(code: string, message: string, fields: FieldProblem[] = []) {
  return { error: { code, message, fields } };
}

/** Zod's issues as field problems, named by their path in the body. */
export function zodFields(error: ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(body)',
    reason: issue.code,
    message: issue.message,
  }));
}

export function handleError(error: Error, c: Context<AppEnv>): Response {
  // Error responses name their request, so a runner's report can be found in the logs.
  if (c.var.requestId) c.header('X-Request-Id', c.var.requestId);
  if (error instanceof ServiceError) {
    if (error.retryAfterS !== undefined) c.header('Retry-After', String(error.retryAfterS));
    return c.json(errorBody(error.reason, error.message, error.fields), STATUS[error.reason]);
  }
  if (error instanceof HTTPException) {
    const status = error.status;
    const code =
      status === 413
        ? 'payload-too-large'
        : status === 401
          ? 'unauthenticated'
          : status === 403
            ? 'forbidden'
            : 'bad-request';
    return c.json(errorBody(code, error.message || 'The request was not accepted.'), status);
  }
  if (error instanceof SyntaxError) {
    return c.json(errorBody('invalid-json', 'The request body is not valid JSON.'), 400);
  }
  c.var.log?.error('unhandled error', {
    requestId: c.var.requestId,
    error: error.message,
    stack: error.stack,
  });
  return c.json(errorBody('internal', 'Something went wrong on our side; nothing you sent was stored.'), 500);
}
