/**
 * Issue 10, optional GPS: with the runner's permission guided mode records the route (Chromium's geolocation
 * override feeding a synthesized 4 × 150 m run at a runner's speeds, one position a second), and at the end
 * the server's watch-file import finds the 4 reps in it; the runner sees their distances and keeps them, and
 * their times land in the log. Off by default; a blocked permission or no signal says so in plain words and
 * the session runs all the same.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshot } from './support/browser.js';
import { guidedPhone, guidedSuite, a11y, run, screen } from './guided-support.js';

const g = guidedSuite(
  'gps-guide@example.com',
  (s) =>
    s.type === 'track' &&
    s.intervals?.length === 1 &&
    s.intervals[0]?.repeat === 4 &&
    s.intervals[0].distanceM === 150,
  'no 4 × 150 m track session',
);

/** Where the pictures a developer looks at go; nothing here is committed. */
const SHOTS = process.env.SPEEDWORK_SHOTS_DIR;
async function look(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true, animations: 'disabled' });
}

/**
 * Chromium stamps an overridden position with the browser's own wall clock, which page.clock cannot move
 * (checked: the stamps ran in real time while Date.now() stood still). So each position the page is given
 * is stamped with the page's clock instead, and counted, so the test can wait for its delivery; positions
 * themselves and the permission still come from Chromium's geolocation.
 */
function stampWithPageClock(): void {
  const w = window as unknown as { __fixes: number; __fixWaiters: (() => void)[] };
  w.__fixes = 0;
  w.__fixWaiters = [];
  const geolocation = navigator.geolocation;
  const watch = geolocation.watchPosition.bind(geolocation);
  geolocation.watchPosition = (success, error, options) =>
    watch(
      (position) => {
        w.__fixes++;
        success({ coords: position.coords, timestamp: Date.now(), toJSON: () => ({}) });
        for (const wake of w.__fixWaiters.splice(0)) wake();
      },
      error,
      options,
    );
}

/** Gives the phone a position and waits until the page has it. */
async function moveTo(context: BrowserContext, page: Page, metres: number): Promise<void> {
  const before = await page.evaluate(() => (window as unknown as { __fixes: number }).__fixes);
  // Due north from the start of a straight: a metre of latitude is 1 / 111,195 of a degree.
  await context.setGeolocation({ latitude: 51.5 + metres / 111_195, longitude: -0.12, accuracy: 4 });
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const w = window as unknown as { __fixes: number; __fixWaiters: (() => void)[] };
        const check = (): void => {
          if (w.__fixes > n) resolve();
          else w.__fixWaiters.push(check);
        };
        check();
      }),
    before,
  );
}

/** A rep as run: the first 50 m flat out at 6.5 m/s, the rest at 4.4 m/s, then a jog at 1.6 m/s. */
const FLAT_OUT_S = 50 / 6.5;
const REP_S = FLAT_OUT_S + 100 / 4.4;
function repMetres(s: number): number {
  if (s <= FLAT_OUT_S) return 6.5 * s;
  if (s <= REP_S) return 50 + 4.4 * (s - FLAT_OUT_S);
  return 150 + 1.6 * (s - REP_S);
}

describe('guided session with GPS', () => {
  it('issue 10 optional GPS: a 4 × 150 m run recorded from the phone gives 4 reps of 150 m, kept into the log', async () => {
    const start = new Date(`${g.session.date}T17:00:00Z`);
    const { context, page } = await guidedPhone(g.browser, g.server.url, g.cookie, start);
    await page.addInitScript(stampWithPageClock);
    await page.setViewportSize({ width: 360, height: 740 });
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation({ latitude: 51.5, longitude: -0.12, accuracy: 4 });
    await page.goto(`/sessions/${g.session.id}/guided`);

    // Off until the runner turns it on, saying what it records and where it goes.
    const toggle = page.getByRole('checkbox', { name: 'Record my route with GPS' });
    expect(await toggle.isChecked()).toBe(false);
    expect(await page.locator('#guided-gps-what').textContent()).toMatch(/stays on this phone/);
    await toggle.check();
    await expect.poll(() => page.locator('.guided-gps-note').textContent()).toBe('GPS ready, to within 4 m');
    expect(await a11y(page)).toEqual([]);
    await look(page, 'gps-intro-360-light');
    await screenshot(page, 'guided-gps-intro');
    if (SHOTS) {
      await page.emulateMedia({ colorScheme: 'dark' });
      await look(page, 'gps-intro-360-dark');
      await page.setViewportSize({ width: 1366, height: 900 });
      await look(page, 'gps-intro-1366-dark');
      await page.emulateMedia({ colorScheme: 'light' });
      await look(page, 'gps-intro-1366-light');
      await page.setViewportSize({ width: 360, height: 740 });
    }

    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Done' }).click(); // warm-up
    await page.getByRole('button', { name: 'Done' }).click(); // stretching

    // The runner, second by second: still at the line for the first 3-2-1, each rep run as above from its
    // go (Lap tapped at the first second after the 150 m), jogging through the recoveries and the cool-down.
    let repStartS = 0;
    let repStartM = 0;
    let rep = 0;
    let lapped = 0;
    let coolDownS = 0;
    for (let t = 0; t < 1200; t++) {
      const shown = await screen(page);
      const repShown = /^Rep (\d) of 4$/.exec(shown.title);
      if (repShown && shown.phase === 'running' && Number(repShown[1]) > rep) {
        rep = Number(repShown[1]);
        repStartM = rep === 1 ? 0 : repStartM + repMetres(t - repStartS);
        repStartS = t - shown.ms / 1000;
      }
      const metres = rep === 0 ? 0 : repStartM + repMetres(t - repStartS);
      await moveTo(context, page, metres);
      if (rep === 2 && t - repStartS === 10) await look(page, 'gps-run-360-light');
      if (rep > lapped && t - repStartS >= REP_S) {
        await page.getByRole('button', { name: 'Lap' }).click();
        lapped = rep;
      }
      if (shown.title === 'Cool-down' && ++coolDownS > 40) break;
      await run(page, 1000);
    }
    expect(lapped).toBe(4);
    const stored = await page.evaluate(
      (id) =>
        (JSON.parse(localStorage.getItem(`speedwork.draft.guided-track:${id}`) ?? '[]') as unknown[]).length,
      g.session.id,
    );
    expect(stored).toBeGreaterThan(4 * 30 + 3 * 100);
    expect(await page.locator('.guided-gps-note').textContent()).toBe(`GPS on: ${stored} positions recorded`);
    await page.getByRole('button', { name: 'Done' }).click();

    // The summary: the reps found in the route, with their distances, a few metres from 150 m each.
    await expect.poll(() => page.getByRole('heading', { name: 'Session done' }).isVisible()).toBe(true);
    const found = page.getByRole('list', { name: 'Reps the GPS found' }).getByRole('listitem');
    await expect.poll(() => found.count()).toBe(4);
    const reps = (await found.allTextContents()).map((text) => {
      const match = /^Rep \d (\d+) m in (\d+\.\d) s$/.exec(text);
      return { text, distanceM: Number(match?.[1]), timeS: Number(match?.[2]) };
    });
    for (const found of reps) {
      expect(Math.abs(found.distanceM - 150), found.text).toBeLessThanOrEqual(4);
      expect(Math.abs(found.timeS - REP_S), found.text).toBeLessThanOrEqual(1);
    }
    expect(await page.getByRole('radio', { name: 'Keep the GPS reps' }).isChecked()).toBe(true);
    expect(await a11y(page)).toEqual([]);
    await look(page, 'gps-found-360-light');
    await screenshot(page, 'guided-gps-reps', { fullPage: true });

    // A reload keeps the route: the reps are found again from the phone's copy.
    await page.reload();
    await expect.poll(() => found.count()).toBe(4);
    if (SHOTS) {
      await page.emulateMedia({ colorScheme: 'dark' });
      await look(page, 'gps-found-360-dark');
      await page.setViewportSize({ width: 1366, height: 900 });
      await look(page, 'gps-found-1366-dark');
      await page.emulateMedia({ colorScheme: 'light' });
      await look(page, 'gps-found-1366-light');
      await page.setViewportSize({ width: 360, height: 740 });
    }

    // Kept: the GPS times, not the Lap taps (a second late each), fill the log; the route is then let go.
    await page.getByRole('button', { name: 'Finish' }).click();
    const log = page.locator('#log');
    await expect.poll(() => log.isVisible()).toBe(true);
    for (const [i, found] of reps.entries())
      await expect
        .poll(async () => Number(await log.getByLabel(new RegExp(`^Rep ${i + 1}`)).inputValue()))
        .toBe(found.timeS);
    expect(
      await page.evaluate((id) => localStorage.getItem(`speedwork.draft.guided-track:${id}`), g.session.id),
    ).toBeNull();
    await context.close();
  }, 600_000);

  it('issue 10 optional GPS: a blocked permission says so and the session runs without it', async () => {
    const { context, page } = await guidedPhone(
      g.browser,
      g.server.url,
      g.cookie,
      new Date(`${g.session.date}T18:00:00Z`),
    );
    await page.goto(`/sessions/${g.session.id}/guided`);
    await page.getByRole('checkbox', { name: 'Record my route with GPS' }).check();
    const note = page.locator('.guided-gps-note');
    await expect.poll(() => note.textContent()).toMatch(/^Location is blocked for this site, so no route/);
    expect(await note.getAttribute('role')).toBe('status');
    await look(page, 'gps-denied-360-light');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await run(page, 30_000);
    expect(await screen(page)).toMatchObject({ title: 'Warm-up', clock: '0:30' });
    expect(await note.textContent()).toMatch(/^Location is blocked/);
    await page.getByRole('button', { name: 'End session' }).click();
    await page.getByRole('button', { name: 'End now' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Session ended' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Reps from your GPS' }).count()).toBe(0);
    await context.close();
  }, 600_000);

  it('issue 10 optional GPS: no signal says so after 20 s and the session runs without it', async () => {
    const { context, page } = await guidedPhone(
      g.browser,
      g.server.url,
      g.cookie,
      new Date(`${g.session.date}T18:30:00Z`),
    );
    await context.grantPermissions(['geolocation']);
    // No coordinates: Chromium answers "position unavailable", as a phone indoors does.
    const cdp = await context.newCDPSession(page);
    await page.goto(`/sessions/${g.session.id}/guided`);
    await cdp.send('Emulation.setGeolocationOverride', {});
    await page.getByRole('checkbox', { name: 'Record my route with GPS' }).check();
    const note = page.locator('.guided-gps-note');
    await expect.poll(() => note.textContent()).toBe('Looking for a GPS signal…');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await run(page, 21_000);
    await expect.poll(() => note.textContent()).toMatch(/^No GPS signal yet\. The session works the same/);
    expect(await screen(page)).toMatchObject({ title: 'Warm-up', clock: '0:21' });
    await look(page, 'gps-no-fix-360-light');
    await context.close();
  }, 600_000);
});
