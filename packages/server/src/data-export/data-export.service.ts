/** Data ownership: everything of a runner out as one JSON file, and back in on any instance. */
import type { RunnerCache } from '../cache/runner-cache.js';
import { randomUUID } from 'node:crypto';
import type { SessionType } from '@speedwork/core';
import { logRowsToCsv } from '@speedwork/formats';
import type { LogRow } from '@speedwork/formats';
import type { LogBody } from '../logs/log-body.js';
import type { AccountsService } from '../accounts/accounts.service.js';
import type { Clock } from '../config/clock.js';
import type {
  LogRevisionsTable,
  LogsTable,
  PlanRevisionsTable,
  PlansTable,
  RacesTable,
  SessionsTable,
} from '../db/tables.js';
import type { RevisionReason } from '../plans/plan-updates.js';
import type { DataExportRepository } from './data-export.repository.js';
import type { ExportDocument } from './export-document.js';
import { checkImport } from './import-schema.js';

export class DataExportService {
  constructor(
    private readonly records: DataExportRepository,
    private readonly accounts: AccountsService,
    private readonly clock: Clock,
    private readonly cache: RunnerCache,
  ) {}

  async export(runnerId: string): Promise<ExportDocument> {
    const account = await this.accounts.account(runnerId);
    const r = await this.records.read(runnerId);
    const logBySession = new Map(r.logs.map((l) => [l.session_id, l]));
    const revisionsBySession = new Map<string, LogRevisionsTable[]>();
    for (const rev of r.revisions)
      revisionsBySession.set(rev.session_id, [...(revisionsBySession.get(rev.session_id) ?? []), rev]);
    return {
      format: 'speedwork.export/1',
      exportedAt: this.clock().toISOString(),
      runner: { email: account.email, name: account.name, createdAt: account.createdAt },
      profile: r.profile
        ? { input: JSON.parse(r.profile.input_json) as unknown, updatedAt: r.profile.updated_at }
        : null,
      plans: r.plans.map((plan) => ({
        id: plan.id,
        createdAt: plan.created_at,
        current: plan.is_current === 1,
        plan: JSON.parse(plan.plan_json) as unknown,
        revisions: r.planRevisions
          .filter((v) => v.plan_id === plan.id)
          .map((v) => ({
            number: v.number,
            createdAt: v.created_at,
            reason: v.reason as RevisionReason,
            changes: JSON.parse(v.changes_json) as Record<string, unknown>[],
            diff: JSON.parse(v.diff_json) as unknown,
          })),
        sessions: r.sessions
          .filter((s) => s.plan_id === plan.id)
          .map((s) => {
            const log = logBySession.get(s.id);
            return {
              id: s.id,
              date: s.date,
              session: { id: s.session_key, ...(JSON.parse(s.session_json) as object) },
              log: log
                ? {
                    current: log.log_json,
                    revisions: (revisionsBySession.get(s.id) ?? []).map((v) => ({
                      revision: v.revision,
                      logJson: v.log_json,
                      createdAt: v.created_at,
                    })),
                  }
                : null,
            };
          }),
      })),
      races: r.races.map((race) => ({
        id: race.id,
        date: race.date,
        distance: race.distance,
        distanceM: race.distance_m,
        timeS: race.time_s,
        kind: race.kind as 'race' | 'time-trial',
        createdAt: race.created_at,
        sessionId: race.session_id,
      })),
      tokens: r.tokens.map((t) => ({ name: t.name, createdAt: t.created_at, revokedAt: t.revoked_at })),
    };
  }

  /** Every logged session, oldest first, as CSV (RFC 4180) for a spreadsheet. */
  async logsCsv(runnerId: string): Promise<string> {
    const r = await this.records.read(runnerId);
    const sessionById = new Map(r.sessions.map((s) => [s.id, s]));
    const rows: LogRow[] = [];
    for (const log of r.logs) {
      const session = sessionById.get(log.session_id);
      if (!session) continue;
      const body = JSON.parse(log.log_json) as LogBody;
      const { type } = JSON.parse(session.session_json) as { type: SessionType };
      // The CSV's statuses predate `pain` and `ill`: those read as partial, the word leads the notes.
      const eased = body.status === 'pain' || body.status === 'ill';
      const status = body.status === 'pain' || body.status === 'ill' ? 'partial' : body.status;
      const row: LogRow = { date: session.date, type, status };
      if (body.rpe !== undefined) row.rpe = body.rpe;
      if (eased) row.notes = body.notes === undefined ? body.status : `${body.status}: ${body.notes}`;
      else if (body.notes !== undefined) row.notes = body.notes;
      if (body.reps)
        row.reps = body.reps.flatMap((rep) =>
          rep.timeS === undefined
            ? []
            : [
                {
                  durationS: rep.timeS,
                  ...(rep.distanceM === undefined ? {} : { distanceM: rep.distanceM }),
                },
              ],
        );
      rows.push(row);
    }
    rows.sort((a, b) => a.date.localeCompare(b.date));
    return logRowsToCsv(rows);
  }

  /**
   * Restores an export into this runner's account, replacing its profile, plans, logs and races. Ids are
   * new, so a file can be imported next to the account it came from without clashing. A file with any
   * problem (import-schema.ts) stores nothing.
   */
  async import(
    runnerId: string,
    file: ExportDocument,
  ): Promise<{ plans: number; sessions: number; logs: number; races: number }> {
    checkImport(file, this.clock().toISOString().slice(0, 10));
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
    this.cache.forgetReads(runnerId);
    await this.records.replace(runnerId, { profile, plans, planRevisions, sessions, logs, revisions, races });
    this.cache.forgetReads(runnerId);
    return { plans: plans.length, sessions: sessions.length, logs: logs.length, races: races.length };
  }
}

/** An exported session as columns: its plan id (`2026-12-15-track`) apart from the rest of its JSON. */
function sessionColumns(session: unknown): { session_key: string | null; session_json: string } {
  const { id, ...rest } = session as { id?: unknown };
  return { session_key: typeof id === 'string' ? id : null, session_json: JSON.stringify(rest) };
}
