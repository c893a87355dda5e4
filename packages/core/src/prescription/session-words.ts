/**
 * A session's parts in words, shared by every edge that shows a plan (the CLI's text and Markdown, calendar
 * events, watch step notes) so all say the same thing: warm-up, each block of reps with its pace and
 * recovery, the exercises and the technique cues.
 */
import { exerciseById } from '../catalog/exercises.js';
import { techniqueFocusById } from '../catalog/technique.js';
import type { TechniqueFocusId } from '../catalog/technique.js';
import type { ExercisePrescription, Interval, Session, SessionType } from '../plan/plan-types.js';
import type { Units } from '../profile/profile-types.js';
import { formatClock } from '../race/race-time.js';
import { formatDistance, formatPace } from '../units/pace-format.js';
import { durationWords, paceRange, runDistance } from './pace-words.js';

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

/** What a session's running blocks are called: reps on the track and hills, a run otherwise. */
export function blockLabel(session: Pick<Session, 'type'>): 'reps' | 'run' {
  return session.type === 'track' || session.type === 'hills' ? 'reps' : 'run';
}

/** Whether the planned time adds anything: an easy run's title already says how long it is. */
export function showsDuration(session: Pick<Session, 'type' | 'plannedDurationS'>): boolean {
  return session.plannedDurationS > 0 && session.type !== 'easy';
}

/** "800 m easy jog, then stretching". */
export function warmupWords(warmup: NonNullable<Session['warmup']>, units: Units): string {
  return `${formatDistance(warmup.jogM, units)} easy jog${warmup.stretching ? ', then stretching' : ''}`;
}

/** "800 m easy jog". */
export function cooldownWords(cooldown: NonNullable<Session['cooldown']>, units: Units): string {
  return `${formatDistance(cooldown.jogM, units)} easy jog`;
}

/**
 * One block of running, with what each rep is run at and what comes between reps.
 * @example intervalWords({ repeat: 2, distanceM: 100, sprintM: 30, intensity: 'repetition', targetSPerKm: 262,
 *   recovery: { type: 'jog', durationS: 150 } }, 'km')
 * // "2 × 100 m — first 30 m flat out, the rest at 4:22/km; jog 2:30 between"
 */
export function intervalWords(interval: Interval, units: Units): string {
  const intensity: string = interval.intensity;
  const race = intensity === 'race' || intensity === 'time-trial';
  const length =
    interval.distanceM !== undefined
      ? runDistance(interval.distanceM, units, { race })
      : interval.durationS !== undefined
        ? durationWords(interval.durationS)
        : '';
  const reps = interval.repeat > 1 ? `${interval.repeat} × ${length}` : length;
  const where = interval.grade === undefined ? '' : ` uphill, ${interval.grade} grade,`;
  return `${reps}${where} ${effortWords(interval, units)}${recoveryWords(interval)}`.replace(/ {2,}/g, ' ');
}

function effortWords(interval: Interval, units: Units): string {
  const target = interval.targetSPerKm === undefined ? undefined : formatPace(interval.targetSPerKm, units);
  if (interval.targetRangeSPerKm !== undefined)
    return `easy at ${paceRange(interval.targetRangeSPerKm, units)}`;
  if (interval.sprintM !== undefined) {
    return target === undefined
      ? `with the first ${interval.sprintM} m flat out`
      : `— first ${interval.sprintM} m flat out, the rest at ${target}`;
  }
  // Read as a string: the plan contract may add intensities, and an unknown one still reads sensibly.
  const intensity: string = interval.intensity;
  switch (intensity) {
    case 'top-speed':
      return 'flat out, by effort';
    case 'easy':
      return target === undefined ? 'easy' : `easy at ${target}`;
    case 'race-pace':
      // Uphill, the pace on the watch runs slow: race effort is what counts, the flat pace is the guide.
      if (interval.grade !== undefined)
        return target === undefined ? 'at race-pace effort' : `at race-pace effort (${target} on the flat)`;
      return target === undefined ? 'at race pace' : `at race pace (${target})`;
    case 'time-trial':
      return timeTrialWords(interval, units);
    case 'race':
      return target === undefined ? 'race' : `race at ${target}`;
    default:
      return target === undefined ? `at ${intensity} effort` : `at ${target} (${intensity} pace)`;
  }
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
