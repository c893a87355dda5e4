/**
 * After rep times are logged: each rep's target, its time, the difference and the pace it was run at, so
 * a runner sees at a glance which reps were on target (issue 14 friction 16).
 */
import { useId } from 'react';
import type { Units } from '@speedwork/core';
import type { LogDocument, SessionDocument } from '@speedwork/server/api-types';
import { formatPace, repTimeInput } from '../units/pace-display.js';
import { repResults } from './log-form.js';

const seconds = (s: number): string => (s < 60 ? `${repTimeInput(s)} s` : repTimeInput(s));

export function RepResults(props: { session: SessionDocument; log: LogDocument | null; units: Units }) {
  const captionId = useId();
  const results = repResults(props.session, props.log, props.units);
  if (results.length === 0) return null;
  const mean = results.reduce((sum, r) => sum + r.differenceS, 0) / results.length;
  return (
    // Focusable: on a narrow phone the table scrolls inside its box, and a keyboard must reach it too.
    <div className="rep-results" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>
          Your reps against their targets: on average {seconds(Math.abs(Math.round(mean * 10) / 10))}{' '}
          {mean > 0 ? 'slower' : 'faster'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Rep</th>
            <th scope="col">Target</th>
            <th scope="col">Yours</th>
            <th scope="col">Difference</th>
            <th scope="col">Pace</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{seconds(Math.round(r.targetS * 10) / 10)}</td>
              <td>{seconds(r.actualS)}</td>
              <td className={r.differenceS > 0 ? 'slower' : 'faster'}>
                {r.differenceS > 0 ? '+' : r.differenceS < 0 ? '−' : '±'}
                {repTimeInput(Math.abs(r.differenceS))} s
              </td>
              <td>{formatPace(r.actualSPerKm, props.units)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
