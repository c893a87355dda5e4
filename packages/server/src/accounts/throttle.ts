/**
 * Attempt limits for sign-in and sign-up, as OWASP's authentication and credential-stuffing advice has them,
 * counted in the database (throttles.repository.ts) so every instance shares them:
 * - per account: only wrong passwords count; from the fifth on, each one blocks the account for longer (1 s,
 *   2 s, 4 s … up to 15 min). A browser that signed in to the account before (its `sw_device` cookie) is not
 *   held by that block, so strangers' guesses never lock the owner out of their own devices;
 * - per device: wrong passwords from such a browser count against that browser alone;
 * - per address: only wrong passwords count (a club behind one NAT signs in freely), 30 per 15 minutes;
 * - sign-up: every attempt counts per address, 20 an hour.
 */
import type { Clock } from '../config/clock.js';
import type { ThrottlesRepository } from './throttles.repository.js';

const SECOND_MS = 1000;
const MINUTE_MS = 60 * SECOND_MS;
const HOUR_MS = 60 * MINUTE_MS;

export interface ThrottlePolicy {
  /** Prefix of the counter's key. */
  kind: 'account' | 'device' | 'address' | 'signup';
  /** Attempts a window allows: the last of them blocks the key. */
  allowed: number;
  windowMs: number;
  /** How long the key is blocked after its `over`-th attempt from the last allowed one on (1, 2, …). */
  blockMs(over: number, windowEndMs: number, nowMs: number): number;
}

const untilWindowEnds = (_over: number, windowEndMs: number, nowMs: number): number => windowEndMs - nowMs;

export const THROTTLES = {
  account: {
    kind: 'account',
    allowed: 5,
    windowMs: 24 * HOUR_MS,
    blockMs: (over) => Math.min(15 * MINUTE_MS, SECOND_MS * 2 ** Math.min(over - 1, 20)),
  },
  device: { kind: 'device', allowed: 10, windowMs: 24 * HOUR_MS, blockMs: untilWindowEnds },
  address: { kind: 'address', allowed: 30, windowMs: 15 * MINUTE_MS, blockMs: untilWindowEnds },
  signup: { kind: 'signup', allowed: 20, windowMs: HOUR_MS, blockMs: untilWindowEnds },
} as const satisfies Record<string, ThrottlePolicy>;

/** The counter's key: `account:ana@example.com`, `address:203.0.113.7`. */
export const throttleKey = (policy: ThrottlePolicy, subject: string): string => `${policy.kind}:${subject}`;

/** The longest window: counters older than it are forgotten. */
const LONGEST_WINDOW_MS = Math.max(...Object.values(THROTTLES).map((p) => p.windowMs));

export class Throttle {
  constructor(
    private readonly counters: ThrottlesRepository,
    private readonly clock: Clock,
  ) {}

  /** Seconds each blocked one of these keys still refuses attempts; keys not blocked now are absent. */
  async blocks(keys: readonly string[]): Promise<Map<string, number>> {
    const now = this.clock();
    const nowIso = now.toISOString();
    const blocked = new Map<string, number>();
    for (const row of await this.counters.find(keys))
      if (row.blocked_until !== null && row.blocked_until > nowIso)
        blocked.set(
          row.key,
          Math.max(1, Math.ceil((Date.parse(row.blocked_until) - now.getTime()) / SECOND_MS)),
        );
    return blocked;
  }

  /** Counts one attempt of the key; from the policy's last allowed attempt on, the key is blocked a while. */
  async count(policy: ThrottlePolicy, subject: string): Promise<void> {
    const key = throttleKey(policy, subject);
    const now = this.clock();
    const nowMs = now.getTime();
    const row = await this.counters.count(
      key,
      now.toISOString(),
      new Date(nowMs - policy.windowMs).toISOString(),
    );
    const over = row.failures - policy.allowed + 1;
    if (over > 0) {
      const windowEndMs = Date.parse(row.window_start) + policy.windowMs;
      const untilMs = nowMs + Math.max(SECOND_MS, policy.blockMs(over, windowEndMs, nowMs));
      await this.counters.block(key, new Date(untilMs).toISOString());
    }
    // Counters of keys nobody tries any more are dropped now and then, as expired sign-in sessions are.
    if (Math.random() < 0.01)
      await this.counters.sweep(new Date(nowMs - LONGEST_WINDOW_MS).toISOString(), now.toISOString());
  }

  async clear(keys: readonly string[]): Promise<void> {
    await this.counters.clear(keys);
  }
}
