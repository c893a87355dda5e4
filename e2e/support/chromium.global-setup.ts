/**
 * Vitest's global setup: when Debian's Chromium (or `CHROMIUM_PATH`) is missing, unpack the packaged one once,
 * before the test files start in parallel (each unpacking it at once would race on one file).
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { packagedChromium, wantedChromium } from './chromium.js';

export default async function setup(project: TestProject): Promise<void> {
  const wanted = wantedChromium();
  if (existsSync(wanted)) {
    project.provide('chromiumPath', wanted);
    return;
  }
  const path = await packagedChromium();
  console.log(`No Chromium at ${wanted}: the browser tests use the one @sparticuz/chromium ships (${path}).`);
  process.env.CHROMIUM_PATH = path;
  project.provide('chromiumPath', path);
}
