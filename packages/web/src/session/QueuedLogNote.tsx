/**
 * What became of a log saved without a connection: waiting to send, sent, refused, or in conflict with a
 * log saved elsewhere meanwhile (the saved one stands; the runner sees both and chooses).
 */
import { useState } from 'react';
import type { Units } from '@speedwork/core';
import type { SessionDocument } from '@speedwork/server/api-types';
import { errorText } from '../api/api-client.js';
import { dequeueLog } from '../offline/log-outbox.js';
import type { QueuedLog } from '../offline/log-outbox.js';
import { clockTime, dateAndTime } from '../units/pace-display.js';
import { logSummary } from './log-form.js';
import { sendMineInstead } from './save-log.js';

export function QueuedLogNote(props: {
  queued: QueuedLog | undefined;
  sentAt: string | undefined;
  /** The runner kept the saved log: the form starts again from it. */
  onKeepSaved: () => void;
  /** The session, so a run's log reads as its distance and time. */
  session?: SessionDocument;
  units?: Units;
}) {
  const { queued } = props;
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  if (!queued) {
    return props.sentAt ? (
      <p className="note note-ok" role="status">
        Sent: your log is saved on the server ({clockTime(props.sentAt)}).
      </p>
    ) : null;
  }
  if (queued.state === 'waiting')
    return (
      <p className="note note-offline outbox-note" role="status">
        <strong>Waiting to send.</strong> Kept on this phone since {clockTime(queued.queuedAt)}; it goes by
        itself when you have signal.
      </p>
    );
  if (queued.state === 'refused')
    return (
      <p className="note note-error" role="alert">
        Your log from {clockTime(queued.queuedAt)} was not accepted: {queued.problem} It is still here: fix it
        and save again.
      </p>
    );
  const saved = queued.serverLog;
  return (
    <div className="note note-warning outbox-conflict" role="alert">
      <p>
        <strong>This session was logged elsewhere while yours waited.</strong> The saved log stands; yours is
        kept here until you choose.
      </p>
      <dl className="outbox-both">
        <dt>Saved{saved ? ` ${dateAndTime(saved.updatedAt)}` : ''}</dt>
        <dd>{saved ? logSummary(saved, props.session, props.units) : 'No details'}</dd>
        <dt>Yours, from this phone ({dateAndTime(queued.queuedAt)})</dt>
        <dd>{logSummary(queued.body, props.session, props.units)}</dd>
      </dl>
      {error ? <p>{errorText(error)}</p> : null}
      <div className="form-actions">
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          onClick={() => {
            dequeueLog(queued.sessionId);
            props.onKeepSaved();
          }}
        >
          Keep the saved one
        </button>
        <button
          type="button"
          className="button button-small button-primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setError(undefined);
            sendMineInstead(queued).then(
              () => {
                setBusy(false);
              },
              (caught: unknown) => {
                setBusy(false);
                setError(caught);
              },
            );
          }}
        >
          Use mine instead
        </button>
      </div>
    </div>
  );
}
