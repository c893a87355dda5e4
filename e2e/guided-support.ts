/**
 * What the guided-mode browser tests share: a runner with a plan, a phone page on a controlled clock, and
 * recorders for what the page says (speechSynthesis.speak), buzzes (navigator.vibrate), plays (oscillators
 * started on the Web Audio clock) and whether it asks for the screen to stay on (navigator.wakeLock).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, PHONE, seriousA11yViolations } from './support/browser.js';
import type { AxeViolation } from './support/browser.js';
import { callApi, signUpByApi, startSpeedwork } from './support/speedwork-server.js';
import type { Speedwork } from './support/speedwork-server.js';

export interface PlanSession {
  id: string;
  date: string;
  type: string;
  title: string;
  intervals?: {
    repeat: number;
    distanceM?: number;
    durationS?: number;
    sprintM?: number;
    targetSPerKm?: number;
    recovery?: { durationS: number };
  }[];
  warmup?: { jogM: number; stretching: boolean; drills?: boolean };
  exercises?: {
    id: string;
    sets: number;
    restS: number;
    durationS?: number;
    reps?: { min: number; max: number };
  }[];
}

/** A runner whose plan starts today: strength on the first day, the track ladder and hills from week 2. */
export async function runnerWithPlan(
  url: string,
  email: string,
): Promise<{ cookie: string; sessions: PlanSession[] }> {
  const cookie = await signUpByApi(url, email, 'Guide');
  await callApi(url, cookie, 'PUT', '/api/me/profile', {
    recent: { distance: '5k', time: '25:00' },
    start: new Date().toISOString().slice(0, 10),
    weeks: 16,
    days: ['mon', 'tue', 'thu', 'sat', 'sun'],
    equipment: 'gym',
    level: 'intermediate',
    units: 'km',
  });
  const plan = await callApi<{ sessions: PlanSession[] }>(url, cookie, 'POST', '/api/plans');
  return { cookie, sessions: plan.sessions };
}

/** What a guided test file runs against: filled before its tests, stopped after them. */
export interface GuidedSuite {
  server: Speedwork;
  browser: Browser;
  /** The runner's session cookie. */
  cookie: string;
  /** The plan's first session `pick` accepts. */
  session: PlanSession;
}

/**
 * A server, Chromium and a runner (signed up as `email`) whose plan holds a session `pick` accepts, for the
 * whole test file; `missing` is the error when the plan has none.
 */
export function guidedSuite(email: string, pick: (s: PlanSession) => boolean, missing: string): GuidedSuite {
  const suite = {} as GuidedSuite;
  beforeAll(async () => {
    [suite.server, suite.browser] = await Promise.all([startSpeedwork(), launchChromium()]);
    const runner = await runnerWithPlan(suite.server.url, email);
    suite.cookie = runner.cookie;
    const found = runner.sessions.find(pick);
    if (!found) throw new Error(missing);
    suite.session = found;
  }, 600_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });
  return suite;
}

/** Installed before any page script: every cue the page gives is written down. */
function recorders(): void {
  const w = window as unknown as {
    __spoken: string[];
    __vibrations: unknown[];
    __wakeLocks: string[];
    __tones: number[];
  };
  w.__spoken = [];
  w.__vibrations = [];
  w.__wakeLocks = [];
  w.__tones = [];
  if ('speechSynthesis' in window) {
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      w.__spoken.push(utterance.text);
    };
  }
  navigator.vibrate = ((pattern: unknown) => {
    w.__vibrations.push(pattern);
    return true;
  }) as Navigator['vibrate'];
  Object.defineProperty(Navigator.prototype, 'wakeLock', {
    configurable: true,
    get: () => ({
      request: (type: string) => {
        w.__wakeLocks.push(type);
        const sentinel = new EventTarget() as EventTarget & {
          released: boolean;
          type: string;
          release: () => Promise<void>;
        };
        sentinel.released = false;
        sentinel.type = type;
        sentinel.release = () => {
          sentinel.released = true;
          sentinel.dispatchEvent(new Event('release'));
          return Promise.resolve();
        };
        return Promise.resolve(sentinel);
      },
    }),
  });
  const descriptor = Object.getOwnPropertyDescriptor(AudioScheduledSourceNode.prototype, 'start');
  const start = descriptor?.value as ((this: AudioScheduledSourceNode, when?: number) => void) | undefined;
  OscillatorNode.prototype.start = function (this: OscillatorNode, when?: number) {
    w.__tones.push(this.frequency.value);
    start?.call(this, when);
  };
}

/** A phone page signed in as the runner, its clock installed at `at` and its cues recorded. */
export async function guidedPhone(
  browser: Browser,
  url: string,
  cookie: string,
  at: Date,
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    ...PHONE,
    baseURL: url,
    serviceWorkers: 'block',
    // axe-core goes in as a script of the test's own, past the app's Content Security Policy.
    bypassCSP: true,
    colorScheme: options.colorScheme ?? 'light',
  });
  await context.addCookies([{ name: 'sw_session', value: cookie, url }]);
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.addInitScript(recorders);
  // The clock moves only when a test moves it.
  await page.clock.install({ time: new Date(at.getTime() - 1000) });
  await page.clock.pauseAt(at);
  return { context, page };
}

export const spoken = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
export const wakeLocks = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { __wakeLocks: string[] }).__wakeLocks);
export const vibrations = (page: Page): Promise<unknown[]> =>
  page.evaluate(() => (window as unknown as { __vibrations: unknown[] }).__vibrations);

/** What the guided screen shows now: the step's title, its clock and the clock's exact time. */
export async function screen(
  page: Page,
): Promise<{ title: string; clock: string; phase: string; ms: number }> {
  return page.evaluate(() => {
    const clock = document.querySelector<HTMLElement>('[data-testid="guided-clock"]');
    return {
      title: document.querySelector('.guided-title')?.textContent ?? '',
      clock: clock?.textContent ?? '',
      phase: clock?.dataset.phase ?? '',
      ms: Number(clock?.dataset.ms ?? NaN),
    };
  });
}

/** Lets the page's clock run on by `ms`, every timer and frame on the way firing as on a phone. */
export async function run(page: Page, ms: number): Promise<void> {
  await page.clock.runFor(ms);
}

/** A countdown as the guided screen shows it: whole seconds, rounded up. */
export function countdown(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * axe on the screen as it is. axe waits on timers of its own, so the clock runs while it works and is
 * then paused again a little later: use it where the exact time does not matter.
 */
export async function a11y(page: Page): Promise<AxeViolation[]> {
  await page.clock.resume();
  const violations = await seriousA11yViolations(page);
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(new Date(now + 1000));
  return violations;
}
