/**
 * "Log it": how it went (done, partly, skipped, stopped by pain or illness), each rep's time, each exercise's sets, effort 1–10 and
 * notes. The form is a draft until saved, so a failed request, a reload or a lost signal keeps every entry.
 */
import { useState } from 'react';
import type { SyntheticEvent } from 'react';
import { exerciseById } from '@speedwork/core';
import type { Units } from '@speedwork/core';
import type { LogBody, SessionDocument } from '@speedwork/server/api-types';
import { errorText } from '../api/api-client.js';
import { Choice, ChoiceGroup, Field } from '../ui/field.js';
import { useDraft } from '../drafts/use-draft.js';
import { useQueuedLog } from '../offline/log-outbox.js';
import { clockTime, dateAndTime, formatClock, formatPace, repTargetText } from '../units/pace-display.js';
import {
  LOG_STATUS_LABEL,
  asksRepsDone,
  farOffReps,
  initialLogState,
  plannedReps,
  repDistanceInput,
  resultDistance,
  takesRunEntry,
  toLogBody,
} from './log-form.js';
import type { FarOffRep, LogFormState, LogStatus, PlannedRep, SetEntry } from './log-form.js';
import { FarOffQuestion } from './FarOffQuestion.js';
import { QueuedLogNote } from './QueuedLogNote.js';
import { RepResults } from './RepResults.js';
import { RunResult } from './RunResult.js';
import type { SaveOutcome } from './save-log.js';

const STATUSES = (Object.keys(LOG_STATUS_LABEL) as LogStatus[]).map((value) => ({
  value,
  label: LOG_STATUS_LABEL[value],
}));

const EFFORT_WORDS: Record<number, string> = {
  1: 'very easy',
  3: 'easy',
  5: 'moderate',
  7: 'hard',
  9: 'very hard',
  10: 'all out',
};

/** What the runner is aiming for in a rep, greyed in its empty input: "54", "4:30/km" or "2.07". */
function repPlaceholder(rep: PlannedRep, units: Units): string {
  if (rep.measure === 'distance')
    return rep.durationS !== undefined && rep.targetSPerKm !== undefined
      ? repDistanceInput((rep.durationS / rep.targetSPerKm) * 1000, units)
      : '';
  if (rep.distanceM !== undefined && rep.targetSPerKm !== undefined)
    return repTargetText(rep.distanceM, rep.targetSPerKm).replace(' s', '');
  return rep.targetSPerKm !== undefined ? formatPace(rep.targetSPerKm, units) : '';
}

/** Saves the log: sent, or kept on the phone to send when there is signal (session/save-log.ts). */
export interface LogSaver {
  (body: LogBody, result: { distance: string; time: string } | undefined): Promise<SaveOutcome>;
}

export function LogForm(props: { session: SessionDocument; units: Units; onSave: LogSaver }) {
  const { session, units } = props;
  const outbox = useQueuedLog(session.id);
  const [state, setState, restored, discard] = useDraft<LogFormState>(
    `log:${session.id}:${session.log?.revision ?? 0}`,
    // A log waiting to send is what the runner last saved: the form shows it, not the older one.
    () =>
      initialLogState(
        session,
        outbox.queued
          ? { ...outbox.queued.body, revision: 0, updatedAt: outbox.queued.queuedAt }
          : session.log,
        units,
      ),
  );
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const [savedAt, setSavedAt] = useState<string | undefined>(undefined);
  // Rep times far from their target, asked about before saving; "keep" answers are remembered by value.
  const [farOff, setFarOff] = useState<FarOffRep[]>([]);
  const [keptAsTyped, setKeptAsTyped] = useState<ReadonlySet<string>>(new Set());
  const reps = plannedReps(session, units);
  const askDone = asksRepsDone(state, reps.length);
  const shownReps = askDone && state.repsDone !== undefined ? state.repsDone : reps.length;
  const byDistance = reps.some((r) => r.measure === 'distance');
  const byTime = reps.some((r) => r.measure === 'time');
  const distance = resultDistance(session);
  const runEntry = takesRunEntry(session, units);

  const patch = (update: Partial<LogFormState>): void => {
    setState((old) => ({ ...old, ...update }));
    setSavedAt(undefined);
  };
  const patchSet = (e: number, s: number, update: Partial<SetEntry>): void => {
    setState((old) => ({
      ...old,
      exercises: old.exercises.map((ex, i) =>
        i === e
          ? {
              ...ex,
              sets: ex.sets.map((set, j) => {
                if (j === s) return { ...set, ...update };
                // The first set's load carries to later sets that are empty or still follow it: one bar,
                // one weight, typed once.
                const following = set.loadKg === '' || set.loadKg === ex.sets[0]?.loadKg;
                if (s === 0 && j > 0 && update.loadKg !== undefined && following)
                  return { ...set, loadKg: update.loadKg };
                return set;
              }),
            }
          : ex,
      ),
    }));
    setSavedAt(undefined);
  };

  const submit = async (
    event: SyntheticEvent | undefined,
    kept: ReadonlySet<string> = keptAsTyped,
  ): Promise<void> => {
    event?.preventDefault();
    const checked = toLogBody(state, session, units);
    if (!checked.ok) {
      setProblems(checked.problems);
      setError(undefined);
      return;
    }
    setProblems(new Map());
    const questions = farOffReps(state, session, units).filter(
      (q) => q.index < shownReps && !kept.has(`${q.index}:${q.typed}`),
    );
    setFarOff(questions);
    if (questions.length > 0) return;
    setBusy(true);
    setError(undefined);
    try {
      const outcome = await props.onSave(checked.body, checked.result);
      // Saved or queued, the entries are no longer a draft: the server or the outbox holds them.
      discard();
      setSavedAt(outcome.queued ? undefined : clockTime(outcome.log.updatedAt));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const skipped = state.status === 'skipped';
  return (
    <form
      className="card form log-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby="log-title"
      id="log"
    >
      <h2 id="log-title">{session.log ? 'Your log' : 'Log it'}</h2>
      {session.log ? (
        <p className="muted">
          Logged {dateAndTime(session.log.updatedAt)}
          {session.log.revision > 1 ? ` · edited ${session.log.revision - 1}×` : ''}. Change anything and save
          again.
        </p>
      ) : null}
      <RepResults session={session} log={session.log} units={units} />
      <RunResult session={session} log={session.log} units={units} />
      {restored === 'handed' ? (
        // Only guided mode's Finish writes this form's draft besides the form itself.
        <p className="note">From your guided session: check the entries and save.</p>
      ) : restored ? (
        <p className="note">Your unsaved entries are back.</p>
      ) : null}
      <QueuedLogNote
        queued={outbox.queued}
        sentAt={savedAt ? undefined : outbox.sentAt}
        session={session}
        units={units}
        onKeepSaved={() => {
          setState(initialLogState(session, session.log, units));
          discard();
        }}
      />
      <ChoiceGroup
        legend="How did it go?"
        className="status-choices"
        hint={
          state.status === 'pain' || state.status === 'ill'
            ? 'Your plan drops hard runs and keeps runs short and easy until you log an easy run without it. If it hurts for more than a few days, see a doctor or physio.'
            : undefined
        }
      >
        {STATUSES.map((s) => (
          <Choice
            key={s.value}
            type="radio"
            name="status"
            value={s.value}
            checked={state.status === s.value}
            onChange={() => {
              patch({ status: s.value });
            }}
          >
            {s.label}
          </Choice>
        ))}
      </ChoiceGroup>

      {askDone ? (
        <ChoiceGroup
          legend={`How many of the ${reps.length} ${session.type === 'hills' ? 'hill repeats' : 'reps'} did you run?`}
          hint="Your plan judges the session by what you ran, not by a guess."
          error={problems.get('repsDone')}
          className="reps-done"
        >
          <NumberChoices
            name="reps-done"
            upTo={reps.length - 1}
            value={state.repsDone}
            onPick={(n) => {
              patch({ repsDone: n });
            }}
          />
        </ChoiceGroup>
      ) : null}

      {!skipped && distance !== undefined ? (
        <Field
          label="Your finishing time"
          hint="h:mm:ss or mm:ss. It updates your paces and your progress."
          error={problems.get('resultTime')}
        >
          {(ids) => (
            <input
              id={ids.id}
              aria-describedby={ids.describedBy}
              aria-invalid={ids.invalid}
              className="input-time"
              autoComplete="off"
              placeholder="24:10"
              value={state.resultTime}
              onChange={(e) => {
                patch({ resultTime: e.target.value });
              }}
            />
          )}
        </Field>
      ) : null}

      {!skipped && runEntry ? (
        <fieldset className="choice-group">
          <legend>Your run</legend>
          <p className="field-hint">
            How far and how long, from your watch or your phone. Both are optional.
          </p>
          <div className="field-row">
            <Field label={`Distance, ${units}`} error={problems.get('runDistance')}>
              {(ids) => (
                <input
                  id={ids.id}
                  aria-describedby={ids.describedBy}
                  aria-invalid={ids.invalid}
                  className="input-time"
                  inputMode="decimal"
                  autoComplete="off"
                  placeholder={
                    session.plannedDistanceM === undefined
                      ? ''
                      : repDistanceInput(session.plannedDistanceM, units)
                  }
                  value={state.runDistance ?? ''}
                  onChange={(e) => {
                    patch({ runDistance: e.target.value });
                  }}
                />
              )}
            </Field>
            <Field label="Time, h:mm:ss or mm:ss" error={problems.get('runTime')}>
              {(ids) => (
                <input
                  id={ids.id}
                  aria-describedby={ids.describedBy}
                  aria-invalid={ids.invalid}
                  className="input-time"
                  autoComplete="off"
                  placeholder={formatClock(session.plannedDurationS)}
                  value={state.runTime ?? ''}
                  onChange={(e) => {
                    patch({ runTime: e.target.value });
                  }}
                />
              )}
            </Field>
          </div>
        </fieldset>
      ) : null}

      {!skipped && reps.length > 0 ? (
        <fieldset className="choice-group">
          <legend>{byDistance ? 'Your reps' : 'Rep times'}</legend>
          <p className="field-hint">
            {[
              byTime ? 'Times in seconds (27.5) or m:ss (1:27).' : '',
              byDistance ? `For timed reps, how far you got, in ${units} (2.1).` : '',
              'Leave a rep empty if you did not time it.',
            ]
              .filter(Boolean)
              .join(' ')}
          </p>
          <div className="rep-inputs">
            {reps.slice(0, shownReps).map((rep, i) => (
              <Field
                key={rep.label}
                label={rep.measure === 'distance' ? `${rep.label}, ${units}` : rep.label}
                error={problems.get(`reps.${i}`)}
              >
                {(ids) => (
                  <input
                    id={ids.id}
                    aria-describedby={ids.describedBy}
                    aria-invalid={ids.invalid}
                    className="input-time"
                    inputMode="decimal"
                    autoComplete="off"
                    placeholder={repPlaceholder(rep, units)}
                    value={state.reps[i] ?? ''}
                    onChange={(e) => {
                      const next = [...state.reps];
                      next[i] = e.target.value;
                      patch({ reps: next });
                      setFarOff((old) => old.filter((q) => q.index !== i));
                    }}
                  />
                )}
              </Field>
            ))}
          </div>
        </fieldset>
      ) : null}

      {!skipped
        ? state.exercises.map((exercise, e) => {
            const info = exerciseById(exercise.id);
            const planned = session.exercises?.find((p) => p.id === exercise.id);
            const timed = planned?.durationS !== undefined;
            return (
              <fieldset key={exercise.id} className="choice-group">
                <legend>{info.name}</legend>
                <div className="set-row set-head" aria-hidden="true">
                  <span>Set</span>
                  <span>{timed ? 'Seconds' : 'Reps'}</span>
                  <span>{planned?.load === 'light' ? 'Load, kg' : ''}</span>
                </div>
                {exercise.sets.map((set, s) => {
                  const amountKey = `exercises.${e}.sets.${s}.${timed ? 'durationS' : 'reps'}`;
                  const loadKey = `exercises.${e}.sets.${s}.loadKg`;
                  const rowErrors = [problems.get(amountKey), problems.get(loadKey)].filter(Boolean);
                  return (
                    <div key={s}>
                      <div className="set-row">
                        <label className="set-done">
                          <input
                            type="checkbox"
                            checked={set.done}
                            onChange={(ev) => {
                              patchSet(e, s, { done: ev.target.checked });
                            }}
                          />
                          Set {s + 1}
                        </label>
                        <input
                          aria-label={`Set ${s + 1} ${timed ? 'seconds' : 'reps'}`}
                          aria-invalid={problems.has(amountKey)}
                          inputMode="numeric"
                          disabled={!set.done}
                          value={timed ? set.durationS : set.reps}
                          onChange={(ev) => {
                            patchSet(
                              e,
                              s,
                              timed ? { durationS: ev.target.value } : { reps: ev.target.value },
                            );
                          }}
                        />
                        {planned?.load === 'light' ? (
                          <input
                            aria-label={`Set ${s + 1} load in kg`}
                            aria-invalid={problems.has(loadKey)}
                            inputMode="decimal"
                            disabled={!set.done}
                            value={set.loadKg}
                            onChange={(ev) => {
                              patchSet(e, s, { loadKg: ev.target.value });
                            }}
                          />
                        ) : (
                          <span />
                        )}
                      </div>
                      {rowErrors.map((message) => (
                        <p key={message} className="field-error">
                          {message}
                        </p>
                      ))}
                    </div>
                  );
                })}
              </fieldset>
            );
          })
        : null}

      <ChoiceGroup
        legend="Effort, 1 to 10"
        hint={
          state.rpe === undefined
            ? 'How hard it felt overall.'
            : `${state.rpe}: ${EFFORT_WORDS[state.rpe] ?? EFFORT_WORDS[state.rpe - 1] ?? ''}`
        }
        className="effort"
      >
        <NumberChoices
          name="rpe"
          upTo={10}
          value={state.rpe}
          onPick={(n) => {
            patch({ rpe: n });
          }}
        />
      </ChoiceGroup>

      <Field label="Notes" hint="Weather, surface, how your legs felt.">
        {(ids) => (
          <textarea
            id={ids.id}
            aria-describedby={ids.describedBy}
            value={state.notes}
            maxLength={4000}
            onChange={(e) => {
              patch({ notes: e.target.value });
            }}
          />
        )}
      </Field>

      <FarOffQuestion
        questions={farOff}
        reps={reps}
        onUse={(index, value) => {
          const next = [...state.reps];
          next[index] = value;
          patch({ reps: next });
          setFarOff((old) => old.filter((q) => q.index !== index));
        }}
        onKeep={() => {
          const kept = new Set([...keptAsTyped, ...farOff.map((q) => `${q.index}:${q.typed}`)]);
          setKeptAsTyped(kept);
          void submit(undefined, kept);
        }}
      />
      {problems.size > 0 ? (
        <p className="note note-error" role="alert">
          {problems.size === 1 ? 'One entry needs a fix' : `${problems.size} entries need a fix`}:{' '}
          {[...problems.values()][0]}
        </p>
      ) : null}
      {error ? (
        <p className="note note-error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      {savedAt ? (
        <p className="note note-ok" role="status">
          Saved at {savedAt}.
        </p>
      ) : null}
      <button type="submit" className="button button-primary button-block" disabled={busy}>
        {busy ? 'Saving…' : session.log ? 'Save changes' : 'Save log'}
      </button>
    </form>
  );
}

/** Radio choices 1 to `upTo` (effort, reps run): one tap each, big enough for a thumb. */
function NumberChoices(props: {
  name: string;
  upTo: number;
  value: number | undefined;
  onPick: (n: number) => void;
}) {
  return Array.from({ length: props.upTo }, (_, i) => i + 1).map((n) => (
    <Choice
      key={n}
      type="radio"
      name={props.name}
      value={String(n)}
      checked={props.value === n}
      onChange={() => {
        props.onPick(n);
      }}
    >
      {n}
    </Choice>
  ));
}
