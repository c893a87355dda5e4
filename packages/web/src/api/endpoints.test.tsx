// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchPlan } from './endpoints.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchPlan', () => {
  it('asks with the held copy’s ETag and keeps that copy on 304', async () => {
    const plan = { id: 'p1', revision: 3, sessions: [] };
    const calls: (string | null)[] = [];
    const answers = [
      new Response(JSON.stringify(plan), { status: 200, headers: { etag: '"p1.3.0"' } }),
      new Response(null, { status: 304, headers: { etag: '"p1.3.0"' } }),
      new Response(JSON.stringify({ ...plan, revision: 4 }), { status: 200, headers: { etag: '"p1.4.0"' } }),
    ];
    vi.stubGlobal('fetch', (_path: string, init: RequestInit) => {
      calls.push(new Headers(init.headers).get('if-none-match'));
      return Promise.resolve(answers.shift());
    });
    const first = await fetchPlan();
    const second = await fetchPlan();
    const third = await fetchPlan();
    expect(calls).toEqual([null, '"p1.3.0"', '"p1.3.0"']);
    expect(second).toBe(first);
    expect(third?.revision).toBe(4);
  });
});
