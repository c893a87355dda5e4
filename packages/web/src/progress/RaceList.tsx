/**
 * The runner's races and time trials, newest first, each with its fitness (VDOT), to correct or delete.
 * The plan follows every correction (R-ADA-2) and the list says what changed.
 */
import { useState } from 'react';
import type { SyntheticEvent } from 'react';
import { NAMED_DISTANCES, distanceLabel, formatClock } from '@speedwork/core';
import type { PlanChangeDocument, RaceDocument } from '@speedwork/server/api-types';
import { ApiError, errorText } from '../api/api-client.js';
import { KEYS, deleteRace, updateRace } from '../api/endpoints.js';
import { invalidate, setResource } from '../api/resources.js';
import { ChangeList } from '../plan/PlanChanges.js';
import { followPlanChanges } from '../plan/plan-follow.js';
import { mediumDate } from '../units/pace-display.js';
import { RaceFields } from './RaceFields.js';
import type { RaceDraft } from './RaceFields.js';

const KIND_WORDS = { race: 'Race', 'time-trial': 'Time trial' } as const;

/** The distance as the race form's list names it ("5k"), or its label when it is not one of the list. */
function distanceName(race: RaceDocument): string {
  return (
    NAMED_DISTANCES.find((d) => d.name === race.distance || d.distanceM === race.distanceM)?.name ??
    race.distance
  );
}

/** What a write did, shown under the list until the next one. */
export interface RaceOutcome {
  message: string;
  changes: PlanChangeDocument[];
}

/** After a write: the list in place, and every screen that shows the plan reads it again when it changed. */
export function raceWritten(
  outcome: RaceOutcome,
  change: (old: RaceDocument[]) => RaceDocument[],
): RaceOutcome {
  setResource<RaceDocument[]>(KEYS.races, (old) =>
    change(old ?? []).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  );
  invalidate(KEYS.races);
  followPlanChanges({ planChanges: outcome.changes });
  return outcome;
}

function EditRace(props: { race: RaceDocument; today: string; onDone: (outcome?: RaceOutcome) => void }) {
  const { race } = props;
  const [draft, setDraft] = useState<RaceDraft>({
    date: race.date,
    distance: distanceName(race),
    time: formatClock(race.timeS),
    kind: race.kind,
  });
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const fieldError = (field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);
  const submit = async (event: SyntheticEvent): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const {
        planRevision: _revision,
        planChanges,
        ...saved
      } = await updateRace(race.id, {
        ...draft,
        ...(race.sessionId ? { sessionId: race.sessionId } : {}),
      });
      props.onDone(
        raceWritten({ message: `Saved: VDOT ${saved.vdot.toFixed(1)}.`, changes: planChanges }, (old) =>
          old.map((r) => (r.id === race.id ? saved : r)),
        ),
      );
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <form
      className="form race-edit"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label="Correct this result"
    >
      <RaceFields
        draft={draft}
        onChange={setDraft}
        fieldError={fieldError}
        today={props.today}
        otherDistance={
          NAMED_DISTANCES.some((d) => d.name === draft.distance)
            ? undefined
            : { value: draft.distance, label: distanceLabel(race.distanceM) }
        }
      />
      {error && !(error instanceof ApiError && error.fields.length > 0) ? (
        <p className="note note-error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button button-small button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => {
            props.onDone();
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

function RaceRow(props: { race: RaceDocument; today: string; onOutcome: (outcome: RaceOutcome) => void }) {
  const { race } = props;
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const name = `${KIND_WORDS[race.kind].toLowerCase()} of ${mediumDate(race.date)}`;
  const remove = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      const { planChanges } = await deleteRace(race.id);
      props.onOutcome(
        raceWritten({ message: `Deleted your ${name}.`, changes: planChanges }, (old) =>
          old.filter((r) => r.id !== race.id),
        ),
      );
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <li className="race-row">
      <div className="race-line">
        <span className="race-what">
          <strong>
            {distanceLabel(race.distanceM)} in {formatClock(race.timeS)}
          </strong>
          <span className="muted">
            {KIND_WORDS[race.kind]} · {mediumDate(race.date)}
          </span>
        </span>
        <span className="race-vdot">VDOT {race.vdot.toFixed(1)}</span>
      </div>
      {mode === 'view' ? (
        <div className="actions">
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label={`Correct the ${name}`}
            onClick={() => {
              setMode('edit');
            }}
          >
            Correct
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label={`Delete the ${name}`}
            onClick={() => {
              setMode('delete');
            }}
          >
            Delete
          </button>
        </div>
      ) : mode === 'edit' ? (
        <EditRace
          race={race}
          today={props.today}
          onDone={(outcome) => {
            setMode('view');
            if (outcome) props.onOutcome(outcome);
          }}
        />
      ) : (
        <div className="note note-warning" role="alert">
          <p>Delete this result? Your paces and the plan then follow your other results.</p>
          <div className="actions">
            <button
              type="button"
              className="button button-small button-danger"
              disabled={busy}
              onClick={() => void remove()}
            >
              {busy ? 'Deleting…' : 'Delete it'}
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setMode('view');
              }}
            >
              Keep it
            </button>
          </div>
        </div>
      )}
      {error ? (
        <p className="note note-error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
    </li>
  );
}

/** What a race write did to the plan: the message and the changes, or that the plan stayed as it was. */
export function RaceOutcomeNote(props: { outcome: RaceOutcome | undefined }) {
  const { outcome } = props;
  if (!outcome) return null;
  return (
    <div className="note note-ok" role="status">
      <p>
        {outcome.message} {outcome.changes.length === 0 ? 'Your plan stays as it was.' : 'Your plan follows:'}
      </p>
      {outcome.changes.length > 0 ? <ChangeList changes={outcome.changes} /> : null}
    </div>
  );
}

export function RaceList(props: { races: readonly RaceDocument[]; today: string }) {
  const [outcome, setOutcome] = useState<RaceOutcome | undefined>(undefined);
  const newestFirst = [...props.races].reverse();
  return (
    <section className="card block" aria-labelledby="races-title">
      <h2 id="races-title">Your races and time trials</h2>
      {newestFirst.length === 0 ? (
        <p className="muted">None yet. Add one below: your paces and the plan follow your latest result.</p>
      ) : (
        <ul className="race-list">
          {newestFirst.map((race) => (
            <RaceRow key={race.id} race={race} today={props.today} onOutcome={setOutcome} />
          ))}
        </ul>
      )}
      <RaceOutcomeNote outcome={outcome} />
    </section>
  );
}
