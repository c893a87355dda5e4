/**
 * Week summaries after sessions changed: the running distance, interval metres and long run of a week move
 * by what its sessions changed, so the numbers the generator computed for the rest stay as they were.
 */
import type { Plan, Session, WeekSummary } from '../plan/plan-types.js';
import { sessionDistanceM } from './training-gap.js';

/** Metres of track reps and hill repeats: the volume the taper of R-REC-3 compares. */
export function intervalM(session: Session): number {
  if (session.type !== 'track' && session.type !== 'hills') return 0;
  return (session.intervals ?? []).reduce((sum, i) => {
    if (i.distanceM !== undefined) return sum + i.repeat * i.distanceM;
    const pace = i.targetSPerKm ?? 0;
    return pace > 0 && i.durationS !== undefined ? sum + (i.repeat * i.durationS * 1000) / pace : sum;
  }, 0);
}

function strengthSets(session: Session): number {
  return (session.exercises ?? []).reduce((sum, e) => sum + e.sets, 0);
}

/**
 * The plan's week summaries with each week moved by the difference between `before` and `after`.
 * @example updatedWeeks(plan, plan.sessions, adaptedSessions)
 */
export function updatedWeeks(
  plan: Plan,
  before: readonly Session[],
  after: readonly Session[],
): WeekSummary[] {
  const easySPerKm = plan.paces.paces.easySPerKm[1];
  const delta = new Map<number, { distanceM: number; intervalM: number; sets: number }>();
  const add = (session: Session, sign: number): void => {
    const d = delta.get(session.week) ?? { distanceM: 0, intervalM: 0, sets: 0 };
    if (session.type !== 'race') d.distanceM += sign * sessionDistanceM(session, easySPerKm);
    d.intervalM += sign * intervalM(session);
    d.sets += sign * strengthSets(session);
    delta.set(session.week, d);
  };
  const beforeById = new Map(before.map((s) => [s.id, s]));
  const afterById = new Map(after.map((s) => [s.id, s]));
  for (const s of after) {
    const old = beforeById.get(s.id);
    if (old === s) continue;
    if (old) add(old, -1);
    add(s, 1);
  }
  for (const s of before) if (!afterById.has(s.id)) add(s, -1);
  if (delta.size === 0) return plan.weeks;
  return plan.weeks.map((summary) => {
    const d = delta.get(summary.week);
    if (!d) return summary;
    const longs = after.filter((s) => s.week === summary.week && s.type === 'long');
    return {
      ...summary,
      runningDistanceM: Math.max(0, Math.round(summary.runningDistanceM + d.distanceM)),
      intervalVolumeM: Math.max(0, Math.round(summary.intervalVolumeM + d.intervalM)),
      longRunM: Math.round(Math.max(0, ...longs.map((s) => sessionDistanceM(s, easySPerKm)))),
      strengthSets: Math.max(0, summary.strengthSets + d.sets),
    };
  });
}
