/**
 * The long run (R-LNG-1): mostly easy, the week's longest run, growing by small steps. On some weeks it
 * carries threshold, marathon-pace or goal-pace running inside it, where the week has no room for a separate
 * session (R-QUA-1) or where the race asks for it (marathon pace in the last ten weeks before a marathon).
 */
import { formatDistance, formatPace } from '../units/pace-format.js';
import type { Interval } from './plan-types.js';
import type { RunContext, SessionBody } from './running-sessions.js';
import { blockRepsM, easyMidSPerKm, withPlannedTotals } from './session-distance.js';

export type LongSegment =
  | { kind: 'threshold'; repeat: number; minutes: number }
  | { kind: 'marathon'; distanceM: number }
  | { kind: 'race-pace'; distanceM: number };

/** Runs longer than this carry a fuelling note (R-LNG-1). */
export const FUEL_AFTER_S = 90 * 60;

function segmentInterval(context: RunContext, segment: LongSegment): Interval {
  switch (segment.kind) {
    case 'threshold':
      return {
        repeat: segment.repeat,
        durationS: segment.minutes * 60,
        intensity: 'threshold',
        targetSPerKm: context.paces.thresholdSPerKm,
        recovery: { type: 'jog', durationS: 120 },
      };
    case 'marathon':
      return {
        repeat: 1,
        distanceM: segment.distanceM,
        intensity: 'marathon',
        targetSPerKm: context.paces.marathonSPerKm,
      };
    case 'race-pace':
      return {
        repeat: 1,
        distanceM: segment.distanceM,
        intensity: 'race-pace',
        targetSPerKm: context.racePaceSPerKm,
      };
  }
}

function segmentWords(context: RunContext, segment: LongSegment, interval: Interval): string {
  const pace = formatPace(interval.targetSPerKm ?? 0, context.units);
  switch (segment.kind) {
    case 'threshold':
      return `${segment.repeat} × ${segment.minutes} min at threshold in the middle`;
    case 'marathon':
      return `the last ${formatDistance(segment.distanceM, context.units)} at marathon pace (${pace})`;
    case 'race-pace':
      return `the last ${formatDistance(segment.distanceM, context.units)} at goal pace (${pace})`;
  }
}

/** A long run of `distanceM` in all, with an optional faster segment. */
export function longRunSession(
  context: RunContext,
  distanceM: number,
  why: string,
  segment?: LongSegment,
): SessionBody {
  const easy = (m: number): Interval => ({
    repeat: 1,
    distanceM: Math.round(m),
    intensity: 'easy',
    targetSPerKm: easyMidSPerKm(context.paces),
    targetRangeSPerKm: [...context.paces.easySPerKm],
  });
  let intervals: Interval[] = [easy(distanceM)];
  let title = `Long run: ${formatDistance(distanceM, context.units)}`;
  let text = why;
  if (segment) {
    const fast = segmentInterval(context, segment);
    const jogM =
      fast.recovery && fast.repeat > 1
        ? ((fast.repeat - 1) * fast.recovery.durationS * 1000) / context.paces.easySPerKm[1]
        : 0;
    // Whole metres before the split, so the parts add up to the distance the title promises (not 16,001 m).
    const easyM = Math.max(1000, Math.round(distanceM - blockRepsM(fast) - jogM));
    const words = segmentWords(context, segment, fast);
    const firstM = Math.round(easyM * 0.6);
    intervals =
      segment.kind === 'threshold' ? [easy(firstM), fast, easy(easyM - firstM)] : [easy(easyM), fast];
    title = `${title}, ${words.replace(/ \(.*\)$/, '')}`;
    text = `${why} This week it carries ${words}.`;
  }
  const body = withPlannedTotals<SessionBody>(
    {
      type: 'long',
      title,
      why: text,
      intervals,
      plannedDurationS: 0,
      targetRpe: segment ? [5, 7] : [3, 5],
    },
    context.paces,
  );
  if (context.runWalk) body.runWalk = { ...context.runWalk };
  if (body.plannedDurationS > FUEL_AFTER_S)
    body.notes = [
      'Fuel this one: from about an hour in, take 30–60 g of carbohydrate an hour (a gel, a sports drink or a few sweets) with some water. Practise what you will use on race day.',
    ];
  return body;
}
