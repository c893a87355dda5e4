/** Reads and replaces all of one runner's records, for export and import. */
import type { Kysely } from 'kysely';
import type {
  Database,
  LogRevisionsTable,
  LogsTable,
  PlanRevisionsTable,
  PlansTable,
  ProfilesTable,
  RacesTable,
  SessionsTable,
} from '../db/tables.js';
import { insertBatches } from '../db/insert-batches.js';
import { runnerTransaction } from '../db/runner-transaction.js';

export interface RunnerRecords {
  profile: ProfilesTable | undefined;
  plans: PlansTable[];
  planRevisions: PlanRevisionsTable[];
  sessions: SessionsTable[];
  logs: LogsTable[];
  revisions: LogRevisionsTable[];
  races: RacesTable[];
  tokens: { name: string; created_at: string; revoked_at: string | null }[];
}

export class DataExportRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async read(runnerId: string): Promise<RunnerRecords> {
    const db = this.db;
    const [profile, plans, planRevisions, sessions, logs, revisions, races, tokens] = await Promise.all([
      db.selectFrom('profiles').selectAll().where('runner_id', '=', runnerId).executeTakeFirst(),
      db.selectFrom('plans').selectAll().where('runner_id', '=', runnerId).orderBy('created_at').execute(),
      db
        .selectFrom('plan_revisions')
        .selectAll()
        .where('runner_id', '=', runnerId)
        .orderBy('plan_id')
        .orderBy('number')
        .execute(),
      db
        .selectFrom('sessions')
        .selectAll()
        .where('runner_id', '=', runnerId)
        .orderBy('plan_id')
        .orderBy('position')
        .execute(),
      db.selectFrom('logs').selectAll().where('runner_id', '=', runnerId).execute(),
      db
        .selectFrom('log_revisions')
        .selectAll()
        .where('runner_id', '=', runnerId)
        .orderBy('session_id')
        .orderBy('revision')
        .execute(),
      db.selectFrom('races').selectAll().where('runner_id', '=', runnerId).orderBy('date').execute(),
      db
        .selectFrom('access_tokens')
        .select(['name', 'created_at', 'revoked_at'])
        .where('runner_id', '=', runnerId)
        .execute(),
    ]);
    return { profile, plans, planRevisions, sessions, logs, revisions, races, tokens };
  }

  /** Replaces the runner's profile, plans, logs and races with these, all or nothing. */
  async replace(runnerId: string, records: Omit<RunnerRecords, 'tokens'>): Promise<void> {
    await runnerTransaction(this.db, runnerId, async (trx) => {
      await trx.deleteFrom('plans').where('runner_id', '=', runnerId).execute();
      await trx.deleteFrom('races').where('runner_id', '=', runnerId).execute();
      await trx.deleteFrom('profiles').where('runner_id', '=', runnerId).execute();
      if (records.profile) await trx.insertInto('profiles').values(records.profile).execute();
      await insertBatches(trx, 'plans', records.plans);
      await insertBatches(trx, 'plan_revisions', records.planRevisions);
      await insertBatches(trx, 'sessions', records.sessions);
      await insertBatches(trx, 'logs', records.logs);
      await insertBatches(trx, 'log_revisions', records.revisions);
      await insertBatches(trx, 'races', records.races);
    });
  }
}
