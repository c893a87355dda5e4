/**
 * The files `speedwork adapt` reads besides the plan: LOGS.json and RACES.json (SPEC section 3). Every problem
 * names the file and the field (`logs.json: [2].status: ...`), as R-IN-1 asks, and all of them are reported at
 * once.
 */
import {
  describeIssue,
  parseDayNumber,
  parseRaceResult,
  type LogStatus,
  type Plan,
  type RaceEntry,
  type SessionLog,
} from '@speedwork/core';
import { ioProblem, type CliIo } from '../io/cli-io.js';

export const LOG_STATUSES: readonly LogStatus[] = ['done', 'partly', 'skipped', 'pain', 'ill'];
const RACE_KINDS = ['race', 'time-trial'] as const;

export type FileRead<T> = { ok: true; value: T } | { ok: false; problems: string[] };

async function readJson(io: CliIo, path: string): Promise<FileRead<unknown>> {
  let text: string;
  try {
    text = new TextDecoder().decode(await io.readFile(path));
  } catch (error) {
    return { ok: false, problems: [`${path}: ${ioProblem(error)}`] };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problems: [`${path}: not JSON; accepted: a JSON array`] };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function given(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function positive(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/**
 * LOGS.json: one entry per logged session of the plan.
 * @example await readLogsFile(io, 'logs.json', plan) // { ok: true, value: [{ sessionId, status: 'done' }] }
 */
export async function readLogsFile(io: CliIo, path: string, plan: Plan): Promise<FileRead<SessionLog[]>> {
  const json = await readJson(io, path);
  if (!json.ok) return json;
  if (!Array.isArray(json.value))
    return { ok: false, problems: [`${path}: is not a list; accepted: a JSON array of session logs`] };
  const ids = new Set(plan.sessions.map((s) => s.id));
  const problems: string[] = [];
  const logs: SessionLog[] = [];
  json.value.forEach((entry: unknown, i) => {
    const at = `${path}: [${i}]`;
    if (!isRecord(entry)) {
      problems.push(`${at}: is not an object; accepted: { "sessionId", "status", "rpe", "reps" }`);
      return;
    }
    const before = problems.length;
    const { sessionId, status, rpe, reps } = entry;
    if (typeof sessionId !== 'string')
      problems.push(`${at}.sessionId: is required; accepted: the id of a session of the plan`);
    else if (!ids.has(sessionId))
      problems.push(
        `${at}.sessionId: ${given(sessionId)} is not a session of the plan; accepted: an "id" from its sessions`,
      );
    if (typeof status !== 'string' || !LOG_STATUSES.includes(status as LogStatus))
      problems.push(
        `${at}.status: ${status === undefined ? 'is required' : `${given(status)} is not one of the accepted values`}; accepted: ${LOG_STATUSES.join(', ')}`,
      );
    if (rpe !== undefined && (typeof rpe !== 'number' || !Number.isInteger(rpe) || rpe < 1 || rpe > 10))
      problems.push(`${at}.rpe: ${given(rpe)} is not an effort; accepted: a whole number from 1 to 10`);
    if (reps !== undefined && !Array.isArray(reps))
      problems.push(`${at}.reps: is not a list; accepted: [{ "timeS", "distanceM" }]`);
    const repList: SessionLog['reps'] = [];
    if (Array.isArray(reps)) {
      reps.forEach((rep: unknown, r) => {
        if (!isRecord(rep)) {
          problems.push(`${at}.reps[${r}]: is not an object; accepted: { "timeS", "distanceM" }`);
          return;
        }
        const out: { timeS?: number; distanceM?: number } = {};
        for (const field of ['timeS', 'distanceM'] as const) {
          const value = rep[field];
          if (value === undefined || value === null) continue;
          if (!positive(value))
            problems.push(`${at}.reps[${r}].${field}: ${given(value)} is not a positive number`);
          else out[field] = value as number;
        }
        repList.push(out);
      });
    }
    if (problems.length > before || typeof sessionId !== 'string') return;
    const log: SessionLog = { sessionId, status: status as LogStatus };
    if (typeof rpe === 'number') log.rpe = rpe;
    if (Array.isArray(reps)) log.reps = repList;
    logs.push(log);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: logs };
}

/**
 * RACES.json: races and time trials with the distance and time as a runner writes them.
 * @example await readRacesFile(io, 'races.json') // { ok: true, value: [{ date, distanceM: 5000, timeS: 1450, kind: 'time-trial' }] }
 */
export async function readRacesFile(io: CliIo, path: string): Promise<FileRead<RaceEntry[]>> {
  const json = await readJson(io, path);
  if (!json.ok) return json;
  if (!Array.isArray(json.value))
    return { ok: false, problems: [`${path}: is not a list; accepted: a JSON array of races`] };
  const problems: string[] = [];
  const races: RaceEntry[] = [];
  json.value.forEach((entry: unknown, i) => {
    const at = `[${i}]`;
    if (!isRecord(entry)) {
      problems.push(`${path}: ${at}: is not an object; accepted: { "date", "distance", "time", "kind" }`);
      return;
    }
    const before = problems.length;
    const { date, distance, time, kind } = entry;
    if (typeof date !== 'string' || parseDayNumber(date) === undefined)
      problems.push(
        `${path}: ${at}.date: ${date === undefined ? 'is required' : `${given(date)} is not a date`}; accepted: YYYY-MM-DD`,
      );
    if (kind !== undefined && !RACE_KINDS.includes(kind as (typeof RACE_KINDS)[number]))
      problems.push(
        `${path}: ${at}.kind: ${given(kind)} is not one of the accepted values; accepted: ${RACE_KINDS.join(', ')}`,
      );
    const result = parseRaceResult(at, { distance, time });
    if (!result.ok) problems.push(...result.issues.map((issue) => `${path}: ${describeIssue(issue)}`));
    if (problems.length > before || !result.ok || typeof date !== 'string') return;
    races.push({
      date,
      distanceM: result.value.distanceM,
      timeS: result.value.timeS,
      kind: kind === 'time-trial' ? 'time-trial' : 'race',
    });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: races };
}
