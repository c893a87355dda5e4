/**
 * An export file as the rows that restore it: checked whole (import-schema.ts) and turned into table rows with
 * new ids, so a file can be imported next to the account it came from without clashing. Pure, so it runs in a
 * parse worker: checking and converting a large file took the request thread for over a second.
 */
import { randomUUID } from 'node:crypto';
import type {
  LogRevisionsTable,
  LogsTable,
  PlanRevisionsTable,
  PlansTable,
  RacesTable,
  SessionsTable,
} from '../db/tables.js';
import type { RunnerRecords } from './data-export.repository.js';
import type { ExportDocument } from './export-document.js';
import { checkImport } from './import-schema.js';

/** What an import writes: everything of a runner but their tokens. */
export type ImportedRecords = Omit<RunnerRecords, 'tokens'>;

/** The rows that restore `file` for `runnerId`; throws `ServiceError` (invalid-input) for a file with a problem. */
export function importRows(file: ExportDocument, runnerId: string, today: string): ImportedRecords {
  checkImport(file, today);
  const newSessionIds = new Map<string, string>();
  const plans: PlansTable[] = [];
  const planRevisions: PlanRevisionsTable[] = [];
  const sessions: SessionsTable[] = [];
  const logs: LogsTable[] = [];
  const revisions: LogRevisionsTable[] = [];
  for (const plan of file.plans) {
    const planId = randomUUID();
    plans.push({
      id: planId,
      runner_id: runnerId,
      created_at: plan.createdAt,
      is_current: plan.current ? 1 : 0,
      plan_json: JSON.stringify(plan.plan),
      revision: Math.max(1, ...(plan.revisions ?? []).map((v) => v.number)),
      version: 1,
    });
    plan.sessions.forEach((s, position) => {
      const sessionId = randomUUID();
      newSessionIds.set(s.id, sessionId);
      sessions.push({
        id: sessionId,
        plan_id: planId,
        runner_id: runnerId,
        date: s.date,
        position,
        ...sessionColumns(s.session),
      });
      if (!s.log) return;
      const current = JSON.parse(s.log.current) as {
        status?: string;
        revision?: number;
        updatedAt?: string;
      };
      logs.push({
        session_id: sessionId,
        runner_id: runnerId,
        status: current.status ?? 'done',
        revision: current.revision ?? 1,
        log_json: s.log.current,
        updated_at: current.updatedAt ?? plan.createdAt,
      });
      for (const v of s.log.revisions)
        revisions.push({
          session_id: sessionId,
          revision: v.revision,
          runner_id: runnerId,
          log_json: v.logJson,
          created_at: v.createdAt,
        });
    });
    // Changes name sessions by their API id, which is new here; the plan's own key (sessionKey) stays.
    for (const v of plan.revisions ?? [])
      planRevisions.push({
        plan_id: planId,
        number: v.number,
        runner_id: runnerId,
        created_at: v.createdAt,
        reason: v.reason,
        changes_json: JSON.stringify(
          v.changes.map((c) =>
            typeof c.sessionId === 'string' && newSessionIds.has(c.sessionId)
              ? { ...c, sessionId: newSessionIds.get(c.sessionId) }
              : c,
          ),
        ),
        diff_json: JSON.stringify(v.diff ?? null),
      });
  }
  const races: RacesTable[] = file.races.map((race) => ({
    id: randomUUID(),
    runner_id: runnerId,
    date: race.date,
    distance: race.distance,
    distance_m: race.distanceM,
    time_s: race.timeS,
    kind: race.kind,
    created_at: race.createdAt,
    session_id: (race.sessionId && newSessionIds.get(race.sessionId)) ?? null,
  }));
  const profile = file.profile
    ? {
        runner_id: runnerId,
        input_json: JSON.stringify(file.profile.input),
        updated_at: file.profile.updatedAt,
      }
    : undefined;
  return { profile, plans, planRevisions, sessions, logs, revisions, races };
}

/** An exported session as columns: its plan id (`2026-12-15-track`) apart from the rest of its JSON. */
function sessionColumns(session: unknown): { session_key: string | null; session_json: string } {
  const { id, ...rest } = session as { id?: unknown };
  return { session_key: typeof id === 'string' ? id : null, session_json: JSON.stringify(rest) };
}
