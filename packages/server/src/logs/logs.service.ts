/** Recording what a runner did in a session, idempotently, with history. */
import type { RunnerCache } from '../cache/runner-cache.js';
import type { Clock } from '../config/clock.js';
import type { PlansRepository } from '../plans/plans.repository.js';
import { ServiceError } from '../service-error.js';
import type { LogBody, LogDocument } from './log-body.js';
import type { LogsRepository } from './logs.repository.js';

export class LogsService {
  constructor(
    private readonly logs: LogsRepository,
    private readonly plans: PlansRepository,
    private readonly clock: Clock,
    private readonly cache: RunnerCache,
  ) {}

  async put(
    runnerId: string,
    sessionId: string,
    body: LogBody,
  ): Promise<{ log: LogDocument; changed: boolean }> {
    await this.ownedSession(runnerId, sessionId);
    const { logJson, changed } = await this.logs.put(
      runnerId,
      sessionId,
      canonical(body),
      body.status,
      this.clock().toISOString(),
    );
    if (changed) this.cache.forgetReads(runnerId);
    return { log: JSON.parse(logJson) as LogDocument, changed };
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
