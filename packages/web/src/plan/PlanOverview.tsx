/**
 * The whole plan at a glance: one row per week with its phase, its seven days coloured by session type,
 * lighter (deload), taper and race weeks flagged, and what is logged. A row selects that week. Day headers
 * over the rows name each column's weekday (every week starts on the same day: the plan's, Monday or Sunday).
 */
import { memo } from 'react';
import type { ReactNode } from 'react';
import { SESSION_TYPE_NAMES } from '@speedwork/core';
import type { SessionType } from '@speedwork/core';
import { weekdayNarrow, weekdayShort } from '../units/pace-display.js';
import { PHASE_LABEL, sessionStatus } from './calendar-layout.js';
import type { CalendarWeek } from './calendar-layout.js';

const TYPES: SessionType[] = [
  'strength',
  'track',
  'hills',
  'tempo',
  'intervals',
  'easy',
  'long',
  'time-trial',
  'race',
];

export function PlanOverview(props: {
  weeks: readonly CalendarWeek[];
  selected: number;
  today: string;
  onSelect: (index: number) => void;
  /** Controls for the overview (where weeks start). */
  children?: ReactNode;
}) {
  const phases = [...new Set(props.weeks.map((w) => w.phase))];
  return (
    <section className="card overview" aria-labelledby="overview-title">
      <h2 id="overview-title">Whole plan</h2>
      <ul className="legend" aria-label="Phases">
        {phases.map((p) => (
          <li key={p} className={`phase-${p}`}>
            <span className="swatch" aria-hidden="true" /> {PHASE_LABEL[p]}
          </li>
        ))}
      </ul>
      {props.weeks[0] && <DayHeaders week={props.weeks[0]} />}
      <ol className="overview-weeks">
        {props.weeks.map((week, index) => (
          <OverviewWeek
            key={week.week}
            week={week}
            index={index}
            selected={index === props.selected}
            today={props.today}
            onSelect={props.onSelect}
          />
        ))}
      </ol>
      <ul className="legend" aria-label="Session types">
        {TYPES.map((t) => (
          <li key={t} className={`type-${t}`}>
            <span className="swatch" aria-hidden="true" /> {SESSION_TYPE_NAMES[t]}
          </li>
        ))}
      </ul>
      {props.children}
    </section>
  );
}

/** How many columns of weeks the overview can show side by side (app.css lays out as many as fit). */
const MAX_COLUMNS = 3;

/**
 * The weekday over each column of cells, repeated over each column of weeks (only those the width shows
 * are visible). For the eye: each row's button already tells a screen reader its week.
 */
const DayHeaders = memo(function DayHeaders(props: { week: CalendarWeek }) {
  // Memoised on the first week (the plan page keeps its weeks): a week switch does not redo 42 labels.
  const days = props.week.days.map((d) => d.date);
  return (
    <div className="overview-heads" aria-hidden="true">
      {Array.from({ length: MAX_COLUMNS }, (_, column) => (
        <div key={column} className="overview-head">
          <span />
          <span className="overview-cells">
            {days.map((date) => (
              <span key={date} className="day-head">
                <span className="day-short">{weekdayShort(date)}</span>
                <span className="day-narrow">{weekdayNarrow(date)}</span>
              </span>
            ))}
          </span>
          <span />
        </div>
      ))}
    </div>
  );
});

/**
 * One week's row. Memoised: a week switch re-renders the two rows whose selection changed, not all of
 * them (issue 14 friction 18: the switch at 4× CPU slow-down).
 */
const OverviewWeek = memo(function OverviewWeek(props: {
  week: CalendarWeek;
  index: number;
  selected: boolean;
  today: string;
  onSelect: (index: number) => void;
}) {
  const { week, index } = props;
  const flag = week.race ? 'Race' : week.taper ? 'Taper' : week.deload ? 'Lighter' : '';
  return (
    <li>
      <button
        type="button"
        className={`overview-week phase-${week.phase}`}
        aria-current={props.selected ? 'true' : undefined}
        onClick={() => {
          props.onSelect(index);
        }}
      >
        <span className="week-label">
          W{week.week}
          <span className="visually-hidden">
            {' '}
            (week {week.week}, {PHASE_LABEL[week.phase]}, {week.logged} of {week.planned} sessions logged)
          </span>
        </span>
        <span className="overview-cells" aria-hidden="true">
          {week.days.map((day) => {
            const [session, ...more] = day.sessions;
            if (!session) return <span key={day.date} className={`cell${day.today ? ' cell-today' : ''}`} />;
            const statuses = day.sessions.map((s) => sessionStatus(s, props.today));
            const status = statuses.every((x) => x === 'done')
              ? 'done'
              : statuses.some((x) => x === 'done' || x === 'partial')
                ? 'partial'
                : (statuses[0] ?? 'upcoming');
            return (
              <span
                key={day.date}
                className={`cell cell-session type-${session.type} cell-${status}${day.today ? ' cell-today' : ''}${more.length > 0 ? ' cell-split' : ''}`}
              >
                {more.map((s) => (
                  <span key={s.id} className={`cell-part type-${s.type}`} />
                ))}
                <span className="cell-mark">{status === 'done' ? '✓' : status === 'partial' ? '◐' : ''}</span>
              </span>
            );
          })}
        </span>
        <span className="overview-flags">{flag}</span>
      </button>
    </li>
  );
});
