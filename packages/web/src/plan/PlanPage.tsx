/**
 * The plan: the goal, a week at a time (buttons, swipe or the whole-plan overview to switch), and the
 * guidance that comes with it. Switching weeks is a re-render of data already on the phone.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TouchEvent } from 'react';
import { GUIDANCE, distanceLabel, formatClock } from '@speedwork/core';
import type { PlanWarning } from '@speedwork/core';
import { KEYS, fetchPlan } from '../api/endpoints.js';
import { useResource } from '../api/resources.js';
import { Icon } from '../ui/icons.js';
import { PageHeading } from '../ui/page-heading.js';
import { Link } from '../ui/link.js';
import { ErrorNote, Loading, StaleNote } from '../ui/status-notes.js';
import { dayMonth, formatPace, localToday, mediumDate } from '../units/pace-display.js';
import { useUnits } from '../units/use-units.js';
import { PHASE_LABEL, calendarWeeks, weekIndexOf } from './calendar-layout.js';
import { PlanHistory, PlanUpdatedNotice, changedHeading, useSessionChanges } from './PlanChanges.js';
import { PlanOverview } from './PlanOverview.js';
import { WeekCalendar } from './WeekCalendar.js';
import { WeekStartChoice } from './WeekStartChoice.js';
import { useWeekStart } from './week-start.js';

export default function PlanPage(props: { week?: number | undefined; history?: boolean }) {
  const today = localToday();
  const units = useUnits();
  const plan = useResource(KEYS.plan, fetchPlan);
  const weekStart = useWeekStart();
  const weeks = useMemo(
    () => (plan.data ? calendarWeeks(plan.data, today, weekStart) : []),
    [plan.data, today, weekStart],
  );
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  // `?week=` names a plan week; with calendar weeks from Monday or Sunday, the first that holds it.
  const fromUrl =
    props.week === undefined
      ? undefined
      : weekStart === 'plan'
        ? props.week - 1
        : Math.max(
            weeks.findIndex((w) => w.summary?.week === props.week),
            0,
          );
  const index = Math.min(
    Math.max(chosen ?? fromUrl ?? weekIndexOf(weeks, today), 0),
    Math.max(weeks.length - 1, 0),
  );
  const touchX = useRef<number | undefined>(undefined);
  const sessionChanges = useSessionChanges();
  const changed = useMemo(() => {
    const headings = new Map<string, string>();
    for (const [id, list] of sessionChanges) {
      const heading = changedHeading(list);
      if (heading) headings.set(id, heading);
    }
    return headings;
  }, [sessionChanges]);
  const historyRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.history) historyRef.current?.scrollIntoView({ block: 'start' });
  }, [props.history, plan.data]);

  const select = useCallback(
    (next: number) => {
      const clamped = Math.min(Math.max(next, 0), weeks.length - 1);
      setChosen(clamped);
      window.history.replaceState(null, '', `/plan?week=${weeks[clamped]?.summary?.week ?? clamped + 1}`);
    },
    [weeks],
  );

  if (plan.data === undefined) {
    return (
      <section className="page">
        <PageHeading title="Your plan" />
        {plan.error ? (
          <ErrorNote error={plan.error} onRetry={() => void plan.reload()} />
        ) : (
          <Loading what="your plan" />
        )}
      </section>
    );
  }
  if (plan.data === null) {
    return (
      <section className="page">
        <PageHeading title="Your plan" />
        <p>
          No plan yet. <Link href="/settings">Build one from your profile</Link>.
        </p>
      </section>
    );
  }
  const week = weeks[index];
  const { goal } = plan.data;
  const onTouchStart = (e: TouchEvent): void => {
    touchX.current = e.touches[0]?.clientX;
  };
  const onTouchEnd = (e: TouchEvent): void => {
    const start = touchX.current;
    const end = e.changedTouches[0]?.clientX;
    touchX.current = undefined;
    if (start === undefined || end === undefined || Math.abs(end - start) < 60) return;
    select(index + (end < start ? 1 : -1));
  };

  return (
    <section className="page">
      <div>
        <p className="eyebrow">
          {goal.source === 'runner' ? 'Goal' : 'Target'}: {distanceLabel(goal.distanceM)} in{' '}
          {formatClock(goal.timeS)} ({formatPace(goal.paceSPerKm, units)})
          {goal.date ? ` · ${mediumDate(goal.date)}` : ''}
        </p>
        <PageHeading title="Your plan" />
      </div>
      <StaleNote error={plan.error} />
      <PlanUpdatedNotice planId={plan.data.id} historyHref="/plan?history=1" />
      <PlanNotes assumptions={plan.data.assumptions ?? []} warnings={plan.data.warnings} />
      <div className="plan-layout">
        {week ? (
          <section
            className="card block"
            aria-labelledby="week-heading"
            onTouchStart={onTouchStart}
            onTouchEnd={onTouchEnd}
          >
            <div className="week-nav">
              <button
                type="button"
                className="icon-button"
                onClick={() => {
                  select(index - 1);
                }}
                disabled={index === 0}
                aria-label="Previous week"
              >
                <Icon name="chevronLeft" />
              </button>
              <div className="week-title" aria-live="polite">
                <h2 id="week-heading">
                  Week {week.week} <span className="muted">of {weeks.length}</span>
                </h2>
                <p>
                  {dayMonth(week.start)} – {dayMonth(week.end)}
                </p>
                <div className="week-tags">
                  <span className={`tag tag-phase phase-${week.phase}`}>{PHASE_LABEL[week.phase]}</span>
                  {week.deload ? <span className="tag">Lighter week</span> : null}
                  {week.race ? <span className="tag">Race week</span> : null}
                  <span className="tag">
                    {week.logged}/{week.planned} logged
                  </span>
                </div>
              </div>
              <button
                type="button"
                className="icon-button"
                onClick={() => {
                  select(index + 1);
                }}
                disabled={index >= weeks.length - 1}
                aria-label="Next week"
              >
                <Icon name="chevronRight" />
              </button>
            </div>
            <WeekCalendar
              week={week}
              units={units}
              today={today}
              lastDate={weeks[weeks.length - 1]?.end}
              changed={changed}
            />
          </section>
        ) : null}
        <PlanOverview weeks={weeks} selected={index} today={today} onSelect={select}>
          <WeekStartChoice planStart={weeks[0]?.summary?.start ?? plan.data.sessions[0]?.date ?? today} />
        </PlanOverview>
      </div>
      <div ref={historyRef}>
        <PlanHistory open={props.history ?? false} />
      </div>
      <details className="card">
        <summary>
          <strong>Eat, recover, keep at it</strong>
        </summary>
        {(plan.data.guidance.length > 0 ? plan.data.guidance : GUIDANCE).map((g) => (
          <div key={g.id}>
            <h3>{g.title}</h3>
            <p>{g.text}</p>
          </div>
        ))}
      </details>
    </section>
  );
}

/** What the plan assumed where the runner said nothing (R-VOL-1), and what it warns about (R-IN-2). */
export function PlanNotes(props: { assumptions: readonly string[]; warnings: readonly PlanWarning[] }) {
  if (props.assumptions.length === 0 && props.warnings.length === 0) return null;
  return (
    <section className="card plan-notes" aria-labelledby="plan-notes-title">
      <h2 id="plan-notes-title">About this plan</h2>
      {props.assumptions.length > 0 ? (
        <>
          <p>Where you left something out, the plan had to guess:</p>
          <ul>
            {props.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
          <p className="muted">
            Know your numbers? Add them in <Link href="/settings">Settings</Link> and the plan follows them
            from tomorrow.
          </p>
        </>
      ) : null}
      {props.warnings.map((w) => (
        <p key={w.code + w.message} className="note note-warning">
          {w.message}
        </p>
      ))}
    </section>
  );
}
