/**
 * The plan's changes where the runner looks: a "Plan updated" notice on Today and the plan, the plan's
 * history of updates, and on each changed session what changed and why.
 */
import { useMemo, useState } from 'react';
import type { PlanChangeDocument, PlanRevisionDocument } from '@speedwork/server/api-types';
import { KEYS, fetchRevisions } from '../api/endpoints.js';
import { useResource } from '../api/resources.js';
import { Link } from '../ui/link.js';
import { shortDate } from '../units/pace-display.js';
import {
  beforeAfter,
  changeHeading,
  changesBySession,
  groupByWhy,
  reasonWords,
  unseenUpdates,
  updatesOf,
} from './plan-updates.js';
import { markSeen, seenRevision } from './plan-follow.js';

/** "4:31/km → 4:19/km", read by screen readers as "4:31/km, now 4:19/km". */
function BeforeAfter(props: { change: PlanChangeDocument }) {
  const { before, after } = props.change;
  if (before === '' && after === '') return null;
  const parts = beforeAfter(before, after);
  return (
    <span className="before-after">
      {parts.same ? `${parts.same} ` : ''}
      <span className="before">{parts.before}</span>
      <span aria-hidden="true"> → </span>
      <span className="visually-hidden">, now </span>
      <strong className="after">{parts.after}</strong>
    </span>
  );
}

const SHOWN_PER_GROUP = 3;

/** Changes grouped by their reason: the reason once, then each session with before → after. */
export function ChangeList(props: { changes: readonly PlanChangeDocument[]; links?: boolean }) {
  const groups = groupByWhy(props.changes);
  const item = (change: PlanChangeDocument, i: number) => (
    <li key={`${change.sessionId}:${change.what}:${i}`}>
      <span className="change-when">
        {props.links === false ? (
          shortDate(change.date)
        ) : (
          <Link href={`/sessions/${change.sessionId}`}>{shortDate(change.date)}</Link>
        )}
        {' · '}
        {changeHeading(change.what)}
      </span>{' '}
      <BeforeAfter change={change} />
    </li>
  );
  return (
    <div className="change-groups">
      {groups.map((group) => {
        const shown = group.changes.slice(0, SHOWN_PER_GROUP);
        const more = group.changes.slice(SHOWN_PER_GROUP);
        return (
          <div key={group.why} className="change-group">
            <p className="change-why">{group.why}</p>
            <ul className="change-items">{shown.map(item)}</ul>
            {more.length > 0 ? (
              <details className="change-more">
                <summary>
                  {more.length} more session{more.length === 1 ? '' : 's'}
                </summary>
                <ul className="change-items">{more.map((c, i) => item(c, i + SHOWN_PER_GROUP))}</ul>
              </details>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

function updatedOn(revision: PlanRevisionDocument): string {
  return `${shortDate(revision.createdAt.slice(0, 10))}, ${reasonWords(revision.reason)}`;
}

/**
 * "Plan updated": what the newest updates changed, until the runner puts it away (remembered on this
 * phone), with a way to every earlier update.
 */
export function PlanUpdatedNotice(props: { planId: string; historyHref?: string }) {
  const revisions = useResource(KEYS.revisions, fetchRevisions);
  const [seen, setSeen] = useState(() => seenRevision(props.planId));
  const unseen = unseenUpdates(revisions.data ?? [], seen);
  const newest = unseen[0];
  if (!newest) return null;
  const earlier = updatesOf(revisions.data ?? []).filter((r) => r.number < newest.number);
  const changes = unseen.flatMap((r) => r.changes);
  return (
    <section className="card plan-updated" aria-labelledby="plan-updated-title">
      <div>
        <h2 id="plan-updated-title">Plan updated</h2>
        <p className="muted">{updatedOn(newest)}</p>
      </div>
      <ChangeList changes={changes} />
      <div className="actions">
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            markSeen(props.planId, newest.number);
            setSeen(newest.number);
          }}
        >
          Got it
        </button>
        {earlier.length > 0 && props.historyHref ? (
          <Link href={props.historyHref} className="button button-small button-quiet">
            Earlier changes ({earlier.length})
          </Link>
        ) : null}
      </div>
    </section>
  );
}

/** Every update of the plan, newest first: the history a runner can always come back to. */
export function PlanHistory(props: { open: boolean }) {
  const revisions = useResource(KEYS.revisions, fetchRevisions);
  const updates = updatesOf(revisions.data ?? []);
  return (
    <details className="card plan-history" id="plan-history" open={props.open}>
      <summary>
        <strong>Changes to your plan</strong>{' '}
        <span className="muted">
          {updates.length === 0 ? 'none yet' : `${updates.length} update${updates.length === 1 ? '' : 's'}`}
        </span>
      </summary>
      {updates.length === 0 ? (
        <p className="muted">
          When you log a session, a race or a time trial, or move a session, the plan follows and says here
          what changed and why.
        </p>
      ) : (
        <ol className="history-list">
          {updates.map((revision) => (
            <li key={revision.number}>
              <h3>{updatedOn(revision)}</h3>
              <ChangeList changes={revision.changes} />
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

/** Each session's changes, by API id, for cards and the session view. */
export function useSessionChanges(): ReturnType<typeof changesBySession> {
  const revisions = useResource(KEYS.revisions, fetchRevisions);
  return useMemo(() => changesBySession(revisions.data ?? []), [revisions.data]);
}

/** The card's "Changed: New paces" for a session still to come, from its newest change. */
export function changedHeading(
  list: readonly { change: PlanChangeDocument }[] | undefined,
  today?: string,
): string | undefined {
  const newest = list?.[0];
  if (!newest || (today !== undefined && newest.change.date < today)) return undefined;
  return changeHeading(newest.change.what);
}

/** On the session view: what changed in this session and why, newest first. */
export function SessionChanges(props: { sessionId: string }) {
  const changes = useSessionChanges().get(props.sessionId) ?? [];
  if (changes.length === 0) return null;
  return (
    <section className="note note-changed" aria-labelledby="session-changes-title">
      <h2 id="session-changes-title">What changed</h2>
      <ul className="change-items">
        {changes.map(({ revision, change }, i) => (
          <li key={`${revision.number}:${i}`}>
            <span className="change-when">
              {changeHeading(change.what)} · {updatedOn(revision)}
            </span>{' '}
            <BeforeAfter change={change} />
            <span className="change-why">{change.why}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
