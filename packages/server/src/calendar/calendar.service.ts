/**
 * The runner's plan as a calendar feed that calendar apps poll: a private URL with a secret (revocable by
 * deleting or rotating it), always rendering the current plan, so a new plan reaches the calendar by itself.
 */
import { planToIcs } from '@speedwork/formats';
import type { Plan } from '@speedwork/core';
import { newSecret, secretHash } from '../accounts/secret-token.js';
import type { Clock } from '../config/clock.js';
import type { PlansService } from '../plans/plans.service.js';
import { ServiceError } from '../service-error.js';
import type { CalendarRepository } from './calendar.repository.js';

export const FEED_PREFIX = 'swc_';

/**
 * Whether the runner has a feed link and since when. Its URL is not here: only the secret's hash is kept,
 * so the URL can be shown only when it is made (`rotate`).
 */
export interface CalendarFeedState {
  active: boolean;
  /** When the current link was made (ISO 8601); absent without one. */
  createdAt?: string;
}

export class CalendarService {
  constructor(
    private readonly feeds: CalendarRepository,
    private readonly plans: PlansService,
    private readonly clock: Clock,
  ) {}

  /** A new feed secret (the old URL stops working); returns the secret, shown only now. */
  async rotate(runnerId: string): Promise<string> {
    const secret = newSecret(FEED_PREFIX);
    await this.feeds.set(runnerId, secretHash(secret), this.clock().toISOString());
    return secret;
  }

  async state(runnerId: string): Promise<CalendarFeedState> {
    const createdAt = await this.feeds.createdAt(runnerId);
    return createdAt === undefined ? { active: false } : { active: true, createdAt };
  }

  async revoke(runnerId: string): Promise<void> {
    if (!(await this.feeds.delete(runnerId)))
      throw new ServiceError('not-found', 'No calendar feed to revoke.');
  }

  /** The ICS text for a feed secret; not-found for unknown or revoked secrets. */
  async feed(secret: string): Promise<string> {
    const runnerId = secret.startsWith(FEED_PREFIX)
      ? await this.feeds.runnerFor(secretHash(secret))
      : undefined;
    if (!runnerId) throw new ServiceError('not-found', 'No such calendar feed.');
    return this.ics(runnerId);
  }

  /** The current plan as ICS, for a download by the signed-in runner. */
  async ics(runnerId: string): Promise<string> {
    const plan = (await this.plans.current(runnerId)) as unknown as Plan;
    return planToIcs(plan, { dtstamp: this.clock(), calendarId: runnerId, uidDomain: 'speedwork' });
  }
}
