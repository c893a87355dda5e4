/**
 * The installable PWA offline: after one visit the service worker serves the app shell, the plan and
 * today's session with no network, and a log typed offline is kept on the phone and sent by itself when
 * the connection returns or the app next starts; a log saved elsewhere meanwhile wins and both are shown.
 */
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PHONE, screenshot, seriousA11yViolations } from './support/browser.js';
import { callApi, signUpByApi } from './support/speedwork-server.js';
import type { Speedwork } from './support/speedwork-server.js';
import { withSpeedworkAndChromium } from './support/suite.js';

const TODAY = '2026-11-16';

let server: Speedwork;
let browser: Browser;

withSpeedworkAndChromium((started, launched) => {
  server = started;
  browser = launched;
});

describe('offline', () => {
  it('reloads the plan and opens today’s session without a network; a log typed offline waits', async () => {
    const cookie = await signUpByApi(server.url, 'dee@example.com', 'Dee');
    await callApi(server.url, cookie, 'PUT', '/api/me/profile', {
      recent: { distance: '5k', time: '21:30' },
      start: TODAY,
      weeks: 8,
      days: ['mon', 'wed', 'sat'],
    });
    await callApi(server.url, cookie, 'POST', '/api/plans');

    const context = await browser.newContext({ ...PHONE, baseURL: server.url });
    await context.addCookies([{ name: 'sw_session', value: cookie, url: server.url }]);
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(`${TODAY}T07:30:00Z`));

    // First visit online: the service worker installs and takes control.
    await page.goto('/plan');
    await expect.poll(() => page.getByRole('heading', { name: /Week 1/ }).isVisible()).toBe(true);
    // Polled from the test, not from the page: the page's timers run on its fixed clock.
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 })
      .toBe(true);
    const manifest = await page.evaluate(
      async () => (await fetch('/manifest.webmanifest')).json() as Promise<{ display: string }>,
    );
    expect(manifest.display).toBe('standalone');
    // A visit under its control keeps the reads it serves.
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: /Week 1/ }).isVisible()).toBe(true);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /^Strength:/ }).isVisible()).toBe(true);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();

    await context.setOffline(true);
    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { name: /Week 1/ }).isVisible(), { timeout: 60_000 })
      .toBe(true);
    await expect.poll(() => page.getByText('Offline', { exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'phone-offline-plan');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /^Strength:/ }).isVisible()).toBe(true);
    // Today holds a run, then strength: open the run.
    await page
      .getByRole('link', { name: /Start: see the session/ })
      .first()
      .click();
    await expect
      .poll(() =>
        page
          .getByRole('heading', { name: 'The run' })
          .or(page.getByRole('heading', { name: 'Strength and plyometrics' }))
          .isVisible(),
      )
      .toBe(true);

    // Issue 14 bug 1: a log saved offline waits on the phone, visibly, across a reload, and goes by itself
    // when the connection returns.
    const sessionId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const log = page.locator('#log');
    await log.getByLabel('Notes').fill('Track was icy, did it in the gym.');
    await log.getByRole('button', { name: 'Save log' }).click();
    await expect.poll(() => log.getByText('Waiting to send.').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('1 log to send').isVisible()).toBe(true);
    await page.reload();
    await expect.poll(() => page.locator('#log').getByText('Waiting to send.').isVisible()).toBe(true);
    await expect
      .poll(() => page.locator('#log').getByLabel('Notes').inputValue())
      .toBe('Track was icy, did it in the gym.');
    expect(await page.locator('#log').getByText('Your unsaved entries are back.').count()).toBe(0);
    const before = await callApi<{ log: unknown }>(server.url, cookie, 'GET', `/api/sessions/${sessionId}`);
    expect(before.log).toBeNull();

    // Back online: no button to press.
    await context.setOffline(false);
    await expect
      .poll(
        () =>
          page
            .locator('#log')
            .getByText(/^Sent: your log is saved/)
            .isVisible(),
        { timeout: 60_000 },
      )
      .toBe(true);
    expect(await page.getByText('1 log to send').count()).toBe(0);
    const after = await callApi<{ log: { notes?: string } | null }>(
      server.url,
      cookie,
      'GET',
      `/api/sessions/${sessionId}`,
    );
    expect(after.log?.notes).toBe('Track was icy, did it in the gym.');
    await context.close();
  }, 600_000);

  it('bug 1 (issue 14): logs saved offline go on the next start; one logged elsewhere meanwhile keeps the server’s and shows both', async () => {
    const cookie = await signUpByApi(server.url, 'ola@example.com', 'Ola');
    await callApi(server.url, cookie, 'PUT', '/api/me/profile', {
      recent: { distance: '5k', time: '23:00' },
      start: TODAY,
      weeks: 8,
      days: ['mon', 'wed', 'sat'],
    });
    const plan = await callApi<{ sessions: { id: string }[] }>(server.url, cookie, 'POST', '/api/plans');
    const [first, second] = plan.sessions;
    if (!first || !second) throw new Error('the plan has fewer than two sessions');
    type Logged = { log: { notes?: string; revision: number } | null };
    const logOf = async (id: string) =>
      (await callApi<Logged>(server.url, cookie, 'GET', `/api/sessions/${id}`)).log;

    const context = await browser.newContext({
      ...PHONE,
      viewport: { width: 360, height: 780 },
      baseURL: server.url,
    });
    await context.addCookies([{ name: 'sw_session', value: cookie, url: server.url }]);
    const open = async (id: string) => {
      const tab = await context.newPage();
      await tab.goto(`/sessions/${id}`);
      await tab.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 60_000,
      });
      await expect.poll(() => tab.locator('#log').getByLabel('Notes').isVisible()).toBe(true);
      return tab;
    };
    // Two sessions open, then the signal goes: both logs wait, and both tabs close before it returns.
    const tabs = [await open(first.id), await open(second.id)];
    await context.setOffline(true);
    for (const [tab, notes] of [
      [tabs[0], 'Kept on the phone overnight.'],
      [tabs[1], 'Typed at the track.'],
    ] as const) {
      const log = tab?.locator('#log');
      if (!tab || !log) throw new Error('no tab');
      await log.getByLabel('Notes').fill(notes);
      await log.getByRole('button', { name: 'Save log' }).click();
      await expect.poll(() => log.getByText('Waiting to send.').isVisible()).toBe(true);
      await tab.close();
    }
    expect(await logOf(first.id)).toBeNull();
    // Meanwhile the second session is logged from elsewhere (a watch file, another phone).
    await callApi(server.url, cookie, 'PUT', `/api/sessions/${second.id}/log`, {
      status: 'done',
      notes: 'From the watch.',
    });

    // The next start sends what waits.
    await context.setOffline(false);
    const page = await context.newPage();
    await page.goto('/plan');
    await expect
      .poll(async () => (await logOf(first.id))?.notes, { timeout: 60_000 })
      .toBe('Kept on the phone overnight.');
    // The server's log stands; the session shows both and lets the runner choose.
    await page.goto(`/sessions/${second.id}`);
    const conflict = page.locator('.outbox-conflict');
    await expect.poll(() => conflict.isVisible(), { timeout: 60_000 }).toBe(true);
    expect(await conflict.textContent()).toContain('“From the watch.”');
    expect(await conflict.textContent()).toContain('“Typed at the track.”');
    expect((await logOf(second.id))?.notes).toBe('From the watch.');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(360);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousA11yViolations(page)).toEqual([]);
    }
    await conflict.getByRole('button', { name: 'Use mine instead' }).click();
    await expect.poll(async () => (await logOf(second.id))?.notes).toBe('Typed at the track.');
    await expect.poll(() => conflict.count()).toBe(0);
    await context.close();
  }, 600_000);
});
