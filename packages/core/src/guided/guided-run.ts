/**
 * A guided session in progress, as data: which step, when it started, the laps so far. Every answer is
 * computed from timestamps given as arguments, never from counted ticks, so a locked screen, a slow phone
 * or a background tab cannot make the clock drift: whatever runs late only reads the time later.
 * Timer steps chain end to start (the next begins when the last one was due to end, not when the code
 * noticed), and the state is small plain JSON so the phone can keep it and a reloaded tab resumes.
 */
import type { GuidedStep } from './guided-steps.js';
import { ANNOUNCE_AHEAD_S } from './guided-steps.js';

/** How long "3-2-1" takes before work that starts with a tap: the announcement, then three beeps, then go. */
export const COUNT_IN_MS = 5000;

export interface GuidedLap {
  step: number;
  /** From "go" to the end of the step, pauses excluded; absent for a skipped step. */
  elapsedMs?: number;
  ended: 'tap' | 'timer' | 'skip';
}

export interface GuidedState {
  format: 'speedwork.guided/1';
  sessionId: string;
  /** How many steps the session had when it started: a state for another version of the session is stale. */
  stepCount: number;
  /** Index of the current step; `stepCount` once finished. */
  step: number;
  /** When the current step began (its count-in included), ms since the epoch. */
  startedAtMs: number;
  /** When its clock starts, after its count-in; equal to `startedAtMs` when it has none. */
  goAtMs: number;
  /** Set while paused: the moment of the pause. */
  pausedAtMs?: number;
  laps: GuidedLap[];
  finishedAtMs?: number;
}

export type GuidedPhase = 'count-in' | 'running' | 'paused' | 'finished';

export interface GuidedView {
  phase: GuidedPhase;
  step: GuidedStep | undefined;
  index: number;
  next: GuidedStep | undefined;
  /** During the count-in: 3, 2 or 1 (or more before the beeps). */
  countInS: number;
  /** Since "go", pauses excluded (0 during the count-in). */
  elapsedMs: number;
  /** Timer steps: what is left. */
  remainingMs: number | undefined;
}

/** Starts a session at its first step. */
export function startGuided(steps: readonly GuidedStep[], sessionId: string, nowMs: number): GuidedState {
  return {
    format: 'speedwork.guided/1',
    sessionId,
    stepCount: steps.length,
    ...enter(steps, 0, nowMs, true),
    laps: [],
  };
}

/** The start and "go" of step `index` entered at `atMs`; `afterTap` when a tap (not a timer) led here. */
function enter(
  steps: readonly GuidedStep[],
  index: number,
  atMs: number,
  afterTap: boolean,
): Pick<GuidedState, 'step' | 'startedAtMs' | 'goAtMs'> {
  const step = steps[index];
  // After a timer step the 3-2-1 ran in its last seconds; after a tap it needs time of its own.
  const countIn = step?.countIn === true && afterTap ? COUNT_IN_MS : 0;
  return { step: index, startedAtMs: atMs, goAtMs: atMs + countIn };
}

function durationMs(step: GuidedStep | undefined): number | undefined {
  return step?.ends === 'timer' && step.durationS !== undefined ? step.durationS * 1000 : undefined;
}

/** The time the state reads: frozen at the pause while paused. */
function readAt(state: GuidedState, nowMs: number): number {
  return state.pausedAtMs ?? nowMs;
}

/**
 * The state at `nowMs`: every timer step whose time ran out has ended, and the next ones began when it was
 * due, however late this is called (a phone asleep through two recoveries wakes up in the right rep).
 * Returns the same object when nothing changed.
 */
export function advanceGuided(steps: readonly GuidedStep[], state: GuidedState, nowMs: number): GuidedState {
  if (state.pausedAtMs !== undefined || state.finishedAtMs !== undefined) return state;
  let next = state;
  for (;;) {
    const length = durationMs(steps[next.step]);
    if (length === undefined) return next;
    const endMs = next.goAtMs + length;
    if (endMs > nowMs) return next;
    const laps = [...next.laps, { step: next.step, elapsedMs: length, ended: 'timer' as const }];
    if (next.step + 1 >= steps.length) return { ...next, laps, step: steps.length, finishedAtMs: endMs };
    next = { ...next, laps, ...enter(steps, next.step + 1, endMs, false) };
  }
}

/** What the screen shows at `nowMs`. */
export function guidedView(steps: readonly GuidedStep[], state: GuidedState, nowMs: number): GuidedView {
  const at = readAt(state, nowMs);
  const step = steps[state.step];
  const base = { step, index: state.step, next: steps[state.step + 1] };
  if (state.finishedAtMs !== undefined || step === undefined)
    return { ...base, phase: 'finished', countInS: 0, elapsedMs: 0, remainingMs: undefined };
  const elapsedMs = Math.max(0, at - state.goAtMs);
  const length = durationMs(step);
  const phase: GuidedPhase =
    state.pausedAtMs !== undefined ? 'paused' : at < state.goAtMs ? 'count-in' : 'running';
  return {
    ...base,
    phase,
    countInS: at < state.goAtMs ? Math.ceil((state.goAtMs - at) / 1000) : 0,
    elapsedMs,
    remainingMs: length === undefined ? undefined : Math.max(0, length - elapsedMs),
  };
}

/**
 * The runner's tap: Lap on a rep records its time, Done ends a warm-up or a set; either way the next step
 * begins now. A tap during a count-in starts the step at once.
 */
export function lapGuided(steps: readonly GuidedStep[], state: GuidedState, nowMs: number): GuidedState {
  const current = advanceGuided(steps, state, nowMs);
  if (current.finishedAtMs !== undefined || current.pausedAtMs !== undefined) return current;
  if (nowMs < current.goAtMs) return { ...current, goAtMs: nowMs };
  return leave(steps, current, nowMs, {
    step: current.step,
    elapsedMs: nowMs - current.goAtMs,
    ended: 'tap',
  });
}

/** Leaves the current step without a time (a rep not run, a rest cut short). */
export function skipGuided(steps: readonly GuidedStep[], state: GuidedState, nowMs: number): GuidedState {
  const current = advanceGuided(steps, state, nowMs);
  if (current.finishedAtMs !== undefined) return current;
  const at = readAt(current, nowMs);
  const step = steps[current.step];
  // A recovery or rest cut short is simply over; a rep or set skipped is recorded as not done.
  const lap: GuidedLap =
    step?.kind === 'recovery' || step?.kind === 'rest' || step?.kind === 'walk'
      ? { step: current.step, elapsedMs: Math.max(0, at - current.goAtMs), ended: 'tap' }
      : { step: current.step, ended: 'skip' };
  return leave(steps, current, at, lap);
}

function leave(steps: readonly GuidedStep[], state: GuidedState, atMs: number, lap: GuidedLap): GuidedState {
  const laps = [...state.laps.filter((l) => l.step !== lap.step), lap];
  if (state.step + 1 >= steps.length) {
    const { pausedAtMs: _, ...running } = state;
    return { ...running, laps, step: steps.length, finishedAtMs: atMs };
  }
  return { ...state, laps, ...enter(steps, state.step + 1, atMs, true) };
}

/**
 * Back one step: the previous step starts again from now and what it recorded is dropped (a Lap pressed
 * by mistake, a rest skipped too soon). On the first step, it starts again.
 */
export function backGuided(steps: readonly GuidedStep[], state: GuidedState, nowMs: number): GuidedState {
  const current = advanceGuided(steps, state, nowMs);
  const at = readAt(current, nowMs);
  const target = Math.max(0, Math.min(current.step, steps.length) - 1 + (current.step === 0 ? 1 : 0));
  const laps = current.laps.filter((l) => l.step < target);
  const { pausedAtMs: _, finishedAtMs: __, ...rest } = current;
  const restarted = { ...rest, laps, ...enter(steps, target, at, true) };
  return current.pausedAtMs === undefined ? restarted : { ...restarted, pausedAtMs: at };
}

export function pauseGuided(state: GuidedState, nowMs: number): GuidedState {
  if (state.pausedAtMs !== undefined || state.finishedAtMs !== undefined) return state;
  return { ...state, pausedAtMs: nowMs };
}

/** Resumes where the pause left off: the step's start and "go" move later by the pause's length. */
export function resumeGuided(state: GuidedState, nowMs: number): GuidedState {
  if (state.pausedAtMs === undefined) return state;
  const { pausedAtMs, ...rest } = state;
  const shift = Math.max(0, nowMs - pausedAtMs);
  return { ...rest, startedAtMs: rest.startedAtMs + shift, goAtMs: rest.goAtMs + shift };
}

/** Ends the session now, with what was recorded so far (the runner stops early). */
export function finishGuided(steps: readonly GuidedStep[], state: GuidedState, nowMs: number): GuidedState {
  const current = advanceGuided(steps, state, nowMs);
  if (current.finishedAtMs !== undefined) return current;
  const { pausedAtMs, ...rest } = current;
  return { ...rest, step: steps.length, finishedAtMs: pausedAtMs ?? nowMs };
}

/** Whether a kept state still fits the session's steps (a plan change can rewrite the session). */
export function isGuidedState(
  value: unknown,
  sessionId: string,
  steps: readonly GuidedStep[],
): value is GuidedState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Partial<GuidedState>;
  return (
    state.format === 'speedwork.guided/1' &&
    state.sessionId === sessionId &&
    state.stepCount === steps.length &&
    typeof state.step === 'number' &&
    state.step >= 0 &&
    state.step <= steps.length &&
    typeof state.startedAtMs === 'number' &&
    typeof state.goAtMs === 'number' &&
    Array.isArray(state.laps)
  );
}

/**
 * Whether a timer step says the next step's words before it ends: a recovery or rest before work does;
 * timed work leading straight into more work does when it is long enough to say it without talking over
 * the runner's effort.
 */
function saysNextAhead(step: GuidedStep, next: GuidedStep): boolean {
  const length = durationMs(step);
  if (length === undefined || !next.countIn) return false;
  return !step.countIn || length >= ANNOUNCE_AHEAD_S * 2000;
}

export type GuidedCueKind = 'announce' | 'next' | 'count' | 'go' | 'ease-off' | 'stop';

export interface GuidedCue {
  /** Stable for one start of one step, so a cue is played once however often it is asked for. */
  id: string;
  atMs: number;
  kind: GuidedCueKind;
  step: number;
  /** Spoken words, for `announce` (the step starting) and `next` (the work a recovery leads to). */
  text?: string;
  /** 3, 2 or 1, for `count`. */
  count?: number;
}

/**
 * The cues of the timeline from the current step on, up to `untilMs`, following timer steps as they
 * will chain: the announcement of each step, 3-2-1 and "go" before work, "ease off" at the end of a
 * flat-out part, "stop" when timed work ends. Nothing is due while paused. A tap changes the timeline, so
 * cues are asked for again after every change of state.
 */
export function guidedCues(steps: readonly GuidedStep[], state: GuidedState, untilMs: number): GuidedCue[] {
  if (state.pausedAtMs !== undefined || state.finishedAtMs !== undefined) return [];
  const cues: GuidedCue[] = [];
  let index = state.step;
  let startedAtMs = state.startedAtMs;
  let goAtMs = state.goAtMs;
  while (index < steps.length && startedAtMs <= untilMs) {
    const step = steps[index];
    if (step === undefined) break;
    const key = `${index}@${startedAtMs}`;
    const add = (cue: Omit<GuidedCue, 'id' | 'step'>): void => {
      cues.push({ ...cue, id: `${key}:${cue.kind}${cue.count ?? ''}`, step: index });
    };
    const counted = goAtMs > startedAtMs;
    // Announced at its start, unless the timer step before it already said it while counting down.
    const previous = steps[index - 1];
    if (counted || previous === undefined || !saysNextAhead(previous, step))
      add({ atMs: startedAtMs, kind: 'announce', text: step.speech });
    if (counted) for (const n of [3, 2, 1]) add({ atMs: goAtMs - n * 1000, kind: 'count', count: n });
    if (step.countIn) add({ atMs: goAtMs, kind: 'go' });
    if (step.easeOffS !== undefined) add({ atMs: goAtMs + step.easeOffS * 1000, kind: 'ease-off' });
    const length = durationMs(step);
    if (length === undefined) break;
    const endMs = goAtMs + length;
    const next = steps[index + 1];
    if (next !== undefined && saysNextAhead(step, next)) {
      // The next work is said while this step counts down (with its own words on a short rest), then
      // 3-2-1 on its last seconds.
      const sayAt = Math.max(startedAtMs + 1, endMs - ANNOUNCE_AHEAD_S * 1000);
      add({ atMs: sayAt, kind: 'next', text: `Next: ${next.speech}` });
    }
    if (next?.countIn === true)
      for (const n of [3, 2, 1])
        if (length >= n * 1000) add({ atMs: endMs - n * 1000, kind: 'count', count: n });
    if (step.countIn) add({ atMs: endMs, kind: 'stop' });
    index += 1;
    startedAtMs = endMs;
    goAtMs = endMs;
  }
  return cues.filter((cue) => cue.atMs <= untilMs).sort((a, b) => a.atMs - b.atMs);
}
