/** One plan week, day by day: sessions as cards, rest days as rest, today marked. */
import type { Units } from '@speedwork/core';
import { dayMonth, dayOfMonth, weekdayShort } from '../units/pace-display.js';
import type { CalendarWeek } from './calendar-layout.js';
import { MoveSession, canMove } from './MoveSession.js';
import { SessionCard } from './SessionCard.js';

export function WeekCalendar(props: {
  week: CalendarWeek;
  units: Units;
  today: string;
  /** The plan's last date, to move a session within the plan; without it, no move controls. */
  lastDate?: string | undefined;
  /** What the plan last changed in each session, by API id ("New paces"). */
  changed?: ReadonlyMap<string, string>;
}) {
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
            <span className="date-number">{dayOfMonth(day.date)}</span>
            <span className="visually-hidden">{dayMonth(day.date)}</span>
          </span>
          <span className="day-sessions">
            {day.rest ? (
              <span className="rest-card">Rest</span>
            ) : (
              day.sessions.map((s) => (
                <SessionCard
                  key={s.id}
                  session={s}
                  units={props.units}
                  today={props.today}
                  changed={s.date >= props.today ? props.changed?.get(s.id) : undefined}
                >
                  {props.lastDate && canMove(s, props.today) ? (
                    <MoveSession session={s} today={props.today} lastDate={props.lastDate} compact />
                  ) : null}
                </SessionCard>
              ))
            )}
          </span>
        </li>
      ))}
    </ol>
  );
}
