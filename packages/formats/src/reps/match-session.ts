/**
 * Lines detected work stretches up with the reps a session planned, in order, allowing for reps the runner
 * skipped and for extra efforts (strides, a sprint for the bus): the alignment with the least total mismatch,
 * where a rep matched to a stretch costs how far its length is off (by ratio) and leaving either out costs a
 * fixed price. Then each matched rep gets its time, distance, pace and the difference from its target.
 */
import type { Interval, Session } from '@speedwork/core';
import type { DetectedInterval } from './interval-types.js';

/** One rep of the plan. */
export interface PlannedRep {
  /** Index of the session's interval block, and of the rep within it (0-based). */
  block: number;
  rep: number;
  distanceM?: number;
  durationS?: number;
  targetSPerKm?: number;
  sprintM?: number;
  intensity: Interval['intensity'];
}

/** A planned rep and how it went. */
export interface RepResult {
  planned: PlannedRep;
  actual: DetectedInterval;
  /**
   * Actual pace minus target: positive is slower than planned. Null without a target or a distance. For a
   * rep with a flat-out part, the pace after that part, when it could be measured (the target is for it).
   */
  paceDiffSPerKm: number | null;
  /** The flat-out start of the rep, when the plan has one and it could be measured. */
  flatOut?: { durationS: number; sPerKm: number };
  /** For reps planned by distance: measured minus planned. */
  distanceDiffM: number | null;
  /** For reps planned by time: measured minus planned. */
  durationDiffS: number | null;
}

export interface SessionMatch {
  date: string;
  title: string;
  reps: RepResult[];
  /** Planned reps no stretch matched. */
  missed: PlannedRep[];
  /** Work stretches no planned rep matched. */
  extra: DetectedInterval[];
}

/** Leaving a rep or a stretch unmatched costs as much as matching one off by a factor e (2.7 ×). */
const SKIP_COST = 1;
/** A stretch more than this factor off a rep's length is not that rep. */
const MAX_RATIO = 2.5;

/**
 * Every rep of a session, in the order they are run.
 * @example plannedReps(trackSession).length // 2
 */
export function plannedReps(session: Session): PlannedRep[] {
  const reps: PlannedRep[] = [];
  (session.intervals ?? []).forEach((block, blockIndex) => {
    for (let rep = 0; rep < block.repeat; rep++) {
      const planned: PlannedRep = { block: blockIndex, rep, intensity: block.intensity };
      if (block.distanceM !== undefined) planned.distanceM = block.distanceM;
      if (block.durationS !== undefined) planned.durationS = block.durationS;
      if (block.targetSPerKm !== undefined) planned.targetSPerKm = block.targetSPerKm;
      if (block.sprintM !== undefined) planned.sprintM = block.sprintM;
      reps.push(planned);
    }
  });
  return reps;
}

/** Seconds from a stretch's start until `distanceM` into it, or null when the recording cannot say. */
export type TimeIntoStretch = (stretch: DetectedInterval, distanceM: number) => number | null;

/**
 * Matches the work stretches of an activity to the session's reps; `timeInto` lets flat-out parts be timed.
 * @example matchSession(detection.intervals, session).missed.length // 0 when every rep was run
 */
export function matchSession(
  intervals: readonly DetectedInterval[],
  session: Session,
  timeInto?: TimeIntoStretch,
): SessionMatch {
  const planned = plannedReps(session);
  const work = intervals.filter((interval) => interval.kind === 'work');
  const n = work.length;
  const m = planned.length;
  // cost[i][j]: best alignment of the first i stretches with the first j reps.
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const move: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const at = (i: number, j: number): number => cost[i]?.[j] ?? Infinity;
  const set = (i: number, j: number, value: number, step: number): void => {
    const row = cost[i];
    const moves = move[i];
    if (row !== undefined && moves !== undefined && value < (row[j] ?? Infinity)) {
      row[j] = value;
      moves[j] = step;
    }
  };
  set(0, 0, 0, 0);
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      const stretch = work[i - 1];
      const rep = planned[j - 1];
      if (i > 0 && j > 0 && stretch !== undefined && rep !== undefined) {
        set(i, j, at(i - 1, j - 1) + mismatch(stretch, rep), 1);
      }
      if (i > 0) set(i, j, at(i - 1, j) + SKIP_COST, 2);
      if (j > 0) set(i, j, at(i, j - 1) + SKIP_COST, 3);
    }
  }

  const reps: RepResult[] = [];
  const missed: PlannedRep[] = [];
  const extra: DetectedInterval[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const step = move[i]?.[j];
    const stretch = work[i - 1];
    const rep = planned[j - 1];
    if (step === 1 && stretch !== undefined && rep !== undefined) {
      reps.push(result(rep, stretch, timeInto));
      i--;
      j--;
    } else if (step === 2 && stretch !== undefined) {
      extra.push(stretch);
      i--;
    } else if (rep !== undefined) {
      missed.push(rep);
      j--;
    } else {
      break;
    }
  }
  return {
    date: session.date,
    title: session.title,
    reps: reps.reverse(),
    missed: missed.reverse(),
    extra: extra.reverse(),
  };
}

/** How far a stretch's length is from a rep's, as |ln(ratio)|; Infinity beyond `MAX_RATIO`. */
function mismatch(stretch: DetectedInterval, rep: PlannedRep): number {
  const ratio =
    rep.distanceM !== undefined
      ? stretch.distanceM === null
        ? null
        : stretch.distanceM / rep.distanceM
      : rep.durationS !== undefined
        ? stretch.durationS / rep.durationS
        : null;
  if (ratio === null || ratio <= 0)
    return rep.distanceM !== undefined && stretch.distanceM === null ? 0.5 : Infinity;
  const cost = Math.abs(Math.log(ratio));
  return cost > Math.log(MAX_RATIO) ? Infinity : cost;
}

function result(
  planned: PlannedRep,
  actual: DetectedInterval,
  timeInto: TimeIntoStretch | undefined,
): RepResult {
  const flatOut = flatOutPart(planned, actual, timeInto);
  // With a flat-out start, the target pace is for the rest of the rep.
  const restSPerKm =
    flatOut === undefined || actual.distanceM === null || planned.sprintM === undefined
      ? actual.sPerKm
      : ((actual.durationS - flatOut.durationS) * 1000) / (actual.distanceM - planned.sprintM);
  const repResult: RepResult = {
    planned,
    actual,
    paceDiffSPerKm:
      planned.targetSPerKm !== undefined && restSPerKm !== null ? restSPerKm - planned.targetSPerKm : null,
    distanceDiffM:
      planned.distanceM !== undefined && actual.distanceM !== null
        ? actual.distanceM - planned.distanceM
        : null,
    durationDiffS: planned.durationS !== undefined ? actual.durationS - planned.durationS : null,
  };
  if (flatOut !== undefined) repResult.flatOut = flatOut;
  return repResult;
}

function flatOutPart(
  planned: PlannedRep,
  actual: DetectedInterval,
  timeInto: TimeIntoStretch | undefined,
): RepResult['flatOut'] {
  const sprintM = planned.sprintM;
  if (
    sprintM === undefined ||
    timeInto === undefined ||
    actual.distanceM === null ||
    actual.distanceM <= sprintM
  ) {
    return undefined;
  }
  const durationS = timeInto(actual, sprintM);
  if (durationS === null || durationS <= 0 || durationS >= actual.durationS) return undefined;
  return { durationS, sPerKm: (durationS * 1000) / sprintM };
}
