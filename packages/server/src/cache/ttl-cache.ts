/**
 * A small in-process cache with a time to live and a size bound (oldest entries go first). It serves the
 * hot reads (who owns a credential, what today holds) without a database round trip. On one instance every
 * write invalidates what it changes at once; several instances on one PostgreSQL tell each other through
 * the change feed (db/change-feed.ts), and the TTL bounds what a missed notice can leave stale.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expiresMs: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly nowMs: () => number = Date.now,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresMs <= this.nowMs()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Milliseconds the entry has left, or undefined without a live entry. */
  remainingMs(key: string): number | undefined {
    const entry = this.entries.get(key);
    const leftMs = entry && entry.expiresMs - this.nowMs();
    return leftMs !== undefined && leftMs > 0 ? leftMs : undefined;
  }

  /** Time to live of every entry. */
  get ttl(): number {
    return this.ttlMs;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresMs: this.nowMs() + this.ttlMs });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  /** Drops every entry whose value matches; for rare events such as deleting an account. */
  deleteWhere(matches: (value: V, key: string) => boolean): void {
    for (const [key, entry] of this.entries) if (matches(entry.value, key)) this.entries.delete(key);
  }
}
