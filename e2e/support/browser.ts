/**
 * Chromium driven by playwright-core (Debian's, or else the one an npm package ships: no browser is ever
 * downloaded), phone and desktop sizes, axe-core checks and screenshots for the README.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumPath } from './chromium.js';
import { REPO_ROOT } from './speedwork-server.js';

export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 1,
  isMobile: true,
  hasTouch: true,
  timezoneId: 'UTC',
  locale: 'en-GB',
};
export const DESKTOP: BrowserContextOptions = {
  viewport: { width: 1280, height: 860 },
  deviceScaleFactor: 1,
  timezoneId: 'UTC',
  locale: 'en-GB',
};

/** Debian's Chromium, or `CHROMIUM_PATH`'s, or else the one `@sparticuz/chromium` ships (see chromium.ts). */
export async function launchChromium(): Promise<Browser> {
  const provided = inject('chromiumPath');
  return chromium.launch({
    executablePath: provided !== undefined && existsSync(provided) ? provided : await chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Serious and critical accessibility violations axe-core finds on the page now (WCAG 2.1 A/AA + best practice). */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  // Evaluated by the driver rather than added as a <script>: the app's Content-Security-Policy refuses
  // inline scripts, and must not be loosened for a test.
  if (!loaded) await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, html: n.html.slice(0, 160) })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/**
 * Saves a screenshot of the key screens to docs/screenshots/ (committed, shown in the README), only when
 * SPEEDWORK_SHOTS is set: a plain `npm test` leaves the working tree as it found it.
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  if (process.env.SPEEDWORK_SHOTS === undefined) return;
  mkdirSync(`${REPO_ROOT}docs/screenshots`, { recursive: true });
  // Let fonts, charts and transitions settle so the picture is the screen a runner sees.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({
    path: `${REPO_ROOT}docs/screenshots/${name}.png`,
    fullPage: options.fullPage ?? false,
    animations: 'disabled',
    caret: 'hide',
  });
}
