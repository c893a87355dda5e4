/**
 * A session as the steps a runner goes through with the phone in hand at the track, one big thing at a
 * time: warm-up, stretching, each rep with its flat-out part and target time, each recovery as a countdown,
 * the cool-down; hills with their grade and the jog down; strength as exercise → set → rest. The guided
 * screen of the web app plays these; the log form gets back what each step recorded.
 */
import type { ExerciseId } from '../catalog/exercises.js';
import { exerciseById } from '../catalog/exercises.js';
import type { HillGrade, Interval, Session } from '../plan/plan-types.js';
import {
  durationWords,
  jogDistanceWords,
  paceRange,
  runDistance,
  splitWords,
} from '../prescription/pace-words.js';
import { capitalize } from '../prescription/capitalize.js';
import { cooldownWords, intensityWords } from '../prescription/session-words.js';
import type { Units } from '../profile/profile-types.js';
import { formatPace, repTimeS } from '../units/pace-format.js';
import { spokenDistance, spokenDuration } from './spoken-words.js';

export type GuidedStepKind =
  | 'warm-up'
  | 'stretching'
  | 'drills'
  | 'rep'
  | 'recovery'
  | 'run'
  | 'walk'
  | 'stride'
  | 'cool-down'
  | 'set'
  | 'rest';

export interface GuidedStep {
  kind: GuidedStepKind;
  /**
   * How the step ends: `timer` on its own once `durationS` has run (a tap can end it sooner), `tap` when the
   * runner says so. `button` names the tap: `lap` records the step's time (reps, runs), `done` moves on.
   */
  ends: 'timer' | 'tap';
  button: 'lap' | 'done' | 'skip';
  /** Work that starts on "go" after a 3-2-1: reps, runs, sets. Warm-ups, recoveries and rests just start. */
  countIn: boolean;
  /** Big line: "Rep 3 of 4", "Jog down", "Deadlift". */
  title: string;
  /** What to do, in the runner's units: "150 m in 31 s: first 50 m flat out". */
  detail: string;
  /** What the voice says as the step comes up: "Rep 3 of 4: 150 metres, first 50 flat out". */
  speech: string;
  /** Timer steps: how long they last. Tap steps: about how long they take, when known. */
  durationS?: number;
  distanceM?: number;
  /** A rep's target time (the whole rep at its target pace), shown beside the running clock. */
  targetS?: number;
  /** Seconds after "go" when the flat-out part ends and the runner eases off, judged from the target pace. */
  easeOffS?: number;
  paceSPerKm?: number;
  /** Easy running: [fastest, slowest]. */
  paceRangeSPerKm?: [number, number];
  grade?: HillGrade;
  /** Position in its block: rep 3 of 4, set 1 of 2. */
  of?: { index: number; count: number };
  /**
   * Where the step's time goes in the log: the index of the rep in the log form's rep list (track, hills,
   * tempo and interval work reps, in order) with what the log asks of it (the time of a rep of set length,
   * the distance of a rep of set time), or `result` for the run of a race or time trial.
   */
  log?: { rep: number; measure: 'time' | 'distance' } | { result: true };
  /** Strength: the exercise and set this step is, with the planned dose. */
  exercise?: {
    id: ExerciseId;
    set: number;
    sets: number;
    reps?: { min: number; max: number };
    durationS?: number;
  };
}

/** A stride after an easy run, and the walk back after it. */
const STRIDE_WALK_BACK_S = 60;
/** A recovery or rest shorter than this carries the next step's words in its own announcement. */
export const ANNOUNCE_AHEAD_S = 10;

/** Session types whose work reps the log form lists one by one (the rest log as a whole). */
function logsReps(session: Pick<Session, 'type'>): boolean {
  return ['track', 'hills', 'tempo', 'intervals'].includes(session.type);
}

/** Tempo and interval sessions log their work reps only, not the easy running around them. */
function logsBlock(session: Pick<Session, 'type'>, block: Interval): boolean {
  const paced = session.type === 'tempo' || session.type === 'intervals';
  return !(paced && block.intensity === 'easy');
}

/** Tempo and interval reps of set time log the distance covered; every other rep logs its time. */
function measureOf(session: Pick<Session, 'type'>, block: Interval): 'time' | 'distance' {
  const paced = session.type === 'tempo' || session.type === 'intervals';
  return paced && block.distanceM === undefined ? 'distance' : 'time';
}

/**
 * The steps of a session, in order, for the guided screen.
 * @example guidedSteps(track4x150, 'km').map((s) => s.kind)
 * // ['warm-up', 'stretching', 'rep', 'recovery', 'rep', 'recovery', 'rep', 'recovery', 'rep', 'cool-down']
 */
export function guidedSteps(session: Session, units: Units): GuidedStep[] {
  if (session.type === 'strength') return strengthSteps(session);
  const steps: GuidedStep[] = [];
  if (session.warmup) {
    const jog = `${jogDistanceWords(session.warmup.jogM, units)} easy jog`;
    steps.push({
      kind: 'warm-up',
      ends: 'tap',
      button: 'done',
      countIn: false,
      title: 'Warm-up',
      detail: `${jog}, relaxed. Tap Done when you have run it.`,
      speech: `Warm-up: ${spokenDistance(session.warmup.jogM, units)} easy jog.`,
      distanceM: session.warmup.jogM,
    });
    if (session.warmup.stretching)
      steps.push({
        kind: 'stretching',
        ends: 'tap',
        button: 'done',
        countIn: false,
        title: 'Stretching',
        detail: 'Dynamic stretches, no long holds: leg swings, walking lunges, hip circles, ankle bounces.',
        speech: 'Stretching. Keep it moving: leg swings, lunges, hip circles.',
      });
    if (session.warmup.drills === true)
      steps.push({
        kind: 'drills',
        ends: 'tap',
        button: 'done',
        countIn: false,
        title: 'Drills and build-ups',
        detail: 'A-skips, high knees and quick feet, then 2 or 3 build-ups of about 80 m.',
        speech: 'Drills: A-skips, high knees, quick feet, then 2 or 3 build-ups.',
      });
  }
  const blocks = session.intervals ?? [];
  let logRep = 0;
  blocks.forEach((block, b) => {
    const previous = blocks[b - 1];
    // Between two blocks of work, the first block's recovery; easy running flows on without one.
    if (previous?.recovery && previous.intensity !== 'easy' && block.intensity !== 'easy')
      steps.push(recoveryStep(previous.recovery));
    const logged = logsReps(session) && logsBlock(session, block);
    const isResult = session.type === 'race' || session.type === 'time-trial';
    if (block.intensity === 'easy' && block.repeat === 1) {
      steps.push(...easySteps(session, block, units));
    } else {
      for (let i = 0; i < block.repeat; i++) {
        const step = workStep(session, block, i, units);
        if (logged) step.log = { rep: logRep++, measure: measureOf(session, block) };
        else if (isResult && b === 0 && i === 0) step.log = { result: true };
        steps.push(step);
        if (i < block.repeat - 1 && block.recovery) steps.push(recoveryStep(block.recovery));
      }
    }
  });
  if (session.strides) steps.push(...strideSteps(session.strides.repeat, session.strides.durationS));
  if (session.cooldown)
    steps.push({
      kind: 'cool-down',
      ends: 'tap',
      button: 'done',
      countIn: false,
      title: 'Cool-down',
      detail: `${capitalize(cooldownWords(session.cooldown, units))}. Tap Done at the end.`,
      speech: `Cool-down: ${spokenDistance(session.cooldown.jogM, units)} easy jog.`,
      distanceM: session.cooldown.jogM,
    });
  return steps;
}

function recoveryStep(recovery: NonNullable<Interval['recovery']>): GuidedStep {
  const { type, durationS } = recovery;
  const title = type === 'jog-down' ? 'Jog down' : type === 'walk' ? 'Walk' : 'Jog';
  const detail =
    type === 'jog-down'
      ? `Jog back down to the start, easy, about ${durationWords(durationS)}.`
      : type === 'walk'
        ? `Walk ${durationWords(durationS)}, breathe.`
        : `Jog ${durationWords(durationS)}, easy.`;
  const speech =
    type === 'jog-down'
      ? `Jog down. ${spokenDuration(durationS)}.`
      : `${type === 'walk' ? 'Walk' : 'Jog'} ${spokenDuration(durationS)}.`;
  return {
    kind: 'recovery',
    ends: 'timer',
    button: 'skip',
    countIn: false,
    title,
    detail,
    speech,
    durationS,
  };
}

/** One rep of a block of work: a track rep, a hill, a tempo rep, the run of a race or time trial. */
function workStep(session: Session, block: Interval, i: number, units: Units): GuidedStep {
  const of = { index: i + 1, count: block.repeat };
  const hill = block.grade !== undefined;
  const single = block.repeat === 1;
  const noun = hill ? 'Hill' : 'Rep';
  const title = single
    ? session.type === 'race'
      ? 'Race'
      : session.type === 'time-trial'
        ? 'Time trial'
        : capitalize(intensityWords(block.intensity).name)
    : `${noun} ${of.index} of ${of.count}`;
  const base: Pick<GuidedStep, 'kind' | 'countIn' | 'title' | 'of'> & Partial<GuidedStep> = {
    kind: 'rep',
    countIn: true,
    title,
    ...(single ? {} : { of }),
    ...(block.targetSPerKm === undefined ? {} : { paceSPerKm: block.targetSPerKm }),
    ...(block.grade === undefined ? {} : { grade: block.grade }),
  };
  const pace = block.targetSPerKm === undefined ? undefined : formatPace(block.targetSPerKm, units);
  const effort = intensityWords(block.intensity).name;
  if (block.distanceM !== undefined) {
    const distanceM = block.distanceM;
    const targetS = block.targetSPerKm === undefined ? undefined : repTimeS(distanceM, block.targetSPerKm);
    const length = single ? runDistance(distanceM, units, { race: true }) : `${Math.round(distanceM)} m`;
    const spokenLength = spokenDistance(distanceM, units);
    const sprintM = block.sprintM;
    let detail: string;
    let speech: string;
    if (session.type === 'race' || session.type === 'time-trial') {
      detail = `${length} all out and even${pace === undefined ? '' : `: ${pace}`}${targetS === undefined ? '' : `, about ${splitWords(targetS)}`}. Lap at the finish.`;
      speech = `${title}: ${spokenLength}, all out and even. Lap at the finish.`;
    } else if (sprintM !== undefined) {
      detail = `${length}${targetS === undefined ? '' : ` in ${splitWords(targetS)}`}: first ${sprintM} m flat out`;
      speech = `${title}: ${spokenLength}, first ${sprintM} flat out.`;
    } else {
      detail = `${length}${targetS === undefined ? ` at ${effort}` : ` in ${splitWords(targetS)} (${pace ?? ''})`}`;
      speech = `${title}: ${spokenLength}${targetS === undefined ? ` at ${effort}` : ` in ${spokenSplit(targetS)}`}.`;
    }
    return {
      ...base,
      ends: 'tap',
      button: 'lap',
      detail,
      speech,
      distanceM,
      ...(targetS === undefined ? {} : { targetS, durationS: targetS }),
      ...(sprintM !== undefined && block.targetSPerKm !== undefined
        ? { easeOffS: repTimeS(sprintM, block.targetSPerKm) }
        : {}),
    };
  }
  const durationS = block.durationS ?? 0;
  const detail = hill
    ? `${durationWords(durationS)} uphill, ${block.grade ?? ''} grade, at ${effort} effort${pace === undefined ? '' : ` (${pace} on the flat)`}`
    : `${durationWords(durationS)} at ${effort}${pace === undefined ? '' : ` (${pace})`}`;
  const speech = hill
    ? `${title}: ${spokenDuration(durationS)} uphill at ${effort} effort.`
    : `${title}: ${spokenDuration(durationS)} at ${effort}.`;
  return { ...base, ends: 'timer', button: 'lap', detail, speech, durationS };
}

/** An easy block: one run by distance with its pace band, or run–walk cycles that add up to its time. */
function easySteps(session: Session, block: Interval, units: Units): GuidedStep[] {
  const band = block.targetRangeSPerKm;
  const pace = block.targetSPerKm;
  const aboutS =
    block.durationS ??
    (block.distanceM !== undefined && pace !== undefined ? repTimeS(block.distanceM, pace) : undefined);
  if (session.runWalk !== undefined && aboutS !== undefined) {
    const { runS, walkS } = session.runWalk;
    const cycles = Math.max(1, Math.round(aboutS / (runS + walkS)));
    const steps: GuidedStep[] = [];
    for (let i = 0; i < cycles; i++) {
      steps.push({
        kind: 'run',
        ends: 'timer',
        button: 'skip',
        countIn: true,
        title: `Run ${i + 1} of ${cycles}`,
        detail: `Run ${durationWords(runS)}, easy${band === undefined ? '' : ` (${paceRange(band, units)})`}`,
        speech: `Run ${i + 1} of ${cycles}: ${spokenDuration(runS)} easy.`,
        durationS: runS,
        of: { index: i + 1, count: cycles },
        ...(band === undefined ? {} : { paceRangeSPerKm: band }),
      });
      if (i < cycles - 1)
        steps.push({
          kind: 'walk',
          ends: 'timer',
          button: 'skip',
          countIn: false,
          title: 'Walk',
          detail: `Walk ${durationWords(walkS)}, brisk and tall.`,
          speech: `Walk ${spokenDuration(walkS)}.`,
          durationS: walkS,
        });
    }
    return steps;
  }
  const title = session.type === 'long' ? 'Long run' : 'Easy run';
  const length = block.distanceM === undefined ? undefined : runDistance(block.distanceM, units);
  const what = length ?? (block.durationS === undefined ? '' : durationWords(block.durationS));
  const bandWords =
    band === undefined
      ? pace === undefined
        ? ''
        : ` at ${formatPace(pace, units)}`
      : ` at ${paceRange(band, units)}`;
  const about =
    aboutS === undefined || block.distanceM === undefined ? '' : `, about ${durationWords(aboutS)}`;
  const timed = block.distanceM === undefined && block.durationS !== undefined;
  return [
    {
      kind: 'run',
      ends: timed ? 'timer' : 'tap',
      button: 'done',
      countIn: true,
      title,
      detail: `${what} easy${bandWords}${about}. Conversational: you could talk in sentences.`,
      speech: `${title}: ${block.distanceM === undefined ? spokenDuration(block.durationS ?? 0) : spokenDistance(block.distanceM, units)}, easy.`,
      ...(aboutS === undefined ? {} : { durationS: aboutS }),
      ...(block.distanceM === undefined ? {} : { distanceM: block.distanceM }),
      ...(band === undefined ? {} : { paceRangeSPerKm: band }),
      ...(pace === undefined ? {} : { paceSPerKm: pace }),
    },
  ];
}

function strideSteps(repeat: number, durationS: number): GuidedStep[] {
  const steps: GuidedStep[] = [];
  for (let i = 0; i < repeat; i++) {
    steps.push({
      kind: 'stride',
      ends: 'timer',
      button: 'skip',
      countIn: true,
      title: `Stride ${i + 1} of ${repeat}`,
      detail: `${durationWords(durationS)} quick and relaxed, not a sprint.`,
      speech: `Stride ${i + 1} of ${repeat}: ${spokenDuration(durationS)}, quick and relaxed.`,
      durationS,
      of: { index: i + 1, count: repeat },
    });
    if (i < repeat - 1)
      steps.push({
        kind: 'walk',
        ends: 'timer',
        button: 'skip',
        countIn: false,
        title: 'Walk back',
        detail: 'Walk back to where you started.',
        speech: 'Walk back.',
        durationS: STRIDE_WALK_BACK_S,
      });
  }
  return steps;
}

/** Strength: each exercise set by set, with its rest after every set but the session's last. */
function strengthSteps(session: Session): GuidedStep[] {
  const steps: GuidedStep[] = [];
  const exercises = session.exercises ?? [];
  exercises.forEach((planned, e) => {
    const name = exerciseById(planned.id).name;
    const dose =
      planned.reps !== undefined
        ? planned.reps.min === planned.reps.max
          ? `${planned.reps.min} reps`
          : `${planned.reps.min}–${planned.reps.max} reps`
        : planned.durationS !== undefined
          ? durationWords(planned.durationS)
          : 'reps';
    const spokenDose =
      planned.reps !== undefined
        ? planned.reps.min === planned.reps.max
          ? `${planned.reps.min} reps`
          : `${planned.reps.min} to ${planned.reps.max} reps`
        : planned.durationS !== undefined
          ? spokenDuration(planned.durationS)
          : '';
    const load = planned.load === 'light' ? ', light load' : '';
    for (let s = 0; s < planned.sets; s++) {
      const timed = planned.durationS !== undefined;
      steps.push({
        kind: 'set',
        ends: timed ? 'timer' : 'tap',
        button: 'done',
        countIn: true,
        title: name,
        detail: `Set ${s + 1} of ${planned.sets}: ${dose}${load}`,
        speech: `${name}, set ${s + 1} of ${planned.sets}${spokenDose === '' ? '' : `: ${spokenDose}`}.`,
        ...(timed ? { durationS: planned.durationS } : {}),
        of: { index: s + 1, count: planned.sets },
        exercise: {
          id: planned.id,
          set: s + 1,
          sets: planned.sets,
          ...(planned.reps === undefined ? {} : { reps: planned.reps }),
          ...(planned.durationS === undefined ? {} : { durationS: planned.durationS }),
        },
      });
      const last = e === exercises.length - 1 && s === planned.sets - 1;
      if (last || planned.restS <= 0) continue;
      const nextName =
        s < planned.sets - 1 ? `${name}, set ${s + 2} of ${planned.sets}` : exerciseNameAt(exercises, e + 1);
      steps.push({
        kind: 'rest',
        ends: 'timer',
        button: 'skip',
        countIn: false,
        title: 'Rest',
        detail: `Rest ${durationWords(planned.restS)}. Next: ${nextName}.`,
        speech: `Rest ${spokenDuration(planned.restS)}.`,
        durationS: planned.restS,
      });
    }
  });
  return steps;
}

function exerciseNameAt(exercises: NonNullable<Session['exercises']>, index: number): string {
  const next = exercises[index];
  return next === undefined ? '' : exerciseById(next.id).name;
}

/** A target time as said aloud: "31 seconds", "1 minute 27". */
function spokenSplit(totalS: number): string {
  return spokenDuration(Math.round(totalS));
}
