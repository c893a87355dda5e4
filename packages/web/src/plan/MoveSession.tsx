/**
 * Move a session to another day: a date picker from tomorrow to the plan's last day. The server checks the
 * move against the plan's rules; a refusal shows the rule in words beside the picker.
 */
import { useId, useState } from 'react';
import type { SyntheticEvent } from 'react';
import type { PlanChangeDocument, SessionDocument } from '@speedwork/server/api-types';
import { errorText } from '../api/api-client.js';
import { moveSession } from '../api/endpoints.js';
import { addDays, dateInWords, shortDate } from '../units/pace-display.js';
import { followPlanChanges } from './plan-follow.js';
import { ChangeList } from './PlanChanges.js';

/** Whether a session can still be moved: after today, not logged, not the goal race (its date is the goal's). */
export function canMove(session: Pick<SessionDocument, 'date' | 'log' | 'type'>, today: string): boolean {
  return session.date > today && session.log === null && session.type !== 'race';
}

export function MoveSession(props: {
  session: SessionDocument;
  today: string;
  /** The plan's last date: a session moves within the plan. */
  lastDate: string | undefined;
  compact?: boolean;
  onMoved?: (moved: SessionDocument, changes: PlanChangeDocument[]) => void;
}) {
  const { session } = props;
  const id = useId();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [moved, setMoved] = useState<PlanChangeDocument[] | undefined>(undefined);
  const min = addDays(props.today, 1);
  const label = `${session.title.split(':')[0] ?? 'session'}, ${shortDate(session.date)}`;

  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    if (date === '' || date === session.date) {
      setError(new Error('Pick another day first.'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const answer = await moveSession(session.id, date);
      followPlanChanges(answer);
      setOpen(false);
      setDate('');
      setMoved(answer.planChanges);
      props.onMoved?.(answer.session, answer.planChanges);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  if (!open)
    return (
      <>
        {moved && !props.compact ? (
          <div className="note note-ok move-done" role="status">
            <ChangeList changes={moved} links={false} />
          </div>
        ) : null}
        <button
          type="button"
          className={`button button-small button-quiet move-toggle${props.compact ? ' move-compact' : ''}`}
          aria-label={props.compact ? `Move ${label} to another day` : undefined}
          onClick={() => {
            setOpen(true);
            setMoved(undefined);
          }}
        >
          {props.compact ? 'Move' : 'Move to another day'}
        </button>
      </>
    );
  return (
    <form className="move-form" onSubmit={(e) => void submit(e)} noValidate aria-label={`Move ${label}`}>
      <label htmlFor={`${id}-date`}>Move {label} to</label>
      <div className="move-row">
        <input
          id={`${id}-date`}
          type="date"
          min={min}
          max={props.lastDate}
          value={date}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          onChange={(e) => {
            setDate(e.target.value);
            setError(undefined);
          }}
        />
        <button type="submit" className="button button-small button-primary" disabled={busy}>
          {busy ? 'Moving…' : 'Move'}
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => {
            setOpen(false);
            setError(undefined);
          }}
        >
          Cancel
        </button>
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {errorText(error)}
        </p>
      ) : (
        <p className="field-hint" id={`${id}-hint`}>
          {dateInWords(date) ? `${dateInWords(date)}. ` : ''}From tomorrow to the end of your plan. The plan
          checks the move against its rules.
        </p>
      )}
    </form>
  );
}
