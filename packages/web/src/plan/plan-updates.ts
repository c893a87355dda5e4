/**
 * What the plan did after the runner's writes (R-ADA-5): the changes of each revision in a runner's words,
 * grouped by their reason, which sessions changed and why, and which updates the runner has already seen.
 */
import type { PlanChangeDocument, PlanRevisionDocument } from '@speedwork/server/api-types';

const WHAT_WORDS: Record<string, string> = {
  paces: 'New paces',
  'step repeated': 'Same step again',
  'step held': 'Same step again',
  'step moved': 'Next step moved',
  moved: 'Moved',
  eased: 'Made easier',
  dropped: 'Dropped',
  volume: 'Distance adjusted',
  taper: 'Taper adjusted',
  note: 'A note',
};

/** A change's kind as a short heading ("New paces"), from core's brief `what` ("paces"). */
export function changeHeading(what: string): string {
  return WHAT_WORDS[what] ?? what.charAt(0).toUpperCase() + what.slice(1);
}

/**
 * Before and after without what they share: "Track: 2 × 100 m at 4:31/km" and "… at 4:19/km" read
 * `{ same: 'Track: 2 × 100 m at', before: '4:31/km', after: '4:19/km' }`. Cuts only after a phrase
 * ("Track: ", "… at "), so "4 × 150 m" against "4 × 200 m" stays whole.
 */
export function beforeAfter(before: string, after: string): { same: string; before: string; after: string } {
  let cut = 0;
  for (let i = 0; i < Math.min(before.length, after.length); i++) {
    if (before[i] !== after[i]) break;
    const upTo = before.slice(0, i + 1);
    if (upTo.endsWith(': ') || upTo.endsWith(' at ')) cut = i + 1;
  }
  if (cut === 0 || cut >= before.length || cut >= after.length) return { same: '', before, after };
  return { same: before.slice(0, cut).trimEnd(), before: before.slice(cut), after: after.slice(cut) };
}

export interface ChangeGroup {
  why: string;
  changes: PlanChangeDocument[];
}

/** Changes that share a reason, in the order they came, so a re-pace of twenty sessions says why once. */
export function groupByWhy(changes: readonly PlanChangeDocument[]): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>();
  for (const change of changes) {
    const group = groups.get(change.why);
    if (group) group.changes.push(change);
    else groups.set(change.why, { why: change.why, changes: [change] });
  }
  return [...groups.values()];
}

/** Revisions that changed something (a plan's first build changes nothing), newest first. */
export function updatesOf(revisions: readonly PlanRevisionDocument[]): PlanRevisionDocument[] {
  return revisions
    .filter((r) => r.reason !== 'generated' && r.changes.length > 0)
    .sort((a, b) => b.number - a.number);
}

/**
 * The updates to show in the "Plan updated" notice: those newer than the last one the runner put away.
 * With nothing put away yet (a new phone), only the newest, so an old history does not fill the screen.
 */
export function unseenUpdates(
  revisions: readonly PlanRevisionDocument[],
  seen: number | undefined,
): PlanRevisionDocument[] {
  const updates = updatesOf(revisions);
  if (seen === undefined) return updates.slice(0, 1);
  return updates.filter((r) => r.number > seen);
}

/** Each session's changes, newest revision first, by the session's API id. */
export function changesBySession(
  revisions: readonly PlanRevisionDocument[],
): Map<string, { revision: PlanRevisionDocument; change: PlanChangeDocument }[]> {
  const bySession = new Map<string, { revision: PlanRevisionDocument; change: PlanChangeDocument }[]>();
  for (const revision of updatesOf(revisions)) {
    for (const change of revision.changes) {
      const list = bySession.get(change.sessionId) ?? [];
      list.push({ revision, change });
      bySession.set(change.sessionId, list);
    }
  }
  return bySession;
}

/** Why the plan changed, as the notice's first line says it. */
export function reasonWords(reason: PlanRevisionDocument['reason']): string {
  switch (reason) {
    case 'adapted':
      return 'after what you logged';
    case 'replanned':
      return 'after you changed your profile';
    case 'moved':
      return 'after you moved a session';
    case 'generated':
      return 'when it was built';
  }
}
