/**
 * Issue 11, finding 8, in the browser: the web app works under its Content-Security-Policy (every screen,
 * the progress chart, the service worker) with no violation reported, and no other site can frame it.
 * Settings shows the password change, access tokens with their expiry and "sign out everywhere".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, PHONE, launchChromium } from './support/browser.js';
import { callApi, signUpByApi, startSpeedwork } from './support/speedwork-server.js';
import type { Speedwork } from './support/speedwork-server.js';

const TODAY = new Date().toISOString().slice(0, 10);
const DAY_MS = 86_400_000;
const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

let server: Speedwork;
let browser: Browser;
let cookie: string;
let sessionId: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startSpeedwork(), launchChromium()]);
  cookie = await signUpByApi(server.url, 'csp@example.com', 'Cass');
  await callApi(server.url, cookie, 'PUT', '/api/me/profile', {
    recent: { distance: '5k', time: '24:00' },
    start: addDays(TODAY, -14),
    days: ['mon', 'wed', 'fri', 'sat'],
  });
  const plan = await callApi<{ sessions: { id: string; date: string }[] }>(
    server.url,
    cookie,
    'POST',
    '/api/plans',
  );
  const past = plan.sessions.filter((s) => s.date < TODAY);
  sessionId = past[0]?.id ?? plan.sessions[0]?.id ?? '';
  for (const session of past.slice(0, 3))
    await callApi(server.url, cookie, 'PUT', `/api/sessions/${session.id}/log`, { status: 'done', rpe: 6 });
  await callApi(server.url, cookie, 'POST', '/api/races', {
    date: addDays(TODAY, -7),
    distance: '5k',
    time: '23:40',
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A signed-in page that records every CSP violation the browser reports. */
async function watchedPage(options: typeof PHONE): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext({ ...options, baseURL: server.url });
  await context.addCookies([{ name: 'sw_session', value: cookie, url: server.url }]);
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => {
    violations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(`${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return { page, violations };
}

describe('issue 11 finding 8: the web app under its Content-Security-Policy', () => {
  it('every screen renders with no violation, on a phone and a desktop', async () => {
    for (const options of [PHONE, DESKTOP]) {
      const { page, violations } = await watchedPage(options);
      await page.goto('/today');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      for (const [path, heading] of [
        ['/plan', /plan/i],
        [`/sessions/${sessionId}`, /./],
        [`/sessions/${sessionId}/guided`, /./],
        ['/progress', /progress/i],
        ['/library', /./],
        ['/settings', /settings/i],
      ] as const) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
      }
      // The chart is drawn (uPlot sets its sizes and colours by script).
      await page.goto('/progress');
      await page.locator('.uplot canvas').first().waitFor();
      // The service worker registers and controls the page.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      // The export downloads (a blob: link the app clicks).
      await page.goto('/settings');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Export all data' }).click();
      expect((await download).suggestedFilename()).toMatch(/^speedwork-export-.*\.json$/);
      expect(violations).toEqual([]);
      await page.context().close();
    }
  });

  it('Settings: a token that expires in 30 days is listed with its date; the password changes', async () => {
    const { page, violations } = await watchedPage(DESKTOP);
    await page.goto('/settings');
    await page.getByLabel('Token name').fill('laptop CLI');
    await page.getByLabel('30 days').check();
    await page.getByRole('button', { name: 'Make a token' }).click();
    await expect.poll(() => page.getByLabel('The new token').inputValue()).toMatch(/^swp_/);
    await page
      .getByText(/Expires /)
      .first()
      .waitFor();
    await page.getByLabel('Current password').fill('correct horse battery');
    await page.getByLabel('New password').fill('          ');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('is one character repeated').waitFor();
    await page.getByLabel('New password').fill('a new long passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText(/Password changed/).waitFor();
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('no other site can frame it', async () => {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.setContent(`<iframe src="${server.url}/settings" width="400" height="300"></iframe>`);
    await page.waitForTimeout(1500);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const text = frame ? await frame.evaluate(() => document.body.innerText).catch(() => '') : '';
    expect(text).not.toMatch(/speedwork|Settings/);
    await context.close();
  });
});
