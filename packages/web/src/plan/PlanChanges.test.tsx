// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanRevisionDocument } from '@speedwork/server/api-types';
import { KEYS } from '../api/endpoints.js';
import { clearResources, setResource } from '../api/resources.js';
import { PlanUpdatedNotice, SessionChanges } from './PlanChanges.js';

afterEach(() => {
  cleanup();
  clearResources();
  localStorage.clear();
});

const repaced: PlanRevisionDocument = {
  number: 2,
  createdAt: '2026-11-27T10:00:00Z',
  reason: 'adapted',
  changes: [
    {
      sessionId: 's-track',
      sessionKey: '2026-12-07-track',
      date: '2026-12-07',
      what: 'paces',
      before: 'Track: 2 × 100 m (30 m flat out) at 4:31/km',
      after: 'Track: 2 × 100 m (30 m flat out) at 4:19/km',
      why: 'Your 24:00 5K time trial on Fri 27 Nov rates you at VDOT 40.2.',
    },
  ],
};
const built: PlanRevisionDocument = {
  number: 1,
  createdAt: '2026-11-20T10:00:00Z',
  reason: 'generated',
  changes: [],
};

describe('PlanUpdatedNotice', () => {
  it('R-ADA-5: says what changed, before → after and why, until put away', () => {
    setResource(KEYS.revisions, [repaced, built]);
    const { rerender } = render(<PlanUpdatedNotice planId="p1" />);
    expect(screen.getByRole('heading', { name: 'Plan updated' })).toBeTruthy();
    expect(screen.getByText(/rates you at VDOT 40\.2/)).toBeTruthy();
    expect(screen.getByText('4:31/km')).toBeTruthy();
    expect(screen.getByText('4:19/km')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(screen.queryByRole('heading', { name: 'Plan updated' })).toBeNull();
    rerender(<PlanUpdatedNotice planId="p1" key="again" />);
    expect(screen.queryByRole('heading', { name: 'Plan updated' })).toBeNull();
  });

  it('says nothing about a plan that was only built', () => {
    setResource(KEYS.revisions, [built]);
    render(<PlanUpdatedNotice planId="p1" />);
    expect(screen.queryByRole('heading', { name: 'Plan updated' })).toBeNull();
  });
});

describe('SessionChanges', () => {
  it('R-ADA-5: a changed session says what changed and why; another says nothing', () => {
    setResource(KEYS.revisions, [repaced, built]);
    render(<SessionChanges sessionId="s-track" />);
    expect(screen.getByRole('heading', { name: 'What changed' })).toBeTruthy();
    expect(screen.getByText(/New paces/)).toBeTruthy();
    cleanup();
    render(<SessionChanges sessionId="s-easy" />);
    expect(screen.queryByRole('heading', { name: 'What changed' })).toBeNull();
  });
});
