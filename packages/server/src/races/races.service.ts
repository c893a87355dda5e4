/** Races and time trials: progress toward the goal (R-GOL-1), and what the runner's paces come from. */
import { randomUUID } from 'node:crypto';
import { pacesReport, parseDayNumber, parseRaceResult, vdotFromRace } from '@speedwork/core';
import type { PacesReport, RaceResult } from '@speedwork/core';
import type { Clock } from '../config/clock.js';
import type { RacesTable } from '../db/tables.js';
import { issueFields } from '../profile/profile-input.js';
import type { ProfileService } from '../profile/profile.service.js';
import { ServiceError } from '../service-error.js';
import type { FieldProblem } from '../service-error.js';
import type { RaceBody, RaceDocument } from './race-body.js';
import type { RacesRepository } from './races.repository.js';
import type { PlansRepository } from '../plans/plans.repository.js';

export class RacesService {
  constructor(
    private readonly races: RacesRepository,
    private readonly plans: PlansRepository,
    private readonly clock: Clock,
  ) {}

  async add(runnerId: string, body: RaceBody): Promise<RaceDocument> {
    const problems: FieldProblem[] = [];
    const result = parseRaceResult('race', { distance: body.distance, time: body.time });
    if (!result.ok)
      problems.push(
        ...issueFields(result.issues).map((p) => ({ ...p, field: p.field.replace(/^race\./, '') })),
      );
    const day = parseDayNumber(body.date);
    const today = this.clock().toISOString().slice(0, 10);
    if (day === undefined || body.date > today) {
      problems.push({
        field: 'date',
        reason: 'malformed-date',
        message: `date: ${JSON.stringify(body.date)} is not a past date; accepted: YYYY-MM-DD up to ${today}`,
      });
    }
    if (!result.ok || problems.length > 0) {
      throw new ServiceError('invalid-input', 'The race has problems; see fields.', problems);
    }
    if (body.sessionId !== undefined && !(await this.plans.findSession(runnerId, body.sessionId))) {
      throw new ServiceError('not-found', 'No such session.');
    }
    const row: RacesTable = {
      id: randomUUID(),
      runner_id: runnerId,
      date: body.date,
      distance: result.value.distance,
      distance_m: result.value.distanceM,
      time_s: result.value.timeS,
      kind: body.kind ?? 'race',
      created_at: this.clock().toISOString(),
      session_id: body.sessionId ?? null,
    };
    await this.races.insert(row);
    return raceDocument(row);
  }

  async list(runnerId: string): Promise<RaceDocument[]> {
    return (await this.races.list(runnerId)).map(raceDocument);
  }

  async delete(runnerId: string, id: string): Promise<void> {
    if (!(await this.races.delete(runnerId, id))) throw new ServiceError('not-found', 'No such race.');
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
