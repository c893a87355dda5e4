/**
 * The plan follows the runner (SPEC R-ADA-1..6), in the browser: a time trial re-paces the plan and Today
 * says so; the next track session shows its new pace and why; a session moves from its card (a refusal
 * names the rule beside the picker); a recorded run over typed rep times asks first. Phone and desktop,
 * checked with axe and photographed.
 */
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { moveSession } from '@speedwork/core';
import type { Plan } from '@speedwork/core';
import { encodeFitActivity, synthetic } from '@speedwork/formats';
import { DESKTOP, PHONE, screenshot, seriousA11yViolations } from './support/browser.js';
import { callApi, signUpByApi } from './support/speedwork-server.js';
import type { Speedwork } from './support/speedwork-server.js';
import { withSpeedworkAndChromium } from './support/suite.js';

/** The server adapts on its own clock, so the browser stands on the server's date. */
const TODAY = new Date().toISOString().slice(0, 10);
const DAY_MS = 86_400_000;
const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const WIDE: BrowserContextOptions = { ...DESKTOP, viewport: { width: 1366, height: 900 } };

interface ApiSession {
  id: string;
  key: string;
  date: string;
  week: number;
  type: string;
  title: string;
  intervals?: { repeat: number; distanceM?: number; targetSPerKm?: number }[];
  log: { reps?: { timeS?: number }[] } | null;
}
interface ApiPlan {
  sessions: ApiSession[];
}
interface Revision {
  number: number;
  reason: string;
  changes: { sessionId: string; what: string; before: string; after: string; why: string }[];
}

let server: Speedwork;
let browser: Browser;

withSpeedworkAndChromium((started, launched) => {
  server = started;
  browser = launched;
});

async function runnerWithPlan(email: string, start: string): Promise<{ cookie: string; plan: ApiPlan }> {
  const cookie = await signUpByApi(server.url, email, 'Cleo');
  await callApi(server.url, cookie, 'PUT', '/api/me/profile', {
    recent: { distance: '5k', time: '25:00' },
    goal: { distance: '5k', time: '23:30' },
    raceDate: addDays(start, 7 * 16 - 1),
    start,
    days: ['mon', 'wed', 'fri', 'sat'],
    equipment: 'gym',
    level: 'intermediate',
    units: 'km',
    current: { weeklyDistanceM: 25_000, longestRunM: 9_000 },
  });
  const plan = await callApi<ApiPlan>(server.url, cookie, 'POST', '/api/plans');
  return { cookie, plan };
}

async function open(options: BrowserContextOptions, cookie: string): Promise<Page> {
  const context = await browser.newContext({ ...options, baseURL: server.url, colorScheme: 'light' });
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

/**
 * A session to move and two dates for it, as core judges them: one a rule refuses, one it allows. The
 * API's plan is core's plan with the plan's own session ids in `key`.
 */
function moveCandidates(
  plan: ApiPlan,
  sessions: ApiSession[],
): { session: ApiSession; refused: string; allowed: string } {
  const corePlan = { ...plan, sessions: plan.sessions.map((s) => ({ ...s, id: s.key })) } as unknown as Plan;
  for (const session of sessions) {
    let refused: string | undefined;
    let allowed: string | undefined;
    for (let d = 1; d <= 13; d++) {
      const date = addDays(TODAY, d);
      if (date === session.date) continue;
      const result = moveSession(corePlan, session.key, date, TODAY);
      if (result.ok) allowed ??= date;
      else refused ??= date;
    }
    if (refused && allowed) return { session, refused, allowed };
  }
  throw new Error('no session with both a refused and an allowed move');
}

describe('the plan follows the runner', () => {
  it('on a phone: a time trial re-paces the plan, Today says so, a session moves from its card', async () => {
    const { cookie, plan } = await runnerWithPlan('cleo@example.com', TODAY);
    const track = plan.sessions.find((s) => s.type === 'track' && s.date > TODAY);
    if (!track) throw new Error('no track session ahead');
    const page = await open(PHONE, cookie);

    // A 24:00 5K time trial, typed on Progress: saved, and the plan follows with new paces.
    await page.goto('/progress');
    const add = page.locator('form[aria-labelledby="add-race-title"]');
    await add.getByLabel('Time', { exact: true }).fill('24:00');
    await add.getByLabel('Kind').selectOption('time-trial');
    await add.getByRole('button', { name: 'Add result' }).click();
    await expect.poll(() => add.getByText(/^Saved: VDOT 40\.2\. Your plan follows:/).isVisible()).toBe(true);
    await expect
      .poll(() =>
        add
          .getByText(/New paces/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    const races = page.locator('section[aria-labelledby="races-title"]');
    await expect.poll(() => races.getByText('5K in 24:00').isVisible()).toBe(true);
    await add.evaluate((form) => {
      form.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -76);
    });
    await expectAccessible(page, 'progress after a time trial');
    await screenshot(page, 'phone-race-plan-follows');

    const revisions = await callApi<Revision[]>(server.url, cookie, 'GET', '/api/plans/current/revisions');
    const repaced = revisions[0]?.changes.find((c) => c.sessionId === track.id && c.what === 'paces');
    const newPace = /(\d+:\d\d\/km)$/.exec(repaced?.after ?? '')?.[1];
    const oldPace = /(\d+:\d\d\/km)$/.exec(repaced?.before ?? '')?.[1];
    if (!newPace || !oldPace)
      throw new Error(`no pace change for ${track.key}: ${JSON.stringify(revisions[0])}`);
    expect(newPace).not.toBe(oldPace);

    // Today: "Plan updated", in words, until put away.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
    const notice = page.locator('section[aria-labelledby="plan-updated-title"]');
    await expect.poll(() => notice.getByRole('heading', { name: 'Plan updated' }).isVisible()).toBe(true);
    await expect
      .poll(() =>
        notice
          .getByText(/time trial/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expect.poll(() => notice.getByText(newPace).first().isVisible()).toBe(true);
    await expectAccessible(page, 'today with the plan updated');
    await expectFitsWidth(page, 'today with the plan updated');
    await screenshot(page, 'phone-today-plan-updated');

    // The next track session: the new pace in the prescription, and what changed and why.
    await page.goto(`/sessions/${track.id}`);
    const changed = page.locator('section[aria-labelledby="session-changes-title"]');
    await expect.poll(() => changed.getByText(/New paces/).isVisible()).toBe(true);
    await expect.poll(() => changed.getByText(oldPace).isVisible()).toBe(true);
    await expect.poll(() => page.getByText(newPace).count()).toBeGreaterThan(1);
    await expect.poll(() => page.getByText(`hold ${oldPace}`).count()).toBe(0);
    await expectAccessible(page, 'track session after a time trial');
    await screenshot(page, 'phone-session-new-paces');

    // Put the notice away: it stays away on reload, and the plan keeps every change in its history.
    await page.goto('/today');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => notice.getByRole('heading', { name: 'Plan updated' }).isVisible()).toBe(true);
    await expectAccessible(page, 'today with the plan updated, dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await notice.getByRole('button', { name: 'Got it' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Today' }).isVisible()).toBe(true);
    await expect.poll(() => notice.count()).toBe(0);

    // Move a session from its card: a refused day names the rule beside the picker; an allowed day moves it.
    const current = await callApi<ApiPlan>(server.url, cookie, 'GET', '/api/plans/current');
    const movable = current.sessions.filter(
      (s) => s.date > TODAY && s.date <= addDays(TODAY, 13) && s.type !== 'race' && s.log === null,
    );
    const { session, refused, allowed } = moveCandidates(current, movable);
    await page.goto(`/plan?week=${session.week}`);
    const card = page
      .locator('.session-card-with')
      .filter({ has: page.locator(`a[href="/sessions/${session.id}"]`) });
    await card.getByRole('button', { name: /to another day/ }).click();
    const picker = card.getByLabel(/^Move .* to$/);
    await picker.fill(refused);
    await card.getByRole('button', { name: 'Move', exact: true }).click();
    const refusal = card.getByRole('alert');
    await expect.poll(() => refusal.textContent()).toMatch(/cannot move to/);
    await expect.poll(() => picker.getAttribute('aria-invalid')).toBe('true');
    await card.evaluate((el) => {
      el.scrollIntoView({ block: 'center' });
    });
    await expectAccessible(page, 'a refused move');
    await expectFitsWidth(page, 'a refused move');
    await screenshot(page, 'phone-move-refused');

    await picker.fill(allowed);
    await card.getByRole('button', { name: 'Move', exact: true }).click();
    const planNotice = page.locator('section[aria-labelledby="plan-updated-title"]');
    await expect
      .poll(() => planNotice.locator('.change-when', { hasText: 'Moved' }).first().isVisible())
      .toBe(true);
    const moved = await callApi<ApiSession>(server.url, cookie, 'GET', `/api/sessions/${session.id}`);
    expect(moved.date).toBe(allowed);
    await planNotice.scrollIntoViewIfNeeded();
    await expectAccessible(page, 'plan after a move');
    await screenshot(page, 'phone-plan-moved');

    // Earlier changes: the plan's history holds the time trial's changes too.
    await planNotice.getByRole('link', { name: /Earlier changes/ }).click();
    await expect.poll(() => page.locator('#plan-history').getAttribute('open')).not.toBeNull();
    await expect
      .poll(() =>
        page
          .locator('#plan-history')
          .getByText(/after what you logged/)
          .isVisible(),
      )
      .toBe(true);
    await page.context().close();
  }, 600_000);

  it('on a desktop: typed rep times are not replaced by a recorded run until the runner says so; races are corrected and deleted', async () => {
    const { cookie, plan } = await runnerWithPlan('dev@example.com', addDays(TODAY, -21));
    const track = plan.sessions.filter((s) => s.type === 'track' && s.date < TODAY).at(-1);
    if (!track?.intervals?.[0]) throw new Error('no track session behind');
    const page = await open(WIDE, cookie);

    // Rep times typed by hand, saved.
    await page.goto(`/sessions/${track.id}`);
    const log = page.locator('#log');
    await expect.poll(() => log.locator('.rep-inputs input').count()).toBe(track.intervals[0].repeat);
    const typed = Array.from({ length: track.intervals[0].repeat }, (_, i) => (25.1 - i * 0.3).toFixed(1));
    for (const [i, time] of typed.entries()) await log.locator('.rep-inputs input').nth(i).fill(time);
    await log.getByLabel('7', { exact: true }).check();
    await log.getByRole('button', { name: 'Save log' }).click();
    await expect.poll(() => log.getByText(/^Saved at/).isVisible()).toBe(true);

    // The watch's recording of that session: the app says what it found and asks.
    const run = synthetic.synthesizeRun({
      startMs: Date.parse(`${track.date}T17:00:00Z`),
      segments: synthetic.sessionSegments(
        track as unknown as Parameters<typeof synthetic.sessionSegments>[0],
        synthetic.TYPICAL_RUNNER,
        5,
      ),
      seed: 5,
    });
    const file = {
      name: 'track.fit',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(encodeFitActivity(run.activity)),
    };
    await page.locator('input[type=file]').setInputFiles(file);
    const question = page.locator('.note-warning').filter({ hasText: 'The recording has' });
    await expect
      .poll(() => question.getByText(/Your log already has the times you typed: 25\.1 s/).isVisible())
      .toBe(true);
    await expect
      .poll(() => question.getByText('Nothing is changed until you choose.').isVisible())
      .toBe(true);
    expect(await question.textContent()).not.toMatch(/replace=1|\?/);
    await question.evaluate((el) => {
      el.scrollIntoView({ block: 'center' });
    });
    await expectAccessible(page, 'the upload question');
    await screenshot(page, 'desktop-upload-question');

    // "Keep my log as it is": the typed times stay.
    await page.getByRole('button', { name: 'Keep my log as it is' }).click();
    await expect.poll(() => question.count()).toBe(0);
    expect(await log.locator('.rep-inputs input').first().inputValue()).toBe(typed[0]);
    const kept = await callApi<ApiSession>(server.url, cookie, 'GET', `/api/sessions/${track.id}`);
    expect(kept.log?.reps?.map((r) => r.timeS?.toFixed(1))).toEqual(typed);

    // Again, and "Use this file anyway": the file's times replace them.
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: 'Use this file anyway' }).click();
    await expect.poll(() => page.getByText(/^Read track\.fit: \d+ reps? timed/).isVisible()).toBe(true);
    const written = await callApi<ApiSession>(server.url, cookie, 'GET', `/api/sessions/${track.id}`);
    const fileTimes = written.log?.reps?.map((r) => r.timeS?.toFixed(1));
    expect(fileTimes).not.toEqual(typed);
    await expect
      .poll(() => log.locator('.rep-inputs input').first().inputValue())
      .toBe(String(Number(fileTimes?.[0])));

    // Races: a result added by API, corrected and then deleted on Progress, each followed by the plan.
    await callApi(server.url, cookie, 'POST', '/api/races', {
      date: TODAY,
      distance: '5k',
      time: '24:30',
      kind: 'time-trial',
    });
    await page.goto('/progress');
    const races = page.locator('section[aria-labelledby="races-title"]');
    await expect.poll(() => races.getByText('5K in 24:30').isVisible()).toBe(true);
    await races.getByRole('button', { name: /^Correct the time trial/ }).click();
    await races.getByLabel('Time', { exact: true }).fill('23:50');
    await races.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => races.getByText('5K in 23:50').isVisible()).toBe(true);
    await expect.poll(() => races.getByText(/^Saved: VDOT 40\.\d\./).isVisible()).toBe(true);
    await expect
      .poll(() => races.getByText(/Your plan follows:|Your plan stays as it was\./).isVisible())
      .toBe(true);
    await races.evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -128);
    });
    await expectAccessible(page, 'races corrected');
    await screenshot(page, 'desktop-races');
    await races.getByRole('button', { name: /^Delete the time trial/ }).click();
    await races.getByRole('button', { name: 'Delete it' }).click();
    await expect.poll(() => races.getByText('5K in 23:50').count()).toBe(0);
    await expect.poll(() => races.getByText(/^Deleted your time trial/).isVisible()).toBe(true);
    expect(await callApi<unknown[]>(server.url, cookie, 'GET', '/api/races')).toEqual([]);

    // Move a session from its own page: moved, and the page says what changed.
    const now = await callApi<ApiPlan>(server.url, cookie, 'GET', '/api/plans/current');
    const { session, allowed } = moveCandidates(
      now,
      now.sessions.filter((s) => s.date > TODAY && s.type !== 'race' && s.log === null),
    );
    await page.goto(`/sessions/${session.id}`);
    await page.getByRole('button', { name: 'Move to another day' }).click();
    await page.getByLabel(/^Move .* to$/).fill(allowed);
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    const done = page.locator('.move-done');
    await expect
      .poll(() =>
        done
          .getByText(/^You moved/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    const month = new Date(`${allowed}T12:00:00Z`).toLocaleDateString('en-GB', {
      month: 'long',
      timeZone: 'UTC',
    });
    await expect
      .poll(() => page.locator('.session-head .eyebrow').textContent())
      .toContain(`${Number(allowed.slice(8))} ${month}`);
    await expectAccessible(page, 'a session moved from its page');
    await screenshot(page, 'desktop-session-moved');
    await page.context().close();
  }, 600_000);
});
