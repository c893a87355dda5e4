/**
 * After a run is logged with its distance and time: the pace it was run at beside the pace band it was
 * meant for, so a runner sees an easy day run too fast (R-ADA-4 notes it too) or a long run on target.
 */
import type { Units } from '@speedwork/core';
import type { LogDocument, SessionDocument } from '@speedwork/server/api-types';
import { formatClock, formatDistance, formatPace, formatPaceRange } from '../units/pace-display.js';
import { runResult } from './log-form.js';
import { INTENSITY_NAME } from './run-words.js';

/** What the pace means, in a coach's words: easy running too fast is the common slip. */
function againstWords(against: 'faster' | 'within' | 'slower', easy: boolean): string {
  if (against === 'within') return 'On target.';
  if (!easy) return against === 'faster' ? 'Faster than planned.' : 'Slower than planned.';
  return against === 'faster'
    ? 'Faster than easy pace: easy days are meant slow, so your legs are fresh for the hard ones.'
    : 'Slower than easy pace: fine for an easy day.';
}

export function RunResult(props: { session: SessionDocument; log: LogDocument | null; units: Units }) {
  const { units } = props;
  const run = runResult(props.session, props.log, units);
  if (!run) return null;
  const target = run.target;
  return (
    <div className="run-result" role="group" aria-label="Your run against its target">
      <dl>
        <div>
          <dt>Your run</dt>
          <dd>
            {formatDistance(run.distanceM, units)} in {formatClock(run.timeS)}
          </dd>
        </div>
        <div>
          <dt>Your pace</dt>
          <dd className={`run-pace run-${run.against ?? 'unknown'}`}>{formatPace(run.sPerKm, units)}</dd>
        </div>
        {target?.kind === 'band' ? (
          <div>
            <dt>Target, {INTENSITY_NAME[target.intensity]}</dt>
            <dd>
              {target.range[0] === target.range[1]
                ? formatPace(target.range[0], units)
                : formatPaceRange(target.range, units)}
            </dd>
          </div>
        ) : target?.kind === 'average' ? (
          <div>
            <dt>Planned, on average</dt>
            <dd>{formatPace(target.sPerKm, units)}</dd>
          </div>
        ) : null}
      </dl>
      {run.against ? (
        <p className="muted">
          {againstWords(run.against, target?.kind === 'band' && target.intensity === 'easy')}
        </p>
      ) : null}
    </div>
  );
}
