/**
 * A planned session in words, for places that carry text and nothing else: a calendar event's description,
 * a watch step's notes. Everything the runner needs on the day: why, the warm-up, each block with its pace
 * and recovery (strides and run–walk with the easy running), the cool-down, the day's notes, the exercises
 * with sets, reps, load and cues, the technique focus with this week's cue, and the planned time and distance.
 * The words for each part come from core, so the CLI, the calendar and the watch say the same thing.
 */
import {
  exerciseById,
  exerciseWords,
  sessionParts,
  sizeWords,
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
  for (const part of sessionParts(session, units)) {
    lines.push(`${part.label.charAt(0).toUpperCase()}${part.label.slice(1)}: ${part.text}`);
  }
  for (const exercise of session.exercises ?? []) {
    const words = exerciseWords(exercise);
    lines.push(`${words.name}: ${words.dose}`);
    for (const cue of exerciseById(exercise.id).cues) lines.push(`  - ${cue}`);
    if (exercise.variant !== undefined) lines.push(`  - Harder: ${exercise.variant}`);
  }
  for (const focus of session.technique) lines.push(`Technique, ${techniqueLine(focus, session.week)}`);
  const size = sizeWords(session, units);
  if (size !== '') lines.push(`${size.charAt(0).toUpperCase()}${size.slice(1)} in all.`);
  return lines;
}
