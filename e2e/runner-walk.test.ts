/**
 * Issue 14, "the web app as a runner meets it": each bug found on a walk through the app, in Debian's
 * Chromium on a phone (390 px) and a desktop (1366 px), against a runner three weeks into a plan with done
 * and skipped sessions behind them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, PHONE, launchChromium } from './support/browser.js';
import { callApi, signUpByApi, startSpeedwork } from './support/speedwork-server.js';
import type { Speedwork } from './support/speedwork-server.js';

/** The server plans on its own clock, so the browser stands on the server's date. */
const TODAY = new Date().toISOString().slice(0, 10);
const DAY_MS = 86_400_000;
const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const weekday = (date: string): (typeof WEEKDAYS)[number] =>
  WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] ?? 'mon';
const WIDE: BrowserContextOptions = { ...DESKTOP, viewport: { width: 1366, height: 900 } };
/** Where the pictures a developer looks at go; nothing here is committed. */
const SHOTS = process.env.SPEEDWORK_SHOTS_DIR;

interface ApiSession {
  id: string;
  date: string;
  week: number;
  type: string;
  title: string;
  exercises?: { id: string; sets: number; reps?: { max: number } }[];
  intervals?: { repeat: number; distanceM?: number; targetSPerKm?: number }[];
  log: { status: string } | null;
}

let server: Speedwork;
let browser: Browser;
let cookie: string;
let sessions: ApiSession[];

beforeAll(async () => {
  [server, browser] = await Promise.all([startSpeedwork(), launchChromium()]);
  cookie = await signUpByApi(server.url, 'walker@example.com', 'Wren');
  // Sessions on today's weekday and two days around it, from three weeks ago.
  const start = addDays(TODAY, -21);
  await callApi(server.url, cookie, 'PUT', '/api/me/profile', {
    recent: { distance: '5k', time: '25:00' },
    goal: { distance: '5k', time: '24:00' },
    raceDate: addDays(start, 7 * 16 - 1),
    start,
    days: [weekday(TODAY), weekday(addDays(TODAY, 2)), weekday(addDays(TODAY, 4))],
    equipment: 'gym',
    level: 'intermediate',
    units: 'km',
  });
  const plan = await callApi<{ sessions: ApiSession[] }>(server.url, cookie, 'POST', '/api/plans');
  // The sessions before today logged every way a runner logs them, and one in five not logged at all.
  const STATUSES = ['done', 'skipped', 'partial', 'done', 'pain', 'done', 'ill', 'done', undefined] as const;
  let n = 0;
  let timedTrack = false;
  for (const session of plan.sessions.filter((s) => s.date < TODAY)) {
    const status = STATUSES[n++ % STATUSES.length];
    if (status === undefined) continue;
    // One track session with its reps timed: the rep chart's hardest case, a single point.
    const timeReps = session.type === 'track' && status === 'done' && !timedTrack;
    if (timeReps) timedTrack = true;
    await callApi(server.url, cookie, 'PUT', `/api/sessions/${session.id}/log`, {
      status,
      rpe: 6,
      ...(timeReps
        ? {
            reps: (session.intervals ?? []).flatMap((b) =>
              Array.from({ length: b.repeat }, (_, i) => ({
                distanceM: b.distanceM ?? 100,
                timeS: Math.round(((b.distanceM ?? 100) * (b.targetSPerKm ?? 270)) / 100 + i) / 10,
              })),
            ),
          }
        : {}),
      ...(session.exercises && status === 'done'
        ? {
            exercises: session.exercises.map((e) => ({
              id: e.id,
              sets: Array.from({ length: e.sets }, () => (e.reps ? { reps: e.reps.max } : {})),
            })),
          }
        : {}),
    });
  }
  sessions = (await callApi<{ sessions: ApiSession[] }>(server.url, cookie, 'GET', '/api/plans/current'))
    .sessions;
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(options: BrowserContextOptions, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await browser.newContext({ ...options, baseURL: server.url, colorScheme });
  await context.addCookies([{ name: 'sw_session', value: cookie, url: server.url }]);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(`${TODAY}T07:30:00Z`));
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true, animations: 'disabled' });
}

const currentTab = (page: Page): Promise<string[]> =>
  page.locator('nav[aria-label="Main"] a[aria-current="page"]').allTextContents();

describe('issue 14: the web app as a runner meets it', () => {
  it('bug 5: the tab marked current matches the page: a past session is the Plan’s, today’s is Today’s', async () => {
    const past = sessions.find((s) => s.date < TODAY);
    const todays = sessions.find((s) => s.date === TODAY);
    if (!past || !todays) throw new Error('the plan has no past session or none today');
    for (const [size, name] of [
      [PHONE, 'phone'],
      [WIDE, 'desktop'],
    ] as const) {
      const page = await open(size);
      await page.goto(`/sessions/${past.id}`);
      await expect
        .poll(() => page.getByRole('heading', { name: past.title, level: 1 }).isVisible())
        .toBe(true);
      await expect.poll(() => currentTab(page)).toEqual(['Plan']);
      await shot(page, `bug5-past-session-${name}`);
      await page.goto(`/sessions/${todays.id}`);
      await expect
        .poll(() => page.getByRole('heading', { name: todays.title, level: 1 }).isVisible())
        .toBe(true);
      await expect.poll(() => currentTab(page)).toEqual(['Today']);
      await page.goto('/plan');
      await expect.poll(() => currentTab(page)).toEqual(['Plan']);
      await page.context().close();
    }
  }, 600_000);

  it('bug 3: on a desktop week (1366 px, and 900 px where seven days first sit side by side), no word stacks one letter per line and no badge leaves its card', async () => {
    for (const [scheme, width] of [
      ['light', 1366],
      ['dark', 1366],
      ['light', 900],
    ] as const) {
      const page = await open({ ...WIDE, viewport: { width, height: 900 } }, scheme);
      for (const week of [1, 2, 3]) {
        await page.goto(`/plan?week=${week}`);
        await expect.poll(() => page.locator('.week-days .session-card .status').count()).toBeGreaterThan(0);
        await shot(page, `bug3-week${week}-${width}-${scheme}`);
        const problems = await page.locator('.week-days').evaluate((week) => {
          const found: string[] = [];
          const walker = document.createTreeWalker(week, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent?.trim() ?? '';
            if (text.length < 3) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
            if (lines >= 3 && lines >= text.replace(/\s/g, '').length / 2)
              found.push(`"${text}" on ${lines} lines`);
          }
          for (const badge of week.querySelectorAll('.session-card .status, .session-card .type-badge')) {
            const card = badge.closest('.session-card')?.getBoundingClientRect();
            const box = badge.getBoundingClientRect();
            if (card && (box.left < card.left - 0.5 || box.right > card.right + 0.5))
              found.push(`"${badge.textContent ?? ''}" leaves its card`);
          }
          return found;
        });
        expect(problems, `week ${week} at ${width} px`).toEqual([]);
      }
      await page.context().close();
    }
  }, 600_000);

  it('bug 8: a taper week says "Taper" once, and "n/m logged" counts skipped sessions', async () => {
    const last = Math.max(...sessions.map((s) => s.week));
    for (const [size, name] of [
      [PHONE, 'phone'],
      [WIDE, 'desktop'],
    ] as const) {
      const page = await open(size);
      await page.goto(`/plan?week=${last - 1}`);
      const tags = page.locator('.week-tags .tag');
      await expect.poll(() => tags.allTextContents()).toContain('Taper');
      expect((await tags.allTextContents()).filter((t) => t === 'Taper')).toHaveLength(1);
      for (const week of [1, 2, 3]) {
        const planned = sessions.filter((s) => s.week === week);
        const logged = planned.filter((s) => s.log !== null).length;
        expect(planned.some((s) => s.log?.status === 'skipped') || week !== 1).toBe(true);
        await page.goto(`/plan?week=${week}`);
        await expect.poll(() => tags.last().textContent()).toBe(`${logged}/${planned.length} logged`);
      }
      await shot(page, `bug8-week3-${name}`);
      await page.context().close();
    }
  }, 600_000);

  it('bug 4: the rep chart with one session names its series without hovering, on a phone and a desktop', async () => {
    for (const [size, name] of [
      [PHONE, 'phone'],
      [WIDE, 'desktop'],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await open(size, scheme);
        await page.goto('/progress');
        const ladder = page.locator('section[aria-labelledby="ladder-title"]');
        await expect.poll(() => ladder.locator('canvas').count()).toBe(1);
        const legend = await ladder.locator('.u-legend').innerText();
        expect(legend).toContain('Target');
        expect(legend).not.toContain('--');
        expect(await page.locator('.u-legend').allInnerTexts()).not.toContainEqual(
          expect.stringContaining('--'),
        );
        await ladder.scrollIntoViewIfNeeded();
        if (SHOTS) await ladder.screenshot({ path: `${SHOTS}/bug4-ladder-${name}-${scheme}.png` });
        await shot(page, `bug4-progress-${name}-${scheme}`);
        await page.context().close();
      }
    }
  }, 600_000);

  it('bug 9: step numbers read at 4.5:1 or more in both themes, and a placeholder does not look typed', async () => {
    const ahead = sessions.filter((s) => s.date > TODAY);
    const oneOfEach = [...new Set(ahead.map((s) => s.type))].flatMap(
      (type) => ahead.find((s) => s.type === type) ?? [],
    );
    const track = oneOfEach.find((s) => s.type === 'track');
    if (!track) throw new Error('no track session ahead');
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(PHONE, scheme);
      for (const session of [...oneOfEach.filter((s) => s !== track), track]) {
        await page.goto(`/sessions/${session.id}`);
        await expect
          .poll(() => page.getByRole('heading', { name: session.title, level: 1 }).isVisible())
          .toBe(true);
        const ratios = await page.locator('.step-number').evaluateAll((numbers) => {
          const rgb = (css: string): number[] => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
          const luminance = (css: string): number => {
            const [r = 0, g = 0, b = 0] = rgb(css).map((c) => {
              const v = c / 255;
              return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          return numbers.map((n) => {
            if (!(n instanceof HTMLElement)) return 21;
            const style = getComputedStyle(n);
            const [a, b] = [luminance(style.color), luminance(style.backgroundColor)].sort((x, y) => y - x);
            return Math.round((((a ?? 0) + 0.05) / ((b ?? 0) + 0.05)) * 100) / 100;
          });
        });
        expect(
          Math.min(...ratios),
          `${session.type} in ${scheme}: ${ratios.join(', ')}`,
        ).toBeGreaterThanOrEqual(4.5);
        await shot(page, `bug9-${session.type}-phone-${scheme}`);
      }
      const input = page.locator('.rep-inputs input').first();
      await expect.poll(() => input.count()).toBe(1);
      const placeholder = await input.evaluate((el) => {
        const style = getComputedStyle(el, '::placeholder');
        return { fontStyle: style.fontStyle, color: style.color, typed: getComputedStyle(el).color };
      });
      expect(placeholder.fontStyle).toBe('italic');
      expect(placeholder.color).not.toBe(placeholder.typed);
      await page.context().close();
    }
  }, 600_000);

  it('bug 6: the Library at 360 and 390 px: no sideways scroll, every equipment choice whole on screen', async () => {
    for (const width of [360, 390]) {
      const page = await open({ ...PHONE, viewport: { width, height: 800 } });
      await page.goto('/library');
      const choices = page.locator('.filters-group .choice');
      await expect.poll(() => choices.count()).toBeGreaterThan(1);
      const boxes = await choices.evaluateAll((labels) =>
        labels.map((label) => {
          const box = label.getBoundingClientRect();
          return { text: label.textContent, left: box.left, right: box.right };
        }),
      );
      for (const box of boxes) {
        expect(box.left, `${box.text} at ${width} px`).toBeGreaterThanOrEqual(0);
        expect(box.right, `${box.text} at ${width} px`).toBeLessThanOrEqual(width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/bug6-library-${width}.png` });
      await page.context().close();
    }
  }, 600_000);

  it('friction 13: phases have their own marks, greys in steps, sharing no colour with a session type', async () => {
    for (const [size, name] of [
      [PHONE, 'phone'],
      [WIDE, 'desktop'],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await open(size, scheme);
        await page.goto('/plan');
        await expect.poll(() => page.locator('.overview-week').count()).toBeGreaterThan(1);
        const colours = await page.evaluate(() => {
          const style = (selector: string, property: 'borderLeftColor' | 'backgroundColor') =>
            [...document.querySelectorAll(selector)].map((el) => getComputedStyle(el)[property]);
          return {
            phases: [
              ...style('.overview-week', 'borderLeftColor'),
              ...style('.legend [class^="phase-"]:not(.phase-taper) .swatch', 'backgroundColor'),
            ],
            types: style('.legend [class^="type-"] .swatch', 'backgroundColor'),
          };
        });
        expect(colours.types.length).toBeGreaterThan(3);
        for (const colour of new Set(colours.phases)) {
          const [r = 0, g = 0, b = 0] = (colour.match(/\d+/g) ?? []).map(Number);
          // A grey: its channels within 40 of each other (slate greys lean a little blue).
          expect(
            Math.max(r, g, b) - Math.min(r, g, b),
            `${colour} on ${name}, ${scheme}`,
          ).toBeLessThanOrEqual(40);
          expect(colours.types, `${colour} on ${name}, ${scheme}`).not.toContain(colour);
        }
        await shot(page, `friction13-phases-${name}-${scheme}`);
        await page.context().close();
      }
    }
  }, 600_000);

  it('friction 13: weeks can start on a Monday or a Sunday, kept across a reload', async () => {
    for (const [size, name] of [
      [{ ...PHONE, viewport: { width: 360, height: 800 } }, 'phone'],
      [WIDE, 'desktop'],
    ] as const) {
      const page = await open(size);
      await page.goto('/plan');
      const firstDay = page.locator('.week-days .weekday').first();
      await expect.poll(() => firstDay.isVisible()).toBe(true);
      const week = page.getByRole('group', { name: 'Weeks start on' });
      await week.getByRole('radio', { name: 'Monday' }).check();
      await expect.poll(() => firstDay.textContent()).toBe('Mon');
      await page.reload();
      await expect.poll(() => firstDay.textContent()).toBe('Mon');
      await page
        .getByRole('group', { name: 'Weeks start on' })
        .getByRole('radio', { name: 'Sunday' })
        .check();
      await expect.poll(() => firstDay.textContent()).toBe('Sun');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        size.viewport?.width ?? 0,
      );
      await shot(page, `friction13-week-start-${name}`);
      await page.context().close();
    }
  }, 600_000);
});
