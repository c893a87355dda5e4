/** What the request thread and a parse worker say to each other (structured-cloned, bytes transferred). */
import type { Session } from '@speedwork/core';
import type { FormatErrorCode } from '@speedwork/formats';
import type { FieldProblem, ServiceReason } from '../service-error.js';

export type ParseTask =
  /** Decode a FIT, GPX or TCX file and find its reps, matched to `session`. */
  | { kind: 'activity'; bytes: Uint8Array; session: Session; maxBytes: number }
  /** Parse a JSON request body (UTF-8). */
  | { kind: 'json'; bytes: Uint8Array }
  /** Parse and check an export file and turn it into the rows that restore it for `runnerId`. */
  | { kind: 'import'; bytes: Uint8Array; runnerId: string; today: string };

export interface ParseRequest {
  id: number;
  task: ParseTask;
}

/** An error as it crosses threads: enough to throw the same kind again on the request thread. */
export type ParseFailure =
  | { name: 'FormatError'; code: FormatErrorCode; message: string; kind: string | null }
  | { name: 'SyntaxError'; message: string }
  | { name: 'ServiceError'; reason: ServiceReason; message: string; fields: FieldProblem[] }
  | { name: 'Error'; message: string };

export type ParseReply =
  /** `value`: an `ActivityAnalysis` for an activity, the parsed JSON for a body, the rows for an import. */
  | { id: number; ok: true; value: unknown; threadId: number }
  | { id: number; ok: false; error: ParseFailure; threadId: number };
