/**
 * Issue 14 friction 14: a first visit lands on what speedwork is, with a sample plan built as a real one
 * is and a sign-up first (sign in beside it), on a phone (360 px) and a desktop (1366 px), both themes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { DESKTOP, PHONE, launchChromium, seriousA11yViolations } from './support/browser.js';
import { startSpeedwork } from './support/speedwork-server.js';
import type { Speedwork } from './support/speedwork-server.js';

const SIZES: [string, BrowserContextOptions][] = [
  ['phone 360 px', { ...PHONE, viewport: { width: 360, height: 780 } }],
  ['desktop 1366 px', { ...DESKTOP, viewport: { width: 1366, height: 900 } }],
];
const SHOTS = process.env.SPEEDWORK_SHOTS;

let server: Speedwork;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startSpeedwork(), launchChromium()]);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('issue 14 friction 14: the first visit', () => {
  for (const [sizeName, size] of SIZES) {
    it(`${sizeName}: says what speedwork is, shows a sample plan, and offers a sign-up first`, async () => {
      const context = await browser.newContext({ ...size, baseURL: server.url });
      const page = await context.newPage();
      await page.goto('/');
      await page.waitForURL('**/welcome');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Run faster/);
      // The sample's sessions, planned in the browser: strength, track and an easy run among them.
      const sessions = page.locator('.sample-session');
      await expect.poll(() => sessions.count()).toBeGreaterThan(3);
      const kinds = (await sessions.locator('.eyebrow').allTextContents()).join(' ');
      expect(kinds).toMatch(/Strength/);
      expect(kinds).toMatch(/Track/);
      const actions = page.locator('.welcome-intro .form-actions a');
      expect(await actions.allTextContents()).toEqual(['Create an account', 'Sign in']);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        size.viewport?.width ?? 0,
      );
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await seriousA11yViolations(page)).toEqual([]);
        if (SHOTS)
          await page.screenshot({
            path: `${SHOTS}/friction14-welcome-${sizeName.split(' ')[0]}-${colorScheme}.png`,
          });
      }
      await page.getByRole('link', { name: 'Create an account' }).click();
      await page.waitForURL('**/signup');
      await page.goto('/welcome');
      await page.getByRole('link', { name: 'Sign in' }).click();
      await page.waitForURL('**/signin');
      await context.close();
    }, 600_000);
  }
});
