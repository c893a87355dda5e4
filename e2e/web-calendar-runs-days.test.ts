/**
 * Issue 14, the rest of its friction, in Debian's Chromium on a phone (360 px) and a desktop (1366 px), axe in
 * both themes:
 * - 15: the calendar card offers "Stop the link" only when a link works, copies a new link to the clipboard
 *   (or selects it where the clipboard is closed), folds how-tos per calendar app, and the log's CSV has its
 *   own card;
 * - 16: an easy run takes its distance and time, and shows its pace beside its target after a reload;
 * - 13: the whole-plan overview has day headers over its cells, from the chosen first day of the week.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, PHONE, screenshot, seriousA11yViolations } from './support/browser.js';
import { callApi, signUpByApi } from './support/speedwork-server.js';
import type { Speedwork } from './support/speedwork-server.js';
import { withSpeedworkAndChromium } from './support/suite.js';

const TODAY = new Date().toISOString().slice(0, 10);
const DAY_MS = 86_400_000;
const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const SIZES: [string, BrowserContextOptions][] = [
  ['phone 360 px', { ...PHONE, viewport: { width: 360, height: 780 } }],
  ['desktop 1366 px', { ...DESKTOP, viewport: { width: 1366, height: 900 } }],
];
const EN_WEEKDAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' });
const weekday = (date: string): string => EN_WEEKDAY.format(new Date(`${date}T00:00:00Z`));

interface ApiSession {
  id: string;
  date: string;
  type: string;
  week: number;
  log: { reps?: { timeS?: number; distanceM?: number }[] } | null;
}

let server: Speedwork;
let browser: Browser;

withSpeedworkAndChromium((started, launched) => {
  server = started;
  browser = launched;
});

/** A runner of its own for each test, with a plan that started ten days ago (Tuesday-based weeks or not). */
async function runnerWithPlan(name: string): Promise<{ cookie: string; sessions: ApiSession[] }> {
  const cookie = await signUpByApi(server.url, `${name}-${Date.now()}@example.com`, name);
  await callApi(server.url, cookie, 'PUT', '/api/me/profile', {
    recent: { distance: '5k', time: '22:00' },
    start: addDays(TODAY, -10),
    weeks: 12,
    days: ['mon', 'tue', 'thu', 'sat'],
    level: 'intermediate',
  });
  const plan = await callApi<{ sessions: ApiSession[] }>(server.url, cookie, 'POST', '/api/plans');
  return { cookie, sessions: plan.sessions };
}

async function open(
  size: BrowserContextOptions,
  cookie: string,
  path: string,
  extra: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({ ...size, ...extra, baseURL: server.url });
  await context.addCookies([{ name: 'sw_session', value: cookie, url: server.url }]);
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

/** Where the pictures a developer looks at go; nothing here is committed. */
const SHOTS = process.env.SPEEDWORK_SHOTS_DIR;

async function checkBothThemes(page: Page, size: BrowserContextOptions, name: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    size.viewport?.width ?? 0,
  );
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousA11yViolations(page)).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${colorScheme}.png`, fullPage: true });
  }
}

describe('issue 14 friction 15: the calendar card', () => {
  SIZES.forEach(([sizeName, size], n) => {
    it(`${sizeName}: Stop the link only while a link works; Copy puts the link on the clipboard`, async () => {
      const { cookie } = await runnerWithPlan(`cal${n}`);
      const page = await open(size, cookie, '/settings', {
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      const card = page.locator('section[aria-labelledby="calendar-title"]');
      const make = card.getByRole('button', { name: 'Get a calendar link' });
      await expect.poll(() => make.isVisible()).toBe(true);
      expect(await card.getByRole('button', { name: 'Stop the link' }).count()).toBe(0);
      // The CSV has its own card, named for what it is; the calendar card keeps the calendar file only.
      expect(await card.getByRole('link', { name: 'Download log (CSV)' }).count()).toBe(0);
      const csv = page.locator('section[aria-labelledby="log-csv-title"]');
      expect(await csv.getByRole('heading').textContent()).toBe('Training log for a spreadsheet');
      expect(await csv.getByRole('link', { name: 'Download log (CSV)' }).getAttribute('href')).toBe(
        '/api/export/logs.csv',
      );
      // One folded how-to per calendar app.
      const howTos = card.locator('details');
      expect(await howTos.locator('summary').allTextContents()).toEqual([
        'Add it to Google Calendar',
        'Add it to Apple Calendar (iPhone, iPad, Mac)',
        'Add it to Outlook',
      ]);
      expect(await howTos.evaluateAll((all) => all.some((d) => (d as HTMLDetailsElement).open))).toBe(false);
      await card.getByText('Add it to Outlook').click();
      await expect.poll(() => card.getByText(/Subscribe from web/).isVisible()).toBe(true);
      await checkBothThemes(page, size, `friction15-calendar-none-${n}`);

      await make.click();
      const link = card.getByLabel('Your calendar link');
      await expect.poll(() => link.isVisible()).toBe(true);
      const url = await link.inputValue();
      expect(url).toMatch(/\/api\/calendar\/swc_[\w-]+\.ics$/);
      await card.getByRole('button', { name: 'Copy' }).click();
      await expect.poll(() => card.getByRole('button', { name: 'Copied ✓' }).isVisible()).toBe(true);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
      expect(await card.getByRole('button', { name: 'Stop the link' }).isVisible()).toBe(true);
      const feed = await fetch(url.replace('localhost', '127.0.0.1'));
      expect(feed.status).toBe(200);
      expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
      await checkBothThemes(page, size, `friction15-calendar-link-${n}`);
      if (n === 0) {
        await card.scrollIntoViewIfNeeded();
        await screenshot(page, 'phone-settings-calendar');
      }

      // After a reload the link is not shown again (only its hash is kept), but it works and can be stopped.
      await page.reload();
      const stop = card.getByRole('button', { name: 'Stop the link' });
      await expect.poll(() => stop.isVisible()).toBe(true);
      expect(await card.getByText(/Your calendar link works/).isVisible()).toBe(true);
      expect(await card.getByRole('button', { name: 'Make a new link' }).isVisible()).toBe(true);
      await stop.click();
      await expect
        .poll(() => card.getByText('The calendar link no longer works', { exact: false }).isVisible())
        .toBe(true);
      expect(await card.getByRole('button', { name: 'Stop the link' }).count()).toBe(0);
      expect((await fetch(url.replace('localhost', '127.0.0.1'))).status).toBe(404);
      await page.context().close();
    }, 600_000);
  });

  it('phone 360 px: where the clipboard is closed, Copy selects the whole link instead', async () => {
    const { cookie } = await runnerWithPlan('calx');
    const context = await browser.newContext({
      ...PHONE,
      viewport: { width: 360, height: 780 },
      baseURL: server.url,
    });
    await context.addCookies([{ name: 'sw_session', value: cookie, url: server.url }]);
    // Some in-app browsers and plain-http pages have no clipboard API at all.
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    });
    const page = await context.newPage();
    await page.goto('/settings');
    const card = page.locator('section[aria-labelledby="calendar-title"]');
    await card.getByRole('button', { name: 'Get a calendar link' }).click();
    const link = card.getByLabel('Your calendar link');
    await expect.poll(() => link.isVisible()).toBe(true);
    await card.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => card.getByText(/^Selected: copy it/).isVisible()).toBe(true);
    const selection = await link.evaluate((input: HTMLInputElement) => [
      input.selectionStart,
      input.selectionEnd,
      input.value.length,
      document.activeElement === input,
    ]);
    const length = (await link.inputValue()).length;
    expect(selection).toEqual([0, length, length, true]);
    await context.close();
  }, 600_000);
});

describe('issue 14 friction 16: an easy run takes its distance and time', () => {
  SIZES.forEach(([sizeName, size], n) => {
    it(`${sizeName}: 8 km in 44:00 is saved as the run and shows 5:30/km beside its target after a reload`, async () => {
      const { cookie, sessions } = await runnerWithPlan(`run${n}`);
      const easy = sessions.find((s) => s.type === 'easy' && s.date <= TODAY);
      if (!easy) throw new Error('no easy run to log');
      const page = await open(size, cookie, `/sessions/${easy.id}`);
      const log = page.locator('#log');
      await expect.poll(() => log.getByLabel('Distance, km').isVisible()).toBe(true);
      // A slip is named with the field and what it takes, and nothing is saved.
      await log.getByLabel('Distance, km').fill('8');
      await log.getByLabel('Time, h:mm:ss or mm:ss').fill('44');
      await log.getByRole('button', { name: 'Save log' }).click();
      await expect.poll(() => log.getByRole('alert').textContent()).toMatch(/Time: “44” is not a time/);
      expect(
        (await callApi<ApiSession>(server.url, cookie, 'GET', `/api/sessions/${easy.id}`)).log,
      ).toBeNull();

      await log.getByLabel('Time, h:mm:ss or mm:ss').fill('44:00');
      await log.getByRole('button', { name: 'Save log' }).click();
      await expect.poll(() => log.getByText(/^Saved at /).isVisible()).toBe(true);
      const saved = await callApi<ApiSession>(server.url, cookie, 'GET', `/api/sessions/${easy.id}`);
      expect(saved.log?.reps).toEqual([{ distanceM: 8000, timeS: 2640 }]);
      // The pace shows as soon as the log is saved, and again after a reload.
      await expect.poll(() => log.locator('.run-result').getByText('5:30/km').isVisible()).toBe(true);

      await page.reload();
      const result = log.locator('.run-result');
      await expect.poll(() => result.isVisible()).toBe(true);
      expect(await result.locator('dd').allTextContents()).toEqual([
        '8 km in 44:00',
        '5:30/km',
        expect.stringMatching(/^\d:\d\d–\d:\d\d\/km$/),
      ]);
      expect(await result.locator('dt').nth(2).textContent()).toBe('Target, easy');
      expect(await log.getByLabel('Distance, km').inputValue()).toBe('8');
      expect(await log.getByLabel('Time, h:mm:ss or mm:ss').inputValue()).toBe('44:00');
      await result.scrollIntoViewIfNeeded();
      await checkBothThemes(page, size, `friction16-easy-run-${n}`);
      if (n === 0) await screenshot(page, 'phone-log-run-pace');
      await page.context().close();
    }, 600_000);
  });
});

describe('issue 14 friction 13: day headers in the whole-plan overview', () => {
  SIZES.forEach(([sizeName, size], n) => {
    it(`${sizeName}: each column of cells is headed by its weekday, from the chosen first day`, async () => {
      const { cookie, sessions } = await runnerWithPlan(`days${n}`);
      const page = await open(size, cookie, '/plan');
      const overview = page.locator('section.overview');
      await expect.poll(() => overview.locator('.overview-week').count()).toBe(12);
      const start = sessions.reduce((first, s) => (s.date < first ? s.date : first), '9999-12-31');
      const planDays = Array.from({ length: 7 }, (_, i) => weekday(addDays(addDays(TODAY, -10), i)));
      expect(weekday(start)).toBe(planDays[0]);

      /** The visible headers' texts, column by column, and each header's centre against its cell's. */
      const headers = async () =>
        overview.evaluate((card) => {
          const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
          const heads = [...card.querySelectorAll('.overview-head')].filter(visible);
          const cells = [
            ...card.querySelectorAll('.overview-weeks > li:first-child .overview-cells > .cell'),
          ];
          const centre = (el: Element) => {
            const box = el.getBoundingClientRect();
            return box.left + box.width / 2;
          };
          return {
            columns: heads.map((head) =>
              [...head.querySelectorAll('.day-head')].map(
                (d) => [...d.children].find(visible)?.textContent ?? '',
              ),
            ),
            offsets: [...(heads[0]?.querySelectorAll('.day-head') ?? [])].map((d, i) =>
              cells[i] ? Math.abs(centre(d) - centre(cells[i])) : Infinity,
            ),
          };
        });
      const plan = await headers();
      // A phone shows one column of weeks with initials; the desktop three, with short names.
      expect(plan.columns).toHaveLength(n === 0 ? 1 : 3);
      const expected = n === 0 ? planDays.map((d) => d.charAt(0)) : planDays;
      for (const column of plan.columns) expect(column).toEqual(expected);
      for (const offset of plan.offsets) expect(offset).toBeLessThan(2);
      await overview.scrollIntoViewIfNeeded();
      await checkBothThemes(page, size, `friction13-day-headers-${n}`);

      await overview
        .getByRole('group', { name: 'Weeks start on' })
        .getByRole('radio', { name: 'Monday' })
        .check();
      const monday = await headers();
      const mondayFirst = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
      expect(monday.columns[0]).toEqual(n === 0 ? mondayFirst.map((d) => d.charAt(0)) : mondayFirst);
      await page.context().close();
    }, 600_000);
  });
});
