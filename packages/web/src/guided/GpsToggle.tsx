/**
 * Guided mode's GPS opt-in (off until the runner turns it on, saying what is recorded and where it goes)
 * and its state in plain words: looking, ready, recording, or why there is no route.
 */
import type { GpsTrack } from './use-gps-track.js';

/** What the GPS is doing, in the runner's words; problems are announced, the running count is not. */
export function GpsNote(props: { gps: GpsTrack; recording?: boolean }) {
  const { gps } = props;
  const plain = 'The session works the same without it';
  switch (gps.status) {
    case 'off':
      return null;
    case 'searching':
      return <p className="guided-gps-note">Looking for a GPS signal…</p>;
    case 'fix':
      return (
        <p className="guided-gps-note">
          {props.recording
            ? `GPS on: ${gps.points} position${gps.points === 1 ? '' : 's'} recorded`
            : `GPS ready${gps.accuracyM === undefined ? '' : `, to within ${gps.accuracyM} m`}`}
        </p>
      );
    case 'no-fix':
      return (
        <p className="guided-gps-note guided-gps-problem" role="status">
          No GPS signal yet. {plain}; the route is recorded once the phone finds one.
        </p>
      );
    case 'denied':
      return (
        <p className="guided-gps-note guided-gps-problem" role="status">
          Location is blocked for this site, so no route is recorded. {plain}. To record one, allow location
          for this site in your browser's settings.
        </p>
      );
    case 'unsupported':
      return (
        <p className="guided-gps-note guided-gps-problem" role="status">
          This browser cannot give its position. {plain}.
        </p>
      );
  }
}

/** The runner's opt-in to GPS, saying what is recorded and where it goes. */
export function GpsToggle(props: { on: boolean; gps: GpsTrack; onChange: (on: boolean) => void }) {
  return (
    <div className="guided-gps">
      <label className="guided-toggle">
        <input
          type="checkbox"
          checked={props.on}
          aria-describedby="guided-gps-what"
          onChange={(e) => {
            props.onChange(e.target.checked);
          }}
        />
        <span>Record my route with GPS</span>
      </label>
      <p className="guided-hint" id="guided-gps-what">
        Optional. While the session runs, your phone's position is kept about once a second, to find each
        rep's distance and time at the end. The route stays on this phone: it is sent once when you finish,
        only to find the reps, and just the times you keep go into your log.
      </p>
      {props.on ? <GpsNote gps={props.gps} /> : null}
    </div>
  );
}
