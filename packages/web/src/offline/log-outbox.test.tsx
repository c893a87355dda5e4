// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllDrafts } from '../drafts/use-draft.js';
import { clearOutbox, dequeueLog, enqueueLog, markConflict, queuedLogs } from './log-outbox.js';

const entry = (sessionId: string, notes: string, baseRevision = 0) => ({
  sessionId,
  body: { status: 'done' as const, notes },
  race: undefined,
  baseRevision,
  queuedAt: '2026-12-04T14:00:00.000Z',
});

describe('log outbox (issue 14 bug 1)', () => {
  beforeEach(() => {
    clearOutbox();
  });

  it('keeps one log per session, the latest, with the revision the runner first typed over', () => {
    enqueueLog(entry('a', 'first', 2));
    enqueueLog(entry('b', 'other'));
    enqueueLog(entry('a', 'second', 3));
    expect(queuedLogs().map((e) => [e.sessionId, e.body.notes, e.baseRevision, e.state])).toEqual([
      ['b', 'other', 0, 'waiting'],
      ['a', 'second', 2, 'waiting'],
    ]);
    // Kept across a reload: it is in localStorage, not only in memory.
    expect(JSON.parse(localStorage.getItem('speedwork.outbox') ?? '[]')).toHaveLength(2);
  });

  it('holds a conflict with the server’s log until the runner chooses, then forgets it', () => {
    enqueueLog(entry('a', 'mine'));
    markConflict('a', {
      status: 'done',
      notes: 'theirs',
      revision: 1,
      updatedAt: '2026-12-04T13:00:00.000Z',
    });
    expect(queuedLogs()[0]).toMatchObject({ state: 'conflict', serverLog: { notes: 'theirs' } });
    dequeueLog('a');
    expect(queuedLogs()).toEqual([]);
  });

  it('is emptied on sign-out with the drafts, so the next runner on the phone sends nothing of ours', () => {
    enqueueLog(entry('a', 'mine'));
    clearAllDrafts();
    expect(queuedLogs()).toEqual([]);
    expect(localStorage.getItem('speedwork.outbox')).toBeNull();
  });
});
