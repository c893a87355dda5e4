/** The fields of a race or time trial (date, distance, time, kind): one set for adding a result and correcting one. */
import { NAMED_DISTANCES } from '@speedwork/core';
import { Field } from '../ui/field.js';
import { dateInWords } from '../units/pace-display.js';

export interface RaceDraft {
  date: string;
  distance: string;
  time: string;
  kind: 'race' | 'time-trial';
}

export function RaceFields(props: {
  draft: RaceDraft;
  onChange: (draft: RaceDraft) => void;
  fieldError: (field: string) => string | undefined;
  today: string;
  /** A distance the list does not name (a result stored in metres), kept selectable with its label. */
  otherDistance?: { value: string; label: string } | undefined;
  timePlaceholder?: string;
}) {
  const { draft, onChange, fieldError } = props;
  const set = (change: Partial<RaceDraft>): void => {
    onChange({ ...draft, ...change });
  };
  return (
    <>
      <div className="field-row">
        <Field
          label="Date"
          hint={fieldError('date') ? undefined : dateInWords(draft.date)}
          error={fieldError('date')}
        >
          {(ids) => (
            <input
              id={ids.id}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
              type="date"
              max={props.today}
              value={draft.date}
              onChange={(e) => {
                set({ date: e.target.value });
              }}
            />
          )}
        </Field>
        <Field label="Distance" error={fieldError('distance')}>
          {(ids) => (
            <select
              id={ids.id}
              aria-describedby={ids.describedBy}
              value={draft.distance}
              onChange={(e) => {
                set({ distance: e.target.value });
              }}
            >
              {props.otherDistance ? (
                <option value={props.otherDistance.value}>{props.otherDistance.label}</option>
              ) : null}
              {NAMED_DISTANCES.map((d) => (
                <option key={d.name} value={d.name}>
                  {d.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field label="Time" error={fieldError('time')}>
          {(ids) => (
            <input
              id={ids.id}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
              className="input-time"
              placeholder={props.timePlaceholder}
              value={draft.time}
              onChange={(e) => {
                set({ time: e.target.value });
              }}
            />
          )}
        </Field>
        <Field label="Kind">
          {(ids) => (
            <select
              id={ids.id}
              value={draft.kind}
              onChange={(e) => {
                set({ kind: e.target.value === 'time-trial' ? 'time-trial' : 'race' });
              }}
            >
              <option value="race">Race</option>
              <option value="time-trial">Time trial</option>
            </select>
          )}
        </Field>
      </div>
    </>
  );
}
