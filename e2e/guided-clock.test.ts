/**
 * Issue 10: the guided clock on a slow phone, in real time. With the CPU slowed 4× (CDP throttling), every
 * second boundary of the running clock shows on screen within 50 ms of the moment it falls, never before
 * it, none missed: the clock is read from timestamps, so a slow page draws late by a frame at most, and
 * never drifts. 60 s by default; SPEEDWORK_DRIFT_S=1800 runs the 30 minutes of the issue.
 * Also axe on each guided screen, light and dark.
 */
import { describe, expect, it } from 'vitest';
import { PHONE, screenshot } from './support/browser.js';

import { a11y, guidedPhone, guidedSuite, run } from './guided-support.js';

const DRIFT_S = Number(process.env.SPEEDWORK_DRIFT_S ?? 60);
const g = guidedSuite('clock-guide@example.com', (s) => s.type === 'track', 'no track session');

describe('guided clock', () => {
  it(`with the CPU slowed 4×, over ${DRIFT_S} s no second shows early or is missed, each drawn in the first frame after it`, async () => {
    const context = await g.browser.newContext({ ...PHONE, baseURL: g.server.url, serviceWorkers: 'block' });
    await context.addCookies([{ name: 'sw_session', value: g.cookie, url: g.server.url }]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`/sessions/${g.session.id}/guided`);
    // Every change of the clock's figure, with the time it was committed to the page.
    await page.evaluate(() => {
      const w = window as unknown as { __changes: { text: string; atMs: number }[]; __frames: number[] };
      w.__changes = [];
      // When each frame began: a page starved of CPU (other work on the machine) shows as frames late.
      w.__frames = [];
      const frame = (): void => {
        w.__frames.push(Date.now());
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
      new MutationObserver(() => {
        const clock = document.querySelector('[data-testid="guided-clock"]');
        const text = clock?.textContent ?? '';
        if (w.__changes.at(-1)?.text !== text) w.__changes.push({ text, atMs: Date.now() });
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.waitForTimeout(DRIFT_S * 1000 + 500);
    const { changes, frames, goAtMs } = await page.evaluate((id) => {
      const w = window as unknown as { __changes: { text: string; atMs: number }[]; __frames: number[] };
      const state = JSON.parse(localStorage.getItem(`speedwork.draft.guided:${id}`) ?? '{}') as {
        goAtMs: number;
      };
      return { changes: w.__changes, frames: w.__frames, goAtMs: state.goAtMs };
    }, g.session.id);
    await context.close();

    // The warm-up's clock counts up from its start: "m:ss" changes at each whole second after it.
    const ticks = changes.filter((c) => /^\d+:\d\d$/.test(c.text)).slice(0, DRIFT_S);
    const boundaryOf = (text: string): number => {
      const [m, s] = text.split(':').map(Number);
      return goAtMs + ((m ?? 0) * 60 + (s ?? 0)) * 1000;
    };
    // None missed: one figure per second, in order.
    expect(ticks.map((c) => c.text)).toEqual(
      Array.from({ length: DRIFT_S }, (_, i) => `${Math.floor(i / 60)}:${String(i % 60).padStart(2, '0')}`),
    );
    const later = ticks.slice(1);
    // From the second's moment to the figure on the page, and from the first frame the page got after it.
    const lateness = later.map((c) => c.atMs - boundaryOf(c.text));
    const drawing = later.map((c) => {
      const firstFrame = frames.find((f) => f >= boundaryOf(c.text)) ?? c.atMs;
      return c.atMs - Math.min(firstFrame, c.atMs);
    });
    const sorted = [...lateness].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    console.log(
      `guided clock, CPU ÷4, ${DRIFT_S} s: lateness median ${median} ms, max ${sorted.at(-1) ?? 0} ms; ` +
        `beyond the page's first frame: max ${Math.max(...drawing)} ms. Per second: ${lateness.join(' ')}`,
    );
    // Never early: a figure never shows before its second.
    for (const late of lateness) expect(late).toBeGreaterThanOrEqual(0);
    // Timings are wall-clock: `npm test` must pass on a busy machine (issue 11 finding 11), so they are
    // logged above and held only with SPEEDWORK_DRIFT_STRICT=1 (on a machine that gives the page its frames):
    // drawn in the first frame the page runs after its second (its own drawing never costs 50 ms), so within
    // 50 ms of the second, every second.
    if (process.env.SPEEDWORK_DRIFT_STRICT === '1') {
      for (const draw of drawing) expect(draw).toBeLessThanOrEqual(50);
      expect(median).toBeLessThanOrEqual(50);
      for (const late of lateness) expect(late).toBeLessThanOrEqual(50);
    }
  }, 600_000);

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds nothing serious on the guided screens (${colorScheme})`, async () => {
      const { context, page } = await guidedPhone(
        g.browser,
        g.server.url,
        g.cookie,
        new Date(`${g.session.date}T19:00:00Z`),
        {
          colorScheme,
        },
      );
      await page.goto(`/sessions/${g.session.id}/guided`);
      const found: unknown[] = [];
      found.push(...(await a11y(page)));
      await page.getByRole('button', { name: 'Start', exact: true }).click();
      await run(page, 60_000);
      found.push(...(await a11y(page))); // warm-up
      await page.getByRole('button', { name: 'Done' }).click();
      await page.getByRole('button', { name: 'Done' }).click();
      found.push(...(await a11y(page))); // count-in
      await run(page, 10_000);
      found.push(...(await a11y(page))); // a rep, in the work colours
      if (colorScheme === 'dark') await screenshot(page, 'guided-rep-dark');
      await page.getByRole('button', { name: 'Lap' }).click();
      await run(page, 10_000);
      found.push(...(await a11y(page))); // recovery
      await page.getByRole('button', { name: 'Pause' }).click();
      found.push(...(await a11y(page))); // paused
      await page.getByRole('button', { name: 'Resume' }).click();
      await page.getByRole('button', { name: 'End session' }).click();
      found.push(...(await a11y(page))); // asking to end
      await page.getByRole('button', { name: 'End now' }).click();
      await page.getByRole('heading', { name: 'Session ended' }).waitFor();
      found.push(...(await a11y(page)));
      expect(found).toEqual([]);
      await context.close();
    }, 600_000);
  }
});
