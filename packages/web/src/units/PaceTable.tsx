/** A runner's paces from one race: VDOT, the five training paces and race equivalents, in their units. */
import { distanceLabel } from '@speedwork/core';
import type { PacesReport, Units } from '@speedwork/core';
import { formatClock, formatPace, formatPaceRange } from './pace-display.js';

const TRAINING: { key: Exclude<keyof PacesReport['paces'], 'easySPerKm'>; label: string; use: string }[] = [
  { key: 'repetitionSPerKm', label: 'Repetition', use: 'short track reps' },
  { key: 'intervalSPerKm', label: 'Interval', use: 'longer track reps' },
  { key: 'thresholdSPerKm', label: 'Threshold', use: 'comfortably hard' },
  { key: 'marathonSPerKm', label: 'Marathon', use: 'steady' },
];

export function PaceTable(props: { report: PacesReport; units: Units; compact?: boolean }) {
  const { report, units } = props;
  const equivalents = props.compact
    ? report.equivalents.filter((e) => ['mile', '5k', '10k', 'half', 'marathon'].includes(e.distance))
    : report.equivalents;
  return (
    <div className="pace-table">
      <p className="vdot">
        <span className="vdot-number">{report.vdot.toFixed(1)}</span>
        <span className="vdot-label">VDOT</span>
      </p>
      <dl className="paces">
        {TRAINING.map((t) => (
          <div key={t.key} className="pace-row">
            <dt>
              {t.label} <span className="muted">{t.use}</span>
            </dt>
            <dd>{formatPace(report.paces[t.key], units)}</dd>
          </div>
        ))}
        <div className="pace-row">
          <dt>
            Easy <span className="muted">conversational</span>
          </dt>
          <dd>{formatPaceRange(report.paces.easySPerKm, units)}</dd>
        </div>
      </dl>
      <table className="equivalents">
        <caption>Race times this fitness predicts</caption>
        <thead>
          <tr>
            <th scope="col">Race</th>
            <th scope="col">Time</th>
            <th scope="col">Pace</th>
          </tr>
        </thead>
        <tbody>
          {equivalents.map((e) => (
            <tr key={e.distance}>
              <th scope="row">{distanceLabel(e.distanceM)}</th>
              <td>{formatClock(e.timeS)}</td>
              <td>{formatPace((e.timeS / e.distanceM) * 1000, units)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
