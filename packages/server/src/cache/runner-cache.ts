/**
 * Per-runner read caches: credentials (cookie or token hash → runner) and today's sessions. Services call
 * `forgetRunner` on every write that changes what a cached read returns.
 */
import { TtlCache } from './ttl-cache.js';

export interface CachedCredential {
  runnerId: string;
  credentialId: string;
  /** Session expiry; tokens do not expire. */
  expiresAt?: string;
}

export class RunnerCache {
  /** A revoked credential elsewhere stops working within this time (here: at once). */
  readonly credentials: TtlCache<CachedCredential>;
  private readonly reads: TtlCache<unknown>;
  private readonly generation = new Map<string, number>();

  constructor(nowMs: () => number = Date.now) {
    this.credentials = new TtlCache<CachedCredential>(30_000, 50_000, nowMs);
    this.reads = new TtlCache<unknown>(2_000, 50_000, nowMs);
  }

  /** Loads in flight, one per runner, generation and key. */
  private readonly loading = new Map<string, Promise<unknown>>();

  /**
   * The cached read, else `load`'s, remembered unless a write of the runner came while it ran. Concurrent
   * misses of one read share one load: on PostgreSQL a burst of misses each sending its own query queued
   * behind one another until none came back within the TTL, and every request missed (bench/README.md).
   */
  readThrough<T>(runnerId: string, key: string, load: () => Promise<T>): Promise<T> {
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
    const loaded = load()
      .then((value) => {
        if (value !== undefined && this.keyOf(runnerId, key) === cacheKey) this.reads.set(cacheKey, value);
        return value;
      })
      .finally(() => this.loading.delete(cacheKey));
    this.loading.set(cacheKey, loaded);
    return loaded;
  }

  private keyOf(runnerId: string, key: string): string {
    return `${runnerId}|${this.generation.get(runnerId) ?? 0}|${key}`;
  }

  /** Every cached read of this runner is stale from now on. */
  forgetReads(runnerId: string): void {
    this.generation.set(runnerId, (this.generation.get(runnerId) ?? 0) + 1);
  }

  forgetRunner(runnerId: string): void {
    this.forgetReads(runnerId);
    this.credentials.deleteWhere((c) => c.runnerId === runnerId);
  }
}
