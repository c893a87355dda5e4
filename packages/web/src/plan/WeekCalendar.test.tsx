// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { calendarWeeks, keyContent } from './calendar-layout.js';
import { formatDuration } from '../units/pace-display.js';
import { apiPlan, logged, SAMPLE_PLAN_INPUT } from './test-plans.test-support.js';
import { WeekCalendar } from './WeekCalendar.js';
import { wholePlan } from './whole-week.test-support.js';

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
    expect(within(list).getAllByText('Rest')).toHaveLength(week.days.filter((d) => d.rest).length);
    const session = week.days.flatMap((d) => d.sessions).find((s) => s.type === 'track');
    if (!session) throw new Error('no track session in week 2');
    const track = within(list).getByRole('link', { name: /Track/ });
    expect(track.getAttribute('href')).toBe(`/sessions/${session.id}`);
    expect(track.textContent).toContain(keyContent(session, 'km'));
    expect(track.textContent).toContain(formatDuration(session.plannedDurationS));
  });

  it('marks today and what the logs say', () => {
    const week = calendarWeeks(withLog, '2026-12-09')[0];
    if (!week) throw new Error('no week 1');
    render(<WeekCalendar week={week} units="km" today="2026-12-09" />);
    const list = screen.getByRole('list', { name: 'Week 1, day by day' });
    expect(within(list).getByText('Done')).toBeTruthy();
    const todays = week.days.find((d) => d.today)?.sessions ?? [];
    expect(within(list).getAllByText('Today')).toHaveLength(todays.length);
    const todayItem = within(list)
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('aria-current') === 'date');
    expect(todayItem?.textContent).toContain('9');
  });

  it('R-DAY-1: shows a run and the strength after it on the same day, and the new kinds of run', () => {
    const week = calendarWeeks(wholePlan(), '2026-12-09')[2];
    if (!week) throw new Error('no week 3');
    render(<WeekCalendar week={week} units="km" today="2026-12-09" />);
    const list = screen.getByRole('list', { name: 'Week 3, day by day' });
    const monday = within(list).getAllByRole('listitem')[0];
    if (!monday) throw new Error('no Monday');
    const cards = within(monday).getAllByRole('link');
    expect(cards.map((c) => c.textContent)).toEqual([
      expect.stringMatching(/^Easy run.*40 min easy \+ 6 strides.*45 min · 7 km$/),
      expect.stringMatching(/^Strength.*Deadlift, Tuck Jump · 5 sets/),
    ]);
    const long = within(list).getByRole('link', { name: /Long run/ });
    expect(long.textContent).toContain('18 km with 6 km at marathon pace');
    expect(long.textContent).toContain('1 h 42 min · 18 km');
    expect(within(list).getByRole('link', { name: /Tempo/ }).textContent).toContain(
      '3 × 10 min at threshold',
    );
    expect(within(list).getByRole('link', { name: /Intervals/ }).textContent).toContain(
      '5 × 1000 m at interval pace',
    );
    expect(within(list).getAllByText('Rest')).toHaveLength(2);
  });
});
