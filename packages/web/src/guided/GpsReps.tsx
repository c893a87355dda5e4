/**
 * At the end of a guided session with GPS on: the reps the phone's route holds, found by the server's
 * watch-file import (the one rep detection every recorded run goes through, asked with `preview` so nothing
 * is written), shown with their distances, for the runner to keep (their times go into the log) or drop
 * (the Lap times stay).
 */
import { useEffect, useState } from 'react';
import type { SessionDocument } from '@speedwork/server/api-types';
import { errorText } from '../api/api-client.js';
import { uploadActivity } from '../session/WatchFiles.js';
import { trackGpx } from './gps-track.js';
import type { TrackPoint } from './gps-track.js';
import { lapTimeText } from './guided-log.js';

export interface GpsRep {
  timeS: number;
  distanceM?: number | undefined;
}

type Finding =
  { state: 'finding' } | { state: 'found'; reps: GpsRep[] } | { state: 'failed'; error: unknown };

/** The reps the server's rep detection finds in the track, nothing written. */
async function findReps(session: SessionDocument, track: readonly TrackPoint[]): Promise<GpsRep[]> {
  const gpx = new Blob([trackGpx(track, session.title)], { type: 'application/gpx+xml' });
  const answer = await uploadActivity(session.id, gpx, false, true);
  return answer.found.reps;
}

/** Minutes of track, for the runner's "what was recorded". */
function trackMinutes(track: readonly TrackPoint[]): number {
  const first = track[0]?.[0] ?? 0;
  const last = track.at(-1)?.[0] ?? first;
  return Math.max(1, Math.round((last - first) / 60_000));
}

export function GpsReps(props: {
  session: SessionDocument;
  track: readonly TrackPoint[];
  /** The GPS reps the runner keeps, or undefined when they drop them (or none were found). */
  onChoice: (kept: GpsRep[] | undefined) => void;
}) {
  const { session, track, onChoice } = props;
  const [finding, setFinding] = useState<Finding>({ state: 'finding' });
  const [keep, setKeep] = useState(true);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    findReps(session, track).then(
      (reps) => {
        if (!live) return;
        setFinding({ state: 'found', reps });
        onChoice(reps.length > 0 ? reps : undefined);
      },
      (error: unknown) => {
        if (live) setFinding({ state: 'failed', error });
      },
    );
    return () => {
      live = false;
    };
    // One look per attempt: the track is fixed once the session has ended.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);

  const choose = (kept: boolean): void => {
    setKeep(kept);
    if (finding.state === 'found') onChoice(kept && finding.reps.length > 0 ? finding.reps : undefined);
  };

  return (
    <section className="guided-gps-reps" aria-labelledby="gps-reps-title">
      <h2 id="gps-reps-title">Reps from your GPS</h2>
      <p className="guided-hint">
        {trackMinutes(track)} min of route, {track.length} positions, kept on this phone.
      </p>
      {finding.state === 'finding' ? <p role="status">Finding your reps in the route…</p> : null}
      {finding.state === 'failed' ? (
        <>
          <p className="note note-error" role="alert">
            The reps could not be looked for: {errorText(finding.error)} Your Lap times go into the log; the
            route stays on this phone until you finish.
          </p>
          <p>
            <button
              type="button"
              className="button"
              onClick={() => {
                setFinding({ state: 'finding' });
                setAttempt((n) => n + 1);
              }}
            >
              Look again
            </button>
          </p>
        </>
      ) : null}
      {finding.state === 'found' && finding.reps.length === 0 ? (
        <p role="status">No reps could be told apart in the route: your Lap times go into the log.</p>
      ) : null}
      {finding.state === 'found' && finding.reps.length > 0 ? (
        <>
          <ol className="guided-laps guided-laps-all" aria-label="Reps the GPS found">
            {finding.reps.map((rep, i) => (
              <li key={i}>
                <span>Rep {i + 1}</span>{' '}
                <strong>
                  {rep.distanceM === undefined ? '' : `${Math.round(rep.distanceM)} m in `}
                  {lapTimeText(rep.timeS)}
                </strong>
              </li>
            ))}
          </ol>
          <fieldset className="guided-gps-choice">
            <legend>Rep times for your log</legend>
            <label className="guided-toggle">
              <input
                type="radio"
                name="gps-reps"
                checked={keep}
                onChange={() => {
                  choose(true);
                }}
              />
              <span>Keep the GPS reps</span>
            </label>
            <label className="guided-toggle">
              <input
                type="radio"
                name="gps-reps"
                checked={!keep}
                onChange={() => {
                  choose(false);
                }}
              />
              <span>Drop them: use my Lap times</span>
            </label>
          </fieldset>
        </>
      ) : null}
    </section>
  );
}
