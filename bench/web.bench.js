// Web app benchmarks (issue 4), in Debian's Chromium against the real server on localhost:
// - JavaScript shipped for each screen, gzipped, as the browser fetches it (first screen target ≤ 200 KB);
// - first contentful paint of the plan page, and when the week's cards are on screen (target ≤ 1 s);
// - switching weeks on the plan page, click to painted frame (target ≤ 100 ms);
// FCP and week switching also with the CPU slowed 4× (CDP throttling), roughly a mid-range phone;
// - opening guided mode from a session page, tap to first frame (target ≤ 100 ms), and the JS it adds (≤ 30 KB);
// - guided mode in real time: how late each second of a jog's countdown is drawn (issue 10: ≤ 50 ms), and cue
//   latency, a 3-2-1 or go sound's due time to its start at the audio output (median ≤ 20 ms, p95 ≤ 50 ms).
/* global document, window, requestAnimationFrame, MutationObserver, PerformanceObserver, PointerEvent,
   localStorage, location, setInterval, AudioScheduledSourceNode, OscillatorNode */
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

/** Seconds of a jog's countdown watched in real time, per CPU setting. */
const COUNTDOWN_S = Number(process.env.SPEEDWORK_BENCH_COUNTDOWN_S ?? 60);

/**
 * Installed before the page's scripts: each tone the cue player puts on the audio clock, with its pitch and
 * the step's go time in the guided state at that moment (from which the cue's own time follows), and the
 * audio context's output timestamps every 20 ms (which audio time the speaker plays at which moment).
 * Tones taken back before they play (a tap changed the timeline) are marked.
 */
function toneRecorder() {
  const w = window;
  w.__tones = [];
  w.__outputs = [];
  const start = AudioScheduledSourceNode.prototype.start;
  const stop = AudioScheduledSourceNode.prototype.stop;
  OscillatorNode.prototype.start = function (when = 0) {
    const context = this.context;
    if (w.__context !== context) {
      w.__context = context;
      setInterval(() => {
        const out = context.getOutputTimestamp();
        if (context.state === 'running') w.__outputs.push([out.contextTime, out.performanceTime]);
      }, 20);
    }
    const state = JSON.parse(
      localStorage.getItem(`speedwork.draft.guided:${location.pathname.split('/')[2]}`),
    );
    this.__tone = {
      when,
      hz: this.frequency.value,
      goAtMs: state?.goAtMs,
      cancelled: false,
      state: context.state,
    };
    w.__tones.push(this.__tone);
    return start.call(this, when);
  };
  OscillatorNode.prototype.stop = function (...args) {
    if (args.length === 0 && this.__tone) this.__tone.cancelled = true;
    return stop.apply(this, args);
  };
}

/**
 * Issue 10 in real time, on a phone page: the track session started, rep 1 lapped, then its jog watched
 * for COUNTDOWN_S seconds (each figure's change against the second it stands for), then the jog skipped
 * and rep 2 begun, so the 3-2-1, go and ease-off tones of two reps are measured.
 */
async function guidedTiming(browser, url, cookie, session, throttle) {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  await context.addCookies([{ name: 'sw_session', value: cookie, url }]);
  const page = await context.newPage();
  await page.addInitScript(toneRecorder);
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.goto(`${url}/sessions/${session.id}/guided`);
  await page.evaluate(() => {
    window.__changes = [];
    new MutationObserver(() => {
      const clock = document.querySelector('[data-testid="guided-clock"]');
      const text = clock?.textContent ?? '';
      if (window.__changes.at(-1)?.text === text) return;
      const state = JSON.parse(
        localStorage.getItem(`speedwork.draft.guided:${location.pathname.split('/')[2]}`),
      );
      const label = (clock?.getAttribute('aria-label') ?? '').slice(text.length + 1);
      window.__changes.push({ text, label, atMs: Date.now(), step: state?.step, goAtMs: state?.goAtMs });
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const click = (name) => page.getByRole('button', { name, exact: true }).click();
  await click('Start');
  await click('Done');
  await click('Done');
  await page.waitForTimeout(5000 + 12_000); // 3-2-1, go, ease off
  await click('Lap');
  await page.waitForTimeout(COUNTDOWN_S * 1000 + 500);
  await click('Skip recovery');
  await page.waitForTimeout(5000 + 12_000);
  const { changes, tones, outputs, timeOrigin } = await page.evaluate(() => ({
    changes: window.__changes,
    tones: window.__tones,
    outputs: window.__outputs,
    timeOrigin: performance.timeOrigin,
  }));
  await context.close();

  const recoveryMs = session.intervals[0].recovery.durationS * 1000;
  const jog = changes.filter((c) => c.label === 'left');
  // A countdown shows whole seconds rounded up: "1:29" is due when 89 s are left.
  const lateness = jog.slice(1).map((c) => {
    const [m, s] = c.text.split(':').map(Number);
    return c.atMs - (c.goAtMs + recoveryMs - (m * 60 + s) * 1000);
  });
  // The 3-2-1 (660 Hz, a second apart before the go) and the go (1320 Hz, at the step's go): when each
  // was due, and when the speaker played it (the output timestamp nearest the tone's audio time).
  const heard = (when) => {
    let best = outputs[0];
    for (const out of outputs) if (Math.abs(out[0] - when) < Math.abs(best[0] - when)) best = out;
    return timeOrigin + best[1] + (when - best[0]) * 1000;
  };
  const played = tones.filter((t) => !t.cancelled && (t.hz === 660 || t.hz === 1320));
  const latency = played.map((tone) => {
    const heardMs = heard(tone.when);
    const count = Math.min(3, Math.max(1, Math.round((tone.goAtMs - heardMs) / 1000)));
    const dueMs = tone.hz === 1320 ? tone.goAtMs : tone.goAtMs - count * 1000;
    return heardMs - dueMs;
  });
  return { lateness, latency, suspended: played.filter((t) => t.state !== 'running').length };
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
    // A first visit: the words and the sample plan, planned at build time and shipped as data (no planner).
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
  // Issue 10 in real time: the jog's countdown drawn against the seconds it stands for, and cue latency.
  const track = plan.sessions.find((s) => s.type === 'track' && s.intervals?.[0]?.recovery);
  for (const throttle of [1, 4]) {
    const { lateness, latency, suspended } = await guidedTiming(browser, url, cookie, track, throttle);
    const cpu = throttle === 1 ? 'CPU as is' : `CPU ÷${throttle}`;
    console.log(
      `\nGuided mode in real time, ${cpu}: a jog's countdown over ${lateness.length} seconds drawn late by median ${fmt(median(lateness))} ms, max ${fmt(Math.max(...lateness))} ms, never early: ${lateness.every((x) => x >= 0) ? 'yes' : 'NO'} (target ≤ 50 ms)`,
    );
    console.log(
      `  cue latency, ${latency.length} tones (3-2-1 and go), due time to the audio output: median ${fmt(median(latency))} ms, p95 ${fmt(p95(latency.map(Math.abs)))} ms either way, from ${fmt(Math.min(...latency))} to ${fmt(Math.max(...latency))} ms (target median ≤ 20, p95 ≤ 50)${suspended > 0 ? `; ${suspended} scheduled while the audio was still starting` : ''}`,
    );
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
