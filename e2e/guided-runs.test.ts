/**
 * Issue 10, "long, tempo and easy runs as time or distance with the pace band": guided mode opened for an
 * easy run with strides and a long run (a 25:00 5K runner), a tempo run (a 1:45 half-marathoner) and a
 * run–walk easy run (a 36:00 5K beginner, whose easy running is run–walk), each plan's own session; the
 * first step's words and the pace shown are checked against the session's numbers.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callApi, signUpByApi } from './support/speedwork-server.js';
import { guidedPhone, guidedSuite, run, screen } from './guided-support.js';
import type { PlanSession } from './guided-support.js';

type RunSession = PlanSession & {
  strides?: { repeat: number; durationS: number };
  runWalk?: { runS: number; walkS: number };
  intervals?: (NonNullable<PlanSession['intervals']>[number] & { targetRangeSPerKm?: [number, number] })[];
};

const g = guidedSuite(
  'runs-guide@example.com',
  (s) => s.type === 'easy' && (s as RunSession).strides !== undefined,
  'no easy run with strides',
);

/** A plan for another runner on the same server. */
async function planFor(email: string, profile: object): Promise<{ cookie: string; sessions: RunSession[] }> {
  const cookie = await signUpByApi(g.server.url, email, 'Runner');
  await callApi(g.server.url, cookie, 'PUT', '/api/me/profile', {
    start: new Date().toISOString().slice(0, 10),
    equipment: 'gym',
    units: 'km',
    ...profile,
  });
  const plan = await callApi<{ sessions: RunSession[] }>(g.server.url, cookie, 'POST', '/api/plans');
  return { cookie, sessions: plan.sessions };
}

const clock = (s: number): string => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;
const band = (range: [number, number] | undefined): string =>
  range === undefined ? 'no band' : `${clock(range[0])}–${clock(range[1])}/km`;

/** The guided screen of `session`, started: its first step's title, words and the pace shown. */
async function firstStep(
  cookie: string,
  session: RunSession,
): Promise<{ page: Page; close: () => Promise<void>; title: string; detail: string; goal: string }> {
  const { context, page } = await guidedPhone(
    g.browser,
    g.server.url,
    cookie,
    new Date(`${session.date}T07:00:00Z`),
  );
  await page.goto(`/sessions/${session.id}/guided`);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect.poll(async () => (await screen(page)).title).not.toBe('');
  return { page, close: () => context.close(), ...(await words(page)) };
}

async function words(page: Page): Promise<{ title: string; detail: string; goal: string }> {
  return {
    title: (await screen(page)).title,
    detail: (await page.locator('.guided-detail').textContent()) ?? '',
    goal: (await page.locator('.guided-goal').textContent()) ?? '',
  };
}

describe('guided runs', () => {
  it('issue 10: easy with strides, long, tempo and run–walk open on their first step with its words and pace', async () => {
    const plan = await callApi<{ sessions: RunSession[] }>(
      g.server.url,
      g.cookie,
      'GET',
      '/api/plans/current',
    );

    // Easy run with strides: the run by distance with its band, the strides after it.
    const easy = g.session as RunSession;
    const easyBlock = easy.intervals?.[0];
    const e = await firstStep(g.cookie, easy);
    expect(e.title).toBe('Easy run');
    expect(e.detail).toMatch(
      new RegExp(
        `^\\d+(\\.\\d)? km easy at ${band(easyBlock?.targetRangeSPerKm)}, about .+\\. Conversational`,
      ),
    );
    expect(e.goal).toBe(`Easy: ${band(easyBlock?.targetRangeSPerKm)}`);
    await run(e.page, 6000); // past the 3-2-1: Done ends the run itself
    await e.page.getByRole('button', { name: 'Done' }).click();
    expect(await words(e.page)).toMatchObject({
      title: `Stride 1 of ${easy.strides?.repeat ?? 0}`,
      detail: `${easy.strides?.durationS ?? 0} s quick and relaxed, not a sprint.`,
    });
    await e.close();

    // Long run: the same band, its own distance.
    const long = plan.sessions.find((s) => s.type === 'long');
    if (!long) throw new Error('no long run');
    const l = await firstStep(g.cookie, long);
    expect(l.title).toBe('Long run');
    expect(l.detail).toMatch(
      new RegExp(
        `^${(long.intervals?.[0]?.distanceM ?? 0) / 1000} km easy at ${band(long.intervals?.[0]?.targetRangeSPerKm)}`,
      ),
    );
    expect(l.goal).toBe(`Easy: ${band(long.intervals?.[0]?.targetRangeSPerKm)}`);
    await l.close();

    // Tempo: the warm-up first, then each tempo rep by time at threshold pace.
    const half = await planFor('runs-half@example.com', {
      recent: { distance: 'half', time: '1:45:00' },
      weeks: 16,
      days: ['mon', 'tue', 'thu', 'sat'],
      level: 'intermediate',
    });
    const tempo = half.sessions.find((s) => s.type === 'tempo');
    if (!tempo) throw new Error('no tempo run');
    const block = tempo.intervals?.[0];
    const t = await firstStep(half.cookie, tempo);
    expect(t.title).toBe('Warm-up');
    expect(t.detail).toMatch(/^\d+(\.\d)? km easy jog, relaxed\. Tap Done when you have run it\.$/);
    for (let i = 0; i < 3; i++) await t.page.getByRole('button', { name: 'Done' }).click();
    expect(await words(t.page)).toEqual({
      title: `Rep 1 of ${block?.repeat ?? 0}`,
      detail: `${(block?.durationS ?? 0) / 60} min at threshold pace (${clock(block?.targetSPerKm ?? 0)}/km)`,
      goal: `Pace ${clock(block?.targetSPerKm ?? 0)}/km`,
    });
    await t.close();

    // Run–walk: a beginner's easy run as run and walk cycles, each run with the band.
    const beginner = await planFor('runs-walk@example.com', {
      recent: { distance: '5k', time: '36:00' },
      weeks: 12,
      days: ['mon', 'wed', 'sat'],
      level: 'beginner',
      equipment: 'none',
    });
    const runWalk = beginner.sessions.find((s) => s.type === 'easy' && s.runWalk !== undefined);
    if (!runWalk?.runWalk) throw new Error('no run–walk easy run');
    const r = await firstStep(beginner.cookie, runWalk);
    expect(r.title).toMatch(/^Run 1 of \d+$/);
    expect(r.detail).toBe(
      `Run ${runWalk.runWalk.runS / 60} min, easy (${band(runWalk.intervals?.[0]?.targetRangeSPerKm)})`,
    );
    expect(r.goal).toBe(`Easy: ${band(runWalk.intervals?.[0]?.targetRangeSPerKm)}`);
    await r.close();
  }, 600_000);
});
