/** Generating, re-planning, moving and reading plans and their revisions; today's session. */
import type { RunnerCache } from '../cache/runner-cache.js';
import { randomUUID } from 'node:crypto';
import { generatePlan, parseDayNumber } from '@speedwork/core';
import type { Kysely } from 'kysely';
import { dateOf } from '../config/clock.js';
import type { Clock } from '../config/clock.js';
import type { Database } from '../db/tables.js';
import { ProfileRepository } from '../profile/profile.repository.js';
import type { ProfileBody } from '../profile/profile-input.js';
import { ProfileService } from '../profile/profile.service.js';
import type { StoredProfile } from '../profile/profile.service.js';
import { RacesRepository } from '../races/races.repository.js';
import { ServiceError } from '../service-error.js';
import { planJson, sessionDocument } from './plan-documents.js';
import type { PlanDocument, SessionDocument } from './plan-documents.js';
import type { PlanChangeDocument, PlanUpdate, PlanUpdates, RevisionReason } from './plan-updates.js';
import { PlansRepository } from './plans.repository.js';
import { planHeaderJson, sessionRows } from './stored-plan.js';
import { runnerTransaction } from '../db/runner-transaction.js';

export interface Today {
  date: string;
  sessions: SessionDocument[];
  next: SessionDocument | null;
}

/** One revision of the current plan, as `GET /api/plans/current/revisions` lists it. */
export interface PlanRevisionDocument {
  number: number;
  createdAt: string;
  /** `generated`, `adapted` (after a log or race), `replanned` (profile or POST /api/plans) or `moved`. */
  reason: RevisionReason;
  changes: PlanChangeDocument[];
}

/** A write's effect on the plan, as log, race, profile and move responses carry it. */
export interface PlanChanges {
  /** The current plan's revision after the write; null when the write did not reach the plan (no plan, same log). */
  planRevision: number | null;
  /** What changed in the plan, in the runner's words; empty when the plan stayed as it was. */
  planChanges: PlanChangeDocument[];
}

export function planChanges(update: PlanUpdate): PlanChanges {
  return { planRevision: update.revision, planChanges: update.changes };
}

export class PlansService {
  private readonly plans: PlansRepository;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly profiles: ProfileService,
    private readonly updates: PlanUpdates,
    private readonly clock: Clock,
    private readonly cache: RunnerCache,
  ) {
    this.plans = new PlansRepository(db);
  }

  /**
   * A plan from the profile, paced from the runner's latest race. The first one is built whole; after that
   * the current plan is re-planned from tomorrow (a new revision): past sessions, their ids and logs stay.
   */
  async generate(runnerId: string): Promise<{ plan: PlanDocument; created: boolean } & PlanChanges> {
    const { profile } = await this.profiles.get(runnerId);
    const result = await runnerTransaction(this.db, runnerId, async (trx) => {
      const latest = await new RacesRepository(trx).latest(runnerId);
      const recent = latest
        ? { distance: latest.distance, distanceM: latest.distance_m, timeS: latest.time_s }
        : undefined;
      const plan = generatePlan(recent ? { ...profile, recent } : profile);
      const plans = new PlansRepository(trx);
      if (await plans.currentTag(runnerId)) {
        return { created: false, ...planChanges(await this.updates.replan(trx, runnerId, plan)) };
      }
      const id = randomUUID();
      const createdAt = this.clock().toISOString();
      const rows = sessionRows(id, runnerId, plan);
      await plans.insertCurrent(
        {
          id,
          runner_id: runnerId,
          created_at: createdAt,
          is_current: 1,
          plan_json: planHeaderJson(plan),
          revision: 1,
          version: 1,
        },
        rows,
        {
          plan_id: id,
          number: 1,
          runner_id: runnerId,
          created_at: createdAt,
          reason: 'generated',
          changes_json: '[]',
          diff_json: JSON.stringify({
            plan: JSON.parse(planHeaderJson(plan)) as unknown,
            sessions: plan.sessions,
            removed: [],
          }),
        },
      );
      return { created: true, planRevision: 1, planChanges: [] };
    });
    this.cache.forgetReads(runnerId);
    return { plan: await this.current(runnerId), ...result };
  }

  /**
   * Saves the profile and, when it changed and a plan exists, re-plans from tomorrow in the same
   * transaction (days, equipment, goal, race date, current training all shape the plan).
   */
  async updateProfile(runnerId: string, body: ProfileBody): Promise<StoredProfile & PlanChanges> {
    const result = await runnerTransaction(this.db, runnerId, async (trx) => {
      const repository = new ProfileRepository(trx);
      const before = await repository.find(runnerId);
      const stored = await new ProfileService(repository, this.clock).put(runnerId, body);
      const unchanged = before !== undefined && before.input_json === JSON.stringify(stored.input);
      if (unchanged || !(await new PlansRepository(trx).currentTag(runnerId)))
        return { ...stored, planRevision: null, planChanges: [] };
      const latest = await new RacesRepository(trx).latest(runnerId);
      const plan = generatePlan(
        latest
          ? {
              ...stored.profile,
              recent: { distance: latest.distance, distanceM: latest.distance_m, timeS: latest.time_s },
            }
          : stored.profile,
      );
      return { ...stored, ...planChanges(await this.updates.replan(trx, runnerId, plan)) };
    });
    this.cache.forgetReads(runnerId);
    return result;
  }

  /** Moves a session of the current plan to another date (R-ADA-5), or refuses naming the rule. */
  async move(
    runnerId: string,
    sessionId: string,
    toDate: string,
  ): Promise<PlanChanges & { planRevision: number; session: SessionDocument }> {
    if (parseDayNumber(toDate) === undefined)
      throw new ServiceError('invalid-input', 'The date is not a date.', [
        {
          field: 'date',
          reason: 'malformed-date',
          message: `date: ${JSON.stringify(toDate)} is not a date; accepted: YYYY-MM-DD`,
          given: toDate,
        },
      ]);
    const update = await runnerTransaction(this.db, runnerId, async (trx) => {
      const row = await new PlansRepository(trx).findSession(runnerId, sessionId);
      if (!row) throw new ServiceError('not-found', 'No such session.');
      return this.updates.move(trx, runnerId, sessionId, toDate);
    });
    this.cache.forgetReads(runnerId);
    return {
      planRevision: update.revision ?? 1,
      planChanges: update.changes,
      session: await this.session(runnerId, sessionId),
    };
  }

  async current(runnerId: string): Promise<PlanDocument> {
    return JSON.parse((await this.currentJson(runnerId)).json ?? 'null') as PlanDocument;
  }

  /**
   * The current plan as JSON text, spliced from stored JSON (the largest read stays cheap), with its ETag.
   * With `ifNoneMatch` equal to the plan's tag, only the tag is read and `json` is undefined.
   */
  async currentJson(runnerId: string, ifNoneMatch?: string): Promise<{ etag: string; json?: string }> {
    if (ifNoneMatch !== undefined) {
      const etag = this.cachedEtag(runnerId) ?? (await this.currentEtag(runnerId));
      if (etag !== undefined && matches(ifNoneMatch, etag)) return { etag };
    }
    const plan = await this.plans.findCurrent(runnerId);
    if (!plan)
      throw new ServiceError('no-plan', 'No plan yet: POST /api/plans to build one from your profile.');
    return {
      etag: etagOf(plan),
      json: planJson(plan, await this.plans.sessionsJsonOfPlan(plan.id)),
    };
  }

  /**
   * The ETag `If-None-Match` names when the per-runner read cache knows it is still the current plan's,
   * without the database; undefined means "ask it". Revalidation is the hottest request of a polling client;
   * every write that changes the plan clears the cache (on other instances too, through the change feed).
   */
  notModifiedEtag(runnerId: string, ifNoneMatch: string): string | undefined {
    const etag = this.cachedEtag(runnerId);
    return etag !== undefined && matches(ifNoneMatch, etag) ? etag : undefined;
  }

  private cachedEtag(runnerId: string): string | undefined {
    return this.cache.readAhead(runnerId, 'plan-etag', () => this.loadEtag(runnerId)) as string | undefined;
  }

  private currentEtag(runnerId: string): Promise<string | undefined> {
    return this.cache.readThrough(runnerId, 'plan-etag', () => this.loadEtag(runnerId));
  }

  private async loadEtag(runnerId: string): Promise<string | undefined> {
    const tag = await this.plans.currentTag(runnerId);
    return tag && etagOf(tag);
  }

  /** The current plan's revisions, newest first, each with its changes. */
  async revisions(runnerId: string): Promise<PlanRevisionDocument[]> {
    if (!(await this.plans.currentTag(runnerId)))
      throw new ServiceError('no-plan', 'No plan yet: POST /api/plans to build one from your profile.');
    return (await this.plans.revisions(runnerId)).map((r) => ({
      number: r.number,
      createdAt: r.created_at,
      reason: r.reason as RevisionReason,
      changes: JSON.parse(r.changes_json) as PlanChangeDocument[],
    }));
  }

  async list(runnerId: string): Promise<{ id: string; createdAt: string; current: boolean }[]> {
    return (await this.plans.list(runnerId)).map((p) => ({
      id: p.id,
      createdAt: p.created_at,
      current: p.is_current === 1,
    }));
  }

  /**
   * Today's sessions and the next one as JSON: the hottest read, served from the cache until a write
   * changes it, and serialized once per cached answer.
   */
  async todayJson(runnerId: string, date: string | undefined): Promise<string> {
    const day = date ?? dateOf(this.clock);
    return this.cache.readThrough(runnerId, `today|${day}`, () => this.loadToday(runnerId, day));
  }

  /** Today's JSON from the cache alone (undefined when it holds none), for the answer before the app. */
  cachedTodayJson(runnerId: string, date: string | undefined): string | undefined {
    const day = date ?? dateOf(this.clock);
    return this.cache.readAhead(runnerId, `today|${day}`, () => this.loadToday(runnerId, day)) as
      string | undefined;
  }

  private async loadToday(runnerId: string, day: string): Promise<string> {
    const [rows, next] = await Promise.all([
      this.plans.sessionsOnDate(runnerId, day),
      this.plans.nextSessionAfter(runnerId, day),
    ]);
    const today: Today = {
      date: day,
      sessions: rows.map(sessionDocument),
      next: next ? sessionDocument(next) : null,
    };
    return JSON.stringify(today);
  }

  async session(runnerId: string, sessionId: string): Promise<SessionDocument> {
    const row = await this.plans.findSession(runnerId, sessionId);
    if (!row) throw new ServiceError('not-found', 'No such session.');
    return sessionDocument(row);
  }
}

/** A strong ETag from the plan's id and counters: it changes with every revision and every log. */
function etagOf(plan: { id: string; revision: number; version: number }): string {
  return `"${plan.id}.${plan.revision}.${plan.version}"`;
}

/** If-None-Match holds this tag (weak comparison, lists and `*` allowed, as RFC 9110 says for GET). */
function matches(ifNoneMatch: string, etag: string): boolean {
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}
