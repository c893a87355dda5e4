/**
 * The API's request and response bodies as plain TypeScript types, for clients (the web app, scripts).
 * Type-only: importing this pulls in no server code.
 */
export type { Account } from './accounts/accounts.service.js';
export type { TokenInfo } from './tokens/tokens.service.js';
export type { CalendarFeedState } from './calendar/calendar.service.js';
export type { ProfileBody } from './profile/profile-input.js';
export type { StoredProfile } from './profile/profile.service.js';
export type { PlanDocument, SessionDocument } from './plans/plan-documents.js';
export type { Today } from './plans/plans.service.js';
export type { LogBody, LogDocument } from './logs/log-body.js';
export type { RaceBody, RaceDocument } from './races/race-body.js';
export type { ExportDocument } from './data-export/export-document.js';
import type { FieldProblem } from './service-error.js';
export type { FieldProblem };
export type { ActivityUpload } from './activities/activities.service.js';

/** Every error response: `{ error: { code, message, fields } }`. */
export interface ErrorBody {
  error: { code: string; message: string; fields: FieldProblem[] };
}
export type { PlanChanges, PlanRevisionDocument } from './plans/plans.service.js';
export type { PlanChangeDocument, RevisionReason } from './plans/plan-updates.js';
export type { ConfirmationReason } from './activities/activities.service.js';
