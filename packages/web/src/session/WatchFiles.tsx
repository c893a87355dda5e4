/**
 * The session and the runner's watch: the workout as a FIT file to run from the watch, and a recorded run
 * (FIT, GPX or TCX) read back into the log, rep by rep, by the server.
 */
import { useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import type {
  ActivityUpload as ApiActivityUpload,
  ConfirmationReason,
  LogDocument,
  PlanChangeDocument,
  SessionDocument,
} from '@speedwork/server/api-types';
import { mediumDate, repTimeInput } from '../units/pace-display.js';
import { ApiError, OFFLINE_MESSAGE, errorText } from '../api/api-client.js';
import { followPlanChanges } from '../plan/plan-follow.js';
import { plannedReps } from './log-form.js';

/**
 * What `POST /api/sessions/:id/activity` answers; the analysis is shown only as the reps it filled. When the
 * file would replace typed rep times, or was recorded on another date, nothing is written until the runner
 * says so (`needsConfirmation`, then the same file again with `?replace=1`).
 */
type ActivityUpload = Pick<ApiActivityUpload, 'log' | 'written' | 'needsConfirmation' | 'found'> &
  Partial<Pick<ApiActivityUpload, 'planChanges'>>;

const repTimes = (reps: readonly { timeS?: number | undefined }[]): string =>
  reps
    .filter((r): r is { timeS: number } => r.timeS !== undefined)
    .map((r) => `${repTimeInput(r.timeS)} s`)
    .join(', ');

/** The question before a file replaces anything, in the runner's words: what the file holds, what the log holds. */
export function uploadQuestion(
  found: ApiActivityUpload['found'],
  reasons: readonly ConfirmationReason[],
): string[] {
  const lines: string[] = [];
  const timed = found.reps.length;
  lines.push(
    timed === 0
      ? 'The recording has no reps this session could use.'
      : `The recording has ${timed} rep${timed === 1 ? '' : 's'}: ${repTimes(found.reps)}.`,
  );
  if (reasons.includes('log-has-reps'))
    lines.push(
      `Your log already has the times you typed: ${repTimes(found.loggedReps)}. The file's would replace them.`,
    );
  if (reasons.includes('date-differs'))
    lines.push(
      `It was recorded on ${mediumDate(found.fileDate)}; this session is on ${mediumDate(found.sessionDate)}.`,
    );
  lines.push('Nothing is changed until you choose.');
  return lines;
}

/** Sends a recorded run; `preview` only asks what it holds (guided mode's GPS track), writing nothing. */
export async function uploadActivity(
  sessionId: string,
  file: Blob,
  replace: boolean,
  preview = false,
): Promise<ActivityUpload> {
  let response: Response;
  try {
    const query = preview ? '?preview=1' : replace ? '?replace=1' : '';
    response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/activity${query}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/octet-stream' },
      body: file,
    });
  } catch {
    throw new ApiError('offline', OFFLINE_MESSAGE, 0, 'offline');
  }
  const body = (await response.json().catch(() => null)) as
    (ActivityUpload & { error?: undefined }) | { error: { code: string; message: string } } | null;
  if (!response.ok || body === null || body.error !== undefined) {
    const message =
      body?.error?.message ?? `The server answered ${response.status}; the log was not changed.`;
    throw new ApiError('other', message, response.status, body?.error?.code ?? 'http');
  }
  return body;
}

export function WatchFiles(props: {
  session: SessionDocument;
  onLog: (log: LogDocument, planChanges: PlanChangeDocument[]) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const [asking, setAsking] = useState<{ file: File; lines: string[] } | undefined>(undefined);
  const { session } = props;

  const send = async (file: File, replace: boolean): Promise<void> => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    setAsking(undefined);
    try {
      const answer = await uploadActivity(session.id, file, replace);
      if (answer.needsConfirmation && !answer.written) {
        setAsking({ file, lines: uploadQuestion(answer.found, answer.needsConfirmation.reasons) });
        return;
      }
      if (!answer.log) return;
      followPlanChanges(answer);
      props.onLog(answer.log, answer.planChanges ?? []);
      const timed = answer.log.reps?.filter((r) => r.timeS !== undefined).length ?? 0;
      setDone(`Read ${file.name}: ${timed} rep${timed === 1 ? '' : 's'} timed in your log below.`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const upload = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await send(file, false);
  };

  return (
    <section className="card block" aria-labelledby="watch-title">
      <h2 id="watch-title">Your watch</h2>
      <p className="muted">
        {plannedReps(session).length > 0
          ? 'Run it from the watch, then let the recording fill in your rep times.'
          : 'Run it from the watch, then add the recording to your log.'}
      </p>
      <div className="actions">
        <a className="button" href={`/api/sessions/${encodeURIComponent(session.id)}/workout.fit`} download>
          Download the workout (.fit)
        </a>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            input.current?.click();
          }}
        >
          {busy ? 'Reading your run…' : 'Add a recorded run (FIT, GPX, TCX)'}
        </button>
        <input
          ref={input}
          hidden
          type="file"
          accept=".fit,.gpx,.tcx"
          onChange={(event) => void upload(event)}
        />
      </div>
      {error ? (
        <p className="note note-error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      {done ? (
        <p className="note note-ok" role="status">
          {done}
        </p>
      ) : null}
      {asking ? (
        <div className="note note-warning" role="alert">
          {asking.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void send(asking.file, true)}
            >
              Use this file anyway
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setAsking(undefined);
              }}
            >
              Keep my log as it is
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
