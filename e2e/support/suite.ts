/**
 * The speedwork server and Chromium that one e2e file shares: started together before its tests (then
 * `onStart`, for the file's own setup) and stopped after them.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.js';
import { startSpeedwork } from './speedwork-server.js';
import type { Speedwork } from './speedwork-server.js';

export function withSpeedworkAndChromium(
  onStart: (server: Speedwork, browser: Browser) => void | Promise<void>,
): void {
  let server: Speedwork | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startSpeedwork(), launchChromium()]);
    await onStart(server, browser);
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
}
