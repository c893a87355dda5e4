// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatPace, pacesReport } from '@speedwork/core';
import OnboardingPage from './OnboardingPage.js';

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-16T08:00:00'));
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const next = () => {
  fireEvent.click(screen.getByRole('button', { name: 'Next' }));
};

describe('OnboardingPage', () => {
  it('shows paces live as the race time is typed', () => {
    render(<OnboardingPage />);
    expect(screen.getByText('Type your race time to see your training paces.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Time'), { target: { value: '20:00' } });
    expect(screen.getByText('49.8')).toBeTruthy();
    const interval = formatPace(pacesReport(5000, 1200).paces.intervalSPerKm, 'km');
    expect(screen.getAllByText(interval).length).toBeGreaterThan(0);
  });

  it('says a world-record time at once, with core’s words, and will not go on', () => {
    render(<OnboardingPage />);
    fireEvent.change(screen.getByLabelText('Time'), { target: { value: '12:00' } });
    const message = '“12:00” is faster than the 5K world record (12:35): check the time and the distance.';
    expect(screen.getByText(message)).toBeTruthy();
    next();
    expect(screen.getByText('Step 1 of 6')).toBeTruthy();
  });

  it('waits until the field is left to call half-typed input wrong', () => {
    render(<OnboardingPage />);
    const time = screen.getByLabelText('Time');
    fireEvent.change(time, { target: { value: '25:' } });
    expect(screen.queryByText(/is not a time/)).toBeNull();
    fireEvent.blur(time);
    expect(screen.getByText(/^“25:” is not a time: type minutes and seconds/)).toBeTruthy();
  });

  it('asks for a day before the setup step, then keeps everything when the server cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    render(<OnboardingPage />);
    fireEvent.change(screen.getByLabelText('Time'), { target: { value: '25:00' } });
    next();
    next();
    next();
    expect(screen.getByText('Pick at least one day.')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Monday' }));
    next();
    next();
    fireEvent.change(screen.getByLabelText('How far do you run in a typical week now?'), {
      target: { value: '20' },
    });
    fireEvent.click(screen.getAllByRole('checkbox', { name: "I don't know" })[1] as HTMLElement);
    next();
    fireEvent.click(screen.getByRole('button', { name: 'Build my plan' }));
    await waitFor(() => {
      expect(screen.getByRole('alert').textContent).toMatch(/^No connection: nothing was sent/);
    });
    const draft = JSON.parse(localStorage.getItem('speedwork.draft.onboarding') ?? '{}') as {
      recentTime?: string;
      days?: string[];
    };
    expect(draft.recentTime).toBe('25:00');
    expect(draft.days).toEqual(['mon']);
  });

  it('R-VOL-1: asks how far the runner runs now, in their units, with “I don’t know” for each', () => {
    render(<OnboardingPage />);
    fireEvent.change(screen.getByLabelText('Time'), { target: { value: '25:00' } });
    next();
    next();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Tuesday' }));
    next();
    fireEvent.click(screen.getByRole('radio', { name: /Miles/ }));
    next();
    expect(screen.getByRole('heading', { name: 'Your running now' })).toBeTruthy();
    const weekly = screen.getByLabelText('How far do you run in a typical week now?');
    const longest = screen.getByLabelText('Your longest run in the last month?');
    expect(screen.getAllByText('mi')).toHaveLength(2);
    next();
    expect(screen.getByText('Type your weekly distance, or tick “I don’t know”.')).toBeTruthy();
    expect(screen.getByText('Step 5 of 6')).toBeTruthy();
    fireEvent.change(weekly, { target: { value: '15' } });
    fireEvent.change(longest, { target: { value: '20' } });
    fireEvent.blur(longest);
    expect(screen.getByText(/at most your weekly distance \(15 mi\)/)).toBeTruthy();
    fireEvent.click(screen.getAllByRole('checkbox', { name: "I don't know" })[1] as HTMLElement);
    expect((longest as HTMLInputElement).disabled).toBe(true);
    next();
    expect(screen.getByRole('heading', { name: 'Check and build' })).toBeTruthy();
    expect(screen.getByText('15 mi a week, longest run not given')).toBeTruthy();
  });
});
