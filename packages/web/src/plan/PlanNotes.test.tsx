// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanNotes } from './PlanPage.js';
import { wholePlan } from './whole-week.test-support.js';

afterEach(cleanup);

describe('PlanNotes', () => {
  it('R-VOL-1, R-IN-2: shows what the plan assumed and what it warns about', () => {
    const plan = wholePlan();
    render(<PlanNotes assumptions={plan.assumptions} warnings={plan.warnings} />);
    const region = screen.getByRole('region', { name: 'About this plan' });
    expect(region.textContent).toContain('the plan starts from about 25 km a week');
    expect(region.textContent).toContain('Two days leave no room for a long run every week.');
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe('/settings');
  });
  it('shows nothing when there is nothing to say', () => {
    const { container } = render(<PlanNotes assumptions={[]} warnings={[]} />);
    expect(container.textContent).toBe('');
  });
});
