/** Generating, keeping and reading plans; today's session. */
import type { RunnerCache } from '../cache/runner-cache.js';
import { randomUUID } from 'node:crypto';
import { generatePlan } from '@speedwork/core';
import type { Clock } from '../config/clock.js';
import type { SessionsTable } from '../db/tables.js';
import type { ProfileService } from '../profile/profile.service.js';
import type { RacesService } from '../races/races.service.js';
import { ServiceError } from '../service-error.js';
import { planDocument, planJson, sessionDocument } from './plan-documents.js';
import type { PlanDocument, SessionDocument } from './plan-documents.js';
import type { PlansRepository } from './plans.repository.js';

export interface Today {
  date: string;
  sessions: SessionDocument[];
  next: SessionDocument | null;
}

export class PlansService {
  constructor(
    private readonly plans: PlansRepository,
    private readonly profiles: ProfileService,
    private readonly races: RacesService,
    private readonly clock: Clock,
    private readonly cache: RunnerCache,
  ) {}

  /** A new plan from the profile, paced from the runner's latest race; older plans and logs are kept. */
  async generate(runnerId: string): Promise<PlanDocument> {
    const { profile } = await this.profiles.get(runnerId);
    const latest = await this.races.latest(runnerId);
    const plan = generatePlan(latest ? { ...profile, recent: latest } : profile);
    const id = randomUUID();
    const createdAt = this.clock().toISOString();
    const { sessions, ...rest } = plan;
    const rows: SessionsTable[] = sessions.map((session, position) => ({
      id: randomUUID(),
      plan_id: id,
      runner_id: runnerId,
      date: session.date,
      position,
      session_json: JSON.stringify(session),
    }));
    const planJson = JSON.stringify(rest);
    this.cache.forgetReads(runnerId);
    await this.plans.insertCurrent(
      { id, runner_id: runnerId, created_at: createdAt, is_current: 1, plan_json: planJson },
      rows,
    );
    return planDocument(
      id,
      createdAt,
      planJson,
      rows.map((r) => ({ id: r.id, plan_id: id, session_json: r.session_json, log_json: null })),
    );
  }

  async current(runnerId: string): Promise<PlanDocument> {
    return JSON.parse(await this.currentJson(runnerId)) as PlanDocument;
  }

  /** The current plan as JSON text, spliced from stored JSON: the largest read stays cheap. */
  async currentJson(runnerId: string): Promise<string> {
    const plan = await this.plans.findCurrent(runnerId);
    if (!plan)
      throw new ServiceError('no-plan', 'No plan yet: POST /api/plans to build one from your profile.');
    return planJson(plan.id, plan.created_at, plan.plan_json, await this.plans.sessionsJsonOfPlan(plan.id));
  }

  async list(runnerId: string): Promise<{ id: string; createdAt: string; current: boolean }[]> {
    return (await this.plans.list(runnerId)).map((p) => ({
      id: p.id,
      createdAt: p.created_at,
      current: p.is_current === 1,
    }));
  }

  /** Today's sessions and the next one: the hottest read, served from the cache until a write changes it. */
  async today(runnerId: string, date: string | undefined): Promise<Today> {
    const day = date ?? this.clock().toISOString().slice(0, 10);
    const cached = this.cache.read(runnerId, `today|${day}`) as Today | undefined;
    if (cached) return cached;
    const [rows, next] = await Promise.all([
      this.plans.sessionsOnDate(runnerId, day),
      this.plans.nextSessionAfter(runnerId, day),
    ]);
    const today = {
      date: day,
      sessions: rows.map(sessionDocument),
      next: next ? sessionDocument(next) : null,
    };
    this.cache.remember(runnerId, `today|${day}`, today);
    return today;
  }

  async session(runnerId: string, sessionId: string): Promise<SessionDocument> {
    const row = await this.plans.findSession(runnerId, sessionId);
    if (!row) throw new ServiceError('not-found', 'No such session.');
    return sessionDocument(row);
  }
}
