/**
 * The whole plan in the browser (SPEC "Whole training", R-VOL-1, R-LNG-1, R-DAY-1): a half marathoner
 * answers the two "running now" questions in onboarding, and the plan shows a long run and a day with a run
 * and then strength; the long run's session view shows its distance, pace band and effort. A second runner
 * says "I don't know" to both and sees the plan's assumptions. Phone (390 px) and desktop (1366 px), with
 * axe-core checks and screenshots.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { DESKTOP, PHONE, screenshot, seriousA11yViolations } from './support/browser.js';
import { callApi, signUpByApi } from './support/speedwork-server.js';
import type { Speedwork } from './support/speedwork-server.js';
import { withSpeedworkAndChromium } from './support/suite.js';

/** A Monday: the plan starts today, so the weeks and screenshots are the same on every run. */
const TODAY = '2026-11-16';
const WIDE: BrowserContextOptions = { ...DESKTOP, viewport: { width: 1366, height: 900 } };

let server: Speedwork;
let browser: Browser;

withSpeedworkAndChromium((started, launched) => {
  server = started;
  browser = launched;
});

async function signedIn(options: BrowserContextOptions, email: string): Promise<Page> {
  const cookie = await signUpByApi(server.url, email);
  const context = await browser.newContext({ ...options, baseURL: server.url });
  await context.addCookies([{ name: 'sw_session', value: cookie, url: server.url }]);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(`${TODAY}T07:30:00Z`));
  return page;
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await seriousA11yViolations(page);
  expect(violations, `${screen}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

async function expectFitsWidth(page: Page, screen: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${screen} is wider than the screen`).toBeLessThanOrEqual(0);
}

const next = (page: Page): Promise<void> => page.getByRole('button', { name: 'Next' }).click();

/** Onboarding up to the "running now" step: a 1:45 half marathoner, race in 18 weeks, five days. */
async function onboardToRunningNow(page: Page): Promise<void> {
  await page.goto('/onboarding');
  await page.getByLabel('Distance', { exact: true }).selectOption('half');
  await page.getByLabel('Time', { exact: true }).fill('1:45:00');
  await next(page);
  await page.getByLabel('I have a goal race').check();
  await page.getByLabel('Goal distance').selectOption('half');
  await page.getByLabel('Goal time').fill('1:39:00');
  await page.getByLabel('Race date').fill('2027-03-21');
  await next(page);
  for (const day of ['Monday', 'Tuesday', 'Thursday', 'Saturday', 'Sunday'])
    await page.getByLabel(day).check();
  await next(page);
  await next(page);
  await expect.poll(() => page.getByRole('heading', { name: 'Your running now' }).isVisible()).toBe(true);
}

/** Goes through the plan's weeks from the first until `found` shows in the week's list. */
async function weekWith(page: Page, found: (week: Locator) => Locator): Promise<Locator> {
  for (let i = 0; i < 20; i++) {
    const week = page.getByRole('list', { name: /^Week \d+, day by day$/ });
    await expect.poll(() => week.count()).toBe(1);
    if ((await found(week).count()) > 0) return week;
    const later = page.getByRole('button', { name: 'Next week' });
    if (await later.isDisabled()) break;
    await later.click();
  }
  throw new Error('no week of the plan has it');
}

/** A day of the week holding a run and then strength (R-DAY-1). */
const runThenStrength = (week: Locator): Locator =>
  week
    .getByRole('listitem')
    .filter({ has: week.page().locator('.session-card.type-strength') })
    .filter({ has: week.page().locator('.session-card:not(.type-strength)') });

describe('a half marathoner who knows their running', () => {
  it('answers the two questions, and the plan has a long run and a run with strength on one day', async () => {
    const page = await signedIn(PHONE, 'hana@example.com');
    await onboardToRunningNow(page);
    const weekly = page.getByLabel('How far do you run in a typical week now?');
    const longest = page.getByLabel('Your longest run in the last month?');
    await expect.poll(() => page.locator('.input-with-unit .unit').allTextContents()).toEqual(['km', 'km']);
    await next(page);
    await expect
      .poll(() => page.getByText('Type your weekly distance, or tick “I don’t know”.').isVisible())
      .toBe(true);
    await weekly.fill('35');
    await longest.fill('14');
    await expectAccessible(page, 'running now');
    await screenshot(page, 'phone-onboarding-running-now');
    await next(page);
    await expect.poll(() => page.getByText('35 km a week, longest run 14 km').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Build my plan' }).click();
    await page.waitForURL('**/plan');

    // Stored with the profile, in metres.
    const profile = await page.request.get('/api/me/profile');
    expect(((await profile.json()) as { input: { current?: unknown } }).input.current).toEqual({
      weeklyDistanceM: 35000,
      longestRunM: 14000,
    });

    // A day with a run, then strength: both cards on the day, run first.
    const week = await weekWith(page, runThenStrength);
    const day = runThenStrength(week).first();
    const cards = day.locator('.session-card');
    await expect.poll(() => cards.count()).toBe(2);
    expect(await cards.nth(1).getAttribute('class')).toContain('type-strength');
    await day.scrollIntoViewIfNeeded();
    await expectAccessible(page, 'plan week, run and strength');
    await expectFitsWidth(page, 'plan week');
    await screenshot(page, 'phone-plan-run-and-strength');

    // A long run: its card says the distance; its session view the pace band, effort and the run's steps.
    const longWeek = await weekWith(page, (w) => w.locator('.session-card.type-long'));
    const longCard = longWeek.locator('.session-card.type-long').first();
    await expect.poll(() => longCard.textContent()).toMatch(/\d+(\.\d)? km (easy|with)/);
    await longCard.scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-plan-long-run');
    await longCard.click();
    await expect.poll(() => page.getByRole('heading', { name: 'The run' }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.session-head').textContent()).toMatch(/Effort \d+(–\d+)? of 10/);
    await expect.poll(() => page.locator('.session-head').textContent()).toMatch(/\d+(\.\d)? km in all/);
    await expect
      .poll(() =>
        page
          .getByText(/you can talk in sentences/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expectAccessible(page, 'long run');
    await expectFitsWidth(page, 'long run');
    await screenshot(page, 'phone-session-long-run');

    // Threshold work (R-QUA-1), in a tempo session or inside a long run: its steps say how it feels.
    await page.goto('/plan?week=1');
    const thresholdWeek = await weekWith(page, (w) =>
      w.locator('.session-card').filter({ hasText: /at threshold/ }),
    );
    const threshold = thresholdWeek
      .locator('.session-card')
      .filter({ hasText: /at threshold/ })
      .first();
    await threshold.click();
    await expect
      .poll(() =>
        page
          .locator('.step')
          .filter({ hasText: /at threshold/ })
          .first()
          .textContent(),
      )
      .toMatch(/At \d+:\d\d\/km: comfortably hard/);
    await expectAccessible(page, 'threshold session');
    await page.getByRole('heading', { name: 'The run' }).evaluate((h) => {
      h.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -80);
    });
    await screenshot(page, 'phone-session-threshold');

    // The same plan on a desktop, 1366 px wide.
    const wide = await browser.newContext({ ...WIDE, baseURL: server.url });
    await wide.addCookies(await page.context().cookies());
    const desk = await wide.newPage();
    await desk.clock.setFixedTime(new Date(`${TODAY}T07:30:00Z`));
    await desk.goto('/plan');
    const deskWeek = await weekWith(desk, (w) => w.locator('.session-card.type-long'));
    await expect.poll(() => runThenStrength(deskWeek).count()).toBeGreaterThan(0);
    await expectAccessible(desk, 'plan, desktop');
    await expectFitsWidth(desk, 'plan, desktop');
    await screenshot(desk, 'desktop-plan-whole-week');
    await deskWeek.locator('.session-card.type-long').first().click();
    await expect.poll(() => desk.getByRole('heading', { name: 'The run' }).isVisible()).toBe(true);
    await screenshot(desk, 'desktop-session-long-run');
    await wide.close();

    // Settings shows the answers, in miles after switching units, and saves them.
    await page.goto('/settings');
    await expect
      .poll(() => page.getByLabel('How far do you run in a typical week now?').inputValue())
      .toBe('35');
    await page.getByRole('radio', { name: /Miles/ }).check();
    await expect
      .poll(() => page.getByLabel('How far do you run in a typical week now?').inputValue())
      .toBe('21.7');
    await page.getByLabel('How far do you run in a typical week now?').fill('25');
    await page.getByRole('heading', { name: 'Your running now' }).evaluate((h) => {
      h.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -80);
    });
    await expectAccessible(page, 'settings, running now');
    await screenshot(page, 'phone-settings-running-now');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect.poll(() => page.getByText(/^Profile saved/).isVisible()).toBe(true);
    const saved = await page.request.get('/api/me/profile');
    expect(((await saved.json()) as { input: { current?: unknown } }).input.current).toEqual({
      weeklyDistanceM: 40234,
      longestRunM: 14001,
    });
    await page.context().close();
  }, 600_000);
});

describe('a runner who does not know their weekly distance', () => {
  it('says "I don\'t know" to both, and the plan says what it assumed', async () => {
    const page = await signedIn(WIDE, 'ida@example.com');
    await onboardToRunningNow(page);
    for (const box of await page.getByRole('checkbox', { name: "I don't know" }).all()) await box.check();
    await expect
      .poll(() => page.getByLabel('How far do you run in a typical week now?').isDisabled())
      .toBe(true);
    await next(page);
    await expect
      .poll(() => page.getByText('Weekly distance not given, longest run not given').isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Build my plan' }).click();
    await page.waitForURL('**/plan');
    const notes = page.getByRole('region', { name: 'About this plan' });
    await expect.poll(() => notes.isVisible()).toBe(true);
    await expect.poll(() => notes.getByRole('listitem').count()).toBeGreaterThan(0);
    const profile = await callApi<{ input: { current?: unknown } }>(
      server.url,
      (await page.context().cookies()).find((c) => c.name === 'sw_session')?.value ?? '',
      'GET',
      '/api/me/profile',
    );
    expect(profile.input.current).toBeUndefined();
    await expectAccessible(page, 'plan with assumptions');
    await screenshot(page, 'desktop-plan-assumptions');

    // Later the runner finds out: settings takes the numbers, and the plan stops guessing them.
    await notes.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('checkbox', { name: "I don't know" }).first().uncheck();
    await page.getByLabel('How far do you run in a typical week now?').fill('28');
    await page.getByRole('checkbox', { name: "I don't know" }).nth(1).uncheck();
    await page.getByLabel('Your longest run in the last month?').fill('11');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect
      .poll(() => page.getByText(/^Profile saved\. Your plan follows it from tomorrow/).isVisible())
      .toBe(true);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Week 1/ }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('region', { name: 'About this plan' }).count()).toBe(0);
    await page.context().close();
  }, 600_000);
});
