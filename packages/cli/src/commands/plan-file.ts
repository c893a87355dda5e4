/** A plan saved with `speedwork plan --format json`, read back for `analyze --plan`. */
import { parseDayNumber, type Plan, type Session } from '@speedwork/core';
import { ioProblem, type CliIo } from '../io/cli-io.js';

export type PlanFile = { ok: true; plan: Plan } | { ok: false; problem: string };

/**
 * Reads and checks a plan file: JSON, `format: "speedwork.plan/1"`, sessions with dates.
 * @example await readPlanFile(io, 'plan.json') // { ok: true, plan }
 */
export async function readPlanFile(io: CliIo, path: string): Promise<PlanFile> {
  let text: string;
  try {
    text = new TextDecoder().decode(await io.readFile(path));
  } catch (error) {
    return { ok: false, problem: `${path}: ${ioProblem(error)}` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problem: `${path}: not JSON; save a plan with \`speedwork plan ... --format json > ${path}\``,
    };
  }
  if (!isPlan(parsed)) {
    return {
      ok: false,
      problem: `${path}: not a speedwork plan (a JSON object with "format": "speedwork.plan/1")`,
    };
  }
  return { ok: true, plan: parsed };
}

function isPlan(value: unknown): value is Plan {
  if (typeof value !== 'object' || value === null) return false;
  const plan = value as Record<string, unknown>;
  const profile = plan.profile as Record<string, unknown> | undefined;
  return (
    plan.format === 'speedwork.plan/1' &&
    Array.isArray(plan.sessions) &&
    plan.sessions.every(isSession) &&
    typeof profile === 'object' &&
    (profile.units === 'km' || profile.units === 'mi')
  );
}

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const session = value as Record<string, unknown>;
  return (
    typeof session.date === 'string' &&
    parseDayNumber(session.date) !== undefined &&
    typeof session.type === 'string' &&
    typeof session.title === 'string' &&
    (session.intervals === undefined || Array.isArray(session.intervals))
  );
}
