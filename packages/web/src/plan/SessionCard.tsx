/** One session on the calendar or on today's screen: type, key content, planned time and its mark. */
import { SESSION_TYPE_NAMES } from '@speedwork/core';
import type { ReactNode } from 'react';
import type { Units } from '@speedwork/core';
import type { SessionDocument } from '@speedwork/server/api-types';
import { Icon } from '../ui/icons.js';
import { Link } from '../ui/link.js';
import { plannedDistanceText } from '../session/run-words.js';
import { formatDuration } from '../units/pace-display.js';
import { STATUS_LABEL, keyContent, sessionStatus } from './calendar-layout.js';
import type { SessionStatus } from './calendar-layout.js';

export function StatusMark(props: { status: SessionStatus }) {
  if (props.status === 'upcoming') return null;
  const symbol = {
    done: '✓',
    partial: '◐',
    skipped: '✕',
    pain: '!',
    ill: '!',
    missed: '–',
    today: '●',
    upcoming: '',
  }[props.status];
  return (
    <span className={`status status-${props.status}`}>
      <span aria-hidden="true">{symbol}</span> {STATUS_LABEL[props.status]}
    </span>
  );
}

export function TypeBadge(props: { session: Pick<SessionDocument, 'type'> }) {
  return (
    <span className={`type-badge type-${props.session.type}`}>
      <Icon name={props.session.type} size={18} />
      {SESSION_TYPE_NAMES[props.session.type]}
    </span>
  );
}

export function SessionCard(props: {
  session: SessionDocument;
  units: Units;
  today: string;
  /** What the plan last changed in this session ("New paces"), shown on the card. */
  changed?: string | undefined;
  /** A control under the card (moving it to another day). */
  children?: ReactNode;
}) {
  const { session } = props;
  const status = sessionStatus(session, props.today);
  const card = (
    <Link href={`/sessions/${session.id}`} className={`session-card type-${session.type}`}>
      <span className="card-top">
        <TypeBadge session={session} />
        <StatusMark status={status} />
      </span>
      <span className="card-content">{keyContent(session, props.units)}</span>
      <span className="card-time">
        {[
          formatDuration(session.plannedDurationS),
          plannedDistanceText(session, props.units),
          session.deload ? 'lighter week' : undefined,
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
      {props.changed ? (
        <span className="card-changed">
          <span aria-hidden="true">↻</span> Changed: {props.changed}
        </span>
      ) : null}
    </Link>
  );
  if (!props.children) return card;
  return (
    <span className="session-card-with">
      {card}
      {props.children}
    </span>
  );
}
