/**
 * Fixed-window attempt counting in memory, enough to make password guessing slow on one instance. A fleet
 * of instances would share this in Redis or PostgreSQL; each instance limiting alone still caps guessing.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { startMs: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly nowMs: () => number = Date.now,
  ) {}

  /** Counts an attempt; returns the seconds to wait when the key is over its limit, else undefined. */
  hit(key: string): number | undefined {
    const now = this.nowMs();
    const window = this.windows.get(key);
    if (!window || now - window.startMs >= this.windowMs) {
      if (this.windows.size > 100_000) this.sweep(now);
      this.windows.set(key, { startMs: now, count: 1 });
      return undefined;
    }
    window.count++;
    return window.count > this.limit ? Math.ceil((window.startMs + this.windowMs - now) / 1000) : undefined;
  }

  reset(key: string): void {
    this.windows.delete(key);
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows)
      if (now - window.startMs >= this.windowMs) this.windows.delete(key);
  }
}
