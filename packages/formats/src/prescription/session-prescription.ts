/**
 * A planned session in words, for places that carry text and nothing else: a calendar event's description,
 * a watch step's notes. Everything the runner needs on the day: why, the warm-up, each block with its pace
 * and recovery, the exercises with sets, reps, load and cues, the technique focus with this week's cue.
 * The words for each part come from core, so the CLI, the calendar and the watch say the same thing.
 */
import {
  durationWords,
  exerciseById,
  exerciseWords,
  formatDistance,
  intervalWords,
  techniqueWords,
  type Session,
  type TechniqueFocusId,
  type Units,
} from '@speedwork/core';

/** "Stride: Land with your foot under your hip, not reaching out in front." */
export function techniqueLine(id: TechniqueFocusId, week: number): string {
  const words = techniqueWords(id, week);
  return `${words.name}: ${words.cues[0] ?? ''}`;
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
    const words = exerciseWords(exercise);
    lines.push(`${words.name}: ${words.dose}`);
    for (const cue of exerciseById(exercise.id).cues) lines.push(`  - ${cue}`);
    if (exercise.variant !== undefined) lines.push(`  - Harder: ${exercise.variant}`);
  }
  for (const focus of session.technique) lines.push(`Technique, ${techniqueLine(focus, session.week)}`);
  if (session.plannedDurationS > 0) lines.push(`About ${durationWords(session.plannedDurationS)} in all.`);
  return lines;
}
