/**
 * A planned session in words, for places that carry text and nothing else: a calendar event's description,
 * a watch step's notes. Everything the runner needs on the day: why, the warm-up, each block with its pace
 * and recovery, the exercises with sets, reps, load and cues, the technique focus with this week's cue.
 */
import {
  exerciseById,
  formatClock,
  formatDistance,
  formatPace,
  techniqueFocusById,
  type ExercisePrescription,
  type Interval,
  type Session,
  type TechniqueFocusId,
  type Units,
} from '@speedwork/core';

/**
 * The cue of a focus for a plan week: the cues rotate week by week, so a runner meets all of them.
 * @example techniqueCue('stride', 1) // "Land with your foot under your hip, not reaching out in front."
 */
export function techniqueCue(id: TechniqueFocusId, week: number): string {
  const cues = techniqueFocusById(id).cues;
  return cues[(((week - 1) % cues.length) + cues.length) % cues.length] ?? '';
}

/** "Stride: Land with your foot under your hip, not reaching out in front." */
export function techniqueLine(id: TechniqueFocusId, week: number): string {
  return `${techniqueFocusById(id).name}: ${techniqueCue(id, week)}`;
}

/**
 * A pace range, fastest first: "4:23–4:39/km".
 * @example paceRangeWords([366, 412], 'km') // "6:06–6:52/km"
 */
export function paceRangeWords([fastSPerKm, slowSPerKm]: readonly [number, number], units: Units): string {
  return `${formatPace(fastSPerKm, units).replace(/\/(km|mi)$/, '')}–${formatPace(slowSPerKm, units)}`;
}

/** "45 s", "2:30", "40 min". */
export function durationWords(totalS: number): string {
  const s = Math.round(totalS);
  if (s < 100) return `${s} s`;
  if (s % 60 === 0 || s >= 600) return `${Math.round(s / 60)} min`;
  return formatClock(s);
}

/**
 * One block of running.
 * @example intervalWords({ repeat: 2, distanceM: 100, sprintM: 30, intensity: 'repetition', targetSPerKm: 271,
 *   recovery: { type: 'jog', durationS: 150 } }, 'km')
 * // "2 × 100 m: first 30 m flat out, the rest at 4:31/km; jog 2:30 between reps"
 */
export function intervalWords(interval: Interval, units: Units): string {
  const length =
    interval.distanceM !== undefined
      ? formatDistance(interval.distanceM, units)
      : durationWords(interval.durationS ?? 0);
  const reps = interval.repeat > 1 ? `${interval.repeat} × ${length}` : length;
  const hill = interval.grade === undefined ? '' : ` uphill (${interval.grade} grade)`;
  return `${reps}${hill}: ${effortWords(interval, units)}${recoveryWords(interval)}`;
}

function effortWords(interval: Interval, units: Units): string {
  const target = interval.targetSPerKm === undefined ? undefined : formatPace(interval.targetSPerKm, units);
  if (interval.targetRangeSPerKm !== undefined)
    return `easy, ${paceRangeWords(interval.targetRangeSPerKm, units)}`;
  if (interval.sprintM !== undefined) {
    return `first ${interval.sprintM} m flat out${target === undefined ? '' : `, the rest at ${target}`}`;
  }
  // Read as a string: the plan contract may add intensities, and an unknown one still reads sensibly.
  const intensity: string = interval.intensity;
  switch (intensity) {
    case 'race-pace':
      return interval.grade === undefined
        ? `at race pace${target === undefined ? '' : ` (${target})`}`
        : `at race-pace effort${target === undefined ? '' : ` (${target} on the flat)`}`;
    case 'time-trial':
      return `all out and even${target === undefined ? '' : `, about ${target}`}`;
    case 'race':
      return `race${target === undefined ? '' : ` at ${target}`}`;
    case 'easy':
      return `easy${target === undefined ? '' : ` at ${target}`}`;
    default:
      return target === undefined ? `at ${intensity} effort` : `at ${target} (${intensity} pace)`;
  }
}

function recoveryWords(interval: Interval): string {
  const recovery = interval.recovery;
  if (recovery === undefined || interval.repeat < 2) return '';
  switch (recovery.type) {
    case 'jog-down':
      return `; jog back down to recover, about ${durationWords(recovery.durationS)}`;
    case 'jog':
      return `; jog ${durationWords(recovery.durationS)} between reps`;
    case 'walk':
      return `; walk ${durationWords(recovery.durationS)} between reps`;
  }
}

/**
 * An exercise's dose: "3 × 12–15 reps, light load, 90 s rest".
 * @example exerciseDoseWords({ id: 'tuck-jump', sets: 2, durationS: 30, load: 'bodyweight', footContacts: 40, restS: 90 })
 * // "2 × 30 s, bodyweight, 90 s rest"
 */
export function exerciseDoseWords(exercise: ExercisePrescription): string {
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
  return `${exercise.sets} × ${per}, ${load}${rest}`;
}

/** "Single-Leg Romanian Deadlift (instead of deadlift)". */
export function exerciseNameWords(exercise: ExercisePrescription): string {
  const name = exerciseById(exercise.id).name;
  return exercise.substitutes === undefined
    ? name
    : `${name} (instead of ${exerciseById(exercise.substitutes).name.toLowerCase()})`;
}

/**
 * The whole session as lines of plain text, in the runner's units.
 * @example sessionLines(session, 'km')[1] // "Warm-up: 800 m easy jog, then stretching"
 */
export function sessionLines(session: Session, units: Units): string[] {
  const lines = [session.why];
  if (session.warmup !== undefined) {
    const stretching = session.warmup.stretching ? ', then stretching' : '';
    lines.push(`Warm-up: ${formatDistance(session.warmup.jogM, units)} easy jog${stretching}`);
  }
  for (const interval of session.intervals ?? []) lines.push(`Run: ${intervalWords(interval, units)}`);
  if (session.cooldown !== undefined)
    lines.push(`Cool-down: ${formatDistance(session.cooldown.jogM, units)} easy jog`);
  for (const exercise of session.exercises ?? []) {
    lines.push(`${exerciseNameWords(exercise)}: ${exerciseDoseWords(exercise)}`);
    for (const cue of exerciseById(exercise.id).cues) lines.push(`  - ${cue}`);
    if (exercise.variant !== undefined) lines.push(`  - Harder: ${exercise.variant}`);
  }
  for (const focus of session.technique) lines.push(`Technique, ${techniqueLine(focus, session.week)}`);
  if (session.plannedDurationS > 0) lines.push(`About ${durationWords(session.plannedDurationS)} in all.`);
  return lines;
}
