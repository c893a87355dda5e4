/**
 * The installable PWA offline: after one visit the service worker serves the app shell, the plan and
 * today's session with no network, and a log typed offline is kept until it can be sent.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PHONE, launchChromium, screenshot } from './support/browser.js';
import { callApi, signUpByApi, startSpeedwork } from './support/speedwork-server.js';
import type { Speedwork } from './support/speedwork-server.js';

const TODAY = '2026-11-16';

let server: Speedwork;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startSpeedwork(), launchChromium()]);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
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
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 15_000,
    });
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
      .poll(() => page.getByRole('heading', { name: /Week 1/ }).isVisible(), { timeout: 15_000 })
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

    // Logging offline fails in words, and keeps what was typed, even across a reload.
    const log = page.locator('#log');
    await log.getByLabel('Notes').fill('Track was icy, did it in the gym.');
    await log.getByRole('button', { name: 'Save log' }).click();
    await expect.poll(() => log.getByText(/^No connection: nothing was sent/).isVisible()).toBe(true);
    await expect.poll(() => log.getByLabel('Notes').inputValue()).toBe('Track was icy, did it in the gym.');
    await page.reload();
    await expect
      .poll(() => page.locator('#log').getByText('Your unsaved entries are back.').isVisible())
      .toBe(true);
    await expect
      .poll(() => page.locator('#log').getByLabel('Notes').inputValue())
      .toBe('Track was icy, did it in the gym.');

    // Back online, the same entries go through.
    await context.setOffline(false);
    await page.locator('#log').getByRole('button', { name: 'Save log' }).click();
    await expect
      .poll(() =>
        page
          .locator('#log')
          .getByText(/^Saved at/)
          .isVisible(),
      )
      .toBe(true);
    await context.close();
  }, 600_000);
});
