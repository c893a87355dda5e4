/**
 * The plan in the runner's calendar: a private subscription URL (calendar apps poll it, so a new plan
 * arrives by itself), a one-off .ics download, and the log as CSV for a spreadsheet.
 */
import { useState } from 'react';
import { request } from '../api/api-client.js';
import { ErrorNote } from '../ui/status-notes.js';

export function CalendarFeed() {
  const [url, setUrl] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [note, setNote] = useState<string | undefined>(undefined);

  const run = async (action: () => Promise<void>): Promise<void> => {
    setBusy(true);
    setError(undefined);
    setNote(undefined);
    try {
      await action();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const subscribe = () =>
    run(async () => {
      setUrl((await request<{ url: string }>('POST', '/api/me/calendar')).url);
    });
  const stop = () =>
    run(async () => {
      await request<null>('DELETE', '/api/me/calendar');
      setUrl(undefined);
      setNote('The calendar link no longer works.');
    });

  return (
    <section className="card settings-section" aria-labelledby="calendar-title">
      <h2 id="calendar-title">Calendar</h2>
      <p>
        Subscribe to your plan in Google Calendar, Apple Calendar or Outlook: every session with its full
        prescription, updated when your plan changes. Keep the link private; making a new one stops the old.
      </p>
      {error ? <ErrorNote error={error} /> : null}
      {note ? (
        <p className="note" role="status">
          {note}
        </p>
      ) : null}
      {url ? (
        <p className="field">
          <label htmlFor="calendar-url">Your calendar link</label>
          <input
            id="calendar-url"
            readOnly
            value={url}
            onFocus={(e) => {
              e.currentTarget.select();
            }}
          />
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button" disabled={busy} onClick={() => void subscribe()}>
          {url ? 'Make a new link' : 'Get a calendar link'}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => void stop()}>
          Stop the link
        </button>
      </div>
      <div className="actions">
        <a className="button" href="/api/plans/current/calendar.ics" download>
          Download plan (.ics)
        </a>
        <a className="button" href="/api/export/logs.csv" download>
          Download log (CSV)
        </a>
      </div>
    </section>
  );
}
