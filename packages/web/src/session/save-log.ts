/**
 * The one way a log is saved, from the form or from a queue: sent at once when there is a connection,
 * otherwise kept on the phone (offline/log-outbox.ts) and sent when the connection returns or the app
 * next starts. Before a queued log is sent, the server's copy is read: a log saved elsewhere in the
 * meantime wins, and the runner is shown both.
 */
import type {
  LogBody,
  LogDocument,
  PlanChangeDocument,
  PlanDocument,
  RaceBody,
  SessionDocument,
} from '@speedwork/server/api-types';
import { ApiError, errorText } from '../api/api-client.js';
import { KEYS, addRace, fetchSession, saveLog } from '../api/endpoints.js';
import { invalidate, setResource } from '../api/resources.js';
import { dequeueLog, enqueueLog, markConflict, markProblem, queuedLogs } from '../offline/log-outbox.js';
import type { QueuedLog } from '../offline/log-outbox.js';
import { followPlanChanges } from '../plan/plan-follow.js';

export type SaveOutcome =
  { queued: false; log: LogDocument; changes: PlanChangeDocument[] } | { queued: true; entry: QueuedLog };

/** Puts a saved log into every cached read that shows the session (the session, the plan, today). */
export function storeSessionLog(sessionId: string, log: LogDocument): void {
  setResource<SessionDocument | undefined>(KEYS.session(sessionId), (old) => (old ? { ...old, log } : old));
  setResource<PlanDocument | null>(KEYS.plan, (plan) =>
    plan ? { ...plan, sessions: plan.sessions.map((x) => (x.id === sessionId ? { ...x, log } : x)) } : plan,
  );
  invalidate('today:');
}

/** Sends a log and the result it carries, and lets every screen follow what the plan changed. */
async function send(
  sessionId: string,
  body: LogBody,
  race: RaceBody | undefined,
): Promise<{ log: LogDocument; changes: PlanChangeDocument[] }> {
  const { planRevision, planChanges, ...log } = await saveLog(sessionId, body);
  storeSessionLog(sessionId, log);
  followPlanChanges({ planRevision, planChanges });
  const changes = [...planChanges];
  if (race) {
    const added = await addRace(race);
    invalidate(KEYS.races);
    followPlanChanges(added);
    changes.push(...added.planChanges);
  }
  return { log, changes };
}

/**
 * Saves a session's log: sent now, or, without a connection, kept on the phone to send later.
 * `result` is a race or time trial's finishing time, stored as a race dated on the session (or today,
 * for a session moved into the future).
 */
export async function saveSessionLog(
  session: Pick<SessionDocument, 'id' | 'date' | 'type' | 'log'>,
  body: LogBody,
  result: { distance: string; time: string } | undefined,
  today: string,
): Promise<SaveOutcome> {
  const race: RaceBody | undefined = result
    ? {
        date: session.date <= today ? session.date : today,
        distance: result.distance,
        time: result.time,
        kind: session.type === 'race' ? 'race' : 'time-trial',
        sessionId: session.id,
      }
    : undefined;
  try {
    const sent = await send(session.id, body, race);
    dequeueLog(session.id);
    return { queued: false, ...sent };
  } catch (error) {
    if (!(error instanceof ApiError) || error.kind !== 'offline') throw error;
    const entry = {
      sessionId: session.id,
      body,
      race,
      baseRevision: session.log?.revision ?? 0,
      queuedAt: new Date().toISOString(),
    };
    enqueueLog(entry);
    return { queued: true, entry: { ...entry, state: 'waiting' } };
  }
}

/** Field order does not make two logs different. */
function sameLog(a: LogBody, b: LogBody): boolean {
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .filter(([key, v]) => v !== undefined && key !== 'revision' && key !== 'updatedAt')
              .sort(([x], [y]) => x.localeCompare(y))
              .map(([key, v]) => [key, sorted(v)]),
          )
        : value;
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

let sending: Promise<void> | undefined;

/**
 * Sends every log waiting on the phone, oldest first; stops at the first sign of no connection (the
 * rest wait for the next chance). Concurrent calls share one pass.
 */
export function sendQueuedLogs(): Promise<void> {
  sending ??= (async () => {
    try {
      for (const entry of queuedLogs()) {
        if (entry.state !== 'waiting') continue;
        try {
          const onServer = await fetchSession(entry.sessionId);
          setResource(KEYS.session(entry.sessionId), onServer);
          const serverLog = onServer.log;
          if (serverLog && serverLog.revision > entry.baseRevision && !sameLog(serverLog, entry.body)) {
            markConflict(entry.sessionId, serverLog);
            continue;
          }
          const { log } = await send(entry.sessionId, entry.body, entry.race);
          dequeueLog(entry.sessionId, log.updatedAt);
        } catch (error) {
          // Refused by the server (the session is gone from a re-planned plan, or the log is invalid): it
          // stays on the phone with the reason, so nothing typed is lost, and waits for the runner.
          if (error instanceof ApiError && (error.kind === 'invalid-input' || error.kind === 'not-found')) {
            markProblem(entry.sessionId, errorText(error));
            continue;
          }
          // No connection, a server error, or the page left mid-request: it waits for the next try.
          return;
        }
      }
    } finally {
      sending = undefined;
    }
  })();
  return sending;
}

/** In a conflict, the runner chose their own log over the server's: it is sent as a new revision. */
export async function sendMineInstead(entry: QueuedLog): Promise<LogDocument> {
  const { log } = await send(entry.sessionId, entry.body, entry.race);
  dequeueLog(entry.sessionId, log.updatedAt);
  return log;
}
