// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guidedSteps, lapGuided, skipGuided, startGuided } from '@speedwork/core';
import type { GuidedState, GuidedStep } from '@speedwork/core';
import { readDraft } from '../drafts/use-draft.js';
import { apiPlan, SAMPLE_PLAN_INPUT } from '../plan/test-plans.test-support.js';
import { STRENGTH_AFTER_RUN } from '../plan/whole-week.test-support.js';
import { LogForm } from '../session/LogForm.js';
import type { LogSaver } from '../session/LogForm.js';
import { plannedReps } from '../session/log-form.js';
import { guidedLogState, logDraftKey, saveGuidedLogDraft } from './guided-log.js';
import { readGuidedState, writeGuidedState } from './guided-storage.js';

const plan = apiPlan(SAMPLE_PLAN_INPUT);
const track = plan.sessions.find((s) => s.type === 'track');
if (!track) throw new Error('no track session');
const T0 = Date.UTC(2026, 11, 14, 17);

/** Runs a session's steps with a tap every `gapMs`, or a skip where `skip` says so. */
function tapThrough(
  steps: readonly GuidedStep[],
  gapMs: (i: number) => number,
  skip: (i: number) => boolean,
) {
  let state: GuidedState = startGuided(steps, 's', T0);
  let at = T0;
  while (state.finishedAtMs === undefined) {
    const i = state.step;
    at = Math.max(at, state.goAtMs) + gapMs(i);
    state = skip(i) ? skipGuided(steps, state, at) : lapGuided(steps, state, at);
  }
  return state;
}

beforeEach(() => {
  localStorage.clear();
});
afterEach(cleanup);

describe('guided log', () => {
  it('the guided steps log as many reps, in the same order, as the log form lists, for every session', () => {
    for (const session of plan.sessions) {
      const logged = guidedSteps(session, 'km').flatMap((s) =>
        s.log !== undefined && 'rep' in s.log ? [s.log] : [],
      );
      const reps = plannedReps(session, 'km');
      expect(logged.length, session.id).toBe(reps.length);
      logged.forEach((log, i) => {
        expect(log.measure, session.id).toBe(reps[i]?.measure);
      });
    }
  });

  it('Finish fills the log form: rep times lapped, a skipped rep left empty, status partly', () => {
    const steps = guidedSteps(track, 'km');
    const reps = steps.filter((s) => s.kind === 'rep');
    const state = tapThrough(
      steps,
      (i) => (steps[i]?.kind === 'rep' ? 19_400 + i * 100 : 1000),
      (i) => steps[i] === reps[1],
    );
    saveGuidedLogDraft(track, steps, state, 'km');
    expect(readDraft(logDraftKey(track))).toEqual(guidedLogState(track, steps, state, 'km'));

    const onSave = vi.fn<LogSaver>();
    render(<LogForm session={track} units="km" onSave={onSave} />);
    const times = plannedReps(track, 'km').map(
      (rep) => screen.getByLabelText<HTMLInputElement>(rep.label).value,
    );
    expect(times[0]).toMatch(/^19\.\d$/);
    expect(times[1]).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>('Partly').checked).toBe(true);
  });

  it('issue 10 GPS: kept GPS rep times replace the Lap times in the log; dropped (none given), the Lap times stay', () => {
    const steps = guidedSteps(track, 'km');
    const state = tapThrough(
      steps,
      (i) => (steps[i]?.kind === 'rep' ? 20_000 : 1000),
      () => false,
    );
    const count = plannedReps(track, 'km').length;
    const gps = Array.from({ length: count }, (_, i) => 19.14 + i / 10);
    expect(guidedLogState(track, steps, state, 'km', gps).reps).toEqual(gps.map((s) => s.toFixed(1)));
    expect(guidedLogState(track, steps, state, 'km').reps).toEqual(Array.from({ length: count }, () => '20'));
  });

  it('strength: the sets done are ticked, a skipped one is not', () => {
    const steps = guidedSteps(STRENGTH_AFTER_RUN, 'km');
    const firstSet = steps.findIndex((s) => s.kind === 'set');
    const state = tapThrough(
      steps,
      () => 30_000,
      (i) => i === firstSet,
    );
    const form = guidedLogState(STRENGTH_AFTER_RUN, steps, state, 'km');
    const first = form.exercises[0];
    expect(first?.sets.map((s) => s.done)).toEqual(first?.sets.map((_, i) => i !== 0));
  });

  it('keeps the running state beside the drafts', () => {
    writeGuidedState('s', { step: 2 });
    expect(readGuidedState('s')).toEqual({ step: 2 });
    expect(Object.keys(localStorage)).toEqual(['speedwork.draft.guided:s']);
  });
});
