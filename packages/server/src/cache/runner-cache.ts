/**
 * Per-runner read caches: credentials (cookie or token hash → runner) and today's sessions and plan ETag.
 * Services call `forgetReads` / `forgetCredentials` on every write that changes what a cached read returns. With a change feed (PostgreSQL), every other instance forgets the same at once, so
 * reads may live long; without one (SQLite: one instance) they live 2 s as before.
 */
import type { ChangeFeed } from '../db/change-feed.js';
import { TtlCache } from './ttl-cache.js';

export interface CachedCredential {
  runnerId: string;
  credentialId: string;
  /** Expiry in ms since the epoch (a number: compared on every request); absent: never. */
  expiresAtMs?: number;
}

/** A read's life without a feed: what another process writing the same database may leave stale. */
const READ_TTL_MS = 2_000;
/** A read's life when every instance hears of every write (the feed): a bound for what a lost notice costs. */
const READ_TTL_WITH_FEED_MS = 60_000;

export class RunnerCache {
  /** A revoked credential elsewhere stops working within this time (with a feed: at once). */
  readonly credentials: TtlCache<CachedCredential>;
  private readonly reads: TtlCache<unknown>;
  private readonly generation = new Map<string, number>();

  constructor(
    nowMs: () => number = Date.now,
    private readonly feed?: ChangeFeed,
  ) {
    this.credentials = new TtlCache<CachedCredential>(30_000, 50_000, nowMs);
    this.reads = new TtlCache<unknown>(feed ? READ_TTL_WITH_FEED_MS : READ_TTL_MS, 50_000, nowMs);
    feed?.onMessage((message) => {
      const [what, runnerId] = message.split(' ');
      if (!runnerId) return;
      if (what === 'reads') this.forgetReadsHere(runnerId);
      else if (what === 'runner') this.forgetRunnerHere(runnerId);
    });
    // Notices may have been missed: nothing cached can be trusted.
    feed?.onReset(() => {
      this.reads.clear();
      this.credentials.clear();
      this.generation.clear();
      this.epoch++;
    });
  }

  /** Bumped when the feed resets: a load begun before it is not kept. */
  private epoch = 0;

  /** Loads in flight, one per runner, generation and key. */
  private readonly loading = new Map<string, Promise<unknown>>();

  /**
   * The cached read, else `load`'s, remembered unless a write of the runner came while it ran. Concurrent
   * misses of one read share one load: on PostgreSQL a burst of misses each sending its own query queued
   * behind one another until none came back within the TTL, and every request missed (bench/README.md).
   */
  readThrough<T>(runnerId: string, key: string, load: () => Promise<T>): Promise<T> {
    // While the feed is down another instance's write would go unheard: ask the database.
    if (this.feed && !this.feed.live) return load();
    const cacheKey = this.keyOf(runnerId, key);
    const cached = this.reads.get(cacheKey);
    if (cached !== undefined) return Promise.resolve(cached as T);
    const pending = this.loading.get(cacheKey);
    if (pending) return pending as Promise<T>;
    return this.load(runnerId, key, cacheKey, load);
  }

  /**
   * The cached read, at once and never from the database (undefined when there is none); past half its
   * time to live it is reloaded in the background, so a read polled steadily never expires and never
   * misses, and what it serves is never older than the TTL.
   */
  readAhead(runnerId: string, key: string, load: () => Promise<unknown>): unknown {
    if (this.feed && !this.feed.live) return undefined;
    const cacheKey = this.keyOf(runnerId, key);
    const cached = this.reads.get(cacheKey);
    const leftMs = this.reads.remainingMs(cacheKey);
    if (
      cached !== undefined &&
      leftMs !== undefined &&
      leftMs < this.reads.ttl / 2 &&
      !this.loading.has(cacheKey)
    )
      // A failed reload only means the next read misses and asks the database itself.
      this.load(runnerId, key, cacheKey, load).catch(() => undefined);
    return cached;
  }

  private load<T>(runnerId: string, key: string, cacheKey: string, load: () => Promise<T>): Promise<T> {
    const epoch = this.epoch;
    const loaded = load()
      .then((value) => {
        if (value !== undefined && this.keyOf(runnerId, key) === cacheKey && epoch === this.epoch)
          this.reads.set(cacheKey, value);
        return value;
      })
      .finally(() => this.loading.delete(cacheKey));
    this.loading.set(cacheKey, loaded);
    return loaded;
  }

  private keyOf(runnerId: string, key: string): string {
    return `${this.epoch}|${runnerId}|${this.generation.get(runnerId) ?? 0}|${key}`;
  }

  /** Every cached read of this runner is stale from now on, here and (told at once) on other instances. */
  forgetReads(runnerId: string): void {
    this.forgetReadsHere(runnerId);
    this.tell(`reads ${runnerId}`);
  }

  /**
   * The runner's cached credentials and reads (a token revoked, a sign-out, a password changed, the account
   * deleted), here and on every other instance before this resolves, so the next request anywhere asks the
   * database.
   */
  async forgetCredentials(runnerId: string): Promise<void> {
    this.forgetRunnerHere(runnerId);
    await this.feed?.publish(`runner ${runnerId}`, { heard: true });
  }

  private forgetReadsHere(runnerId: string): void {
    this.generation.set(runnerId, (this.generation.get(runnerId) ?? 0) + 1);
  }

  private forgetRunnerHere(runnerId: string): void {
    this.forgetReadsHere(runnerId);
    this.credentials.deleteWhere((c) => c.runnerId === runnerId);
  }

  /** Told without waiting: a notice that fails is bounded by the reads' TTL (and the feed's reset). */
  private tell(message: string): void {
    this.feed?.publish(message).catch(() => undefined);
  }
}
