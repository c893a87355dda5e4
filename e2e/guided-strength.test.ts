/**
 * Issue 10, in the gym: strength as exercise → set → rest countdown, go when the rest is up, the form
 * cues one tap away, a timed set (tuck jumps) that ends by itself, a set skipped, and the sets in the log.
 */
import { describe, expect, it } from 'vitest';
import { exerciseById, spokenDuration } from '@speedwork/core';
import type { ExerciseId } from '@speedwork/core';
import { screenshot } from './support/browser.js';
import { callApi } from './support/speedwork-server.js';
import { a11y, countdown, guidedPhone, guidedSuite, run, screen, spoken } from './guided-support.js';

const g = guidedSuite(
  'gym-guide@example.com',
  (s) => s.type === 'strength' && s.exercises?.some((e) => e.durationS) === true,
  'no strength session with a timed exercise',
);

describe('guided strength session', () => {
  it('set, rest, go, set: the form cues at hand, a timed set, a skipped set, the sets in the log', async () => {
    const exercises = g.session.exercises ?? [];
    const first = exercises[0];
    if (!first) throw new Error('no exercise');
    const firstName = exerciseById(first.id as ExerciseId).name;
    const { context, page } = await guidedPhone(
      g.browser,
      g.server.url,
      g.cookie,
      new Date(`${g.session.date}T18:00:00Z`),
    );
    await page.goto(`/sessions/${g.session.id}`);
    await page.getByRole('link', { name: 'Start guided session' }).click();
    await page.getByRole('button', { name: 'Start', exact: true }).click();

    // Set 1 of the first exercise: 3-2-1, go, then a stopwatch and Done; its form cues one tap away.
    expect(await screen(page)).toMatchObject({ title: firstName, phase: 'count-in' });
    await run(page, 5000);
    await page.getByText('Form cues').click();
    const firstCue = exerciseById(first.id as ExerciseId).cues[0] ?? '';
    await expect.poll(() => page.getByText(firstCue).isVisible()).toBe(true);
    await run(page, 40_000);
    expect(await screen(page)).toMatchObject({ title: firstName, clock: '0:40' });
    await screenshot(page, 'guided-strength-set');
    expect(await a11y(page)).toEqual([]);
    await page.getByRole('button', { name: 'Done' }).click();

    // The rest counts down by itself and the next set starts on go.
    expect(await screen(page)).toMatchObject({ title: 'Rest', clock: countdown(first.restS * 1000) });
    await expect(page.locator('.guided-detail').textContent()).resolves.toMatch(
      new RegExp(`^Rest .*\\. Next: ${firstName}, set 2 of ${first.sets}\\.$`),
    );
    await run(page, 30_500);
    expect((await screen(page)).clock).toBe(countdown((first.restS - 30.5) * 1000));
    await screenshot(page, 'guided-strength-rest');
    await run(page, (first.restS - 30.5) * 1000 + 500);
    expect(await screen(page)).toMatchObject({ title: firstName, phase: 'running' });
    expect(await spoken(page)).toEqual(
      expect.arrayContaining([
        `${firstName}, set 1 of ${first.sets}: ${first.reps ? `${first.reps.min} to ${first.reps.max} reps` : ''}.`,
        `Rest ${spokenDuration(first.restS)}.`,
        `Next: ${firstName}, set 2 of ${first.sets}${first.reps ? `: ${first.reps.min} to ${first.reps.max} reps` : ''}.`,
        'Go',
      ]),
    );
    // Set 2 skipped.
    await page.getByRole('button', { name: 'Skip', exact: true }).click();

    // The rest of the session: rests run out, timed sets end by themselves, the others end on Done.
    for (let guard = 0; guard < 60; guard++) {
      if (await page.getByRole('heading', { name: /^Session (done|ended)$/ }).isVisible()) break;
      const now = await screen(page);
      if (now.phase === 'count-in') await run(page, 5000);
      else if (now.title === 'Rest') await run(page, now.ms + 100);
      else if (now.clock.includes(':') && (await page.getByRole('button', { name: 'Done' }).isVisible())) {
        const timed = exercises.find((e) => exerciseById(e.id as ExerciseId).name === now.title)?.durationS;
        if (timed !== undefined) await run(page, now.ms + 100);
        else {
          await run(page, 30_000);
          await page.getByRole('button', { name: 'Done' }).click();
        }
      }
    }
    await expect.poll(() => page.getByRole('heading', { name: 'Session ended' }).isVisible()).toBe(true);
    expect(await page.locator('.guided-laps-all li').first().textContent()).toBe(
      `${firstName} Set 1 of ${first.sets} done`,
    );
    await page.getByRole('button', { name: 'Finish' }).click();

    const log = page.locator('#log');
    await expect.poll(() => log.isVisible()).toBe(true);
    await expect.poll(() => log.getByRole('radio', { name: 'Partly' }).isChecked()).toBe(true);
    const firstSets = log.getByRole('group', { name: firstName });
    expect(await firstSets.getByRole('checkbox', { name: 'Set 1' }).isChecked()).toBe(true);
    expect(await firstSets.getByRole('checkbox', { name: 'Set 2' }).isChecked()).toBe(false);
    for (const exercise of exercises.slice(1)) {
      const group = log.getByRole('group', { name: exerciseById(exercise.id as ExerciseId).name });
      for (let s = 1; s <= exercise.sets; s++)
        expect(await group.getByRole('checkbox', { name: `Set ${s}` }).isChecked()).toBe(true);
    }
    await log.getByRole('button', { name: 'Save log' }).click();
    await expect.poll(() => log.getByText(/^Saved at/).isVisible()).toBe(true);
    const saved = await callApi<{ log: { status: string; exercises: { id: string; sets: unknown[] }[] } }>(
      g.server.url,
      g.cookie,
      'GET',
      `/api/sessions/${g.session.id}`,
    );
    expect(saved.log.status).toBe('partial');
    expect(saved.log.exercises.map((e) => e.sets.length)).toEqual(
      exercises.map((e, i) => (i === 0 ? e.sets - 1 : e.sets)),
    );
    await context.close();
  }, 600_000);
});
