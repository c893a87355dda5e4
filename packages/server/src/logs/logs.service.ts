/** Recording what a runner did in a session, idempotently, with history; the plan adapts in the same write. */
import type { Kysely } from 'kysely';
import type { RunnerCache } from '../cache/runner-cache.js';
import type { Clock } from '../config/clock.js';
import type { Database } from '../db/tables.js';
import type { PlanUpdates } from '../plans/plan-updates.js';
import { PlansRepository } from '../plans/plans.repository.js';
import { planChanges } from '../plans/plans.service.js';
import type { PlanChanges } from '../plans/plans.service.js';
import { ServiceError } from '../service-error.js';
import type { LogBody, LogDocument } from './log-body.js';
import { LogsRepository } from './logs.repository.js';

export class LogsService {
  private readonly logs: LogsRepository;
  private readonly plans: PlansRepository;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly updates: PlanUpdates,
    private readonly clock: Clock,
    private readonly cache: RunnerCache,
  ) {
    this.logs = new LogsRepository(db);
    this.plans = new PlansRepository(db);
  }

  /**
   * Stores the log and adapts the current plan to it (R-ADA-1..6) in one transaction: either both are
   * stored or neither. The same body twice stores one log and adapts nothing.
   */
  async put(
    runnerId: string,
    sessionId: string,
    body: LogBody,
  ): Promise<{ log: LogDocument; changed: boolean } & PlanChanges> {
    // No runner lock (db/runner-transaction.ts) here: the plan rows `lock` updates first order one runner's
    // log writes as well, one round trip fewer on the hottest write.
    const result = await this.db.transaction().execute(async (trx) => {
      const locked = await this.updates.lock(trx, runnerId, sessionId);
      const stored = await new LogsRepository(trx).put(
        runnerId,
        sessionId,
        canonical(body),
        body.status,
        this.clock().toISOString(),
      );
      if (!stored) throw new ServiceError('not-found', 'No such session.');
      const { logJson, changed } = stored;
      const update = changed
        ? await this.updates.adapt(trx, runnerId, locked, sessionId)
        : { revision: null, changes: [] };
      return { log: JSON.parse(logJson) as LogDocument, changed, ...planChanges(update) };
    });
    if (result.changed) this.cache.forgetReads(runnerId);
    return result;
  }

  async history(runnerId: string, sessionId: string): Promise<LogDocument[]> {
    await this.ownedSession(runnerId, sessionId);
    return (await this.logs.history(sessionId)).map((r) => JSON.parse(r.log_json) as LogDocument);
  }

  private async ownedSession(runnerId: string, sessionId: string): Promise<void> {
    if (!(await this.plans.findSession(runnerId, sessionId)))
      throw new ServiceError('not-found', 'No such session.');
  }
}

/** One spelling per log, so the same log sent twice compares equal whatever the key order. */
function canonical(body: LogBody): string {
  const ordered: LogBody = { status: body.status };
  if (body.rpe !== undefined) ordered.rpe = body.rpe;
  if (body.notes !== undefined) ordered.notes = body.notes;
  if (body.reps !== undefined)
    ordered.reps = body.reps.map((r) => ({
      ...(r.timeS === undefined ? {} : { timeS: r.timeS }),
      ...(r.distanceM === undefined ? {} : { distanceM: r.distanceM }),
    }));
  if (body.exercises !== undefined) {
    ordered.exercises = body.exercises.map((e) => ({
      id: e.id,
      sets: e.sets.map((s) => ({
        ...(s.reps === undefined ? {} : { reps: s.reps }),
        ...(s.loadKg === undefined ? {} : { loadKg: s.loadKg }),
        ...(s.durationS === undefined ? {} : { durationS: s.durationS }),
      })),
    }));
  }
  return JSON.stringify(ordered);
}
