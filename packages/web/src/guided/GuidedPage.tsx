/**
 * Guided mode, for the phone in hand at the track: one big thing at a time (the step, its clock, one
 * button), 3-2-1 before each start, sounds, words and buzzes for go, ease off and stop, recoveries that
 * start on their own, and a Lap button that catches each rep's time for the log. The clock is computed
 * from timestamps (core's guided-run), so nothing drifts however late the page's timers run, and the
 * state is kept on the phone so a reload resumes where the runner was. Loaded as its own chunk.
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import {
  advanceGuided,
  backGuided,
  exerciseById,
  finishGuided,
  guidedOutcome,
  guidedSteps,
  guidedView,
  isGuidedState,
  lapGuided,
  pauseGuided,
  resumeGuided,
  skipGuided,
  spokenLapTime,
  startGuided,
} from '@speedwork/core';
import type { GuidedState, GuidedStep, GuidedView, Units } from '@speedwork/core';
import type { SessionDocument } from '@speedwork/server/api-types';
import { KEYS, fetchSessionOrHeld } from '../api/endpoints.js';
import { useResource } from '../api/resources.js';
import { Link, navigate } from '../ui/link.js';
import { PageHeading } from '../ui/page-heading.js';
import { ErrorNote, Loading } from '../ui/status-notes.js';
import { formatClock, formatPace, formatPaceRange } from '../units/pace-display.js';
import { useUnits } from '../units/use-units.js';
import { CuePlayer } from './cue-player.js';
import { GpsReps } from './GpsReps.js';
import type { GpsRep } from './GpsReps.js';
import { MIN_TRACK_POINTS } from './gps-track.js';
import { lapTimeText, saveGuidedLogDraft } from './guided-log.js';
import {
  clearGuidedState,
  clearTrack,
  readCueSettings,
  readGpsChoice,
  readGuidedState,
  readTrack,
  writeCueSettings,
  writeGpsChoice,
  writeGuidedState,
} from './guided-storage.js';
import type { CueSettings } from './guided-storage.js';
import { GpsNote, GpsToggle } from './GpsToggle.js';
import { useGpsTrack } from './use-gps-track.js';
import type { GpsTrack } from './use-gps-track.js';
import { useWakeLock } from './wake-lock.js';
import './guided.css';

export default function GuidedPage(props: { id: string }) {
  const units = useUnits();
  const session = useResource(KEYS.session(props.id), () => fetchSessionOrHeld(props.id));
  useEffect(() => {
    // The shell's bars step aside: the whole screen is the session's.
    document.body.classList.add('guided-mode');
    return () => {
      document.body.classList.remove('guided-mode');
    };
  }, []);
  if (!session.data) {
    return (
      <section className="guided guided-intro">
        <PageHeading title="Guided session" />
        {session.error ? (
          <ErrorNote error={session.error} onRetry={() => void session.reload()} />
        ) : (
          <Loading what="the session" />
        )}
        <Link href={`/sessions/${encodeURIComponent(props.id)}`}>← Back to the session</Link>
      </section>
    );
  }
  return <GuidedSession key={`${session.data.id}:${units}`} session={session.data} units={units} />;
}

/** A kept state for this session, brought up to now; undefined when there is none or it no longer fits. */
function restore(session: SessionDocument, steps: readonly GuidedStep[]): GuidedState | undefined {
  const kept = readGuidedState(session.id);
  if (!isGuidedState(kept, session.id, steps)) return undefined;
  return advanceGuided(steps, kept, Date.now());
}

/** Whole seconds, counted down: "1:30", "0:07". */
function countdownText(ms: number): string {
  return formatClock(Math.ceil(ms / 1000 - 1e-9));
}

/** A rep's running time as a stopwatch shows it: "12.4", "1:02.4". */
function stopwatchText(ms: number): string {
  const tenths = Math.floor(ms / 100);
  const s = Math.floor(tenths / 10);
  const text = `${s % 60}.${tenths % 10}`;
  return s < 60 ? text : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}.${tenths % 10}`;
}

interface ClockFace {
  text: string;
  label: string;
  /** The exact time the face was drawn for (ms left, or ms since go), for tests of drift. */
  ms: number;
}

function clockFace(view: GuidedView): ClockFace {
  const step = view.step;
  // The announcement first, then 3-2-1.
  if (view.phase === 'count-in')
    return { text: view.countInS > 3 ? 'Ready' : String(view.countInS), label: 'to go', ms: 0 };
  if (step === undefined) return { text: '', label: '', ms: 0 };
  if (view.remainingMs !== undefined)
    return { text: countdownText(view.remainingMs), label: 'left', ms: view.remainingMs };
  if (step.button === 'lap')
    return { text: stopwatchText(view.elapsedMs), label: 'running', ms: view.elapsedMs };
  return { text: formatClock(Math.floor(view.elapsedMs / 1000)), label: 'so far', ms: view.elapsedMs };
}

/** What the whole screen shows: it re-renders only when this changes (a new step, a pause, a count-in ending). */
function screenKey(view: GuidedView): string {
  return `${view.index}|${view.phase}`;
}

/**
 * The clock's figure between two renders of the screen: each second only the clock redraws, a small
 * component of its own, so a slow phone draws the new second in one frame.
 */
interface FaceStore {
  get: () => { face: ClockFace; atMs: number } | undefined;
  set: (value: { face: ClockFace; atMs: number }) => void;
  subscribe: (listener: () => void) => () => void;
}

function faceStore(): FaceStore {
  let value: { face: ClockFace; atMs: number } | undefined;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set: (next) => {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function Clock(props: { store: FaceStore; face: ClockFace; atMs: number; phase: GuidedView['phase'] }) {
  const latest = useSyncExternalStore(props.store.subscribe, props.store.get);
  // The newer of the screen's own render and the clock's last tick.
  const face = latest !== undefined && latest.atMs > props.atMs ? latest.face : props.face;
  return (
    <p
      className={`guided-clock guided-clock-${props.phase}`}
      data-testid="guided-clock"
      data-ms={Math.round(face.ms)}
      data-phase={props.phase}
      aria-label={`${face.text} ${face.label}`}
      role="timer"
    >
      {face.text}
    </p>
  );
}

function stepGoal(step: GuidedStep, units: Units): string | undefined {
  if (step.kind === 'rep' && step.targetS !== undefined)
    return `Target ${step.targetS < 100 ? `${Math.round(step.targetS)} s` : formatClock(Math.round(step.targetS))}`;
  if (step.paceRangeSPerKm !== undefined) return `Easy: ${formatPaceRange(step.paceRangeSPerKm, units)}`;
  if (step.kind === 'rep' && step.paceSPerKm !== undefined && step.grade === undefined)
    return `Pace ${formatPace(step.paceSPerKm, units)}`;
  return undefined;
}

function GuidedSession(props: { session: SessionDocument; units: Units }) {
  const { session, units } = props;
  const steps = useMemo(() => guidedSteps(session, units), [session, units]);
  const [run, setRun] = useState<GuidedState | undefined>(() => restore(session, steps));
  const [settings, setSettings] = useState<CueSettings>(readCueSettings);
  const [now, setNow] = useState(() => Date.now());
  const [confirmEnd, setConfirmEnd] = useState(false);
  // Browsers let a page make sound only after a tap: after a reload, the first tap brings it back.
  const [unlocked, setUnlocked] = useState(false);
  const runRef = useRef(run);
  const shownRef = useRef('');
  const faceRef = useRef('');
  const [clock] = useState(faceStore);
  const playerRef = useRef<CuePlayer | undefined>(undefined);
  const player = (): CuePlayer => {
    playerRef.current ??= new CuePlayer(settings);
    return playerRef.current;
  };

  const finished = run?.finishedAtMs !== undefined;
  const wakeLock = useWakeLock(run !== undefined && !finished);
  const [gpsOn, setGpsOn] = useState(readGpsChoice);
  const gps = useGpsTrack(session.id, gpsOn && !finished, run !== undefined && !finished);
  const changeGps = (on: boolean): void => {
    // Turned on again after a refusal: ask again (the runner may have allowed it in the settings since).
    if (on) gps.forgetRefusal();
    setGpsOn(on);
    writeGpsChoice(on);
  };

  const commit = useCallback(
    (next: GuidedState | undefined) => {
      runRef.current = next;
      setRun(next);
      if (next === undefined) clearGuidedState(session.id);
      else writeGuidedState(session.id, next);
    },
    [session.id],
  );

  const running = run !== undefined && !finished;
  // The clock: every animation frame while the page shows, and four times a second behind a locked
  // screen, each reading the time afresh; the screen redraws only when what it shows changes.
  useEffect(() => {
    if (!running) return;
    let frame = 0;
    const tick = (): void => {
      const current = runRef.current;
      if (current === undefined) return;
      const t = Date.now();
      // Cues are read from the state before it moves on: a timer step that just ended still says "stop".
      player().sync(steps, current, t);
      const advanced = advanceGuided(steps, current, t);
      if (advanced !== current) commit(advanced);
      const view = guidedView(steps, advanced, t);
      const key = screenKey(view);
      if (key !== shownRef.current) {
        shownRef.current = key;
        faceRef.current = clockFace(view).text;
        setNow(t);
        return;
      }
      const face = clockFace(view);
      if (face.text !== faceRef.current) {
        faceRef.current = face.text;
        clock.set({ face, atMs: t });
      }
    };
    const onFrame = (): void => {
      tick();
      frame = requestAnimationFrame(onFrame);
    };
    frame = requestAnimationFrame(onFrame);
    const interval = window.setInterval(tick, 250);
    return () => {
      cancelAnimationFrame(frame);
      window.clearInterval(interval);
    };
    // `player` reads a ref; the loop restarts only when the session starts or ends.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [running, steps, commit]);

  useEffect(
    () => () => {
      playerRef.current?.close();
    },
    [],
  );

  const act = (
    change: (state: GuidedState, t: number) => GuidedState,
    say?: (before: GuidedState, after: GuidedState) => string | undefined,
  ): void => {
    const current = runRef.current;
    if (current === undefined) return;
    const t = Date.now();
    const next = change(current, t);
    const p = player();
    p.unlock();
    setUnlocked(true);
    p.replan();
    p.speak(say?.(current, next));
    commit(next);
    p.sync(steps, next, t);
    const view = guidedView(steps, next, t);
    shownRef.current = screenKey(view);
    faceRef.current = clockFace(view).text;
    setNow(t);
  };

  const start = (): void => {
    const t = Date.now();
    const p = player();
    p.setSettings(settings);
    p.unlock();
    setUnlocked(true);
    const state = startGuided(steps, session.id, t);
    // A route left from an abandoned run is not this one's.
    clearTrack(session.id);
    commit(state);
    p.sync(steps, state, t);
    setNow(t);
  };

  const changeSettings = (update: Partial<CueSettings>): void => {
    const next = { ...settings, ...update };
    setSettings(next);
    writeCueSettings(next);
    playerRef.current?.setSettings(next);
  };

  if (run === undefined)
    return (
      <GuidedIntro
        session={session}
        steps={steps}
        settings={settings}
        onSettings={changeSettings}
        gpsOn={gpsOn}
        gps={gps}
        onGps={changeGps}
        onStart={start}
      />
    );

  if (finished)
    return (
      <GuidedSummary
        session={session}
        steps={steps}
        state={run}
        onFinish={(gpsReps) => {
          saveGuidedLogDraft(
            session,
            steps,
            run,
            units,
            gpsReps?.map((rep) => rep.timeS),
          );
          clearTrack(session.id);
          commit(undefined);
          openLog(session.id);
        }}
        onAgain={() => {
          clearTrack(session.id);
          commit(undefined);
        }}
      />
    );

  const view = guidedView(steps, run, now);
  const step = view.step;
  const face = clockFace(view);
  const goal = step === undefined ? undefined : stepGoal(step, units);
  const paused = view.phase === 'paused';
  const work = step?.countIn === true;
  const lapSpeech = (before: GuidedState, after: GuidedState): string | undefined => {
    const lap = after.laps.find((l) => l.step === before.step && l.ended === 'tap');
    const lapped = steps[before.step];
    if (lap?.elapsedMs === undefined || lapped?.button !== 'lap') return undefined;
    return `${lapped.title}: ${spokenLapTime(lap.elapsedMs / 1000)}.`;
  };
  const mainLabel =
    step?.button === 'lap'
      ? 'Lap'
      : step?.button === 'done'
        ? 'Done'
        : step?.kind === 'rest'
          ? 'Skip rest'
          : step?.kind === 'recovery' || step?.kind === 'walk'
            ? 'Skip recovery'
            : 'Next';
  const laps = recordedLaps(steps, run);

  return (
    <section
      className={`guided guided-run type-${session.type} ${work && view.phase === 'running' ? 'guided-work' : ''}`}
      aria-label="Guided session"
    >
      <header className="guided-top">
        <Link href={`/sessions/${encodeURIComponent(session.id)}`} className="guided-exit">
          ← Session
        </Link>
        <span className="guided-progress">
          Step {Math.min(view.index + 1, steps.length)} of {steps.length}
        </span>
        <CueToggles settings={settings} onChange={changeSettings} compact />
      </header>

      {!unlocked && (settings.sound || settings.voice) ? (
        <button
          type="button"
          className="button guided-unlock"
          onClick={() => {
            player().unlock();
            setUnlocked(true);
          }}
        >
          Tap to turn sound and voice back on
        </button>
      ) : null}
      <div className="guided-main">
        <p className="guided-eyebrow">{paused ? 'Paused' : stepEyebrow(step)}</p>
        {/* Not the page heading's focus move: focus stays on the buttons from step to step. */}
        <h1 className="guided-title" aria-live="polite">
          {step?.title}
        </h1>
        <p className="guided-detail">{step?.detail}</p>
        <Clock store={clock} face={face} atMs={now} phase={view.phase} />
        <p className="guided-goal">
          {goal ?? ''}
          {view.phase === 'count-in' || step?.easeOffS === undefined
            ? ''
            : ` · ease off at ${Math.round(step.easeOffS)} s`}
        </p>
        {step?.exercise ? (
          <details className="guided-cues-form">
            <summary>Form cues</summary>
            <ul>
              {exerciseById(step.exercise.id).cues.map((cue) => (
                <li key={cue}>{cue}</li>
              ))}
            </ul>
          </details>
        ) : null}
        {view.next ? (
          <p className="guided-next">
            Next: <strong>{view.next.title}</strong> · {view.next.detail}
          </p>
        ) : null}
      </div>

      {laps.length > 0 ? (
        <ol className="guided-laps" aria-label="Recorded">
          {laps.slice(-4).map((lap) => (
            <li key={lap.step}>
              <span>{lap.title}</span> <strong>{lap.text}</strong>
            </li>
          ))}
        </ol>
      ) : null}

      <div className="guided-controls">
        <button
          type="button"
          className={step?.button === 'skip' ? 'guided-main-button guided-main-quiet' : 'guided-main-button'}
          disabled={paused}
          onClick={() => {
            if (step?.button === 'skip') act((s, t) => skipGuided(steps, s, t));
            else act((s, t) => lapGuided(steps, s, t), lapSpeech);
          }}
        >
          {mainLabel}
        </button>
        <div className="guided-secondary">
          <button
            type="button"
            className="button"
            onClick={() => {
              act((s, t) => backGuided(steps, s, t));
            }}
          >
            Back
          </button>
          <button
            type="button"
            className="button"
            aria-pressed={paused}
            onClick={() => {
              act((s, t) => (paused ? resumeGuided(s, t) : pauseGuided(s, t)));
            }}
          >
            {paused ? 'Resume' : 'Pause'}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              act((s, t) => skipGuided(steps, s, t));
            }}
          >
            Skip
          </button>
        </div>
        {confirmEnd ? (
          <p className="guided-end">
            End the session here?{' '}
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                setConfirmEnd(false);
                act((s, t) => finishGuided(steps, s, t));
              }}
            >
              End now
            </button>{' '}
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => {
                setConfirmEnd(false);
              }}
            >
              Carry on
            </button>
          </p>
        ) : (
          <p className="guided-end">
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => {
                setConfirmEnd(true);
              }}
            >
              End session
            </button>
            <span className="guided-wake">
              {wakeLock === 'on'
                ? 'Screen stays on'
                : 'The screen may lock: the timer keeps time all the same'}
            </span>
          </p>
        )}
        {gpsOn ? <GpsNote gps={gps} recording /> : null}
      </div>
    </section>
  );
}

function stepEyebrow(step: GuidedStep | undefined): string {
  if (step === undefined) return '';
  switch (step.kind) {
    case 'rep':
      return step.grade === undefined ? 'Work' : `Uphill · ${step.grade} grade`;
    case 'recovery':
    case 'walk':
      return 'Recover';
    case 'rest':
      return 'Rest';
    case 'set':
      return 'Strength';
    case 'run':
    case 'stride':
      return 'Run';
    case 'warm-up':
    case 'stretching':
    case 'drills':
      return 'Warm-up';
    case 'cool-down':
      return 'Cool-down';
  }
}

/** The times and sets recorded so far, for the screen and the summary. */
function recordedLaps(
  steps: readonly GuidedStep[],
  state: GuidedState,
): { step: number; title: string; text: string }[] {
  return state.laps.flatMap((lap) => {
    const step = steps[lap.step];
    if (step === undefined) return [];
    if (step.kind === 'set')
      return [
        {
          step: lap.step,
          title: `${step.title} ${step.detail.split(':')[0] ?? ''}`,
          text: lap.ended === 'skip' ? 'skipped' : 'done',
        },
      ];
    if (step.log === undefined) return [];
    if (lap.ended === 'skip') return [{ step: lap.step, title: step.title, text: 'skipped' }];
    if (lap.elapsedMs === undefined) return [];
    return [{ step: lap.step, title: step.title, text: lapTimeText(lap.elapsedMs / 1000) }];
  });
}

/** Goes to the session page and brings its log form into view once it is drawn. */
function openLog(sessionId: string): void {
  navigate(`/sessions/${encodeURIComponent(sessionId)}#log`);
  const started = Date.now();
  const look = (): void => {
    const form = document.getElementById('log');
    if (form) {
      form.scrollIntoView({ block: 'start' });
      form.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
      return;
    }
    if (Date.now() - started < 10_000) window.setTimeout(look, 50);
  };
  window.setTimeout(look, 0);
}

function CueToggles(props: {
  settings: CueSettings;
  onChange: (update: Partial<CueSettings>) => void;
  compact?: boolean;
}) {
  const items: { key: keyof CueSettings; label: string }[] = [
    { key: 'sound', label: 'Sound' },
    { key: 'voice', label: 'Voice' },
    { key: 'vibration', label: 'Vibration' },
  ];
  return (
    <fieldset className={props.compact ? 'guided-toggles guided-toggles-compact' : 'guided-toggles'}>
      <legend className={props.compact ? 'visually-hidden' : undefined}>Cues</legend>
      {items.map((item) => (
        <label key={item.key} className="guided-toggle">
          <input
            type="checkbox"
            checked={props.settings[item.key]}
            onChange={(e) => {
              props.onChange({ [item.key]: e.target.checked });
            }}
          />
          <span>{item.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function GuidedIntro(props: {
  session: SessionDocument;
  steps: readonly GuidedStep[];
  settings: CueSettings;
  onSettings: (update: Partial<CueSettings>) => void;
  gpsOn: boolean;
  gps: GpsTrack;
  onGps: (on: boolean) => void;
  onStart: () => void;
}) {
  const { session, steps } = props;
  return (
    <section className={`guided guided-intro type-${session.type}`}>
      <p>
        <Link href={`/sessions/${encodeURIComponent(session.id)}`}>← Back to the session</Link>
      </p>
      <p className="guided-eyebrow">Guided session</p>
      <PageHeading title={session.title} className="guided-intro-title" />
      <p>
        One step at a time: a 3-2-1 before each start, a sound and a word for go, ease off and stop, and
        recoveries that start on their own.{' '}
        {steps.some((s) => s.button === 'lap')
          ? 'Tap Lap at the end of each rep: its time goes into your log.'
          : 'Tap Done at the end of each step.'}
      </p>
      <CueToggles settings={props.settings} onChange={props.onSettings} />
      <GpsToggle on={props.gpsOn} gps={props.gps} onChange={props.onGps} />
      <button type="button" className="guided-main-button" onClick={props.onStart}>
        Start
      </button>
      <details className="guided-steps">
        <summary>All {steps.length} steps</summary>
        <ol>
          {steps.map((step, i) => (
            <li key={i}>
              <strong>{step.title}</strong> · {step.detail}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

function GuidedSummary(props: {
  session: SessionDocument;
  steps: readonly GuidedStep[];
  state: GuidedState;
  onFinish: (gpsReps: GpsRep[] | undefined) => void;
  onAgain: () => void;
}) {
  const outcome = guidedOutcome(props.steps, props.state);
  const laps = recordedLaps(props.steps, props.state);
  const [track] = useState(() => readTrack(props.session.id));
  const [gpsReps, setGpsReps] = useState<GpsRep[] | undefined>(undefined);
  return (
    <section className={`guided guided-intro type-${props.session.type}`}>
      <p className="guided-eyebrow">{props.session.title}</p>
      <PageHeading
        title={outcome.complete ? 'Session done' : 'Session ended'}
        className="guided-intro-title"
      />
      {laps.length > 0 ? (
        <ol className="guided-laps guided-laps-all" aria-label="Recorded">
          {laps.map((lap) => (
            <li key={lap.step}>
              <span>{lap.title}</span> <strong>{lap.text}</strong>
            </li>
          ))}
        </ol>
      ) : (
        <p>Well done. Nothing needed timing today.</p>
      )}
      {track.length >= MIN_TRACK_POINTS ? (
        <GpsReps session={props.session} track={track} onChoice={setGpsReps} />
      ) : null}
      <button
        type="button"
        className="guided-main-button"
        onClick={() => {
          props.onFinish(gpsReps);
        }}
      >
        Finish
      </button>
      <p className="guided-hint">Opens your log with these filled in, ready to save.</p>
      <p>
        <button type="button" className="button button-quiet" onClick={props.onAgain}>
          Start again
        </button>
      </p>
    </section>
  );
}
