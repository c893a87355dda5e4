/**
 * "Did you mean…?" before saving a rep time far from its target: "2:05" for a 100 m rep aimed at 17 s is
 * more likely 20.5 typed with a slip than a walk. The runner picks the suggested reading or keeps theirs.
 */
import { repTimeInput } from '../units/pace-display.js';
import type { FarOffRep, PlannedRep } from './log-form.js';

export function FarOffQuestion(props: {
  questions: readonly FarOffRep[];
  reps: readonly PlannedRep[];
  onUse: (index: number, value: string) => void;
  onKeep: () => void;
}) {
  if (props.questions.length === 0) return null;
  return (
    <div className="note note-warning far-off" role="alert">
      <p>
        <strong>Check {props.questions.length === 1 ? 'this time' : 'these times'} before saving:</strong>
      </p>
      <ul>
        {props.questions.map((q) => (
          <li key={q.index}>
            {props.reps[q.index]?.label ?? `Rep ${q.index + 1}`}: {q.typed} is far from its target of about{' '}
            {q.targetS < 60 ? `${Math.round(q.targetS)} s` : repTimeInput(Math.round(q.targetS))}.
            {q.suggestion ? (
              <>
                {' '}
                Did you mean {q.suggestion}?{' '}
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    if (q.suggestion) props.onUse(q.index, q.suggestion);
                  }}
                >
                  Use {q.suggestion}
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
      <button type="button" className="button button-small button-quiet" onClick={props.onKeep}>
        Save as typed
      </button>
    </div>
  );
}
