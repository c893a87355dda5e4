/**
 * Logs saved without a connection wait here, on the phone, until they can be sent: in localStorage, so
 * they outlive a reload, a closed tab and a flat battery. One entry per session (a second save replaces
 * the first). An entry becomes a conflict when the session was logged elsewhere while it waited: the
 * server's log stands, and the runner sees both before choosing.
 */
import { useSyncExternalStore } from 'react';
import type { LogBody, LogDocument, RaceBody } from '@speedwork/server/api-types';

export interface QueuedLog {
  sessionId: string;
  body: LogBody;
  /** A race or time trial's result, sent after the log. */
  race: RaceBody | undefined;
  /** The log revision the runner saw when typing (0: none); a newer one on the server is a conflict. */
  baseRevision: number;
  /** ISO time of the save on the phone. */
  queuedAt: string;
  /** `refused`: the server said no (not for want of a connection); it waits for the runner, not for signal. */
  state: 'waiting' | 'conflict' | 'refused';
  /** In a conflict: the log the server holds, which stays unless the runner sends theirs. */
  serverLog?: LogDocument;
  /** When refused: the server's reason, in words. */
  problem?: string;
}

const KEY = 'speedwork.outbox';
const listeners = new Set<() => void>();
let cached: readonly QueuedLog[] | undefined;
/** When each session's queued log went through, in this visit: for the "sent" note. */
const sentAt = new Map<string, string>();

function read(): readonly QueuedLog[] {
  if (cached) return cached;
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    cached = Array.isArray(parsed) ? (parsed as QueuedLog[]) : [];
  } catch {
    cached = [];
  }
  return cached;
}

function write(entries: readonly QueuedLog[]): void {
  cached = entries;
  try {
    if (entries.length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(entries));
  } catch {
    // Storage full or private mode: the entry lives as long as this tab.
  }
  for (const listener of listeners) listener();
}

/** Every log waiting on this phone, oldest first. */
export function queuedLogs(): readonly QueuedLog[] {
  return read();
}

/** Keeps a log to send later; replaces one already waiting for the same session (keeping its base revision). */
export function enqueueLog(entry: Omit<QueuedLog, 'state' | 'serverLog' | 'problem'>): void {
  const old = read().find((e) => e.sessionId === entry.sessionId);
  const next: QueuedLog = {
    ...entry,
    baseRevision: old?.baseRevision ?? entry.baseRevision,
    state: 'waiting',
  };
  sentAt.delete(entry.sessionId);
  write([...read().filter((e) => e.sessionId !== entry.sessionId), next]);
}

/** The session's log went through (or the runner dropped theirs): it no longer waits. */
export function dequeueLog(sessionId: string, sentAtIso?: string): void {
  if (sentAtIso) sentAt.set(sessionId, sentAtIso);
  write(read().filter((e) => e.sessionId !== sessionId));
}

/** The server holds a newer log than the one the runner typed over: keep both, send nothing. */
export function markConflict(sessionId: string, serverLog: LogDocument): void {
  write(read().map((e) => (e.sessionId === sessionId ? { ...e, state: 'conflict', serverLog } : e)));
}

/** The server refused the log for a reason other than the connection: it stays, with the reason. */
export function markProblem(sessionId: string, problem: string): void {
  write(read().map((e) => (e.sessionId === sessionId ? { ...e, state: 'refused', problem } : e)));
}

/** Forgets every waiting log, on sign-out: the next runner on this phone must not send them. */
export function clearOutbox(): void {
  sentAt.clear();
  write([]);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab of the app changed the queue.
  const onStorage = (event: StorageEvent): void => {
    if (event.key !== KEY) return;
    cached = undefined;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Every waiting log; re-renders when the queue changes. */
export function useOutbox(): readonly QueuedLog[] {
  return useSyncExternalStore(subscribe, read);
}

/** One session's waiting log, if any, and when its last queued log went through in this visit. */
export function useQueuedLog(sessionId: string): {
  queued: QueuedLog | undefined;
  sentAt: string | undefined;
} {
  const entries = useOutbox();
  return { queued: entries.find((e) => e.sessionId === sessionId), sentAt: sentAt.get(sessionId) };
}
