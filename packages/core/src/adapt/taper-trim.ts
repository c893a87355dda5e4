/**
 * R-REC-3 after the peak changed: the taper's interval volume stays at most 60 % of the peak week the runner
 * will actually have. When adaptation lightens a peak week (a session eased or a step repeated), the taper's
 * track and hill reps come down with it.
 */
import type { Plan, Session } from '../plan/plan-types.js';
import { addChange, replaceFuture, sessionWhat, type AdaptDraft } from './adapt-draft.js';
import { dayOf } from './adapt-dates.js';
import { intervalM } from './week-totals.js';

export const TAPER_SHARE = 0.6;
const TAPER_DAYS = 7;

/**
 * Trims the reps of the taper's track and hill sessions ahead until the taper fits under the peak.
 * @example trimTaper(draft, adaptedPlan) // true when a session changed
 */
export function trimTaper(draft: AdaptDraft, adapted: Plan): boolean {
  const raceDate = adapted.profile.raceDate;
  if (raceDate === undefined) return false;
  const raceDay = dayOf(raceDate);
  const peakM = Math.max(0, ...adapted.weeks.map((w) => w.intervalVolumeM));
  const inTaper = adapted.sessions.filter((s) => dayOf(s.date) > raceDay - TAPER_DAYS);
  let taperM = inTaper.reduce((sum, s) => sum + intervalM(s), 0);
  if (peakM <= 0 || taperM <= TAPER_SHARE * peakM) return false;
  const trimmable = new Map<string, Session>(
    draft.future
      .filter((s) => dayOf(s.date) > raceDay - TAPER_DAYS && intervalM(s) > 0)
      .map((s) => [s.id, s]),
  );
  let changed = false;
  while (taperM > TAPER_SHARE * peakM) {
    const biggest = [...trimmable.values()]
      .filter((s) => (s.intervals?.[0]?.repeat ?? 0) > 1)
      .sort((a, b) => intervalM(b) - intervalM(a) || a.date.localeCompare(b.date))[0];
    const interval = biggest?.intervals?.[0];
    if (!biggest || !interval) break;
    const next: Session = {
      ...biggest,
      title: biggest.title.replace(`${interval.repeat} ×`, `${interval.repeat - 1} ×`),
      intervals: [{ ...interval, repeat: interval.repeat - 1 }, ...(biggest.intervals ?? []).slice(1)],
    };
    taperM += intervalM(next) - intervalM(biggest);
    trimmable.set(next.id, next);
    changed = true;
  }
  for (const next of trimmable.values()) {
    const before = draft.future.find((s) => s.id === next.id);
    if (!before || before === next) continue;
    const why = `Your peak weeks came out lighter than planned, so the taper shrinks with them: ${sessionWhat(next)} keeps you sharp without tiring your legs before the race.`;
    replaceFuture(draft, { ...next, why });
    addChange(draft, before, 'taper', before.title, next.title, why);
  }
  return changed;
}
