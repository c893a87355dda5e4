/**
 * Issue 14, "the web app as a runner meets it": each bug found on a walk through the app, in Debian's
 * Chromium on a phone (390 px) and a desktop (1366 px), against a runner three weeks into a plan with done
 * and skipped sessions behind them.
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
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const weekday = (date: string): (typeof WEEKDAYS)[number] =>
  WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? 'mon';
const WIDE: BrowserContextOptions = { ...DESKTOP, viewport: { width: 1366, height: 900 } };
/** Where the pictures a developer looks at go; nothing here is committed. */
const SHOTS = process.env.SPEEDWORK_SHOTS;

interface ApiSession {
  id: string;
  date: string;
  week: number;
  type: string;
  title: string;
  exercises?: { id: string; sets: number; reps?: { max: number } }[];
  log: { status: string } | null;
}

let server: Speedwork;
let browser: Browser;
let cookie: string;
let sessions: ApiSession[];

beforeAll(async () => {
  [server, browser] = await Promise.all([startSpeedwork(), launchChromium()]);
  cookie = await signUpByApi(server.url, 'walker@example.com', 'Wren');
  // Sessions on today's weekday and two days around it, from three weeks ago.
  const start = addDays(TODAY, -21);
  await callApi(server.url, cookie, 'PUT', '/api/me/profile', {
    recent: { distance: '5k', time: '25:00' },
    goal: { distance: '5k', time: '24:00' },
    raceDate: addDays(start, 7 * 16 - 1),
    start,
    days: [weekday(TODAY), weekday(addDays(TODAY, 2)), weekday(addDays(TODAY, 4))],
    equipment: 'gym',
    level: 'intermediate',
    units: 'km',
  });
  const plan = await callApi<{ sessions: ApiSession[] }>(server.url, cookie, 'POST', '/api/plans');
  // Every session before today logged: most done, every fourth skipped.
  let n = 0;
  for (const session of plan.sessions.filter((s) => s.date < TODAY)) {
    const status = ++n % 4 === 0 ? 'skipped' : 'done';
    await callApi(server.url, cookie, 'PUT', `/api/sessions/${session.id}/log`, {
      status,
      rpe: 6,
      ...(session.exercises && status !== 'skipped'
        ? {
            exercises: session.exercises.map((e) => ({
              id: e.id,
              sets: Array.from({ length: e.sets }, () => (e.reps ? { reps: e.reps.max } : {})),
            })),
          }
        : {}),
    });
  }
  sessions = (await callApi<{ sessions: ApiSession[] }>(server.url, cookie, 'GET', '/api/plans/current'))
    .sessions;
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(options: BrowserContextOptions, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await browser.newContext({ ...options, baseURL: server.url, colorScheme });
  await context.addCookies([{ name: 'sw_session', value: cookie, url: server.url }]);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(`${TODAY}T07:30:00Z`));
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true, animations: 'disabled' });
}

const currentTab = (page: Page): Promise<string[]> =>
  page.locator('nav[aria-label="Main"] a[aria-current="page"]').allTextContents();

describe('issue 14: the web app as a runner meets it', () => {
  it('bug 5: the tab marked current matches the page: a past session is the Plan’s, today’s is Today’s', async () => {
    const past = sessions.find((s) => s.date < TODAY);
    const todays = sessions.find((s) => s.date === TODAY);
    if (!past || !todays) throw new Error('the plan has no past session or none today');
    for (const [size, name] of [
      [PHONE, 'phone'],
      [WIDE, 'desktop'],
    ] as const) {
      const page = await open(size);
      await page.goto(`/sessions/${past.id}`);
      await expect
        .poll(() => page.getByRole('heading', { name: past.title, level: 1 }).isVisible())
        .toBe(true);
      await expect.poll(() => currentTab(page)).toEqual(['Plan']);
      await shot(page, `bug5-past-session-${name}`);
      await page.goto(`/sessions/${todays.id}`);
      await expect
        .poll(() => page.getByRole('heading', { name: todays.title, level: 1 }).isVisible())
        .toBe(true);
      await expect.poll(() => currentTab(page)).toEqual(['Today']);
      await page.goto('/plan');
      await expect.poll(() => currentTab(page)).toEqual(['Plan']);
      await page.context().close();
    }
  }, 600_000);
});
