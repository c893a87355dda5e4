// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarWeeks } from './calendar-layout.js';
import { apiPlan, logged, SAMPLE_PLAN_INPUT } from './test-plans.test-support.js';
import { WeekCalendar } from './WeekCalendar.js';

afterEach(cleanup);

describe('WeekCalendar', () => {
  const plan = apiPlan(SAMPLE_PLAN_INPUT);
  const [first, ...rest] = plan.sessions;
  if (!first) throw new Error('empty plan');
  const withLog = { ...plan, sessions: [logged(first, { status: 'done' }), ...rest] };

  it('shows seven days: sessions as links with key content and time, the others as rest', () => {
    const week = calendarWeeks(withLog, '2026-12-09')[1];
    if (!week) throw new Error('no week 2');
    render(<WeekCalendar week={week} units="km" today="2026-12-09" />);
    const list = screen.getByRole('list', { name: 'Week 2, day by day' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(7);
    expect(within(list).getAllByText('Rest')).toHaveLength(7 - week.planned);
    const track = within(list).getByRole('link', { name: /Track/ });
    expect(track.getAttribute('href')).toMatch(/^\/sessions\/s\d+$/);
    expect(track.textContent).toContain('2 × 100 m, 30 m flat out');
    expect(track.textContent).toContain('22 min');
  });

  it('marks today and what the logs say', () => {
    const week = calendarWeeks(withLog, '2026-12-09')[0];
    if (!week) throw new Error('no week 1');
    render(<WeekCalendar week={week} units="km" today="2026-12-09" />);
    const list = screen.getByRole('list', { name: 'Week 1, day by day' });
    expect(within(list).getByText('Done')).toBeTruthy();
    expect(within(list).getByText('Today')).toBeTruthy();
    const todayItem = within(list)
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('aria-current') === 'date');
    expect(todayItem?.textContent).toContain('9');
  });
});
