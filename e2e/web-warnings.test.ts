/**
 * Issue 14 friction 12: a plan's warnings show where the decision is made. "Your goal … is a big step"
 * appears at onboarding's goal step as the goal is typed, leads the review before "Build my plan", and
 * heads the plan page above the week, on a phone (360 px) and a desktop (1366 px).
 */
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, PHONE, seriousA11yViolations } from './support/browser.js';
import { signUpByApi } from './support/speedwork-server.js';
import type { Speedwork } from './support/speedwork-server.js';
import { withSpeedworkAndChromium } from './support/suite.js';

const SIZES: [string, BrowserContextOptions][] = [
  ['phone 360 px', { ...PHONE, viewport: { width: 360, height: 780 } }],
  ['desktop 1366 px', { ...DESKTOP, viewport: { width: 1366, height: 900 } }],
];
const BIG_STEP = /is a big step from your recent/;

let server: Speedwork;
let browser: Browser;

withSpeedworkAndChromium((started, launched) => {
  server = started;
  browser = launched;
});

const top = (page: Page, selector: string): Promise<number> =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

describe('issue 14 friction 12: warnings where the decision is made', () => {
  SIZES.forEach(([sizeName, size], n) => {
    it(`${sizeName}: the goal's warning at the goal step, first in the review, above the week`, async () => {
      const cookie = await signUpByApi(server.url, `wes${n}@example.com`, 'Wes');
      const context = await browser.newContext({ ...size, baseURL: server.url });
      await context.addCookies([{ name: 'sw_session', value: cookie, url: server.url }]);
      const page = await context.newPage();
      await page.goto('/onboarding');
      await page.getByLabel('Time', { exact: true }).fill('25:00');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByLabel('I have a goal race').check();
      await page.getByLabel('Goal time').fill('19:00');
      const warning = page.locator('form .note-warning', { hasText: BIG_STEP });
      await expect.poll(() => warning.isVisible()).toBe(true);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await seriousA11yViolations(page)).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      // A reachable goal takes the warning away at once.
      await page.getByLabel('Goal time').fill('24:30');
      await expect.poll(() => warning.count()).toBe(0);
      await page.getByLabel('Goal time').fill('19:00');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.getByLabel('Tuesday').check();
      await page.getByLabel('Thursday').check();
      await page.getByLabel('Saturday').check();
      for (let step = 3; step < 6; step++) {
        if (step === 5) {
          for (const box of await page.getByRole('checkbox', { name: "I don't know" }).all())
            await box.check();
        }
        await page.getByRole('button', { name: 'Next' }).click();
      }
      await expect.poll(() => page.getByText('Step 6 of 6').isVisible()).toBe(true);
      await expect.poll(() => warning.isVisible()).toBe(true);
      expect(await top(page, 'form .note-warning')).toBeLessThan(await top(page, 'dl.summary'));

      await page.getByRole('button', { name: 'Build my plan' }).click();
      await page.waitForURL('**/plan');
      const onPlan = page.locator('.plan-notes .note-warning', { hasText: BIG_STEP });
      await expect.poll(() => onPlan.isVisible()).toBe(true);
      expect(await top(page, '.plan-notes')).toBeLessThan(await top(page, '#week-heading'));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        size.viewport?.width ?? 0,
      );
      await context.close();
    }, 600_000);
  });
});
