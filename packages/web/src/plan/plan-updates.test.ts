import { describe, expect, it } from 'vitest';
import type { PlanChangeDocument, PlanRevisionDocument } from '@speedwork/server/api-types';
import {
  beforeAfter,
  changeHeading,
  changesBySession,
  groupByWhy,
  unseenUpdates,
  updatesOf,
} from './plan-updates.js';

const change = (over: Partial<PlanChangeDocument>): PlanChangeDocument => ({
  sessionId: 'a',
  sessionKey: '2026-12-07-track',
  date: '2026-12-07',
  what: 'paces',
  before: 'Track: 3 × 100 m at 4:31/km',
  after: 'Track: 3 × 100 m at 4:19/km',
  why: 'Your 24:00 5K time trial rates you at VDOT 40.2.',
  ...over,
});
const revision = (
  number: number,
  reason: PlanRevisionDocument['reason'],
  changes: PlanChangeDocument[],
): PlanRevisionDocument => ({ number, reason, changes, createdAt: '2026-11-27T10:00:00Z' });

describe('beforeAfter', () => {
  it('R-ADA-5: says once what stays and shows only what changed', () => {
    expect(beforeAfter('Track: 3 × 100 m at 4:31/km', 'Track: 3 × 100 m at 4:19/km')).toEqual({
      same: 'Track: 3 × 100 m at',
      before: '4:31/km',
      after: '4:19/km',
    });
  });
  it('cuts only after a phrase, never inside a rep count', () => {
    expect(beforeAfter('Track: 4 × 150 m', 'Track: 4 × 200 m')).toEqual({
      same: 'Track:',
      before: '4 × 150 m',
      after: '4 × 200 m',
    });
    expect(beforeAfter('Mon 30 Nov', 'Tue 1 Dec')).toEqual({
      same: '',
      before: 'Mon 30 Nov',
      after: 'Tue 1 Dec',
    });
  });
});

describe('changeHeading', () => {
  it('names a change in a runner’s words, and keeps words it does not know', () => {
    expect(changeHeading('paces')).toBe('New paces');
    expect(changeHeading('step repeated')).toBe('Same step again');
    expect(changeHeading('rebuilt')).toBe('Rebuilt');
  });
});

describe('groupByWhy', () => {
  it('R-ADA-5: a re-pace of many sessions says why once', () => {
    const groups = groupByWhy([
      change({ sessionId: 'a' }),
      change({ sessionId: 'b', what: 'step repeated', why: 'You skipped Monday.' }),
      change({ sessionId: 'c' }),
    ]);
    expect(groups.map((g) => [g.why, g.changes.map((c) => c.sessionId)])).toEqual([
      ['Your 24:00 5K time trial rates you at VDOT 40.2.', ['a', 'c']],
      ['You skipped Monday.', ['b']],
    ]);
  });
});

describe('unseenUpdates', () => {
  const revisions = [
    revision(4, 'moved', [change({ what: 'moved' })]),
    revision(3, 'adapted', []),
    revision(2, 'adapted', [change({})]),
    revision(1, 'generated', []),
  ];
  it('shows the updates after the last one put away, newest first', () => {
    expect(unseenUpdates(revisions, 1).map((r) => r.number)).toEqual([4, 2]);
    expect(unseenUpdates(revisions, 4)).toEqual([]);
  });
  it('on a new phone, only the newest update', () => {
    expect(unseenUpdates(revisions, undefined).map((r) => r.number)).toEqual([4]);
  });
  it('leaves out the first build and revisions without changes', () => {
    expect(updatesOf(revisions).map((r) => r.number)).toEqual([4, 2]);
  });
});

describe('changesBySession', () => {
  it('lists each session’s changes, newest revision first', () => {
    const bySession = changesBySession([
      revision(2, 'adapted', [change({ sessionId: 'a' })]),
      revision(3, 'moved', [change({ sessionId: 'a', what: 'moved' }), change({ sessionId: 'b' })]),
    ]);
    expect(bySession.get('a')?.map((c) => [c.revision.number, c.change.what])).toEqual([
      [3, 'moved'],
      [2, 'paces'],
    ]);
    expect(bySession.get('b')).toHaveLength(1);
  });
});
