/**
 * A new runner on a phone: signs up, onboards, sees the plan, opens today's session, logs it, reloads and
 * still sees the log, and sees the progress page change. Then a runner six weeks into a plan, on a desktop.
 * Every main screen is checked with axe-core and photographed for the README.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, PHONE, screenshot, seriousA11yViolations } from './support/browser.js';
import { REPO_ROOT, callApi, signUpByApi } from './support/speedwork-server.js';
import type { Speedwork } from './support/speedwork-server.js';
import { withSpeedworkAndChromium } from './support/suite.js';

/** The runner's "today" in these tests: a Monday, so screenshots are the same on every run. */
const TODAY = '2026-11-16';

let server: Speedwork;
let browser: Browser;

withSpeedworkAndChromium((started, launched) => {
  server = started;
  browser = launched;
});

async function openContext(
  options: typeof PHONE,
  dark = false,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    ...options,
    baseURL: server.url,
    colorScheme: dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(`${TODAY}T07:30:00Z`));
  return { context, page };
}

/** Nothing wider than the screen: no sideways scrolling on a 360 px phone. */
async function expectFitsWidth(page: Page, screen: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${screen} is wider than the screen`).toBeLessThanOrEqual(0);
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await seriousA11yViolations(page);
  expect(violations, `${screen}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}

describe('a new runner on a phone', () => {
  it('signs up, onboards, logs today and sees it everywhere', async () => {
    const { context, page } = await openContext(PHONE);
    // A first visit starts on what speedwork is, with a sample plan and a way to sign up (issue 14).
    await page.goto('/');
    await page.waitForURL('**/welcome');
    await expect.poll(() => page.locator('.sample-session').count()).toBeGreaterThan(3);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Name').fill('Ana Runner');
    await page.getByLabel('Email').fill('ana@example.com');
    await page.getByLabel('Password', { exact: true }).fill('tempo-tuesday-42');
    await expectAccessible(page, 'sign up');
    await screenshot(page, 'phone-signup');
    await page.getByRole('button', { name: 'Create account' }).click();

    // Step 1: the recent race, with paces as the time is typed.
    await page.waitForURL('**/onboarding');
    await page.getByLabel('Time', { exact: true }).fill('25:00');
    await expect.poll(() => page.locator('.vdot-number').textContent()).toBe('38.3');
    await expect.poll(() => page.getByText('4:51/km').first().isVisible()).toBe(true);
    await expectAccessible(page, 'onboarding');
    await screenshot(page, 'phone-onboarding-paces');
    await page.getByRole('button', { name: 'Next' }).click();

    // Step 2: goal and dates.
    await page.getByLabel('I have a goal race').check();
    await page.getByLabel('Goal time').fill('23:30');
    await page.getByLabel('Race date').fill('2027-02-28');
    await expect.poll(() => page.getByLabel('Start date').inputValue()).toBe(TODAY);
    await page.getByRole('button', { name: 'Next' }).click();

    // Step 3: days. Step 4: equipment, level, units (defaults). Step 5: running now.
    for (const day of ['Monday', 'Wednesday', 'Friday', 'Saturday']) await page.getByLabel(day).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('How far do you run in a typical week now?').fill('20');
    await page.getByRole('checkbox', { name: "I don't know" }).nth(1).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByText('15 weeks from 16 Nov 2026').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Build my plan' }).click();

    // The plan: week 1 with today's strength session, rest days, and the whole-plan overview.
    await page.waitForURL('**/plan');
    await expect.poll(() => page.getByRole('heading', { name: /Week 1/ }).isVisible()).toBe(true);
    const week = page.getByRole('list', { name: 'Week 1, day by day' });
    await expect.poll(() => week.getByText('Rest').count()).toBe(3);
    // Today's sessions (a run, then strength, or one of them) each carry the mark.
    const todays = await week.locator('[aria-current="date"] .session-card').count();
    expect(todays).toBeGreaterThan(0);
    await expect.poll(() => week.getByText('Today').count()).toBe(todays);
    await expectAccessible(page, 'plan');
    await screenshot(page, 'phone-plan-week');
    await page.getByRole('button', { name: 'Next week' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Week 2/ }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('2 × 100 m, 30 m flat out').isVisible()).toBe(true);
    await page.getByRole('heading', { name: 'Whole plan' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'phone-plan-overview');

    // Progress before any log.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
    await expect.poll(() => page.getByText('Nothing due yet').isVisible()).toBe(true);

    // Today, then the session with its whole prescription.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /^Strength:/ }).isVisible()).toBe(true);
    await expectAccessible(page, 'today');
    await screenshot(page, 'phone-today');
    // Today is a run, then strength: open the strength session.
    await page.getByRole('link', { name: /see the strength session/ }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Deadlift', exact: true }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText(/^\d sets × 12–15 reps · light weight$/).isVisible()).toBe(true);
    await expect
      .poll(() => page.getByText(/No gym\? Do the Single-Leg Romanian Deadlift instead/).isVisible())
      .toBe(true);
    await expectAccessible(page, 'session');
    await screenshot(page, 'phone-session-strength');

    // Log it: sets with load, effort, notes.
    const log = page.locator('#log');
    await log.getByRole('group', { name: 'Deadlift' }).getByLabel('Set 1 load in kg').fill('30');
    await log.getByLabel('7', { exact: true }).check();
    await log.getByLabel('Notes').fill('Felt springy. Box hops on the left leg wobbly.');
    await log.getByRole('heading', { name: 'Log it' }).evaluate((h) => {
      h.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -72);
    });
    await screenshot(page, 'phone-log-form');
    await log.getByRole('button', { name: 'Save log' }).click();
    await expect.poll(() => log.getByText(/^Saved at/).isVisible()).toBe(true);

    // Reload: the log is stored, not just on screen.
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Your log' }).isVisible()).toBe(true);
    await expect
      .poll(() => page.locator('#log').getByLabel('Notes').inputValue())
      .toBe('Felt springy. Box hops on the left leg wobbly.');
    await expect.poll(() => page.locator('.session-head').getByText('Done').isVisible()).toBe(true);

    // The plan marks it done; progress counts it.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
    await expect
      .poll(() => page.getByRole('list', { name: 'Week 1, day by day' }).getByText('Done').count())
      .toBe(1);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
    await expect
      .poll(() =>
        page.getByText('1 done, 0 partly done, 0 skipped, 0 not logged of 1 sessions so far.').isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() => page.locator('.stat').filter({ hasText: 'Completion' }).textContent())
      .toContain('100%');
    await expectAccessible(page, 'progress');
    await screenshot(page, 'phone-progress');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).click();
    await page.getByLabel('No equipment').check();
    await expect.poll(() => page.getByText('8 exercises').isVisible()).toBe(true);
    await expectAccessible(page, 'library');
    await screenshot(page, 'phone-library');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Profile' }).isVisible()).toBe(true);
    await expectAccessible(page, 'settings');

    // Dark mode from the toggle, remembered across reloads.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await page.getByRole('button', { name: /^Theme:/ }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(() => page.getByRole('heading', { name: /^Strength:/ }).isVisible()).toBe(true);
    await expectAccessible(page, 'today, dark');
    await screenshot(page, 'phone-today-dark');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
    await expect.poll(() => page.getByRole('heading', { name: /Week 1/ }).isVisible()).toBe(true);
    await expectAccessible(page, 'plan, dark');
    await page
      .getByRole('link', { name: /Strength/ })
      .first()
      .click();
    await expect.poll(() => page.getByRole('heading', { name: 'Your log' }).isVisible()).toBe(true);
    await expectAccessible(page, 'session, dark');

    // The smallest phones: 360 px wide, nothing scrolls sideways.
    const narrow = await browser.newContext({
      ...PHONE,
      viewport: { width: 360, height: 740 },
      baseURL: server.url,
    });
    await narrow.addCookies(await context.cookies());
    const small = await narrow.newPage();
    await small.clock.setFixedTime(new Date(`${TODAY}T07:30:00Z`));
    for (const [path, heading] of [
      ['/plan', /Week 1/],
      ['/today', /^Strength:/],
      ['/progress', /^Progress$/],
      ['/onboarding', /^Set up your plan$/],
    ] as const) {
      await small.goto(path);
      await expect.poll(() => small.getByRole('heading', { name: heading }).isVisible()).toBe(true);
      await expectFitsWidth(small, path);
    }
    await small.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    await small.getByRole('link', { name: /session and log/ }).click();
    await expect.poll(() => small.getByRole('heading', { name: 'Your log' }).isVisible()).toBe(true);
    await expectFitsWidth(small, 'session');
    await narrow.close();

    // Sign out, and back in.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL('**/signin');
    await page.getByLabel('Email').fill('ana@example.com');
    await page.getByLabel('Password', { exact: true }).fill('tempo-tuesday-42');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/today');
    await expect.poll(() => page.getByRole('heading', { name: /^Strength:/ }).isVisible()).toBe(true);

    // Settings: export every record, then delete the account.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all data' }).click();
    expect((await download).suggestedFilename()).toMatch(/^speedwork-export-\d{4}-\d{2}-\d{2}\.json$/);
    await page.getByLabel('Type "delete" to confirm').fill('delete');
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL('**/signin');
    expect((await page.request.get('/api/me')).status()).toBe(401);
    await context.close();
  }, 600_000);
});

describe('a runner six weeks in, on a desktop', () => {
  it('sees the week, a track session with every rep, and progress charts', async () => {
    const cookie = await signUpByApi(server.url, 'ben@example.com', 'Ben');
    await callApi(server.url, cookie, 'PUT', '/api/me/profile', {
      recent: { distance: '10k', time: '48:30' },
      goal: { distance: '10k', time: '45:00' },
      raceDate: '2027-01-31',
      start: '2026-10-05',
      days: ['tue', 'thu', 'sat', 'sun'],
      equipment: 'none',
      level: 'intermediate',
      units: 'mi',
    });
    const plan = await callApi<{
      sessions: {
        id: string;
        date: string;
        type: string;
        intervals?: { repeat: number; distanceM?: number; targetSPerKm?: number }[];
        exercises?: { id: string; sets: number; reps?: { max: number } }[];
      }[];
    }>(server.url, cookie, 'POST', '/api/plans');
    // Log every session before today, most done, one skipped, track reps timed a touch off target.
    let n = 0;
    for (const session of plan.sessions.filter((s) => s.date < TODAY)) {
      n++;
      const status = n === 5 ? 'skipped' : n === 9 ? 'partial' : 'done';
      const reps = (session.intervals ?? []).flatMap((block) =>
        Array.from({ length: block.repeat }, (_, i) =>
          session.type === 'track' && block.distanceM && block.targetSPerKm
            ? {
                distanceM: block.distanceM,
                timeS:
                  Math.round(
                    ((block.distanceM * block.targetSPerKm) / 1000) * (1.03 - i * 0.01 - n * 0.002) * 10,
                  ) / 10,
              }
            : {},
        ),
      );
      await callApi(server.url, cookie, 'PUT', `/api/sessions/${session.id}/log`, {
        status,
        rpe: 6 + (n % 3),
        ...(session.type === 'track' && status !== 'skipped' ? { reps } : {}),
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
    await callApi(server.url, cookie, 'POST', '/api/races', {
      date: '2026-10-25',
      distance: '5k',
      time: '22:50',
      kind: 'time-trial',
    });
    await callApi(server.url, cookie, 'POST', '/api/races', {
      date: '2026-11-14',
      distance: '10k',
      time: '47:10',
      kind: 'race',
    });

    const { context, page } = await openContext(DESKTOP);
    await context.addCookies([{ name: 'sw_session', value: cookie, url: server.url }]);
    await page.goto('/plan');
    await expect.poll(() => page.getByRole('heading', { name: /Week 7/ }).isVisible()).toBe(true);
    // Six weeks of logs changed the plan: the notice says so; put away, the week shows at the top.
    await expect.poll(() => page.getByRole('heading', { name: 'Plan updated' }).isVisible()).toBe(true);
    await expectAccessible(page, 'desktop plan');
    await page.getByRole('button', { name: 'Got it' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Plan updated' }).count()).toBe(0);
    await screenshot(page, 'desktop-plan');

    const track = plan.sessions.find((s) => s.type === 'track' && s.date >= TODAY);
    if (!track) throw new Error('no track session ahead');
    await page.goto(`/sessions/${track.id}`);
    await expect.poll(() => page.getByRole('heading', { name: 'The run' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(/\/mi/).first().isVisible()).toBe(true);
    await expectAccessible(page, 'desktop track session');
    await page.getByRole('heading', { name: 'The run' }).evaluate((h) => {
      h.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -140);
    });
    await screenshot(page, 'desktop-session-track');

    // The watch: the workout as a FIT file, and a recorded run read back into the log.
    const workout = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the workout (.fit)' }).click();
    const fit = await workout;
    expect(fit.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}-track\.fit$/);
    const watchFile = page.locator('input[type=file]');
    await watchFile.setInputFiles(`${REPO_ROOT}fixtures/fit/activity-unexpected-eof.fit`);
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toMatch(/^The file could not be read: /);
    await watchFile.setInputFiles(`${REPO_ROOT}fixtures/fit/garmin-fenix-5-run.fit`);
    // The recording is from another day: nothing changes until the runner says to use it.
    await expect
      .poll(() => page.getByRole('button', { name: 'Use this file anyway' }).isVisible())
      .toBe(true);
    await expectAccessible(page, 'desktop upload question');
    await page.getByRole('button', { name: 'Use this file anyway' }).click();
    await expect
      .poll(() => page.getByText(/^Read garmin-fenix-5-run\.fit: \d+ reps? timed/).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: 'Your log' }).isVisible()).toBe(true);

    await page.goto('/progress');
    await expect.poll(() => page.locator('.chart canvas').count()).toBe(5);
    await expect
      .poll(() => page.locator('.stat').filter({ hasText: 'VDOT now' }).textContent())
      .toContain('42.');
    await expectAccessible(page, 'desktop progress');
    await screenshot(page, 'desktop-progress', { fullPage: true });
    await context.close();
  }, 600_000);
});
