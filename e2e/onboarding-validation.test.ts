/**
 * Bad onboarding input gets the API's own message, as the runner types or leaves the field, and the form
 * will not move on until it is fixed (R-IN-1). The expected words come from the running server: the web
 * shows the API's sentence with the form's name for the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PHONE, launchChromium, screenshot } from './support/browser.js';
import { signUpByApi, startSpeedwork } from './support/speedwork-server.js';
import type { Speedwork } from './support/speedwork-server.js';

const TODAY = '2026-11-16';
const LABEL: Record<string, string> = {
  'recent.time': 'Time',
  weeks: 'Weeks',
  raceDate: 'Race date',
  days: 'Days',
};

let server: Speedwork;
let browser: Browser;
let cookie: string;

beforeAll(async () => {
  [server, browser] = await Promise.all([startSpeedwork(), launchChromium()]);
  cookie = await signUpByApi(server.url, 'cleo@example.com', 'Cleo');
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** What the API answers for a profile body, as the web form words it. */
async function apiMessage(body: Record<string, unknown>, field: string): Promise<string> {
  const response = await fetch(`${server.url}/api/me/profile`, {
    method: 'PUT',
    headers: { cookie: `sw_session=${cookie}`, 'content-type': 'application/json' },
    body: JSON.stringify({ recent: { distance: '5k', time: '25:00' }, start: TODAY, days: ['mon'], ...body }),
  });
  expect(response.status).toBe(400);
  const problem = (
    (await response.json()) as { error: { fields: { field: string; message: string }[] } }
  ).error.fields.find((f) => f.field === field);
  if (!problem) throw new Error(`the API named no problem with ${field}`);
  expect(problem.message.startsWith(field)).toBe(true);
  return `${LABEL[field] ?? field}${problem.message.slice(field.length)}`;
}

const errorsOn = (page: Page) => page.locator('.field-error').allTextContents();
const clean = (texts: string[]) => texts.map((t) => t.replace(/^⚠\s*/, '').trim());

describe('onboarding validation', () => {
  it('R-IN-1: shows the API messages field by field and holds the step until they are fixed', async () => {
    const context = await browser.newContext({ ...PHONE, baseURL: server.url });
    await context.addCookies([{ name: 'sw_session', value: cookie, url: server.url }]);
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(`${TODAY}T07:30:00Z`));
    await page.goto('/onboarding');
    const time = page.getByLabel('Time', { exact: true });

    // Faster than the world record: said at once, while typing.
    await time.fill('12:00');
    const worldRecord = await apiMessage({ recent: { distance: '5k', time: '12:00' } }, 'recent.time');
    await expect.poll(async () => clean(await errorsOn(page))).toEqual([worldRecord]);
    await expect.poll(() => time.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'phone-onboarding-error');

    // Not a time yet: quiet while typing, said on leaving the field.
    await time.fill('25:7');
    await expect.poll(async () => (await errorsOn(page)).length).toBe(0);
    await time.press('Tab');
    const malformed = await apiMessage({ recent: { distance: '5k', time: '25:7' } }, 'recent.time');
    await expect.poll(async () => clean(await errorsOn(page))).toEqual([malformed]);

    // Slower than walking.
    await time.fill('2:30:00');
    const walking = await apiMessage({ recent: { distance: '5k', time: '2:30:00' } }, 'recent.time');
    await expect.poll(async () => clean(await errorsOn(page))).toEqual([walking]);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByText('Step 1 of 6').isVisible()).toBe(true);

    await time.fill('25:00');
    await expect.poll(async () => (await errorsOn(page)).length).toBe(0);
    await page.getByRole('button', { name: 'Next' }).click();

    // Weeks outside 2–52, then a race date outside the plan.
    const weeks = page.getByLabel('Weeks');
    await weeks.fill('60');
    await weeks.press('Tab');
    const weeksMessage = await apiMessage({ weeks: 60 }, 'weeks');
    await expect.poll(async () => clean(await errorsOn(page))).toEqual([weeksMessage]);
    await weeks.fill('10');
    await page.getByLabel('I have a goal race').check();
    await page.getByLabel('Goal time').fill('23:30');
    await page.getByLabel('Race date').fill('2029-06-03');
    const raceDate = await apiMessage(
      { goal: { distance: '5k', time: '23:30' }, raceDate: '2029-06-03' },
      'raceDate',
    );
    await expect.poll(async () => clean(await errorsOn(page))).toEqual([raceDate]);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByText('Step 2 of 6').isVisible()).toBe(true);
    await page.getByLabel('Race date').fill('2027-02-28');
    await page.getByRole('button', { name: 'Next' }).click();

    // No day picked: said when the runner tries to go on.
    await expect.poll(() => page.getByText('Step 3 of 6').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Next' }).click();
    const noDays = await apiMessage({ days: [] }, 'days');
    await expect.poll(async () => clean(await errorsOn(page))).toEqual([noDays]);
    await page.getByLabel('Tuesday').check();
    await page.getByLabel('Saturday').check();
    await expect.poll(async () => (await errorsOn(page)).length).toBe(0);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();

    // Running now: the API's reason, with the distance in the runner's units rather than metres.
    await expect.poll(() => page.getByText('Step 5 of 6').isVisible()).toBe(true);
    const weekly = page.getByLabel('How far do you run in a typical week now?');
    await weekly.fill('300');
    await weekly.press('Tab');
    const tooFar = await apiMessage({ current: { weeklyDistanceM: 300000 } }, 'current.weeklyDistanceM');
    const reason = / is outside [^;]+;/.exec(tooFar)?.[0] ?? 'the API gave no reason';
    await expect
      .poll(async () => clean(await errorsOn(page)))
      .toEqual([`Weekly distance: "300"${reason} accepted: 0 to 250 km`]);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByText('Step 5 of 6').isVisible()).toBe(true);
    await weekly.fill('30');
    await page.getByRole('checkbox', { name: "I don't know" }).nth(1).check();
    await expect.poll(async () => (await errorsOn(page)).length).toBe(0);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Build my plan' }).click();
    await page.waitForURL('**/plan');
    await context.close();
  }, 600_000);
});
