/**
 * After a write the plan may have followed: every screen that shows it reads it again, and the phone
 * remembers which updates the runner has already put away.
 */
import type { PlanChanges } from '@speedwork/server/api-types';
import { KEYS } from '../api/endpoints.js';
import { invalidate } from '../api/resources.js';

const SEEN_KEY = (planId: string) => `speedwork:plan-seen:${planId}`;

/** The newest revision the runner put the notice away for, on this phone. */
export function seenRevision(planId: string): number | undefined {
  try {
    const value = Number(localStorage.getItem(SEEN_KEY(planId)));
    return Number.isInteger(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

export function markSeen(planId: string, revision: number): void {
  try {
    localStorage.setItem(SEEN_KEY(planId), String(revision));
  } catch {
    // Private mode without storage: the notice comes back on the next visit, nothing worse.
  }
}

/**
 * After a write that answered with `planChanges`: when the plan changed, every screen that shows it reads
 * it again (the plan by its ETag), with the revisions that say what changed.
 */
export function followPlanChanges(result: Partial<PlanChanges>): boolean {
  if (!result.planChanges || result.planChanges.length === 0) return false;
  invalidate(KEYS.plan);
  invalidate(KEYS.revisions);
  invalidate('today:');
  invalidate('session:');
  return true;
}
