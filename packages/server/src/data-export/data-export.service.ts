/** Data ownership: everything of a runner out as one JSON file, and back in on any instance. */
import type { RunnerCache } from '../cache/runner-cache.js';
import type { SessionType } from '@speedwork/core';
import { logRowsToCsv } from '@speedwork/formats';
import type { LogRow } from '@speedwork/formats';
import type { LogBody } from '../logs/log-body.js';
import type { AccountsService } from '../accounts/accounts.service.js';
import { dateOf } from '../config/clock.js';
import type { Clock } from '../config/clock.js';
import type { LogRevisionsTable } from '../db/tables.js';
import type { RevisionReason } from '../plans/plan-updates.js';
import type { DataExportRepository } from './data-export.repository.js';
import type { ExportDocument } from './export-document.js';
import { importRows } from './import-rows.js';
import type { ImportedRecords } from './import-rows.js';

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
   * Restores an export into this runner's account, replacing its profile, plans, logs and races (all or
   * nothing). A file with any problem (import-schema.ts) stores nothing.
   */
  async import(
    runnerId: string,
    file: ExportDocument,
  ): Promise<{ plans: number; sessions: number; logs: number; races: number }> {
    return this.restore(runnerId, importRows(file, runnerId, this.today()));
  }

  /** Writes the rows of an import made elsewhere (the parse pool, from the file's bytes). */
  async restore(
    runnerId: string,
    records: ImportedRecords,
  ): Promise<{ plans: number; sessions: number; logs: number; races: number }> {
    this.cache.forgetReads(runnerId);
    await this.records.replace(runnerId, records);
    this.cache.forgetReads(runnerId);
    const { plans, sessions, logs, races } = records;
    return { plans: plans.length, sessions: sessions.length, logs: logs.length, races: races.length };
  }

  /** Today's date (YYYY-MM-DD), for the import's checks of how far ahead a profile may start. */
  today(): string {
    return dateOf(this.clock);
  }
}
