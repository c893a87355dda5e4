/**
 * The whole prescription of a session, in the order it is done: warm-up, each rep with its distance, its
 * flat-out part, its target pace in the runner's units and the recovery, the cool-down; for strength, each
 * exercise with its dose, load, form cues and the no-equipment alternative; the technique focus and cues.
 */
import {
  EXERCISES,
  cooldownWords,
  distanceLabel,
  durationWords,
  jogDistanceWords,
  runWalkWords,
  stridesWords,
  exerciseById,
  formatDistance,
  techniqueFocusById,
} from '@speedwork/core';
import type { ExercisePrescription, Interval, Level, Units } from '@speedwork/core';
import type { ReactNode } from 'react';
import type { SessionDocument } from '@speedwork/server/api-types';
import {
  formatClock,
  formatPace,
  formatPaceRange,
  formatRest,
  repTargetText,
} from '../units/pace-display.js';
import { Term } from '../ui/term.js';
import { blockSummary, repLength } from './run-words.js';

const upperFirst = (text: string): string => text.replace(/^./, (c) => c.toUpperCase());

const RECOVERY_WORD = { jog: 'Jog', walk: 'Walk', 'jog-down': 'Jog back down' } as const;

function recoveryText(interval: Interval): string | undefined {
  if (!interval.recovery) return undefined;
  return `${RECOVERY_WORD[interval.recovery.type]} ${formatRest(interval.recovery.durationS)}`;
}

function Step(props: { n: number | string; main: string; detail?: ReactNode; children?: ReactNode }) {
  return (
    <li className="step">
      <span className="step-number" aria-hidden="true">
        {props.n}
      </span>
      <div>
        <p className="step-main">{props.main}</p>
        {props.detail ? <p className="step-detail">{props.detail}</p> : null}
        {props.children}
      </div>
    </li>
  );
}

function RepList(props: { interval: Interval; units: Units; startAt: number }) {
  const { interval, units } = props;
  const reps = Array.from({ length: interval.repeat }, (_, i) => i);
  const recovery = recoveryText(interval);
  return (
    <ol className="rep-list" aria-label="Reps">
      {reps.map((i) => (
        <li key={i}>
          <span>
            <strong>Rep {props.startAt + i}</strong> ·{' '}
            {interval.distanceM === undefined
              ? durationWords(interval.durationS ?? 0)
              : repLength(interval, units)}
          </span>
          <span>
            {interval.targetSPerKm !== undefined && interval.distanceM !== undefined ? (
              <>
                {/* The whole rep's time; its flat-out start is said once, above the list. */}
                <span className="target">in {repTargetText(interval.distanceM, interval.targetSPerKm)}</span>
                <span className="muted"> ({formatPace(interval.targetSPerKm, units)})</span>
              </>
            ) : interval.targetSPerKm !== undefined ? (
              <span className="target">{formatPace(interval.targetSPerKm, units)}</span>
            ) : null}
            {recovery && i < interval.repeat - 1 ? (
              <span className="muted"> then {recovery.toLowerCase()}</span>
            ) : null}
          </span>
        </li>
      ))}
    </ol>
  );
}

/** What the words of a rep mean, one tap away: the flat-out start of a track rep, a hill's grade. */
function RepWords(props: { interval: Interval }) {
  const { sprintM, grade } = props.interval;
  return (
    <>
      {sprintM ? (
        <p className="step-detail">
          Start each rep with {sprintM} m <Term term="flat out" />, then settle into the pace for the rest.
        </p>
      ) : null}
      {grade ? (
        <p className="step-detail">
          On a <Term term={grade} /> grade.
        </p>
      ) : null}
    </>
  );
}

function intervalMain(session: SessionDocument, interval: Interval, units: Units): string {
  switch (session.type) {
    case 'track':
      return `${interval.repeat} × ${interval.distanceM ?? 0} m`;
    case 'hills':
      return `${interval.repeat} × ${interval.durationS ?? 0} s uphill`;
    case 'easy':
    case 'long':
    case 'tempo':
    case 'intervals':
      return upperFirst(blockSummary(interval, units));
    case 'race':
    case 'time-trial':
      return `${interval.distanceM === undefined ? '' : distanceLabel(interval.distanceM)} ${session.type === 'race' ? 'race' : 'time trial'}`;
    case 'strength':
      return '';
  }
}

/** How a pace should feel, in a runner's words, for the paces a runner cannot feel from the number alone. */
const PACE_FEEL: Partial<Record<Interval['intensity'], string>> = {
  marathon: 'steady and controlled, a pace you could hold for hours',
  threshold: 'comfortably hard: a few words at a time, no chatting',
  interval: 'hard, breathing deep, but even from the first rep to the last',
  'race-pace': 'the pace of your goal race',
};

/** "about 2.1 km" covered in a timed rep at its pace. */
function coveredText(interval: Interval, units: Units): string | undefined {
  if (interval.durationS === undefined || interval.targetSPerKm === undefined) return undefined;
  return formatDistance((interval.durationS / interval.targetSPerKm) * 1000, units);
}

function intervalDetail(session: SessionDocument, interval: Interval, units: Units): string {
  const parts: string[] = [];
  if (interval.targetRangeSPerKm)
    parts.push(`At ${formatPaceRange(interval.targetRangeSPerKm, units)}: you can talk in sentences.`);
  else if (interval.targetSPerKm !== undefined) {
    const pace = formatPace(interval.targetSPerKm, units);
    if (session.type === 'track') {
      // The sprint start is its own line (RepStart); here the rep's pace and its whole time.
      if (!interval.sprintM) parts.push(`Each rep at ${pace}.`);
      if (interval.distanceM !== undefined)
        parts.push(
          `About ${repTargetText(interval.distanceM, interval.targetSPerKm)} per rep${interval.sprintM ? `, all of it counted, at ${pace} on average` : ''}.`,
        );
    } else if (session.type === 'hills') parts.push(`Uphill at race pace, ${pace} effort.`);
    else if (session.type === 'race' || session.type === 'time-trial') {
      if (interval.distanceM !== undefined) {
        const verb = session.type === 'time-trial' ? 'All out; your fitness predicts about' : 'Target';
        parts.push(`${verb} ${formatClock((interval.distanceM * interval.targetSPerKm) / 1000)} (${pace}).`);
      }
    } else {
      const feel = PACE_FEEL[interval.intensity];
      parts.push(feel ? `At ${pace}: ${feel}.` : `At ${pace}.`);
      if (interval.distanceM !== undefined && interval.repeat > 1)
        parts.push(`About ${repTargetText(interval.distanceM, interval.targetSPerKm)} per rep.`);
      const covered = coveredText(interval, units);
      if (covered) parts.push(`About ${covered}${interval.repeat > 1 ? ' each' : ''}.`);
    }
  }
  const recovery = recoveryText(interval);
  if (recovery && interval.repeat > 1) parts.push(`${recovery} between reps.`);
  return parts.join(' ');
}

const WITH_REP_LIST = new Set<SessionDocument['type']>(['track', 'hills', 'tempo', 'intervals']);

export function RunningPrescription(props: { session: SessionDocument; units: Units }) {
  const { session, units } = props;
  const intervals = session.intervals ?? [];
  // Rep numbers run on across blocks: the first rep of each block.
  const firstRep = intervals.map((_, i) => 1 + intervals.slice(0, i).reduce((sum, x) => sum + x.repeat, 0));
  let n = 0;
  const warmupDetail = [
    session.warmup?.stretching ? 'Then a few minutes of dynamic stretching: leg swings, skips, strides.' : '',
    session.warmup?.drills
      ? 'Add drills (high knees, butt kicks, skipping) and 3–4 build-ups of about 80 m, so the first rep is not a shock.'
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <section className="card block" aria-labelledby="run-title">
      <h2 id="run-title">The run</h2>
      {session.runWalk ? (
        <p className="note run-walk">
          <strong>Run–walk: {runWalkWords(session.runWalk)}.</strong> The walks are part of the plan, not a
          lapse: they let you run longer and recover sooner. Walk briskly and start each run gently.
        </p>
      ) : null}
      <ol className="steps">
        {session.warmup ? (
          <Step
            n={++n}
            main={`Warm up: ${jogDistanceWords(session.warmup.jogM, units)} easy jog`}
            detail={warmupDetail || undefined}
          />
        ) : null}
        {intervals.map((interval, i) => {
          const startAt = firstRep[i] ?? 1;
          const showReps = WITH_REP_LIST.has(session.type) && interval.repeat > 1;
          return (
            <Step
              key={i}
              n={++n}
              main={intervalMain(session, interval, units)}
              detail={intervalDetail(session, interval, units)}
            >
              <RepWords interval={interval} />
              {showReps ? <RepList interval={interval} units={units} startAt={startAt} /> : null}
            </Step>
          );
        })}
        {session.strides ? (
          <Step
            n={++n}
            main={`Strides: ${session.strides.repeat} × ${durationWords(session.strides.durationS)}`}
            detail={`${upperFirst(stridesWords(session.strides))}. Fast but never straining: tall, light feet, loose shoulders.`}
          />
        ) : null}
        {session.cooldown ? (
          <Step
            n={++n}
            main={`Cool down: ${cooldownWords(session.cooldown, units)}`}
            detail="Slow and relaxed; let your breathing settle."
          />
        ) : null}
      </ol>
    </section>
  );
}

/** The plan's notes for the day: fuelling on long runs, where threshold work rides this week. */
export function SessionNotes(props: { notes: readonly string[] | undefined }) {
  if (!props.notes || props.notes.length === 0) return null;
  return (
    <section className="card block" aria-labelledby="notes-title">
      <h2 id="notes-title">Notes for the day</h2>
      <ul className="session-notes">
        {props.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}

function doseText(p: Pick<ExercisePrescription, 'sets' | 'reps' | 'durationS'>): string {
  if (p.durationS !== undefined) return `${p.sets} sets × ${p.durationS} s`;
  if (p.reps)
    return `${p.sets} sets × ${p.reps.min === p.reps.max ? p.reps.min : `${p.reps.min}–${p.reps.max}`} reps`;
  return `${p.sets} sets`;
}

function ExerciseBlock(props: { prescription: ExercisePrescription; level: Level }) {
  const { prescription: p } = props;
  const exercise = exerciseById(p.id);
  const alternative = exercise.needsGym ? EXERCISES.find((e) => e.substitutes === exercise.id) : undefined;
  return (
    <article className="exercise" aria-labelledby={`ex-${p.id}`}>
      <h3 id={`ex-${p.id}`}>{exercise.name}</h3>
      <p className="dose">
        {doseText(p)} · {p.load === 'light' ? 'light weight' : 'bodyweight'}
      </p>
      <p className="muted">
        Rest {formatRest(p.restS)} between sets
        {p.footContacts > 0 ? ` · ${p.footContacts} foot contacts` : ''}.
      </p>
      {p.substitutes ? (
        <p className="alt">
          No gym today: this stands in for the {exerciseById(p.substitutes).name.toLowerCase()}.
        </p>
      ) : null}
      <p>{exercise.description}</p>
      <ol className="cues" aria-label={`How to do the ${exercise.name}`}>
        {exercise.cues.map((cue) => (
          <li key={cue}>{cue}</li>
        ))}
      </ol>
      {exercise.equipment.length > 0 ? (
        <p className="muted">You need: {exercise.equipment.join(', ')}.</p>
      ) : null}
      {props.level === 'advanced' && (p.variant ?? exercise.advancedVariant) ? (
        <p className="alt">Harder: {p.variant ?? exercise.advancedVariant}</p>
      ) : null}
      {alternative ? (
        <details className="alt">
          <summary>
            No gym? Do the <strong>{alternative.name}</strong> instead
          </summary>
          <p>
            {doseText(alternative.dose)}, bodyweight. {alternative.description}
          </p>
          <ol className="cues">
            {alternative.cues.map((cue) => (
              <li key={cue}>{cue}</li>
            ))}
          </ol>
        </details>
      ) : null}
    </article>
  );
}

export function StrengthPrescription(props: {
  session: SessionDocument;
  level: Level;
  /** The run on the same date, done first. */
  afterRun?: SessionDocument | undefined;
}) {
  return (
    <section className="card block" aria-labelledby="strength-title">
      <h2 id="strength-title">Strength and plyometrics</h2>
      <p className="muted">
        {props.afterRun
          ? 'After your run, once you have had a drink: the run is your warm-up. Later the same day works too; then warm up again with 5 minutes of easy jogging and leg swings.'
          : 'Warm up first: 5 minutes of easy jogging or skipping, then leg swings.'}
      </p>
      {(props.session.exercises ?? []).map((p) => (
        <ExerciseBlock key={p.id} prescription={p} level={props.level} />
      ))}
    </section>
  );
}

export function TechniqueBlock(props: { session: SessionDocument }) {
  if (props.session.technique.length === 0) return null;
  return (
    <section className="card block" aria-labelledby="technique-title">
      <h2 id="technique-title">Technique focus</h2>
      {props.session.technique.map((id) => {
        const focus = techniqueFocusById(id);
        return (
          <div key={id}>
            <h3>{focus.name}</h3>
            <p>{focus.summary}</p>
            <ul className="cues">
              {focus.cues.map((cue) => (
                <li key={cue}>{cue}</li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
