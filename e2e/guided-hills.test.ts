/**
 * Issue 10, on a hill: each climb timed by the phone (3-2-1, go, stop when its seconds are up), the jog
 * down as a countdown that starts on its own, a climb cut short with Lap, and the times in the log.
 */
import { describe, expect, it } from 'vitest';
import { spokenDuration } from '@speedwork/core';
import { screenshot } from './support/browser.js';
import { callApi } from './support/speedwork-server.js';
import {
  a11y,
  countdown,
  guidedPhone,
  guidedSuite,
  run,
  screen,
  spoken,
  vibrations,
} from './guided-support.js';

const g = guidedSuite('hill-guide@example.com', (s) => s.type === 'hills', 'no hill session');

describe('guided hill session', () => {
  it('times each climb, counts the jog down, and logs the climbs', async () => {
    const block = g.session.intervals?.[0];
    const climbS = block?.durationS ?? 0;
    const downS = block?.recovery?.durationS ?? 0;
    const count = block?.repeat ?? 0;
    expect(climbS).toBeGreaterThan(0);
    expect(count).toBeGreaterThanOrEqual(3);
    const { context, page } = await guidedPhone(
      g.browser,
      g.server.url,
      g.cookie,
      new Date(`${g.session.date}T07:00:00Z`),
    );
    await page.goto(`/sessions/${g.session.id}`);
    await page.getByRole('link', { name: 'Start guided session' }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Done' }).click(); // warm-up
    await page.getByRole('button', { name: 'Done' }).click(); // stretching

    // Climb 1: 3-2-1, go, then its seconds count down and it stops by itself.
    expect(await screen(page)).toMatchObject({ title: `Hill 1 of ${count}`, phase: 'count-in' });
    expect(await page.locator('.guided-eyebrow').textContent()).toMatch(
      /^Uphill · (gentle|moderate|steep) grade$/,
    );
    await run(page, 5000 + 500);
    expect(await screen(page)).toMatchObject({
      title: `Hill 1 of ${count}`,
      clock: countdown((climbS - 0.5) * 1000),
    });
    await screenshot(page, 'guided-hill');
    await run(page, climbS * 1000);
    expect(await screen(page)).toMatchObject({ title: 'Jog down', clock: countdown((downS - 0.5) * 1000) });
    const said = await spoken(page);
    expect(said.slice(-4)).toEqual([
      `Hill 1 of ${count}: ${climbS} seconds uphill at race pace effort.`,
      'Go',
      'Stop',
      `Jog down. ${spokenDuration(downS)}.`,
    ]);
    // Go and stop buzz too.
    expect(await vibrations(page)).toEqual(expect.arrayContaining([[400], [150, 80, 150, 80, 150]]));

    // The jog down ends on its own: climb 2 starts on go, and Lap cuts it short at 20.0 s.
    await run(page, downS * 1000); // 0.5 s into climb 2
    expect(await screen(page)).toMatchObject({ title: `Hill 2 of ${count}`, phase: 'running' });
    await run(page, 19_500);
    await page.getByRole('button', { name: 'Lap' }).click();
    expect((await screen(page)).title).toBe('Jog down');
    expect(await spoken(page)).toContain(`Hill 2 of ${count}: 20 seconds.`);

    // The phone in the pocket for the rest: every climb and jog down runs by itself.
    await run(page, (downS + count * (climbS + downS)) * 1000);
    expect((await screen(page)).title).toBe('Cool-down');
    expect(await a11y(page)).toEqual([]);
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Session done' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Finish' }).click();
    const log = page.locator('#log');
    await expect.poll(() => log.isVisible()).toBe(true);
    const inputs = log.locator('.rep-inputs input');
    await expect.poll(() => inputs.count()).toBe(count);
    const times = await inputs.evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));
    expect(times[0]).toBe(String(climbS));
    expect(times[1]).toBe('20');
    expect(times.slice(2)).toEqual(Array.from({ length: count - 2 }, () => String(climbS)));
    await log.getByRole('button', { name: 'Save log' }).click();
    await expect.poll(() => log.getByText(/^Saved at/).isVisible()).toBe(true);
    const saved = await callApi<{ log: { reps: { timeS: number }[] } }>(
      g.server.url,
      g.cookie,
      'GET',
      `/api/sessions/${g.session.id}`,
    );
    expect(saved.log.reps.map((r) => r.timeS)).toEqual([
      climbS,
      20,
      ...Array.from({ length: count - 2 }, () => climbS),
    ]);
    await context.close();
  }, 600_000);
});
