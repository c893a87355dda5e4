/**
 * Talks to the speedwork API with the session cookie. Failures become one `ApiError` that says what went
 * wrong in words: the server's message and per-field problems, or that the phone has no connection.
 */
import type { ErrorBody, FieldProblem } from '@speedwork/server/api-types';
import { problemSentence } from './problem-words.js';

export type ApiErrorKind = 'offline' | 'unauthenticated' | 'invalid-input' | 'not-found' | 'server' | 'other';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status: number,
    readonly code: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** What is wrong with one body field (`recent.time`), in the runner's words, if the server named it. */
  fieldMessage(field: string): string | undefined {
    const problem = this.fields.find((f) => f.field === field);
    return problem ? problemSentence(problem) : undefined;
  }
}

export const OFFLINE_MESSAGE =
  'No connection: nothing was sent. What you typed is kept here; try again when you have signal.';

function kindOf(status: number, code: string): ApiErrorKind {
  if (status === 401) return 'unauthenticated';
  if (status === 404 || code === 'no-plan' || code === 'no-profile') return 'not-found';
  if (status === 400) return 'invalid-input';
  if (status >= 500) return 'server';
  return 'other';
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && 'error' in value && typeof value.error === 'object';
}

/**
 * One API call: JSON in, JSON out, `ApiError` on any failure.
 * @example await request<Account>('POST', '/api/auth/login', { email, password })
 */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError('offline', OFFLINE_MESSAGE, 0, 'offline');
  }
  return answerOf<T>(response);
}

/**
 * A read that may be answered "not modified": sends `If-None-Match` with the ETag of the copy held, and
 * resolves to `unchanged` on 304, so the copy on screen stays as it is (no download, no re-render).
 * @example const answer = await requestIfChanged('/api/plans/current', heldTag);
 */
export async function requestIfChanged(
  path: string,
  etag: string | undefined,
): Promise<{ unchanged: true } | { unchanged: false; data: unknown; etag: string | undefined }> {
  let response: Response;
  try {
    response = await fetch(path, {
      credentials: 'same-origin',
      headers: etag ? { accept: 'application/json', 'if-none-match': etag } : { accept: 'application/json' },
    });
  } catch {
    throw new ApiError('offline', OFFLINE_MESSAGE, 0, 'offline');
  }
  if (response.status === 304) return { unchanged: true };
  const data = await answerOf<unknown>(response);
  return { unchanged: false, data, etag: response.headers.get('etag') ?? undefined };
}

/** A response's JSON body, or the `ApiError` it stands for. */
async function answerOf<T>(response: Response): Promise<T> {
  const text = await response.text();
  let parsed: unknown = null;
  if (text !== '') {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  if (!response.ok) {
    if (isErrorBody(parsed)) {
      const { code, message, fields } = parsed.error;
      throw new ApiError(kindOf(response.status, code), message, response.status, code, fields);
    }
    // A gateway or the service worker answered instead of speedwork: treat it as no connection.
    if (response.status === 502 || response.status === 503 || response.status === 504)
      throw new ApiError('offline', OFFLINE_MESSAGE, response.status, 'offline');
    throw new ApiError(
      kindOf(response.status, ''),
      `The server answered ${response.status}; nothing was changed.`,
      response.status,
      'http',
    );
  }
  return parsed as T;
}

/** The words to show for any error caught around an API call. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
