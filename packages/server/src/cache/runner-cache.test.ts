// The per-runner read cache behind GET /api/today and the plan's 304s: one load per miss however many
// requests wait for it, nothing remembered across a write, and reads polled steadily that never miss.
import { describe, expect, it } from 'vitest';
import { RunnerCache } from './runner-cache.js';

function clockAt(startMs: number): { now: () => number; advance(ms: number): void } {
  let nowMs = startMs;
  return {
    now: () => nowMs,
    advance: (ms) => {
      nowMs += ms;
    },
  };
}

/** A load the test settles by hand, counting its calls. */
function manualLoad(): { load: () => Promise<string>; calls: number; settle(value: string): Promise<void> } {
  const resolvers: ((v: string) => void)[] = [];
  const state = {
    calls: 0,
    load: () => {
      state.calls++;
      return new Promise<string>((resolve) => resolvers.push(resolve));
    },
    settle: async (value: string) => {
      for (const resolve of resolvers.splice(0)) resolve(value);
      await new Promise((r) => setTimeout(r, 0));
    },
  };
  return state;
}

describe('RunnerCache', () => {
  it('concurrent misses of one read share one load, and the value is served from the cache after it', async () => {
    const cache = new RunnerCache(clockAt(0).now);
    const source = manualLoad();
    const waiting = [1, 2, 3].map(() => cache.readThrough('r1', 'plan-etag', source.load));
    expect(source.calls).toBe(1);
    await source.settle('"p1.1.1"');
    expect(await Promise.all(waiting)).toEqual(['"p1.1.1"', '"p1.1.1"', '"p1.1.1"']);
    expect(cache.readAhead('r1', 'plan-etag', source.load)).toBe('"p1.1.1"');
  });

  it('a load that a write of the runner overtook is not remembered', async () => {
    const cache = new RunnerCache(clockAt(0).now);
    const source = manualLoad();
    const read = cache.readThrough('r1', 'plan-etag', source.load);
    cache.forgetReads('r1');
    await source.settle('"p1.1.1"');
    expect(await read).toBe('"p1.1.1"');
    expect(cache.readAhead('r1', 'plan-etag', source.load)).toBeUndefined();
  });

  it('a read polled steadily is reloaded in the background past half its life and never goes missing', async () => {
    const clock = clockAt(0);
    const cache = new RunnerCache(clock.now);
    const source = manualLoad();
    const first = cache.readThrough('r1', 'plan-etag', source.load);
    await source.settle('v1');
    await first;
    clock.advance(500);
    expect(cache.readAhead('r1', 'plan-etag', source.load)).toBe('v1');
    expect(source.calls).toBe(1);
    clock.advance(1_000); // 1.5 s old: past half of its 2 s
    expect(cache.readAhead('r1', 'plan-etag', source.load)).toBe('v1');
    expect(cache.readAhead('r1', 'plan-etag', source.load)).toBe('v1');
    expect(source.calls).toBe(2);
    await source.settle('v2');
    clock.advance(1_000); // the first value would have expired by now
    expect(cache.readAhead('r1', 'plan-etag', source.load)).toBe('v2');
    clock.advance(2_500); // nobody asked: it expires like any entry
    expect(cache.readAhead('r1', 'plan-etag', source.load)).toBeUndefined();
  });
});
