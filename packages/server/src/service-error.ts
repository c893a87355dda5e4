/**
 * Expected failures of a service, with a stable reason. Services know no HTTP: the one error handler in
 * http/error-handler.ts maps reasons to statuses.
 */
export type ServiceReason =
  | 'invalid-input'
  | 'not-found'
  | 'email-taken'
  | 'bad-credentials'
  | 'no-profile'
  | 'no-plan'
  | 'rate-limited';

export interface FieldProblem {
  /** The body field, dotted for nested ones: `recent.time`, `reps.0.timeS`. */
  field: string;
  reason: string;
  message: string;
  /** What the field accepts, in words (from core's validation), for clients that word messages themselves. */
  accepted?: string;
  given?: string;
}

export class ServiceError extends Error {
  constructor(
    readonly reason: ServiceReason,
    message: string,
    readonly fields: FieldProblem[] = [],
    /** Seconds to wait, for `rate-limited`. */
    readonly retryAfterS?: number,
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
