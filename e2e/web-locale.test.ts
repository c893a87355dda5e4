/**
 * Issue 14 bug 11: dates and times in the runner's locale throughout, one style per context. A session
 * page holds a heading date, the time of its log and, after a save, the time it was saved; the Today
 * page names the next session's day. In en-GB all of them read the British way (24 h, day before month),
 * in en-US all of them the American way: none keeps a fixed "en-GB" beside a browser's en-US.
 *
 * Date inputs are Chromium's own: their mm/dd/yyyy or dd/mm/yyyy follows the browser's interface
 * language (its locale pack), not the page's `locale`. Debian's chromium here ships en-US only (no
 * chromium-l10n), so under Playwright's `locale: 'en-GB'` its date fields still read 11/27/2026; on a
 * phone, the picker and the app both follow the phone's language. The date fields therefore say the
 * chosen day in words beside the input, in the app's style, so no reading of 03/04 is left to guess.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, PHONE, launchChromium } from './support/browser.js';
import { callApi, signUpByApi, startSpeedwork } from './support/speedwork-server.js';
import type { Speedwork } from './support/speedwork-server.js';

/** The server plans on its own clock, so the browser stands on the server's date. */
const TODAY = new Date().toISOString().slice(0, 10);
const DAY_MS = 86_400_000;
const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const SIZES: [string, BrowserContextOptions][] = [
  ['phone 360 px', { ...PHONE, viewport: { width: 360, height: 780 } }],
  ['desktop 1366 px', { ...DESKTOP, viewport: { width: 1366, height: 900 } }],
];

interface ApiSession {
  id: string;
  date: string;
  title: string;
  log: { updatedAt: string } | null;
}

let server: Speedwork;
let browser: Browser;
let cookie: string;
let logged: ApiSession;

beforeAll(async () => {
  [server, browser] = await Promise.all([startSpeedwork(), launchChromium()]);
  cookie = await signUpByApi(server.url, 'lou@example.com', 'Lou');
  await callApi(server.url, cookie, 'PUT', '/api/me/profile', {
    recent: { distance: '5k', time: '24:00' },
    start: addDays(TODAY, -10),
    weeks: 10,
    days: ['mon', 'wed', 'fri', 'sat'],
  });
  const plan = await callApi<{ sessions: ApiSession[] }>(server.url, cookie, 'POST', '/api/plans');
  const past = plan.sessions.find((s) => s.date < TODAY);
  if (!past) throw new Error('the plan has no past session');
  await callApi(server.url, cookie, 'PUT', `/api/sessions/${past.id}/log`, { status: 'done', rpe: 5 });
  logged = await callApi<ApiSession>(server.url, cookie, 'GET', `/api/sessions/${past.id}`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(locale: string, size: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext({ ...size, locale, timezoneId: 'UTC', baseURL: server.url });
  await context.addCookies([{ name: 'sw_session', value: cookie, url: server.url }]);
  return context.newPage();
}

const long = (locale: string, date: string): string =>
  new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
const dateAndTime = (locale: string, iso: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
    new Date(iso),
  );

describe('issue 14 bug 11: the runner’s locale throughout', () => {
  for (const locale of ['en-GB', 'en-US']) {
    for (const [sizeName, size] of SIZES) {
      it(`${locale}, ${sizeName}: the session's day, its log time and its save time in one locale`, async () => {
        // Each test saves the log again: read its latest time.
        logged = await callApi<ApiSession>(server.url, cookie, 'GET', `/api/sessions/${logged.id}`);
        const page = await open(locale, size);
        await page.goto(`/sessions/${logged.id}`);
        await expect
          .poll(() => page.getByRole('heading', { name: logged.title, level: 1 }).isVisible())
          .toBe(true);
        expect(await page.locator('.session-head .eyebrow').textContent()).toBe(long(locale, logged.date));
        const form = page.locator('#log');
        const loggedLine = (await form.locator('p.muted').first().textContent()) ?? '';
        expect(loggedLine).toContain(dateAndTime(locale, logged.log?.updatedAt ?? ''));

        await form.getByLabel('Notes').fill(`Steady, in ${locale} on a ${sizeName}.`);
        await form.getByRole('button', { name: 'Save changes' }).click();
        const saved = form.getByText(/^Saved at /);
        await expect.poll(() => saved.isVisible()).toBe(true);
        const savedAt = /^Saved at (.+)\.$/.exec((await saved.textContent()) ?? '')?.[1] ?? '';
        // 24 h in Britain, 12 h with AM/PM in the United States, as the locale writes it.
        if (locale === 'en-GB') expect(savedAt).toMatch(/^\d{2}:\d{2}$/);
        else expect(savedAt).toMatch(/^\d{2}:\d{2}\s?[AP]M$/);

        // The whole page in one style: no AM/PM in en-GB, no day-before-month date in en-US.
        const text = (await page.locator('main').textContent()) ?? '';
        if (locale === 'en-GB') expect(text).not.toMatch(/\d\s?[AP]M\b/);
        else expect(text).not.toMatch(/\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);

        // A date field says its day in words, whatever the picker's own order.
        await page.goto('/progress');
        const race = page.locator('form', {
          has: page.getByRole('heading', { name: 'Add a race or time trial' }),
        });
        await race.getByLabel('Date').fill('2026-03-04');
        await expect
          .poll(() => race.getByText(long(locale, '2026-03-04'), { exact: true }).isVisible())
          .toBe(true);
        await page.context().close();
      }, 600_000);
    }
  }
});
