/**
 * The plan in the runner's calendar: a private subscription URL (calendar apps poll it, so a new plan
 * arrives by itself) with a Copy button and short how-tos per calendar app, and a one-off .ics download.
 * The server keeps only a hash of the link's secret, so its URL can be shown only when it is made; the
 * card still knows whether a link works (GET /api/me/calendar) and offers "Stop the link" only then.
 */
import { useState } from 'react';
import type { CalendarFeedState } from '@speedwork/server/api-types';
import { ApiError, request } from '../api/api-client.js';
import { setResource, useResource } from '../api/resources.js';
import { CopyField } from '../ui/copy-field.js';
import { ErrorNote, Loading } from '../ui/status-notes.js';
import { mediumDate } from '../units/pace-display.js';
import { CalendarHowTo } from './CalendarHowTo.js';

const FEED = 'calendar-feed';
const fetchFeed = () => request<CalendarFeedState>('GET', '/api/me/calendar');

export function CalendarFeed() {
  const feed = useResource(FEED, fetchFeed);
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
      setResource<CalendarFeedState>(FEED, { active: true, createdAt: new Date().toISOString() });
    });
  const stop = () =>
    run(async () => {
      try {
        await request<null>('DELETE', '/api/me/calendar');
      } catch (caught) {
        // Stopped already (on another device): the card catches up instead of showing an error.
        if (!(caught instanceof ApiError && caught.kind === 'not-found')) throw caught;
      }
      setUrl(undefined);
      setResource<CalendarFeedState>(FEED, { active: false });
      setNote('The calendar link no longer works; calendars that used it stop getting your plan.');
    });

  const active = feed.data?.active === true;
  return (
    <section className="card settings-section" aria-labelledby="calendar-title">
      <h2 id="calendar-title">Calendar</h2>
      <p>
        Subscribe to your plan in Google Calendar, Apple Calendar or Outlook: every session with its full
        prescription, updated when your plan changes. Keep the link private; making a new one stops the old.
      </p>
      {feed.error && !feed.data ? <ErrorNote error={feed.error} onRetry={() => void feed.reload()} /> : null}
      {error ? <ErrorNote error={error} /> : null}
      {note ? (
        <p className="note" role="status">
          {note}
        </p>
      ) : null}
      {url ? <CopyField label="Your calendar link" value={url} /> : null}
      {active && !url ? (
        <p className="note">
          Your calendar link works
          {feed.data?.createdAt ? ` (made ${mediumDate(feed.data.createdAt.slice(0, 10))})` : ''}. Its address
          is shown only once, when it is made: to add your plan to another calendar, make a new link (the old
          one then stops).
        </p>
      ) : null}
      {feed.data === undefined && !feed.error ? <Loading what="your calendar link" /> : null}
      {feed.data !== undefined ? (
        <div className="actions">
          <button type="button" className="button" disabled={busy} onClick={() => void subscribe()}>
            {active ? 'Make a new link' : 'Get a calendar link'}
          </button>
          {active ? (
            <button type="button" className="button" disabled={busy} onClick={() => void stop()}>
              Stop the link
            </button>
          ) : null}
        </div>
      ) : null}
      <CalendarHowTo />
      <div className="actions">
        <a className="button" href="/api/plans/current/calendar.ics" download>
          Download plan (.ics)
        </a>
      </div>
    </section>
  );
}
