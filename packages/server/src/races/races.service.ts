/**
 * Races and time trials: progress toward the goal (R-GOL-1), what the runner's paces come from, and what
 * re-paces the plan (R-ADA-2): every write adapts the current plan in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import { pacesReport, parseDayNumber, parseRaceResult, vdotFromRace } from '@speedwork/core';
import type { PacesReport, RaceResult } from '@speedwork/core';
import type { Kysely } from 'kysely';
import { dateOf } from '../config/clock.js';
import type { Clock } from '../config/clock.js';
import type { Database, RacesTable } from '../db/tables.js';
import type { PlanUpdates } from '../plans/plan-updates.js';
import { PlansRepository } from '../plans/plans.repository.js';
import { planChanges } from '../plans/plans.service.js';
import type { PlanChanges } from '../plans/plans.service.js';
import { issueFields } from '../profile/profile-input.js';
import type { ProfileService } from '../profile/profile.service.js';
import { ServiceError } from '../service-error.js';
import type { FieldProblem } from '../service-error.js';
import type { RunnerCache } from '../cache/runner-cache.js';
import type { RaceBody, RaceDocument } from './race-body.js';
import { RacesRepository } from './races.repository.js';
import { runnerTransaction } from '../db/runner-transaction.js';

export class RacesService {
  private readonly races: RacesRepository;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly updates: PlanUpdates,
    private readonly clock: Clock,
    private readonly cache: RunnerCache,
  ) {
    this.races = new RacesRepository(db);
  }

  async add(runnerId: string, body: RaceBody): Promise<RaceDocument & PlanChanges> {
    const row = this.validRow(runnerId, randomUUID(), body);
    return this.write(runnerId, body.sessionId, async (races) => {
      await races.insert(row);
      return raceDocument(row);
    });
  }

  /** Replaces a race's date, distance, time, kind or session. */
  async update(runnerId: string, id: string, body: RaceBody): Promise<RaceDocument & PlanChanges> {
    const row = this.validRow(runnerId, id, body);
    return this.write(runnerId, body.sessionId, async (races) => {
      const before = await races.find(runnerId, id);
      if (!before) throw new ServiceError('not-found', 'No such race.');
      const updated = { ...row, created_at: before.created_at };
      await races.update(updated);
      return raceDocument(updated);
    });
  }

  async list(runnerId: string): Promise<RaceDocument[]> {
    return (await this.races.list(runnerId)).map(raceDocument);
  }

  async delete(runnerId: string, id: string): Promise<{ id: string } & PlanChanges> {
    return this.write(runnerId, undefined, async (races) => {
      if (!(await races.delete(runnerId, id))) throw new ServiceError('not-found', 'No such race.');
      return { id };
    });
  }

  /** The latest race as a race result, the freshest measure of fitness. */
  async latest(runnerId: string): Promise<RaceResult | undefined> {
    const row = await this.races.latest(runnerId);
    return row ? { distance: row.distance, distanceM: row.distance_m, timeS: row.time_s } : undefined;
  }

  /** The runner's paces now: from the latest race, else from the profile's recent race. */
  async paces(runnerId: string, profiles: ProfileService): Promise<PacesReport & { from: RaceResult }> {
    const from = (await this.latest(runnerId)) ?? (await profiles.get(runnerId)).profile.recent;
    return { ...pacesReport(from.distanceM, from.timeS), from };
  }

  /** The write and the adaptation it brings, in one transaction. */
  private async write<T extends object>(
    runnerId: string,
    sessionId: string | undefined,
    work: (races: RacesRepository) => Promise<T>,
  ): Promise<T & PlanChanges> {
    const result = await runnerTransaction(this.db, runnerId, async (trx) => {
      if (sessionId !== undefined && !(await new PlansRepository(trx).findSession(runnerId, sessionId)))
        throw new ServiceError('not-found', 'No such session.');
      const locked = await this.updates.lock(trx, runnerId);
      const done = await work(new RacesRepository(trx));
      return { ...done, ...planChanges(await this.updates.adapt(trx, runnerId, locked)) };
    });
    this.cache.forgetReads(runnerId);
    return result;
  }

  /** The race as a row, or invalid-input naming every bad field (R-IN-1). */
  private validRow(runnerId: string, id: string, body: RaceBody): RacesTable {
    const problems: FieldProblem[] = [];
    const result = parseRaceResult('race', { distance: body.distance, time: body.time });
    if (!result.ok)
      problems.push(
        ...issueFields(result.issues).map((p) => ({ ...p, field: p.field.replace(/^race\./, '') })),
      );
    const day = parseDayNumber(body.date);
    const today = dateOf(this.clock);
    if (day === undefined)
      problems.push({
        field: 'date',
        reason: 'malformed-date',
        message: `date: ${JSON.stringify(body.date)} is not a date; accepted: YYYY-MM-DD up to ${today}`,
        given: body.date,
      });
    else if (body.date > today)
      problems.push({
        field: 'date',
        reason: 'future-date',
        message: `date: ${body.date} is in the future; accepted: the day of a race already run, up to ${today}`,
        given: body.date,
      });
    if (!result.ok || problems.length > 0) {
      throw new ServiceError('invalid-input', 'The race has problems; see fields.', problems);
    }
    return {
      id,
      runner_id: runnerId,
      date: body.date,
      distance: result.value.distance,
      distance_m: result.value.distanceM,
      time_s: result.value.timeS,
      kind: body.kind ?? 'race',
      created_at: this.clock().toISOString(),
      session_id: body.sessionId ?? null,
    };
  }
}

function raceDocument(row: RacesTable): RaceDocument {
  return {
    id: row.id,
    date: row.date,
    distance: row.distance,
    distanceM: row.distance_m,
    timeS: row.time_s,
    kind: row.kind === 'time-trial' ? 'time-trial' : 'race',
    vdot: Math.round(vdotFromRace(row.distance_m, row.time_s) * 10) / 10,
    ...(row.session_id === null ? {} : { sessionId: row.session_id }),
  };
}
