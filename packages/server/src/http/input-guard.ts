/**
 * Text the API never takes (issue 11, finding 5): control characters in a path, a query or any string of a
 * JSON body (its keys too), and JSON nested deeper than any document of ours. PostgreSQL refuses NUL in
 * text, so one in a sign-in email or a session id ended as a 500; now every route answers 400 before it
 * runs, signed in or not. Tab, line feed and carriage return stay allowed (notes have lines).
 */
import type { Context, Next } from 'hono';
import { createMiddleware } from 'hono/factory';
import { CONTROL, firstTextProblem } from '../document-text.js';
import type { AppEnv } from './app-env.js';
import { errorBody } from './error-handler.js';

/** Control characters percent-encoded in a URL (C1 as UTF-8: %C2%80 to %C2%9F). */
const ENCODED_CONTROL = /%(?:0[0-8bcef]|1[0-9a-f]|7f|c2%[89][0-9a-f])/i;
const JSON_TYPE = /^application\/([\w.-]+\+)?json\s*(;|$)/i;

/**
 * Answers 400 for a control character in the URL (path or query), else runs the rest of the app. Called by
 * the app's first middleware, for every request: no layer of its own on the hot reads.
 */
export function refuseControlInUrl(c: Context<AppEnv>, next: Next): Promise<void> {
  const url = c.req.url;
  if (!ENCODED_CONTROL.test(url) && !CONTROL.test(url)) return next();
  c.res = c.json(
    errorBody('invalid-input', 'The address has a control character (such as NUL).', [
      { field: '(path)', reason: 'control-character', message: 'has a control character' },
    ]),
    400,
  );
  return Promise.resolve();
}

/**
 * Refuses control characters in JSON bodies, for the methods that carry one. Routes that read their body
 * elsewhere (the import, checked whole by its service; the watch-file upload, binary) are named in `skipBody`.
 */
export function jsonBodyGuard(skipBody: (path: string) => boolean) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!JSON_TYPE.test(c.req.header('content-type') ?? '') || skipBody(c.req.path)) return next();
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      // Not JSON: the route's validator answers that, as before.
      return next();
    }
    const problem = firstTextProblem(body);
    if (problem)
      return c.json(
        errorBody('invalid-input', 'The request has problems; see fields.', [
          { field: problem.field, reason: problem.reason, message: problem.message },
        ]),
        400,
      );
    return next();
  });
}
