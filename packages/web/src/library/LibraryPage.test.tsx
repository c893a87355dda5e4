// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_TYPE_NAMES } from '@speedwork/core';
import LibraryPage from './LibraryPage.js';

afterEach(cleanup);

describe('LibraryPage', () => {
  it('explains every kind of session a whole plan holds, and what rides inside a run', () => {
    render(<LibraryPage />);
    for (const type of ['easy', 'long', 'tempo', 'intervals', 'track', 'hills', 'strength'] as const)
      expect(screen.getByRole('heading', { name: SESSION_TYPE_NAMES[type] })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Strides' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Run–walk' })).toBeTruthy();
    expect(screen.getByText(/Effort 6–7 of 10: comfortably hard/)).toBeTruthy();
  });
});
