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
  readonly credentials = new TtlCache<CachedCredential>(30_000, 50_000);
  private readonly reads = new TtlCache<unknown>(2_000, 50_000);
  private readonly generation = new Map<string, number>();

  read(runnerId: string, key: string): unknown {
    return this.reads.get(`${runnerId}|${this.generation.get(runnerId) ?? 0}|${key}`);
  }

  remember(runnerId: string, key: string, value: unknown): void {
    this.reads.set(`${runnerId}|${this.generation.get(runnerId) ?? 0}|${key}`, value);
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
