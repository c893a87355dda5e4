/**
 * How much work a session and a week hold: interval metres (what the taper of R-REC-3 cuts), running metres
 * and strength sets. The generator reports them per week; the tests and the progress charts read them.
 */
import { formatDayNumber } from '../calendar/calendar-date.js';
import type { Interval, Phase, Session, WeekSummary } from './plan-types.js';
import type { RunContext } from './running-sessions.js';

function intervalMetres(interval: Interval): number {
  if (interval.distanceM !== undefined) return interval.repeat * interval.distanceM;
  const sPerKm = interval.targetSPerKm ?? 0;
  return sPerKm > 0 && interval.durationS !== undefined
    ? (interval.repeat * interval.durationS * 1000) / sPerKm
    : 0;
}

/** Metres of fast running in track reps and hill repeats; races, time trials and easy runs are not intervals. */
export function intervalVolumeM(session: Session): number {
  if (session.type !== 'track' && session.type !== 'hills') return 0;
  return (session.intervals ?? []).reduce((sum, interval) => sum + intervalMetres(interval), 0);
}

/** Every metre of the session: warm-up, reps, jog recoveries at easy pace, cool-down. */
export function runningDistanceM(session: Session, easySPerKm: number): number {
  const intervals = (session.intervals ?? []).reduce((sum, interval) => {
    const recoveryS = interval.recovery ? (interval.repeat - 1) * interval.recovery.durationS : 0;
    return sum + intervalMetres(interval) + (recoveryS * 1000) / easySPerKm;
  }, 0);
  return (session.warmup?.jogM ?? 0) + intervals + (session.cooldown?.jogM ?? 0);
}

export function strengthSets(session: Session): number {
  return (session.exercises ?? []).reduce((sum, exercise) => sum + exercise.sets, 0);
}

/** One summary per plan week, in order. */
export function weekSummaries(
  sessions: readonly Session[],
  weeks: number,
  startDay: number,
  context: RunContext,
): WeekSummary[] {
  const easySPerKm = context.paces.easySPerKm[1];
  const summaries: WeekSummary[] = [];
  for (let week = 1; week <= weeks; week++) {
    const inWeek = sessions.filter((s) => s.week === week);
    const phase: Phase = inWeek.some((s) => s.type === 'race')
      ? 'taper'
      : (inWeek.find((s) => s.phase !== 'taper')?.phase ?? inWeek[0]?.phase ?? 'build');
    summaries.push({
      week,
      start: formatDayNumber(startDay + (week - 1) * 7),
      phase,
      deload: inWeek.some((s) => s.deload),
      intervalVolumeM: Math.round(inWeek.reduce((sum, s) => sum + intervalVolumeM(s), 0)),
      runningDistanceM: Math.round(inWeek.reduce((sum, s) => sum + runningDistanceM(s, easySPerKm), 0)),
      longRunM: 0,
      strengthSets: inWeek.reduce((sum, s) => sum + strengthSets(s), 0),
    });
  }
  return summaries;
}
