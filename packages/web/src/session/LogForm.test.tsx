// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import type { LogDocument, SessionDocument } from '@speedwork/server/api-types';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, OFFLINE_MESSAGE } from '../api/api-client.js';
import { apiPlan, SAMPLE_PLAN_INPUT } from '../plan/test-plans.test-support.js';
import { STRENGTH_AFTER_RUN } from '../plan/whole-week.test-support.js';
import { logDraftKey } from '../guided/guided-log.js';
import { writeDraft } from '../guided/guided-storage.js';
import { LogForm } from './LogForm.js';
import { initialLogState } from './log-form.js';
import type { LogSaver } from './LogForm.js';

const plan = apiPlan(SAMPLE_PLAN_INPUT);
const track = plan.sessions.find((s) => s.type === 'track');
if (!track) throw new Error('no track session');
// Three sets of deadlifts, written by hand so the test does not follow the generator's choices.
const strength = STRENGTH_AFTER_RUN;

beforeEach(() => {
  localStorage.clear();
});
afterEach(cleanup);

describe('LogForm', () => {
  it('shows a time field per rep with the target as a hint and saves what was typed', async () => {
    const onSave = vi.fn<LogSaver>((body) =>
      Promise.resolve({
        queued: false,
        log: { ...body, revision: 1, updatedAt: '2026-12-14T18:00:00.000Z' },
        changes: [],
      }),
    );
    render(<LogForm session={track} units="km" onSave={onSave} />);
    const rep1 = screen.getByLabelText('Rep 1 · 100 m');
    expect(rep1.getAttribute('placeholder')).toBe('27');
    fireEvent.change(rep1, { target: { value: '26.1' } });
    fireEvent.click(screen.getByLabelText('8'));
    fireEvent.click(screen.getByRole('button', { name: 'Save log' }));
    await waitFor(() => {
      expect(screen.getByRole('status').textContent).toMatch(/^Saved at/);
    });
    expect(onSave).toHaveBeenCalledWith(
      { status: 'done', rpe: 8, reps: [{ timeS: 26.1, distanceM: 100 }] },
      undefined,
    );
  });

  it('says what is wrong with an entry and sends nothing', () => {
    const onSave = vi.fn<LogSaver>();
    render(<LogForm session={track} units="km" onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('Rep 2 · 100 m'), { target: { value: 'quick' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save log' }));
    expect(screen.getAllByText(/Rep 2: “quick” is not a time/).length).toBeGreaterThan(0);
    expect(screen.getByLabelText('Rep 2 · 100 m').getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('keeps every entry when the request fails, and across a remount (a reload)', async () => {
    const onSave = vi.fn<LogSaver>(() =>
      Promise.reject(new ApiError('offline', OFFLINE_MESSAGE, 0, 'offline')),
    );
    const first = render(<LogForm session={track} units="km" onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'Wet track' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save log' }));
    await waitFor(() => {
      expect(screen.getByRole('alert').textContent).toBe(OFFLINE_MESSAGE);
    });
    expect(screen.getByLabelText<HTMLTextAreaElement>('Notes').value).toBe('Wet track');
    first.unmount();
    render(<LogForm session={track} units="km" onSave={onSave} />);
    expect(screen.getByLabelText<HTMLTextAreaElement>('Notes').value).toBe('Wet track');
    expect(screen.getByText('Your unsaved entries are back.')).toBeTruthy();
  });

  it('issue 14: entries handed over by guided mode’s Finish say they came from the guided session', () => {
    // What Finish does: the log form's draft written by the guided screen, then the session page opened.
    writeDraft(logDraftKey(track), { ...initialLogState(track), reps: ['26.4'] });
    const first = render(<LogForm session={track} units="km" onSave={vi.fn<LogSaver>()} />);
    expect(screen.getByText('From your guided session: check the entries and save.')).toBeTruthy();
    expect(screen.queryByText('Your unsaved entries are back.')).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('Rep 1 · 100 m').value).toBe('26.4');
    // Once the runner types in it, the draft is theirs: a reload says their entries are back.
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'Windy' } });
    first.unmount();
    render(<LogForm session={track} units="km" onSave={vi.fn<LogSaver>()} />);
    expect(screen.getByText('Your unsaved entries are back.')).toBeTruthy();
    expect(screen.queryByText(/From your guided session/)).toBeNull();
  });

  it('carries the first set’s load to the sets that follow it, and sends only ticked sets', async () => {
    const onSave = vi.fn<LogSaver>((body) =>
      Promise.resolve({
        queued: false,
        log: { ...body, revision: 1, updatedAt: '2026-12-07T18:00:00.000Z' },
        changes: [],
      }),
    );
    render(<LogForm session={strength} units="km" onSave={onSave} />);
    const load = (n: number) => screen.getByLabelText<HTMLInputElement>(`Set ${n} load in kg`);
    fireEvent.change(load(1), { target: { value: '3' } });
    fireEvent.change(load(1), { target: { value: '30' } });
    expect([load(2).value, load(3).value]).toEqual(['30', '30']);
    fireEvent.change(load(2), { target: { value: '35' } });
    fireEvent.change(load(1), { target: { value: '32' } });
    expect([load(2).value, load(3).value]).toEqual(['35', '32']);
    fireEvent.click(screen.getAllByRole('checkbox', { name: 'Set 3' })[0] as HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: 'Save log' }));
    await waitFor(() => {
      expect(onSave).toHaveBeenCalled();
    });
    expect(onSave.mock.calls[0]?.[0].exercises?.[0]).toEqual({
      id: 'deadlift',
      sets: [
        { reps: 15, loadKg: 32 },
        { reps: 15, loadKg: 35 },
      ],
    });
  });

  it('bug 2 (issue 14): a saved log leaves no draft, so "Your unsaved entries are back." does not come back', async () => {
    // As on the session page: the saved log goes into the session before the save resolves.
    function Page(props: { initial: SessionDocument }) {
      const [session, setSession] = useState(props.initial);
      const onSave: LogSaver = (body) => {
        const log: LogDocument = {
          ...body,
          revision: (session.log?.revision ?? 0) + 1,
          updatedAt: '2026-12-14T18:00:00.000Z',
        };
        setSession({ ...session, log });
        return Promise.resolve({ queued: false, log, changes: [] });
      };
      return <LogForm session={session} units="km" onSave={onSave} />;
    }
    const first = render(<Page initial={track} />);
    fireEvent.change(screen.getByLabelText('Rep 1 · 100 m'), { target: { value: '26.1' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save log' }));
      await Promise.resolve();
    });
    await waitFor(() => {
      expect(screen.getByRole('status').textContent).toMatch(/^Saved at/);
    });
    expect(Object.keys(localStorage).filter((k) => k.startsWith('speedwork.draft.'))).toEqual([]);
    first.unmount();
    const log: LogDocument = {
      status: 'done',
      reps: [{ timeS: 26.1, distanceM: 100 }],
      revision: 1,
      updatedAt: '2026-12-14T18:00:00.000Z',
    };
    render(<Page initial={{ ...track, log }} />);
    expect(screen.queryByText('Your unsaved entries are back.')).toBeNull();
  });
});
