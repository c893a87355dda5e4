/** One plan week, day by day: sessions as cards, rest days as rest, today marked. */
import type { Units } from '@speedwork/core';
import { dayMonth, weekdayShort } from '../units/pace-display.js';
import type { CalendarWeek } from './calendar-layout.js';
import { SessionCard } from './SessionCard.js';

export function WeekCalendar(props: { week: CalendarWeek; units: Units; today: string }) {
  return (
    <ol className="week-days" aria-label={`Week ${props.week.week}, day by day`}>
      {props.week.days.map((day) => (
        <li
          key={day.date}
          className={`day${day.today ? ' day-today' : ''}`}
          aria-current={day.today ? 'date' : undefined}
        >
          <span className="day-date">
            <span className="weekday">{weekdayShort(day.date)}</span>
            <span className="date-number">{dayMonth(day.date).split(' ')[0]}</span>
            <span className="visually-hidden">{dayMonth(day.date)}</span>
          </span>
          <span className="day-sessions">
            {day.rest ? (
              <span className="rest-card">Rest</span>
            ) : (
              day.sessions.map((s) => (
                <SessionCard key={s.id} session={s} units={props.units} today={props.today} />
              ))
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
