/**
 * Issue 10: the guided clock, and axe on each guided screen, light and dark.
 *
 * "With the CPU slowed 4×, the displayed countdown never differs from the clock by more than 50 ms at each
 * second boundary over a 30-minute session", on a controlled clock (page.clock), so the whole 30 minutes are
 * checked inside `npm test` in a fraction of the time. The runner goes through the 6 × 400 m session:
 * warm-up, stretching and drills counting up, each rep's stopwatch in tenths, each jog counting down on its
 * own, then the cool-down, to 30 minutes. Every change of the figure on screen is written down with the
 * page's clock at that moment and checked against the session's own times: it shows the figure the clock
 * says (never early), within 50 ms of the moment it falls, and no figure is skipped. How late a slow phone
 * draws each second in real time is `npm run bench -- web`'s.
 */
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { callApi } from './support/speedwork-server.js';
import { a11y, guidedPhone, guidedSuite, run } from './guided-support.js';
import type { PlanSession } from './guided-support.js';

const g = guidedSuite('clock-guide@example.com', (s) => s.type === 'track', 'no track session');

interface Change {
  text: string;
  /** "left" (a countdown), "so far" / "running" (counting up) or "to go" (the 3-2-1). */
  label: string;
  atMs: number;
  step: number;
  goAtMs: number;
}

/** The seconds a figure stands for: "1:45" → 105, "12.4" → 12.4, "1:02.4" → 62.4. */
function seconds(text: string): number {
  const [a, b] = text.split(':');
  return b === undefined ? Number(a) : Number(a) * 60 + Number(b);
}

const MINUTES = 30;

describe('guided clock', () => {
  it(`issue 10: with the CPU slowed 4×, over a ${MINUTES}-minute session every figure shows within 50 ms of its moment, never early, none skipped`, async () => {
    // The 6 × 400 m session: its jogs count down on their own, 105 s each.
    const plan = await callApi<{ sessions: PlanSession[] }>(
      g.server.url,
      g.cookie,
      'GET',
      '/api/plans/current',
    );
    const drift = plan.sessions.find(
      (s) => s.type === 'intervals' && s.intervals?.[0]?.recovery !== undefined,
    );
    if (!drift) throw new Error('no intervals session with timed jogs');
    const start = new Date(`${drift.date}T07:00:00Z`);
    const { context, page } = await guidedPhone(g.browser, g.server.url, g.cookie, start);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`/sessions/${drift.id}/guided`);
    const recoveryMs = (drift.intervals?.[0]?.recovery?.durationS ?? 0) * 1000;
    const reps = drift.intervals?.[0]?.repeat ?? 0;
    expect(reps).toBeGreaterThan(2);

    // Every change of the clock's figure, with the page's clock when it reached the page and the step's go.
    await page.evaluate((id) => {
      const w = window as unknown as { __changes: Change[] };
      w.__changes = [];
      new MutationObserver(() => {
        const clock = document.querySelector<HTMLElement>('[data-testid="guided-clock"]');
        if (!clock) return;
        const text = clock.textContent ?? '';
        const last = w.__changes.at(-1);
        if (last?.text === text) return;
        const state = JSON.parse(localStorage.getItem(`speedwork.draft.guided:${id}`) ?? '{}') as {
          step: number;
          goAtMs: number;
        };
        const label = (clock.getAttribute('aria-label') ?? '').slice(text.length + 1);
        w.__changes.push({ text, label, atMs: Date.now(), step: state.step, goAtMs: state.goAtMs });
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    }, drift.id);

    const startMs = start.getTime();
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    for (let i = 0; i < 3; i++) {
      // Warm-up, stretching, drills: a minute each.
      await run(page, 60_000);
      await page.getByRole('button', { name: 'Done' }).click();
    }
    // Each rep lapped at 1:50 after its go (the first go comes after the 3-2-1); the jogs run out on their own.
    await run(page, 5_000 + 110_000);
    await page.getByRole('button', { name: 'Lap' }).click();
    for (let i = 1; i < reps; i++) {
      await run(page, recoveryMs + 110_000);
      await page.getByRole('button', { name: 'Lap' }).click();
    }
    const nowMs = await page.evaluate(() => Date.now());
    await run(page, startMs + MINUTES * 60_000 - nowMs);
    const changes = await page.evaluate(() => (window as unknown as { __changes: Change[] }).__changes);
    await context.close();

    const lateness: number[] = [];
    let boundaries = 0;
    let wholeSeconds = 0;
    let countdowns = 0;
    changes.forEach((change, i) => {
      const previous = changes[i - 1];
      const sameStep =
        previous !== undefined && previous.step === change.step && previous.label === change.label;
      const shown = seconds(change.text);
      const elapsedMs = change.atMs - change.goAtMs;
      let lateMs: number;
      if (change.label === 'left') {
        // A countdown shows whole seconds rounded up: n appears when n seconds are left.
        const leftMs = recoveryMs - elapsedMs;
        lateMs = Math.round(shown * 1000) - leftMs;
        if (sameStep) expect(seconds(previous.text) - shown, `${previous.text} → ${change.text}`).toBe(1);
        countdowns++;
      } else if (change.label === 'so far' || change.label === 'running') {
        // Counting up: a figure appears when that much time has gone.
        // Whole milliseconds: 64.4 × 1000 is 64400.00000000001 in floating point, which read as early.
        lateMs = elapsedMs - Math.round(shown * 1000);
        const unit = change.label === 'running' ? 0.1 : 1;
        if (sameStep)
          expect(
            Math.round((shown - seconds(previous.text)) / unit),
            `${previous.text} → ${change.text}`,
          ).toBe(1);
      } else {
        return; // the words and 3-2-1 before a go
      }
      if (!sameStep) return; // a new step's first figure comes with the tap, not at a boundary
      boundaries++;
      if (Number.isInteger(Math.round(shown * 10) / 10)) wholeSeconds++;
      lateness.push(lateMs);
      expect(
        lateMs,
        `"${change.text}" ${change.label} at +${change.atMs - startMs} ms`,
      ).toBeGreaterThanOrEqual(0);
      expect(lateMs, `"${change.text}" ${change.label} at +${change.atMs - startMs} ms`).toBeLessThanOrEqual(
        50,
      );
    });
    // The whole half hour was on screen: every second of it (and every tenth of the reps) went by.
    expect(changes.at(-1)?.atMs).toBeGreaterThan(startMs + MINUTES * 60_000 - 1000);
    expect(wholeSeconds).toBeGreaterThan(MINUTES * 60 - 60);
    expect(countdowns).toBeGreaterThan(((reps - 1) * recoveryMs) / 1000 - reps * 2);
    console.log(
      `guided clock on page.clock, CPU ÷4, ${MINUTES} min: ${boundaries} figure changes checked, ${wholeSeconds} of them ` +
        `second boundaries (${countdowns} counting down), late by at most ${Math.round(Math.max(...lateness))} ms`,
    );
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
