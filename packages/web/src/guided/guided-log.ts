/**
 * "Finish": the log form's entries filled from what the guided session recorded (each rep's time, the
 * result of a race or time trial, the sets done), kept as the form's draft so the session page opens its
 * log ready to save through the normal save path (which also queues it when there is no signal).
 */
import { formatClock, guidedOutcome } from '@speedwork/core';
import type { GuidedState, GuidedStep, Units } from '@speedwork/core';
import type { SessionDocument } from '@speedwork/server/api-types';
import { initialLogState } from '../session/log-form.js';
import type { LogFormState } from '../session/log-form.js';
import { repTimeInput } from '../units/pace-display.js';
import { writeDraft } from './guided-storage.js';

/** A rep's time as a stopwatch lap reads: "19.4 s", or "1:42" from 100 s. */
export function lapTimeText(s: number): string {
  return s < 100 ? `${(Math.round(s * 10) / 10).toFixed(1)} s` : formatClock(Math.round(s));
}

/** The key session/LogForm.tsx keeps its draft under: the session and the revision of its log. */
export function logDraftKey(session: Pick<SessionDocument, 'id' | 'log'>): string {
  return `log:${session.id}:${session.log?.revision ?? 0}`;
}

/**
 * The log form's entries after a guided session: its rep times, result and sets over what the form
 * would start with; status "done" when every step was run, "partly" when some were skipped. `gpsRepTimesS`:
 * the times of the reps found in the GPS route, when the runner kept them, in place of the Lap times.
 */
export function guidedLogState(
  session: SessionDocument,
  steps: readonly GuidedStep[],
  state: GuidedState,
  units: Units,
  gpsRepTimesS?: readonly number[],
): LogFormState {
  const base = initialLogState(session, session.log, units);
  const outcome = guidedOutcome(steps, state);
  return {
    ...base,
    status: outcome.complete ? 'done' : 'partial',
    reps: base.reps.map((typed, i) => {
      const gpsS = gpsRepTimesS?.[i];
      const timeS = gpsS === undefined ? outcome.repTimesS[i] : Math.round(gpsS * 10) / 10;
      return timeS === undefined ? typed : repTimeInput(timeS);
    }),
    exercises: base.exercises.map((exercise) => {
      const done = outcome.exercises.find((e) => e.id === exercise.id);
      if (!done) return exercise;
      return {
        ...exercise,
        sets: exercise.sets.map((set, i) => {
          const guided = done.sets[i];
          if (!guided) return set;
          return {
            ...set,
            done: guided.done,
            ...(guided.durationS === undefined ? {} : { durationS: String(guided.durationS) }),
          };
        }),
      };
    }),
    resultTime: outcome.resultS === undefined ? base.resultTime : formatClock(Math.round(outcome.resultS)),
  };
}

/** Keeps the filled entries as the log form's draft. */
export function saveGuidedLogDraft(
  session: SessionDocument,
  steps: readonly GuidedStep[],
  state: GuidedState,
  units: Units,
  gpsRepTimesS?: readonly number[],
): void {
  writeDraft(logDraftKey(session), guidedLogState(session, steps, state, units, gpsRepTimesS));
}
