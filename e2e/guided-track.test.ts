/**
 * Issue 10, at the track: the ladder's first session run from the phone in guided mode, on a controlled
 * clock. Warm-up and stretching on Done, 3-2-1 and go, the flat-out part's "ease off", Lap for each rep,
 * the recovery counting down and the next rep starting on its own, the cool-down, then Finish opens the
 * log form filled with the rep times and the log is saved. Also pause and resume, and a reload mid-rep.
 */
import { describe, expect, it } from 'vitest';
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
  wakeLocks,
} from './guided-support.js';

const g = guidedSuite('track-guide@example.com', (s) => s.type === 'track', 'no track session');

describe('guided track session', () => {
  it('runs the whole session: 3-2-1, go, ease off, Lap, recoveries on their own, the log filled', async () => {
    const block = g.session.intervals?.[0];
    expect(block?.sprintM).toBe(30);
    const reps = block?.repeat ?? 0;
    const recoveryS = block?.recovery?.durationS ?? 0;
    expect(reps).toBe(2);
    const start = new Date(`${g.session.date}T17:00:00Z`);
    const { context, page } = await guidedPhone(g.browser, g.server.url, g.cookie, start);

    await page.goto(`/sessions/${g.session.id}`);
    await page.getByRole('link', { name: 'Start guided session' }).click();
    await expect.poll(() => page.getByRole('heading', { name: g.session.title }).isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Voice' }).isChecked()).toBe(true);
    expect(await a11y(page)).toEqual([]);
    await screenshot(page, 'guided-intro');
    await page.getByRole('button', { name: 'Start', exact: true }).click();

    // Warm-up: a stopwatch counting up, Done at the end; the screen stays on.
    await expect.poll(() => screen(page)).toMatchObject({ title: 'Warm-up', clock: '0:00' });
    await expect.poll(() => wakeLocks(page)).toEqual(['screen']);
    await run(page, 4 * 60_000 + 30_000);
    expect(await screen(page)).toMatchObject({ title: 'Warm-up', clock: '4:30' });
    await page.getByRole('button', { name: 'Done' }).click();
    expect((await screen(page)).title).toBe('Stretching');
    await run(page, 3 * 60_000);
    await page.getByRole('button', { name: 'Done' }).click();

    // Rep 1: its words, then 3-2-1 and go.
    expect(await screen(page)).toMatchObject({ title: 'Rep 1 of 2', clock: 'Ready', phase: 'count-in' });
    await expect(page.locator('.guided-detail').textContent()).resolves.toMatch(
      /^100 m in \d+ s: first 30 m flat out$/,
    );
    await run(page, 2000);
    expect((await screen(page)).clock).toBe('3');
    await run(page, 1000);
    expect((await screen(page)).clock).toBe('2');
    await run(page, 1000);
    expect((await screen(page)).clock).toBe('1');
    await run(page, 1000);
    expect(await screen(page)).toMatchObject({ phase: 'running', clock: '0.0' });
    await screenshot(page, 'guided-rep');
    await run(page, 9000);
    expect(await spoken(page)).toEqual([
      'Warm-up: 800 metres easy jog.',
      'Stretching. Keep it moving: leg swings, lunges, hip circles.',
      'Rep 1 of 2: 100 metres, first 30 flat out.',
      'Go',
      'Ease off',
    ]);
    await run(page, 10_420); // 19.42 s: the frame after 19.4 s has drawn it
    expect((await screen(page)).clock).toBe('19.4');
    await page.getByRole('button', { name: 'Lap' }).click();

    // The recovery counts down on its own; the next rep is said 10 s before its end, then 3-2-1, go.
    const recoveryText = `${Math.floor(recoveryS / 60)}:${String(recoveryS % 60).padStart(2, '0')}`;
    expect(await screen(page)).toMatchObject({ title: 'Jog', clock: recoveryText });
    // Read mid-second: a countdown changes its figure on the second.
    await run(page, 60_500);
    expect((await screen(page)).clock).toBe(countdown((recoveryS - 60.5) * 1000));
    await screenshot(page, 'guided-recovery');
    await run(page, (recoveryS - 62) * 1000);
    expect(await screen(page)).toMatchObject({ title: 'Jog', clock: '0:02' });
    await run(page, 2550);
    expect(await screen(page)).toMatchObject({ title: 'Rep 2 of 2', phase: 'running', clock: '1.0' });
    const said = await spoken(page);
    expect(said.slice(5)).toEqual([
      'Rep 1 of 2: 19.4 seconds.',
      `Jog ${recoveryS % 60 === 0 ? `${recoveryS / 60} minutes` : `${Math.floor(recoveryS / 60)} minutes ${recoveryS % 60}`}.`,
      'Next: Rep 2 of 2: 100 metres, first 30 flat out.',
      'Go',
    ]);
    await run(page, 17_450);
    await page.getByRole('button', { name: 'Lap' }).click(); // 18.5 s

    // Cool-down, then the summary and Finish.
    expect((await screen(page)).title).toBe('Cool-down');
    await run(page, 20 * 60_000);
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Session done' }).isVisible()).toBe(true);
    const recorded = await page.locator('.guided-laps-all li').allTextContents();
    expect(recorded).toEqual(['Rep 1 of 2 19.4 s', 'Rep 2 of 2 18.5 s']);
    await screenshot(page, 'guided-done');
    expect(await a11y(page)).toEqual([]);
    await page.getByRole('button', { name: 'Finish' }).click();

    // The log form, filled: the rep times typed for the runner, ready to save.
    const log = page.locator('#log');
    await expect.poll(() => log.isVisible()).toBe(true);
    await expect.poll(() => log.getByLabel(/^Rep 1/).inputValue()).toBe('19.4');
    expect(await log.getByLabel(/^Rep 2/).inputValue()).toBe('18.5');
    expect(await log.getByRole('radio', { name: 'Done' }).isChecked()).toBe(true);
    await log.getByRole('radio', { name: '7' }).check();
    await log.getByRole('button', { name: 'Save log' }).click();
    await expect.poll(() => log.getByText(/^Saved at/).isVisible()).toBe(true);
    const saved = await callApi<{ log: { reps: { timeS: number; distanceM: number }[]; status: string } }>(
      g.server.url,
      g.cookie,
      'GET',
      `/api/sessions/${g.session.id}`,
    );
    expect(saved.log.status).toBe('done');
    expect(saved.log.reps).toEqual([
      { timeS: 19.4, distanceM: 100 },
      { timeS: 18.5, distanceM: 100 },
    ]);
    await context.close();
  }, 600_000);

  it('pause holds the countdown; resume carries on; a reload mid-recovery resumes where it was', async () => {
    const start = new Date(`${g.session.date}T18:30:00Z`);
    const { context, page } = await guidedPhone(g.browser, g.server.url, g.cookie, start);
    await page.goto(`/sessions/${g.session.id}/guided`);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Done' }).click(); // warm-up
    await page.getByRole('button', { name: 'Done' }).click(); // stretching
    await run(page, 5000 + 20_000);
    await page.getByRole('button', { name: 'Lap' }).click();
    const recoveryMs = (g.session.intervals?.[0]?.recovery?.durationS ?? 0) * 1000;
    await run(page, 30_000);
    expect((await screen(page)).clock).toBe(countdown(recoveryMs - 30_000));

    await page.getByRole('button', { name: 'Pause' }).click();
    await run(page, 5 * 60_000);
    expect(await screen(page)).toMatchObject({
      title: 'Jog',
      phase: 'paused',
      clock: countdown(recoveryMs - 30_000),
    });
    await screenshot(page, 'guided-paused');
    await page.getByRole('button', { name: 'Resume' }).click();
    await run(page, 10_000);
    expect(await screen(page)).toMatchObject({
      title: 'Jog',
      phase: 'running',
      clock: countdown(recoveryMs - 40_000),
    });

    // A reload (or a crashed tab): the same step, the same countdown, the time away counted.
    await page.reload();
    await expect.poll(async () => (await screen(page)).title).toBe('Jog');
    expect((await screen(page)).clock).toBe(countdown(recoveryMs - 40_000));
    await run(page, 15_000);
    expect((await screen(page)).clock).toBe(countdown(recoveryMs - 55_000));
    await expect
      .poll(() => page.getByRole('button', { name: /turn sound and voice back on/ }).isVisible())
      .toBe(true);
    // Back undoes the lap: rep 1 again, from its 3-2-1.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    expect(await screen(page)).toMatchObject({ title: 'Rep 1 of 2', phase: 'count-in' });
    await page.getByRole('button', { name: 'Skip', exact: true }).click();
    expect((await screen(page)).title).toBe('Jog');
    await context.close();
  }, 600_000);
});
