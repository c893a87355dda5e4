/**
 * An export file checked before anything of it is stored (issue 11, finding 4): the profile as a profile
 * (`PUT /api/me/profile`'s rules), every plan and session against the published plan schema
 * (packages/core/schema/plan.schema.json), every log as a log, revision numbers once each, one current plan,
 * dates a plan can have, and no control character or deep nesting anywhere. The first problem is named by
 * its path in the file (`plans.0.sessions.3.session.intervals`), and the import stores nothing.
 *
 * Pure and synchronous: no database, no clock of its own, so it can run wherever the file is parsed.
 */
import { createRequire } from 'node:module';
import { z } from '@hono/zod-openapi';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { firstTextProblem } from '../document-text.js';
import { LogBody } from '../logs/log-body.js';
import { ServiceError } from '../service-error.js';
import type { FieldProblem } from '../service-error.js';
import { START_DAYS_AHEAD, validProfile } from '../profile/profile-input.js';
import type { ProfileBody } from '../profile/profile-input.js';
import type { ExportDocument } from './export-document.js';

const Ajv2020 = Ajv2020Module.default;

/** Dates any record of a plan may carry: before them, or past them, no plan of ours ever ran. */
export const FIRST_DATE = '2000-01-01';
export const LAST_DATE = '2100-12-31';

/** A log as stored: the runner's log body with its revision and time. */
const StoredLog = LogBody.extend({ revision: z.number().int().min(1), updatedAt: z.string() });

let validators: { plan: ValidateFunction; session: ValidateFunction } | undefined;

/** The plan schema's validators for a whole plan and for one session, compiled once on first use. */
function schemas(): { plan: ValidateFunction; session: ValidateFunction } {
  if (!validators) {
    const schema = createRequire(import.meta.url)('@speedwork/core/schema/plan.schema.json') as object;
    const ajv = new Ajv2020({ allErrors: false });
    ajv.addSchema(schema, 'plan');
    const plan = ajv.getSchema('plan');
    const session = ajv.getSchema('plan#/$defs/session');
    if (!plan || !session) throw new Error('plan.schema.json has no plan or session');
    validators = { plan, session };
  }
  return validators;
}

class ImportProblem extends ServiceError {
  constructor(problem: FieldProblem) {
    super('invalid-input', `The file has problems: ${problem.field} ${problem.message}.`, [problem]);
  }
}

const fail = (field: string, reason: string, message: string, given?: string): never => {
  throw new ImportProblem({ field, reason, message, ...(given === undefined ? {} : { given }) });
};

/** The first schema error as a problem at its path below `at`. */
function schemaProblem(at: string, errors: ErrorObject[] | null | undefined): never {
  const error = errors?.[0];
  const path = (error?.instancePath ?? '').split('/').filter(Boolean).join('.');
  const missing =
    error?.keyword === 'required'
      ? `.${String((error.params as { missingProperty?: string }).missingProperty)}`
      : '';
  return fail(
    `${at}${path ? `.${path}` : ''}${missing}`,
    error?.keyword ?? 'schema',
    error?.keyword === 'required'
      ? 'is required'
      : `${error?.message ?? 'does not match the schema'}${
          error?.keyword === 'enum'
            ? ` (${(error.params as { allowedValues?: unknown[] }).allowedValues?.join(', ') ?? ''})`
            : ''
        }`,
  );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function checkDate(field: string, date: unknown): void {
  if (typeof date === 'string' && (date < FIRST_DATE || date > LAST_DATE))
    fail(
      field,
      'date-out-of-range',
      `is outside the dates a plan can have; accepted: ${FIRST_DATE} to ${LAST_DATE}`,
      date,
    );
}

function checkLog(at: string, json: string): number {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return fail(at, 'invalid-json', 'is not a log as JSON text');
  }
  const result = StoredLog.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    return fail(
      `${at}${issue?.path.length ? `.${issue.path.join('.')}` : ''}`,
      issue?.code ?? 'invalid',
      issue?.message ?? 'is not a log',
    );
  }
  return result.data.revision;
}

/**
 * Throws a ServiceError (`invalid-input`) naming the first problem of the file; returns when all of it may
 * be stored. `today` bounds the profile's start as saving a profile does (at most two years ahead).
 * @example checkImport(file, '2026-12-09')
 */
export function checkImport(file: ExportDocument, today: string): void {
  const text = firstTextProblem(file);
  if (text) fail(text.field, text.reason, text.message);
  if (file.profile) {
    const input = file.profile.input;
    if (!isObject(input)) fail('profile.input', 'not-an-object', 'must be the profile as an object');
    try {
      validProfile(input as ProfileBody);
    } catch (error) {
      const first = error instanceof ServiceError ? error.fields[0] : undefined;
      if (first) throw new ImportProblem({ ...first, field: `profile.input.${first.field}` });
      throw error;
    }
    const last = new Date(Date.parse(`${today}T00:00:00Z`) + START_DAYS_AHEAD * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const start = (input as { start: string }).start;
    if (start > last)
      fail(
        'profile.input.start',
        'start-out-of-range',
        `is more than two years ahead; accepted: up to ${last}`,
        start,
      );
    checkDate('profile.input.start', start);
  }
  const { plan: planSchema, session: sessionSchema } = schemas();
  let current: number | undefined;
  for (const [i, plan] of file.plans.entries()) {
    const at = `plans.${i}`;
    if (plan.current) {
      if (current !== undefined)
        fail(
          `${at}.current`,
          'second-current',
          `is a second current plan (plans.${current} is one); accepted: one`,
        );
      current = i;
    }
    if (!isObject(plan.plan)) fail(`${at}.plan`, 'not-an-object', 'must be the plan as an object');
    // The plan's header is stored apart from its sessions: checked as a plan without any.
    if (!planSchema({ ...(plan.plan as object), sessions: [] }))
      schemaProblem(`${at}.plan`, planSchema.errors);
    const header = plan.plan as { profile: { start: string; raceDate?: string } };
    checkDate(`${at}.plan.profile.start`, header.profile.start);
    checkDate(`${at}.plan.profile.raceDate`, header.profile.raceDate);
    const keys = new Set<string>();
    for (const [j, s] of plan.sessions.entries()) {
      const sat = `${at}.sessions.${j}`;
      if (!sessionSchema(s.session)) schemaProblem(`${sat}.session`, sessionSchema.errors);
      const session = s.session as { id: string; date: string };
      if (session.date !== s.date)
        fail(`${sat}.date`, 'date-mismatch', `is not the session's own date ${session.date}`, s.date);
      checkDate(`${sat}.date`, s.date);
      if (keys.has(session.id))
        fail(
          `${sat}.session.id`,
          'duplicate',
          'appears twice in the plan; accepted: each id once',
          session.id,
        );
      keys.add(session.id);
      if (!s.log) continue;
      checkLog(`${sat}.log.current`, s.log.current);
      const revisions = new Set<number>();
      for (const [k, v] of s.log.revisions.entries()) {
        if (revisions.has(v.revision))
          fail(
            `${sat}.log.revisions.${k}.revision`,
            'duplicate',
            `revision ${v.revision} appears twice; accepted: each number once`,
            String(v.revision),
          );
        revisions.add(v.revision);
        checkLog(`${sat}.log.revisions.${k}.logJson`, v.logJson);
      }
    }
    const numbers = new Set<number>();
    for (const [k, v] of (plan.revisions ?? []).entries()) {
      if (numbers.has(v.number))
        fail(
          `${at}.revisions.${k}.number`,
          'duplicate',
          `revision ${v.number} appears twice; accepted: each number once`,
          String(v.number),
        );
      numbers.add(v.number);
    }
  }
  for (const [i, race] of file.races.entries()) checkDate(`races.${i}.date`, race.date);
}
