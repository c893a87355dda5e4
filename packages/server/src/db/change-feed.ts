/**
 * What one instance changed, told to every instance on the same PostgreSQL database through LISTEN/NOTIFY,
 * so their caches forget it at once: a revoked token stops working everywhere at the next request, and a
 * log written on one instance changes the plan's ETag on all (issue 11, finding 10). SQLite has one
 * instance and no feed.
 *
 * While the listening connection is down, notices may be missed: the feed says so (`live` false, `onReset`
 * when it is back) and the caches stop trusting what they hold.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export interface ChangeFeed {
  /** True while notices from other instances are being received. */
  readonly live: boolean;
  /**
   * Tells every other instance; resolves once PostgreSQL has the notice, or with `heard` once this
   * instance's own listener has it back: every listener is told at once, so the others have it too by then
   * (or within a second at worst, when the echo is late).
   */
  publish(message: string, options?: { heard?: boolean }): Promise<void>;
  /** Another instance's message. */
  onMessage(listener: (message: string) => void): void;
  /** The feed was down and may have missed messages (called when it goes down and when it is back). */
  onReset(listener: () => void): void;
  close(): Promise<void>;
}

/** Retry delay after the listening connection drops. */
const RECONNECT_MS = 1_000;
/** The longest a publisher waits for its own notice to come back. */
const ECHO_WAIT_MS = 1_000;

export async function openChangeFeed(url: string, schema: string | undefined): Promise<ChangeFeed> {
  // One channel per schema: test stores (and apps) sharing a database never hear each other.
  const channel = schema ? `speedwork_changes_${schema}` : 'speedwork_changes';
  // Our own notices come back to us too: the sender's id (and the notice's number) tell them apart.
  const instanceId = randomUUID();
  let sent = 0;
  const echoes = new Map<string, () => void>();
  const messageListeners: ((message: string) => void)[] = [];
  const resetListeners: (() => void)[] = [];
  const publisher = new pg.Pool({ connectionString: url, max: 2 });
  let listener: pg.Client | undefined;
  let live = false;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const reset = () => {
    for (const listen of resetListeners) listen();
  };
  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (notice) => {
      const payload = notice.payload ?? '';
      const space = payload.indexOf(' ');
      if (space < 0) return;
      const sender = payload.slice(0, space);
      if (sender.startsWith(`${instanceId}:`)) {
        echoes.get(sender)?.();
        return;
      }
      const message = payload.slice(space + 1);
      for (const listen of messageListeners) listen(message);
    });
    const dropped = () => {
      if (listener !== client) return;
      listener = undefined;
      live = false;
      reset();
      client.end().catch(() => undefined);
      reconnectLater();
    };
    client.on('error', dropped);
    client.on('end', dropped);
    listener = client;
    await client.connect();
    await client.query(`listen "${channel}"`);
    live = true;
    // Messages sent while we were away are lost: whatever was cached then may be stale.
    reset();
  };
  const reconnectLater = () => {
    if (closed || retry !== undefined) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect().catch(() => {
        listener?.end().catch(() => undefined);
        listener = undefined;
        reconnectLater();
      });
    }, RECONNECT_MS);
  };
  await connect();

  return {
    get live() {
      return live;
    },
    async publish(message, options) {
      const sender = `${instanceId}:${++sent}`;
      const heard =
        options?.heard && live
          ? new Promise<void>((resolve) => {
              const timer = setTimeout(done, ECHO_WAIT_MS);
              function done() {
                clearTimeout(timer);
                echoes.delete(sender);
                resolve();
              }
              echoes.set(sender, done);
            })
          : undefined;
      await publisher.query('select pg_notify($1, $2)', [channel, `${sender} ${message}`]);
      await heard;
    },
    onMessage(listen) {
      messageListeners.push(listen);
    },
    onReset(listen) {
      resetListeners.push(listen);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const client = listener;
      listener = undefined;
      live = false;
      await Promise.all([client?.end(), publisher.end()]);
    },
  };
}
