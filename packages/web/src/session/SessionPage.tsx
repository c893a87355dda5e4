/** One session: what to do, why, how, and the log of how it went. Opens offline from the saved plan. */
import { useState } from 'react';
import type { PlanChangeDocument } from '@speedwork/server/api-types';
import { KEYS, fetchPlan, fetchProfile, fetchSessionOrHeld } from '../api/endpoints.js';
import { setResource, useResource } from '../api/resources.js';
import { PageHeading } from '../ui/page-heading.js';
import { Link } from '../ui/link.js';
import { ErrorNote, Loading, StaleNote } from '../ui/status-notes.js';
import { PHASE_LABEL, keyContent, sessionStatus, sessionsOnDateOf } from '../plan/calendar-layout.js';
import { MoveSession, canMove } from '../plan/MoveSession.js';
import { ChangeList, SessionChanges } from '../plan/PlanChanges.js';
import { StatusMark, TypeBadge } from '../plan/SessionCard.js';
import { formatDuration, localToday, longDate } from '../units/pace-display.js';
import { useUnits } from '../units/use-units.js';
import { GuidedEntry } from '../guided/GuidedEntry.js';
import { LogForm } from './LogForm.js';
import type { LogSaver } from './LogForm.js';
import { saveSessionLog, storeSessionLog } from './save-log.js';
import { RunningPrescription, SessionNotes, StrengthPrescription, TechniqueBlock } from './Prescription.js';
import { effortText, plannedDistanceText } from './run-words.js';
import { WatchFiles } from './WatchFiles.js';

export default function SessionPage(props: { id: string }) {
  const today = localToday();
  const units = useUnits();
  const profile = useResource(KEYS.profile, fetchProfile);
  const key = KEYS.session(props.id);
  const session = useResource(key, () => fetchSessionOrHeld(props.id));
  const plan = useResource(KEYS.plan, fetchPlan);
  // Bumped when a watch file rewrites the log, so the form starts again from the new log.
  const [logVersion, setLogVersion] = useState(0);
  // What the plan changed after this screen's last write (a log, its result, a watch file, a move).
  const [followed, setFollowed] = useState<PlanChangeDocument[]>([]);

  if (!session.data) {
    return (
      <section className="page">
        <PageHeading title="Session" />
        {session.error ? (
          <ErrorNote error={session.error} onRetry={() => void session.reload()} />
        ) : (
          <Loading what="the session" />
        )}
      </section>
    );
  }
  const s = session.data;
  const level = profile.data?.profile.level ?? 'intermediate';
  const sameDay = sessionsOnDateOf(s, plan.data);
  const others = sameDay.filter((x) => x.id !== s.id);
  const runFirst = sameDay.find((x) => x.type !== 'strength' && x.id !== s.id);
  const distance = plannedDistanceText(s, units);
  const effort = effortText(s.targetRpe);

  // Sent now, or kept on the phone until there is signal (save-log.ts).
  const onSave: LogSaver = async (body, result) => {
    const outcome = await saveSessionLog(s, body, result, today);
    if (!outcome.queued) setFollowed(outcome.changes);
    return outcome;
  };
  const lastDate = plan.data?.sessions.reduce((last, x) => (x.date > last ? x.date : last), s.date);

  return (
    <section className="page">
      <p>
        <Link href={`/plan?week=${s.week}`}>← Week {s.week}</Link>
      </p>
      <article className={`card session-head type-${s.type}`}>
        <p className="section-title">
          <TypeBadge session={s} />
          <StatusMark status={sessionStatus(s, today)} />
        </p>
        <p className="eyebrow">{longDate(s.date)}</p>
        <PageHeading title={s.title} />
        <p className="key-content">{keyContent(s, units)}</p>
        <p className="meta">
          <span>
            About {formatDuration(s.plannedDurationS)}
            {distance ? `, ${distance}` : ''} in all
          </span>
          {effort ? <span>{effort.replace(/^e/, 'E')}</span> : null}
          <span>
            Week {s.week} · {PHASE_LABEL[s.phase]}
            {s.deload ? ' · lighter week' : ''}
          </span>
        </p>
        <p>{s.why}</p>
        <p className="actions">
          <GuidedEntry sessionId={s.id} />
        </p>
        {canMove(s, today) ? (
          <MoveSession
            session={s}
            today={today}
            lastDate={lastDate}
            onMoved={(moved) => {
              setResource(key, moved);
            }}
          />
        ) : null}
        {others.length > 0 ? (
          <p className="same-day">
            Same day:{' '}
            {others.map((o, i) => (
              <span key={o.id}>
                {i > 0 ? ', ' : ''}
                <Link href={`/sessions/${o.id}`}>{o.title}</Link>
                {o.type === 'strength' ? ' after this run' : ' first, then this'}
              </span>
            ))}
          </p>
        ) : null}
      </article>
      <StaleNote error={session.error} />
      <SessionChanges sessionId={s.id} />
      {s.type === 'strength' ? (
        <StrengthPrescription session={s} level={level} afterRun={runFirst} />
      ) : (
        <RunningPrescription session={s} units={units} />
      )}
      <SessionNotes notes={s.notes} />
      <TechniqueBlock session={s} />
      {s.type === 'strength' ? null : (
        <WatchFiles
          session={s}
          onLog={(log, changes) => {
            storeSessionLog(s.id, log);
            setLogVersion((v) => v + 1);
            setFollowed(changes);
          }}
        />
      )}
      <LogForm key={`${s.id}:${logVersion}`} session={s} units={units} onSave={onSave} />
      {followed.length > 0 ? (
        <section className="card plan-updated" aria-labelledby="followed-title" role="status">
          <h2 id="followed-title">Your plan follows</h2>
          <ChangeList changes={followed} />
        </section>
      ) : null}
    </section>
  );
}
