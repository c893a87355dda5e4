// Web app benchmarks (issue 4), in Debian's Chromium against the real server on localhost:
// - JavaScript shipped for each screen, gzipped, as the browser fetches it (first screen target ≤ 200 KB);
// - first contentful paint of the plan page, and when the week's cards are on screen (target ≤ 1 s);
// - switching weeks on the plan page, click to painted frame (target ≤ 100 ms);
// FCP and week switching also with the CPU slowed 4× (CDP throttling), roughly a mid-range phone;
// - opening guided mode from a session page, tap to first frame (target ≤ 100 ms), and the JS it adds (≤ 30 KB).
/* global document, window, requestAnimationFrame, MutationObserver, PerformanceObserver, PointerEvent */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { fmt, json, root, serverMain, startNode } from './bench-server.js';

const DIST = join(root, 'packages/web/dist');
const RUNS = 7;
const SWITCHES = 12;
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1 };

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const kb = (bytes) => `${fmt(bytes / 1024)} KB`;
const gzipSize = (path) => gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;

async function runnerWithPlan(url) {
  const signup = await json(`${url}/api/auth/signup`, 'POST', {
    email: 'web-bench@example.com',
    password: 'benchmark passphrase',
    name: 'Bench',
  });
  const cookie = /sw_session=([^;]+)/.exec(signup.headers.get('set-cookie'))[1];
  const headers = { cookie: `sw_session=${cookie}` };
  const today = new Date().toISOString().slice(0, 10);
  await json(
    `${url}/api/me/profile`,
    'PUT',
    {
      recent: { distance: '5k', time: '25:00' },
      start: today,
      weeks: 16,
      days: ['mon', 'tue', 'thu', 'sat', 'sun'],
      level: 'intermediate',
    },
    headers,
  );
  await json(`${url}/api/plans`, 'POST', undefined, headers);
  return cookie;
}

/** The JS files a fresh visit to `path` fetches, gzipped sizes from the build. */
async function jsFor(browser, url, cookie, path, ready) {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  if (cookie) await context.addCookies([{ name: 'sw_session', value: cookie, url }]);
  const page = await context.newPage();
  const files = new Set();
  page.on('response', (response) => {
    const pathname = new URL(response.url()).pathname;
    if (pathname.endsWith('.js')) files.add(pathname);
  });
  await page.goto(`${url}${path}`);
  await page.waitForSelector(ready);
  await page.waitForLoadState('networkidle');
  await context.close();
  return [...files].map((file) => ({ file, gz: gzipSize(file) }));
}

async function paintTimes(browser, url, cookie, throttle) {
  const fcp = [];
  const cards = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
    await context.addCookies([{ name: 'sw_session', value: cookie, url }]);
    const page = await context.newPage();
    if (throttle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    // Noted in the page: the first frame painted with the week's cards in it.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.week-days .session-card')) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          window.__cardsPaintedMs = performance.now();
        });
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(`${url}/plan`);
    await page.waitForFunction(() => window.__cardsPaintedMs !== undefined, undefined, { timeout: 60_000 });
    const times = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      return { fcp: paint ? paint.startTime : NaN, cards: window.__cardsPaintedMs };
    });
    fcp.push(times.fcp);
    cards.push(times.cards);
    await context.close();
  }
  return { fcp, cards };
}

/** Click to painted frame for each week switch, and the longest task the main thread ran meanwhile. */
async function weekSwitching(browser, url, cookie, throttle, size = PHONE) {
  const context = await browser.newContext({ ...size, serviceWorkers: 'block' });
  await context.addCookies([{ name: 'sw_session', value: cookie, url }]);
  const page = await context.newPage();
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.goto(`${url}/plan?week=1`);
  await page.waitForSelector('.week-days .session-card');
  const { times, longTasks } = await page.evaluate(async (switches) => {
    const longTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: 'longtask' });
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    const heading = () => document.getElementById('week-heading')?.textContent ?? '';
    const out = [];
    for (let i = 0; i < switches; i++) {
      const forward = i < switches / 2;
      const label = forward ? 'Next week' : 'Previous week';
      const before = heading();
      const button = document.querySelector(`button[aria-label="${label}"]`);
      const started = performance.now();
      button.click();
      while (heading() === before) await frame();
      // The new week is in the DOM; the next frame is when it is on the glass.
      await frame();
      out.push(performance.now() - started);
      await new Promise((resolve) => window.setTimeout(resolve, 30));
    }
    observer.disconnect();
    return { times: out, longTasks };
  }, SWITCHES);
  await context.close();
  return { times, longestTaskMs: longTasks.length > 0 ? Math.max(...longTasks) : 0 };
}

/**
 * Issue 10: opening guided mode from the session page, a fresh phone each run (nothing cached): the tap on
 * "Start guided session" to the first painted frame of the guided screen, and the JavaScript that the tap
 * fetches beyond what the session page had (the guided chunk, gzipped).
 */
async function guidedOpening(browser, url, cookie, sessionId, throttle) {
  const times = [];
  let addedGz = 0;
  let addedFiles = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
    await context.addCookies([{ name: 'sw_session', value: cookie, url }]);
    const page = await context.newPage();
    const before = new Set();
    const after = new Set();
    let opened = false;
    page.on('response', (response) => {
      const pathname = new URL(response.url()).pathname;
      if (pathname.endsWith('.js')) (opened ? after : before).add(pathname);
    });
    if (throttle > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    }
    await page.goto(`${url}/sessions/${sessionId}`);
    await page.waitForSelector('#log');
    await page.waitForLoadState('networkidle');
    opened = true;
    const ms = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const link = [...document.querySelectorAll('a')].find(
            (a) => a.textContent === 'Start guided session',
          );
          const started = performance.now();
          new MutationObserver((_, observer) => {
            if (!document.querySelector('.guided h1')) return;
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - started));
          }).observe(document.body, { subtree: true, childList: true });
          // A tap: the finger comes down, then the click.
          link.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
          link.click();
        }),
    );
    await page.waitForLoadState('networkidle');
    times.push(ms);
    addedFiles = [...after].filter((file) => !before.has(file));
    addedGz = addedFiles.reduce((sum, file) => sum + gzipSize(file), 0);
    await context.close();
  }
  return { times, addedGz, addedFiles };
}

const dataDir = mkdtempSync(join(tmpdir(), 'speedwork-web-bench-'));
const server = await startNode(serverMain, { DATA_DIR: dataDir });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
try {
  const url = server.url.replace('localhost', '127.0.0.1');
  const cookie = await runnerWithPlan(url);
  const sessionId = (
    await json(`${url}/api/plans/current`, 'GET', undefined, { cookie: `sw_session=${cookie}` })
  ).body.sessions[0].id;

  const routes = [
    // A first visit: the words first; the sample plan's planner (core) loads after them.
    ['welcome', '/welcome', '.sample-session', undefined],
    ['sign in', '/signin', '#main form', undefined],
    ['onboarding', '/onboarding', '.onboarding form', cookie],
    ['today', '/today', '.today-hero', cookie],
    ['plan', '/plan', '.week-days .session-card', cookie],
    ['session', `/sessions/${sessionId}`, '#log', cookie],
    ['library', '/library', '.library-grid', cookie],
    ['progress', '/progress', '.chart canvas', cookie],
    ['settings', '/settings', '.danger-zone', cookie],
  ];
  console.log('\nJavaScript fetched for a fresh visit to each screen (gzip -9 of the built files):\n');
  console.log('| screen | files | JS gzipped | of which route chunks |');
  console.log('|---|---|---|---|');
  const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(
    readFileSync(join(DIST, 'index.html'), 'utf8'),
  )[1];
  for (const [name, path, ready, withCookie] of routes) {
    const files = await jsFor(browser, url, withCookie, path, ready);
    const total = files.reduce((sum, f) => sum + f.gz, 0);
    const routeOnly = files.filter((f) => f.file !== entry).reduce((sum, f) => sum + f.gz, 0);
    console.log(`| ${name} | ${files.length} | ${kb(total)} | ${kb(routeOnly)} |`);
  }
  console.log(`\nShared entry (React, the shell, the API client): ${entry} ${kb(gzipSize(entry))} gzipped.`);

  for (const throttle of [1, 4]) {
    const { fcp, cards } = await paintTimes(browser, url, cookie, throttle);
    const { times: switches, longestTaskMs } = await weekSwitching(browser, url, cookie, throttle);
    const cpu = throttle === 1 ? 'CPU as is' : `CPU ÷${throttle}`;
    console.log(`\nPlan page, ${cpu}, ${RUNS} cold loads (no service worker):`);
    console.log(
      `  first contentful paint: median ${fmt(median(fcp), 0)} ms, max ${fmt(Math.max(...fcp), 0)} ms`,
    );
    console.log(
      `  week's cards on screen: median ${fmt(median(cards), 0)} ms, max ${fmt(Math.max(...cards), 0)} ms`,
    );
    console.log(
      `  switching weeks (${SWITCHES} switches, click to painted frame): median ${fmt(median(switches))} ms, p95 ${fmt(p95(switches))} ms, longest task ${fmt(longestTaskMs, 0)} ms`,
    );
  }
  // Issue 14 friction 18: the desktop week (seven day columns beside the whole-plan overview) at 4×.
  const desktop = await weekSwitching(browser, url, cookie, 4, DESKTOP);
  console.log(
    `\nPlan page, desktop 1366 px, CPU ÷4: switching weeks median ${fmt(median(desktop.times))} ms, p95 ${fmt(p95(desktop.times))} ms, longest task ${fmt(desktop.longestTaskMs, 0)} ms (target median ≤ 60, p95 ≤ 100)`,
  );
  // Issue 10: guided mode, opened from a track session's page (targets: first frame ≤ 100 ms, JS ≤ 30 KB).
  const plan = (await json(`${url}/api/plans/current`, 'GET', undefined, { cookie: `sw_session=${cookie}` }))
    .body;
  const trackId = (plan.sessions.find((s) => s.type === 'track') ?? plan.sessions[0]).id;
  for (const throttle of [1, 4]) {
    const guided = await guidedOpening(browser, url, cookie, trackId, throttle);
    const cpu = throttle === 1 ? 'CPU as is' : `CPU ÷${throttle}`;
    console.log(
      `\nGuided mode from the session page, ${cpu}, ${RUNS} fresh phones: tap to first frame median ${fmt(median(guided.times))} ms, max ${fmt(Math.max(...guided.times))} ms (target ≤ 100); JS added ${kb(guided.addedGz)} gzipped in ${guided.addedFiles.length} file(s) (target ≤ 30 KB)`,
    );
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
