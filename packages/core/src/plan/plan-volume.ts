/**
 * How much work a session and a week hold: interval metres (what the taper of R-REC-3 cuts), running metres
 * (R-VOL-*), the long run and strength sets. The generator reports them per week; the checker and the
 * progress charts read them.
 */
import { formatDayNumber } from '../calendar/calendar-date.js';
import type { TrainingPaces } from '../paces/training-paces.js';
import type { Phase, Session, WeekSummary } from './plan-types.js';
import type { SeasonWeek } from './season-blueprint.js';
import { blockRepsM, runDistanceM } from './session-distance.js';

/** Metres of fast running in track reps and hill repeats; other runs are not the ladder's interval volume. */
export function intervalVolumeM(session: Session): number {
  if (session.type !== 'track' && session.type !== 'hills') return 0;
  return (session.intervals ?? []).reduce((sum, interval) => sum + blockRepsM(interval), 0);
}

/** A run's planned metres (every part of it); 0 for strength. */
function plannedRunM(session: Session, paces: TrainingPaces): number {
  if (session.type === 'strength') return 0;
  return session.plannedDistanceM ?? runDistanceM(session, paces);
}

export function strengthSets(session: Session): number {
  return (session.exercises ?? []).reduce((sum, exercise) => sum + exercise.sets, 0);
}

/** One summary per plan week, in order. */
export function weekSummaries(
  sessions: readonly Session[],
  weeks: readonly SeasonWeek[],
  paces: TrainingPaces,
): WeekSummary[] {
  return weeks.map((w) => {
    const inWeek = sessions.filter((s) => s.week === w.week);
    const phase: Phase = w.taper ? 'taper' : (inWeek.find((s) => s.phase !== 'taper')?.phase ?? 'build');
    return {
      week: w.week,
      start: formatDayNumber(w.startDay),
      phase,
      deload: w.deload,
      intervalVolumeM: Math.round(inWeek.reduce((sum, s) => sum + intervalVolumeM(s), 0)),
      runningDistanceM: Math.round(
        inWeek.filter((s) => s.type !== 'race').reduce((sum, s) => sum + plannedRunM(s, paces), 0),
      ),
      longRunM: Math.max(0, ...inWeek.filter((s) => s.type === 'long').map((s) => s.plannedDistanceM ?? 0)),
      strengthSets: inWeek.reduce((sum, s) => sum + strengthSets(s), 0),
    };
  });
}
