/** Today: the session(s) of the day with everything needed to start, or a rest day and what comes next. */
import { techniqueFocusById } from '@speedwork/core';
import type { Units } from '@speedwork/core';
import type { SessionDocument } from '@speedwork/server/api-types';
import { KEYS, fetchPlan, fetchToday } from '../api/endpoints.js';
import { useResource } from '../api/resources.js';
import { Link } from '../ui/link.js';
import { PageHeading } from '../ui/page-heading.js';
import { ErrorNote, Loading, StaleNote } from '../ui/status-notes.js';
import { formatDuration, localToday, longDate, shortDate } from '../units/pace-display.js';
import { useUnits } from '../units/use-units.js';
import {
  PHASE_LABEL,
  calendarWeeks,
  keyContent,
  sessionStatus,
  sessionsOnDateOf,
  weekIndexOf,
} from './calendar-layout.js';
import { effortText, plannedDistanceText } from '../session/run-words.js';
import { GuidedEntry } from '../guided/GuidedEntry.js';
import { MoveSession, canMove } from './MoveSession.js';
import { PlanUpdatedNotice, changedHeading, useSessionChanges } from './PlanChanges.js';
import { SessionCard, StatusMark, TypeBadge } from './SessionCard.js';

function TodaySession(props: { session: SessionDocument; units: Units; today: string; afterRun: boolean }) {
  const { session } = props;
  const status = sessionStatus(session, props.today);
  const distance = plannedDistanceText(session, props.units);
  const effort = effortText(session.targetRpe);
  return (
    <article className={`card today-hero type-${session.type}`} aria-labelledby={`s-${session.id}`}>
      <p className="card-top section-title">
        <TypeBadge session={session} />
        <StatusMark status={status} />
      </p>
      {props.afterRun ? <p className="eyebrow">Then, after your run</p> : null}
      <h2 id={`s-${session.id}`}>{session.title}</h2>
      <p className="key-content">{keyContent(session, props.units)}</p>
      <p className="meta">
        <span>
          About {formatDuration(session.plannedDurationS)}
          {distance ? `, ${distance}` : ''}
        </span>
        {effort ? <span>{effort.replace(/^e/, 'E')}</span> : null}
        <span>
          Week {session.week} · {PHASE_LABEL[session.phase]}
          {session.deload ? ' · lighter week' : ''}
        </span>
        {session.technique.length > 0 ? (
          <span>Focus: {session.technique.map((t) => techniqueFocusById(t).name).join(', ')}</span>
        ) : null}
      </p>
      <p>{session.why}</p>
      {session.notes?.map((note) => (
        <p key={note} className="note">
          {note}
        </p>
      ))}
      <div className="actions">
        <Link href={`/sessions/${session.id}`} className="button button-primary">
          {props.afterRun
            ? session.log
              ? 'See the strength session and log'
              : 'Then: see the strength session'
            : session.log
              ? 'See session and log'
              : 'Start: see the session'}
        </Link>
        {session.log ? null : <GuidedEntry sessionId={session.id} className="button" />}
      </div>
    </article>
  );
}

export default function TodayPage() {
  const today = localToday();
  const units = useUnits();
  const day = useResource(KEYS.today(today), () => fetchToday(today));
  const plan = useResource(KEYS.plan, fetchPlan);

  const week = plan.data ? calendarWeeks(plan.data, today) : [];
  const thisWeek = week[weekIndexOf(week, today)];
  const lastDate = week[week.length - 1]?.end;
  const changes = useSessionChanges();

  return (
    <section className="page">
      <div>
        <p className="eyebrow">{longDate(today)}</p>
        <PageHeading title="Today" />
      </div>
      <StaleNote error={day.data ? day.error : undefined} />
      {plan.data ? <PlanUpdatedNotice planId={plan.data.id} historyHref="/plan?history=1" /> : null}
      {day.data ? (
        day.data.sessions.length > 0 ? (
          day.data.sessions.map((s, i, all) => (
            <TodaySession
              key={s.id}
              session={s}
              units={units}
              today={today}
              afterRun={s.type === 'strength' && all.slice(0, i).some((x) => x.type !== 'strength')}
            />
          ))
        ) : (
          <article className="card today-hero type-rest">
            <p className="type-badge">Rest day</p>
            <h2>No session today</h2>
            <p>Rest is where the work turns into speed: sleep, eat well, maybe an easy walk.</p>
          </article>
        )
      ) : day.error ? (
        <ErrorNote error={day.error} onRetry={() => void day.reload()} />
      ) : (
        <Loading what="today’s session" />
      )}
      {day.data?.next ? (
        <section aria-labelledby="next-title" className="block">
          <h2 id="next-title">Next: {shortDate(day.data.next.date)}</h2>
          <div className="day-sessions">
            {sessionsOnDateOf(day.data.next, plan.data).map((s) => (
              <SessionCard
                key={s.id}
                session={s}
                units={units}
                today={today}
                changed={changedHeading(changes.get(s.id))}
              >
                {lastDate && canMove(s, today) ? (
                  <MoveSession session={s} today={today} lastDate={lastDate} compact />
                ) : null}
              </SessionCard>
            ))}
          </div>
        </section>
      ) : null}
      {thisWeek ? (
        <section aria-labelledby="week-title" className="block">
          <div className="section-title">
            <h2 id="week-title">This week</h2>
            <Link href={`/plan?week=${thisWeek.week}`}>Week {thisWeek.week} in the plan</Link>
          </div>
          <p className="muted">
            {thisWeek.logged} of {thisWeek.planned} sessions logged · {PHASE_LABEL[thisWeek.phase]}
            {thisWeek.deload ? ' · lighter week' : ''}
          </p>
        </section>
      ) : null}
    </section>
  );
}
