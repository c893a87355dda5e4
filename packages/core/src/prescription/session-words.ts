/**
 * A session's parts in words, shared by every edge that shows a plan (the CLI's text and Markdown, calendar
 * events, watch step notes) so all say the same thing: warm-up, each block of reps with its pace and
 * recovery, the exercises and the technique cues.
 */
import { exerciseById } from '../catalog/exercises.js';
import { techniqueFocusById } from '../catalog/technique.js';
import type { TechniqueFocusId } from '../catalog/technique.js';
import type {
  ExercisePrescription,
  Intensity,
  Interval,
  RunWalk,
  Session,
  SessionType,
  Strides,
} from '../plan/plan-types.js';
import type { Units } from '../profile/profile-types.js';
import { formatClock } from '../race/race-time.js';
import { formatDistance, formatPace, METRES_PER_MILE, repTimeS } from '../units/pace-format.js';
import { durationWords, jogDistanceWords, paceRange, runDistance, splitWords } from './pace-words.js';

/** What each kind of session is called, on calendar cards, in calendar events and in the web app. */
export const SESSION_TYPE_NAMES: Readonly<Record<SessionType, string>> = {
  strength: 'Strength',
  track: 'Track',
  hills: 'Hills',
  easy: 'Easy run',
  long: 'Long run',
  tempo: 'Tempo',
  intervals: 'Intervals',
  race: 'Race',
  'time-trial': 'Time trial',
};

/** What a session's running blocks are called: reps on the track, hills and intervals, a run otherwise. */
export function blockLabel(session: Pick<Session, 'type'>): 'reps' | 'run' {
  return session.type === 'track' || session.type === 'hills' || session.type === 'intervals'
    ? 'reps'
    : 'run';
}

/** Whether the planned time adds anything: an easy run's title already says how long it is. */
export function showsDuration(session: Pick<Session, 'type' | 'plannedDurationS'>): boolean {
  return session.plannedDurationS > 0 && session.type !== 'easy';
}

/**
 * The warm-up: the jog in the runner's units (quarter miles in miles), then stretching, and drills with
 * build-ups before threshold, interval and race-pace work.
 * @example warmupWords({ jogM: 800, stretching: true }, 'mi') // "½ mile easy jog, then stretching"
 */
export function warmupWords(warmup: NonNullable<Session['warmup']>, units: Units): string {
  const then = [
    ...(warmup.stretching ? ['stretching'] : []),
    ...(warmup.drills === true ? ['drills and a few build-ups'] : []),
  ];
  return `${jogDistanceWords(warmup.jogM, units)} easy jog${then.length > 0 ? `, then ${then.join(', ')}` : ''}`;
}

/** From here a cool-down holds more than cooling down: the day's easy running too. */
const LONG_COOLDOWN_M = 3000;

/** "800 m easy jog", "½ mile easy jog"; "6.9 km easy running, the day's easy distance after the reps". */
export function cooldownWords(cooldown: NonNullable<Session['cooldown']>, units: Units): string {
  const length = jogDistanceWords(cooldown.jogM, units);
  // A cool-down that carries the day's easy volume (COACHING §4.8) is read as the run it is, not as a jog.
  return cooldown.jogM >= LONG_COOLDOWN_M
    ? `${length} easy running, the day's easy distance after the reps`
    : `${length} easy jog`;
}

/**
 * One block of running, with what each rep is run at, how long it takes and what comes between reps.
 * @example intervalWords({ repeat: 10, distanceM: 300, intensity: 'interval', targetSPerKm: 258,
 *   recovery: { type: 'jog', durationS: 60 } }, 'km')
 * // "10 × 300 m in about 77 s (4:18/km, interval pace); jog 1:00 between"
 */
export function intervalWords(interval: Interval, units: Units): string {
  const length = repLength(interval, units);
  const reps = interval.repeat > 1 ? `${interval.repeat} × ${length}` : length;
  const where = interval.grade === undefined ? '' : ` uphill, ${interval.grade} grade,`;
  return `${reps}${where} ${effortWords(interval, units)}${recoveryWords(interval)}`.replace(/ {2,}/g, ' ');
}

/** Track and interval reps stay in metres (1000 m, not 0.6 mi); longer blocks read in the runner's units. */
function repLength(interval: Interval, units: Units): string {
  const intensity: string = interval.intensity;
  if (interval.distanceM !== undefined) {
    const race = intensity === 'race' || intensity === 'time-trial';
    const miles = interval.distanceM / METRES_PER_MILE;
    const wholeMiles = units === 'mi' && miles >= 1 && Math.abs(miles - Math.round(miles)) < 0.01;
    if (!race && !wholeMiles && interval.repeat > 1 && interval.distanceM <= 2000)
      return `${Math.round(interval.distanceM)} m`;
    return runDistance(interval.distanceM, units, { race });
  }
  return interval.durationS === undefined ? '' : durationWords(interval.durationS);
}

/** What each training pace is called, and how it feels where a runner most often gets it wrong. */
const PACE_WORDS: Readonly<Record<string, { name: string; feel?: string }>> = {
  easy: { name: 'easy' },
  marathon: { name: 'marathon pace', feel: 'steady and controlled, a pace you could hold for hours' },
  threshold: { name: 'threshold pace', feel: 'comfortably hard, a few words at a time' },
  interval: { name: 'interval pace' },
  repetition: { name: 'repetition pace' },
  'race-pace': { name: 'race pace' },
  'top-speed': { name: 'top speed' },
};

/**
 * What an intensity is called and, for marathon and threshold running, how it feels.
 * @example intensityWords('threshold') // { name: 'threshold pace', feel: 'comfortably hard, a few words at a time' }
 */
export function intensityWords(intensity: Intensity): { name: string; feel?: string } {
  // Read as a string: the plan contract may add intensities, and an unknown one still reads sensibly.
  const name: string = intensity;
  return PACE_WORDS[name] ?? { name: `${name} pace` };
}

function effortWords(interval: Interval, units: Units): string {
  const target = interval.targetSPerKm === undefined ? undefined : formatPace(interval.targetSPerKm, units);
  if (interval.targetRangeSPerKm !== undefined)
    return `easy at ${paceRange(interval.targetRangeSPerKm, units)}`;
  if (interval.sprintM !== undefined) return sprintWords(interval, units);
  const intensity: string = interval.intensity;
  const words = intensityWords(interval.intensity);
  const feel = words.feel === undefined ? '' : `, ${words.feel}`;
  switch (intensity) {
    case 'top-speed':
      return 'flat out, by effort, relaxed and tall';
    case 'easy':
      return target === undefined ? 'easy' : `easy at ${target}`;
    case 'time-trial':
      return timeTrialWords(interval, units);
    case 'race':
      return target === undefined ? 'race' : `race at ${target}`;
    case 'race-pace':
      // Uphill, the pace on the watch runs slow: race effort is what counts, the flat pace is the guide.
      if (interval.grade !== undefined)
        return target === undefined ? 'at race-pace effort' : `at race-pace effort (${target} on the flat)`;
      break;
  }
  if (interval.targetSPerKm === undefined || target === undefined) {
    return `at ${words.name.replace(/ pace$/, '')} effort${words.feel === undefined ? '' : ` (${words.feel})`}`;
  }
  if (interval.distanceM !== undefined) {
    const split = splitWords(repTimeS(interval.distanceM, interval.targetSPerKm));
    return `in about ${split} (${target}, ${words.name})${feel}`;
  }
  return `at ${words.name} (${target})${feel}`;
}

/** A rep that opens flat out: the flat-out metres by effort, then the rest of it with its split. */
function sprintWords(interval: Interval, units: Units): string {
  const sprintM = interval.sprintM ?? 0;
  if (interval.targetSPerKm === undefined || interval.distanceM === undefined)
    return `with the first ${sprintM} m flat out`;
  const restM = interval.distanceM - sprintM;
  const split = splitWords(repTimeS(restM, interval.targetSPerKm));
  return `— first ${sprintM} m flat out, the last ${Math.round(restM)} m in about ${split} (${formatPace(interval.targetSPerKm, units)})`;
}

function timeTrialWords(interval: Interval, units: Units): string {
  if (interval.targetSPerKm === undefined) return 'time trial, all out';
  const expected =
    interval.distanceM === undefined
      ? ''
      : `, about ${formatClock((interval.distanceM * interval.targetSPerKm) / 1000)}`;
  return `time trial, all out and even (${formatPace(interval.targetSPerKm, units)}${expected})`;
}

function recoveryWords(interval: Interval): string {
  const recovery = interval.recovery;
  if (recovery === undefined || interval.repeat < 2) return '';
  switch (recovery.type) {
    case 'jog-down':
      return `; jog down to recover, about ${formatClock(recovery.durationS)}`;
    case 'jog':
      return `; jog ${formatClock(recovery.durationS)} between`;
    case 'walk':
      return `; walk ${formatClock(recovery.durationS)} between`;
  }
}

/**
 * Strides after an easy run (R-DAY-1).
 * @example stridesWords({ repeat: 6, durationS: 20 }) // "then 6 × 20 s strides, quick and relaxed, walking back between"
 */
export function stridesWords(strides: Strides): string {
  return `then ${strides.repeat} × ${durationWords(strides.durationS)} strides, quick and relaxed, walking back between`;
}

/**
 * Run–walk for runners below VDOT 30 (R-REC-6).
 * @example runWalkWords({ runS: 180, walkS: 60 }) // "run 3 min, walk 1 min, and repeat"
 */
export function runWalkWords(runWalk: RunWalk): string {
  return `run ${minutesWords(runWalk.runS)}, walk ${minutesWords(runWalk.walkS)}, and repeat`;
}

/** Whole minutes as minutes ("1 min", not "60 s"); anything else as durationWords says it. */
function minutesWords(totalS: number): string {
  return totalS >= 60 && totalS % 60 === 0 ? `${totalS / 60} min` : durationWords(totalS);
}

/** One labelled line of a running session: what the CLI, calendar events and the watch notes all print. */
export interface SessionPart {
  label: 'warm-up' | 'run' | 'reps' | 'cool-down' | 'note';
  text: string;
}

/**
 * A session's running in order: warm-up, each block (run–walk and strides with the easy running they belong
 * to), cool-down, then the day's notes. Exercises and technique are left to each edge's layout.
 * @example sessionParts(easyRunWithStrides, 'km').map((p) => p.text)
 * // ["40 min easy at 6:06–6:52/km, then 6 × 20 s strides, quick and relaxed, walking back between"]
 */
export function sessionParts(session: Session, units: Units): SessionPart[] {
  const parts: SessionPart[] = [];
  if (session.warmup) parts.push({ label: 'warm-up', text: warmupWords(session.warmup, units) });
  const blocks = session.intervals ?? [];
  const easyIndex = blocks.findIndex((block) => block.intensity === 'easy');
  blocks.forEach((block, i) => {
    let text = intervalWords(block, units);
    if (session.runWalk !== undefined && i === easyIndex)
      text += `, as run–walk: ${runWalkWords(session.runWalk)}`;
    if (session.strides !== undefined && i === blocks.length - 1)
      text += `, ${stridesWords(session.strides)}`;
    parts.push({ label: block.repeat > 1 ? 'reps' : 'run', text });
  });
  if (blocks.length === 0 && session.runWalk !== undefined)
    parts.push({ label: 'run', text: `Run–walk: ${runWalkWords(session.runWalk)}` });
  if (blocks.length === 0 && session.strides !== undefined)
    parts.push({ label: 'run', text: stridesWords(session.strides).replace(/^then/, 'Run') });
  if (session.cooldown) parts.push({ label: 'cool-down', text: cooldownWords(session.cooldown, units) });
  for (const note of session.notes ?? []) parts.push({ label: 'note', text: note });
  return parts;
}

/** Whether a session is running (everything but strength). */
function isRun(session: Pick<Session, 'type'>): boolean {
  return session.type !== 'strength';
}

/**
 * The session's title with its planned distance, for calendar events and watch lists, unless the title
 * already gives a distance in km or miles or the session is the race (whose name is its distance).
 * @example titleWithDistance(tempo, 'km') // "Tempo: 3 × 10 min at threshold · 9.4 km"
 */
export function titleWithDistance(
  session: Pick<Session, 'type' | 'title' | 'plannedDistanceM'>,
  units: Units,
): string {
  if (!isRun(session) || session.type === 'race' || session.plannedDistanceM === undefined)
    return session.title;
  if (session.plannedDistanceM <= 0 || titleGivesDistance(session.title)) return session.title;
  return `${session.title} · ${formatDistance(session.plannedDistanceM, units)}`;
}

/** Whether a title already gives a distance in km or miles ("Long run: 18 km"): then it says enough. */
export function titleGivesDistance(title: string): boolean {
  return /\d (km|mi)\b/.test(title);
}

/**
 * The session's planned size: "about 50 min, 9.2 km" (time only for strength).
 * @example sizeWords({ type: 'long', plannedDurationS: 5700, plannedDistanceM: 16000 }, 'km') // "about 1 h 35 min, 16 km"
 */
export function sizeWords(
  session: Pick<Session, 'type' | 'plannedDurationS' | 'plannedDistanceM'>,
  units: Units,
): string {
  const parts = [
    ...(session.plannedDurationS > 0 ? [`about ${durationWords(session.plannedDurationS)}`] : []),
    ...(isRun(session) && session.plannedDistanceM !== undefined && session.plannedDistanceM > 0
      ? [formatDistance(session.plannedDistanceM, units)]
      : []),
  ];
  return parts.join(', ');
}

export interface ExerciseWords {
  /** "Single-Leg Romanian Deadlift (instead of deadlift)". */
  name: string;
  /** "3 × 12–15 reps, light load". */
  dose: string;
}

/** What a runner needs at the gym: the exercise, and sets × reps or seconds with the load. */
export function exerciseWords(exercise: ExercisePrescription): ExerciseWords {
  const name = exerciseById(exercise.id).name;
  const instead =
    exercise.substitutes === undefined
      ? ''
      : ` (instead of ${exerciseById(exercise.substitutes).name.toLowerCase()})`;
  const per =
    exercise.reps !== undefined
      ? exercise.reps.min === exercise.reps.max
        ? `${exercise.reps.min} reps`
        : `${exercise.reps.min}–${exercise.reps.max} reps`
      : exercise.durationS !== undefined
        ? durationWords(exercise.durationS)
        : 'reps';
  const load = exercise.load === 'light' ? 'light load' : exercise.load;
  const rest = exercise.restS > 0 ? `, ${durationWords(exercise.restS)} rest` : '';
  return { name: `${name}${instead}`, dose: `${exercise.sets} × ${per}, ${load}${rest}` };
}

export interface TechniqueWords {
  name: string;
  cues: string[];
}

/**
 * The focus of a running session with one or two of its cues; the cues change from week to week so a
 * runner meets all of them over a plan.
 */
export function techniqueWords(id: TechniqueFocusId, week: number, count = 1): TechniqueWords {
  const focus = techniqueFocusById(id);
  const cues: string[] = [];
  for (let i = 0; i < Math.min(count, focus.cues.length); i++) {
    const cue = focus.cues[(week - 1 + i) % focus.cues.length];
    if (cue !== undefined) cues.push(cue);
  }
  return { name: focus.name, cues };
}

/**
 * The cue of a focus for a plan week: the cues rotate week by week, so a runner meets all of them.
 * @example techniqueCue('stride', 1) // "Land with your foot under your hip, not reaching out in front."
 */
export function techniqueCue(id: TechniqueFocusId, week: number): string {
  return techniqueWords(id, week).cues[0] ?? '';
}
