/**
 * Issue 14 bug 10: a rep time far from its target ("2:05" typed for a 100 m rep aimed at 20 s) asks "did
 * you mean…?" before anything is saved, and a session of several reps logged "Partly" asks how many were
 * run instead of counting a guess; once saved, each rep shows beside its target (friction 16). Phone
 * (360 px) and desktop (1366 px), axe in both themes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, PHONE, launchChromium, seriousA11yViolations } from './support/browser.js';
import { callApi, signUpByApi, startSpeedwork } from './support/speedwork-server.js';
import type { Speedwork } from './support/speedwork-server.js';

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
  type: string;
  title: string;
  intervals?: {
    repeat: number;
    distanceM?: number;
    durationS?: number;
    targetSPerKm?: number;
    sprintM?: number;
    grade?: string;
  }[];
  log: { status: string; reps?: { timeS?: number; distanceM?: number }[] } | null;
}

let server: Speedwork;
let browser: Browser;
let cookie: string;
let sessions: ApiSession[];

beforeAll(async () => {
  [server, browser] = await Promise.all([startSpeedwork(), launchChromium()]);
  cookie = await signUpByApi(server.url, 'rae@example.com', 'Rae');
  await callApi(server.url, cookie, 'PUT', '/api/me/profile', {
    recent: { distance: '5k', time: '22:00' },
    start: addDays(TODAY, -21),
    weeks: 12,
    days: ['mon', 'tue', 'thu', 'sat'],
    level: 'intermediate',
  });
  sessions = (await callApi<{ sessions: ApiSession[] }>(server.url, cookie, 'POST', '/api/plans')).sessions;
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(size: BrowserContextOptions, path: string): Promise<Page> {
  const context = await browser.newContext({ ...size, baseURL: server.url });
  await context.addCookies([{ name: 'sw_session', value: cookie, url: server.url }]);
  const page = await context.newPage();
  await page.goto(path);
  await expect.poll(() => page.locator('#log').isVisible()).toBe(true);
  return page;
}

/** Where the pictures a developer looks at go; nothing here is committed. */
const SHOTS = process.env.SPEEDWORK_SHOTS_DIR;
async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
}

const logOf = async (id: string) =>
  (await callApi<ApiSession>(server.url, cookie, 'GET', `/api/sessions/${id}`)).log;

describe('issue 14 bug 10: the log form checks before it saves', () => {
  SIZES.forEach(([sizeName, size], n) => {
    it(`${sizeName}: a rep time far off its target asks "did you mean…?" and saves nothing until answered`, async () => {
      // A different timed track session for each size, so each starts unlogged.
      const track = sessions.filter(
        (s) => s.type === 'track' && s.intervals?.[0]?.distanceM && s.intervals[0].targetSPerKm,
      )[n];
      const first = track?.intervals?.[0];
      if (!track || !first?.distanceM || !first.targetSPerKm) throw new Error('no timed track session');
      const targetS = (first.distanceM * first.targetSPerKm) / 1000;
      // The target's digits without their decimal point: "205" for 20.5 s, ten times too slow.
      const slip = String(Math.round(targetS * 10));
      const meant = String(Math.round(targetS * 10) / 10);

      const page = await open(size, `/sessions/${track.id}`);
      const log = page.locator('#log');
      const reps = log.locator('.rep-inputs input');
      await reps.nth(0).fill(slip);
      await log.getByRole('button', { name: 'Save log' }).click();
      const question = log.locator('.far-off');
      await expect.poll(() => question.isVisible()).toBe(true);
      expect(await question.textContent()).toContain(`Did you mean ${meant}?`);
      expect(await logOf(track.id)).toBeNull();
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide).toBeLessThanOrEqual(size.viewport?.width ?? 0);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await seriousA11yViolations(page)).toEqual([]);
        await question.scrollIntoViewIfNeeded();
        await shot(page, `bug10-did-you-mean-${n}-${colorScheme}`);
      }

      await question.getByRole('button', { name: `Use ${meant}` }).click();
      expect(await reps.nth(0).inputValue()).toBe(meant);
      // A second slip is kept as typed when the runner says so.
      await reps.nth(1).fill(slip);
      await log.getByRole('button', { name: 'Save log' }).click();
      await expect.poll(() => question.isVisible()).toBe(true);
      await question.getByRole('button', { name: 'Save as typed' }).click();
      await expect.poll(() => log.getByText(/^Saved at /).isVisible()).toBe(true);
      const saved = await logOf(track.id);
      expect(saved?.reps?.[0]?.timeS).toBe(Number(meant));
      expect(saved?.reps?.[1]?.timeS).toBe(Number(slip));
      // Friction 16: the reps against their targets, with the difference and the pace run.
      const results = log.locator('.rep-results tbody tr');
      await expect.poll(() => results.count()).toBe(2);
      expect(await results.nth(0).locator('td').nth(2).textContent()).toMatch(/^[±−+]0(\.\d)? s$/);
      expect(await results.nth(1).locator('td').nth(2).textContent()).toMatch(/^\+\d/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        size.viewport?.width ?? 0,
      );
      await page.context().close();
    }, 600_000);
  });

  it('phone 360 px: "Partly" on a session of several reps asks how many were run, and the log says so', async () => {
    const hills = sessions.find((s) => s.type === 'hills' && (s.intervals ?? []).some((b) => b.repeat > 2));
    if (!hills) throw new Error('no hill session of three or more repeats');
    const page = await open(SIZES[0]?.[1] ?? PHONE, `/sessions/${hills.id}`);
    const log = page.locator('#log');
    await log.getByRole('radio', { name: 'Partly' }).check();
    const count = log.getByRole('group', { name: /^How many of the \d+ hill repeats did you run\?$/ });
    await expect.poll(() => count.isVisible()).toBe(true);
    await log.getByRole('button', { name: 'Save log' }).click();
    await expect.poll(() => count.getByText(/Pick a number\.$/).isVisible()).toBe(true);
    expect(await logOf(hills.id)).toBeNull();
    await count.getByRole('radio', { name: '2' }).check();
    // Only the reps run are left to time.
    await expect.poll(() => log.locator('.rep-inputs input').count()).toBe(2);
    await log.getByRole('button', { name: 'Save log' }).click();
    await expect.poll(() => log.getByText(/^Saved at /).isVisible()).toBe(true);
    const saved = await logOf(hills.id);
    expect(saved?.status).toBe('partial');
    expect(saved?.reps?.filter((r) => (r.timeS ?? 0) > 0)).toHaveLength(2);
    await page.context().close();
  }, 600_000);

  it('friction 17, phone 360 px: a rep row gives its whole time; "flat out" and a hill\'s grade explain themselves', async () => {
    const track = sessions.find((s) => s.type === 'track' && (s.intervals ?? []).some((b) => b.sprintM));
    const hills = sessions.find((s) => s.type === 'hills' && (s.intervals ?? []).some((b) => b.grade));
    if (!track || !hills)
      throw new Error('no track session with a sprint start, or no hill session with a grade');
    const page = await open(SIZES[0]?.[1] ?? PHONE, `/sessions/${track.id}`);
    const rows = page.locator('.rep-list li');
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    // "Rep 1 · 100 m | in 27 s (4:31/km)": the rep's target time, without the sprint mixed in.
    for (const row of await rows.allTextContents()) {
      expect(row).toMatch(/^Rep \d+ · \d+ m\s*in \d+(\.\d)? s \(\d+:\d{2}\/km\)/);
      expect(row).not.toMatch(/flat out/);
    }
    const explain = page.getByRole('button', { name: 'What is flat out?' }).first();
    await explain.click();
    await expect.poll(() => explain.getAttribute('aria-expanded')).toBe('true');
    await expect
      .poll(() =>
        page
          .getByText(/^As fast as you can run/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousA11yViolations(page)).toEqual([]);
      await explain.scrollIntoViewIfNeeded();
      await shot(page, `friction17-flat-out-360-${colorScheme}`);
    }
    const grade = hills.intervals?.find((b) => b.grade)?.grade ?? '';
    await page.goto(`/sessions/${hills.id}`);
    await page
      .getByRole('button', { name: `What is ${grade}?` })
      .first()
      .click();
    await expect
      .poll(() =>
        page
          .getByText(new RegExp(`^A ${grade} grade is a slope of about`))
          .first()
          .isVisible(),
      )
      .toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  }, 600_000);
});
