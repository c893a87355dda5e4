/**
 * A planned session as a runner might run it: the warm-up jog and stretch, each rep near its target pace
 * (flat-out part included), the recoveries, the cool-down. Feeds `synthesizeRun` for tests and the bench.
 */
import type { Session } from '@speedwork/core';
import { seededRandom } from './seeded-random.js';
import type { SyntheticSegment } from './synthesize-run.js';

export interface SyntheticRunner {
  /** Easy jog speed (warm-up, recoveries, cool-down). */
  jogMPerS: number;
  /** Top speed of the flat-out parts. */
  sprintMPerS: number;
  /** How far a rep strays from its target pace: deviation as a share (0.03 = 3 %). */
  paceSpread: number;
  /** Stretching after the warm-up, standing (default 240 s). */
  stretchS?: number;
}

export const TYPICAL_RUNNER: SyntheticRunner = { jogMPerS: 2.5, sprintMPerS: 7, paceSpread: 0.03 };

/** Uphill reps are slower than flat race pace at the same effort; the jog down is easy. */
const UPHILL_SPEED_SHARE = 0.88;
const HILL_GRADE = 0.06;

/**
 * The segments of a planned running session.
 * @example sessionSegments(trackSession, TYPICAL_RUNNER, 7).filter((s) => s.kind === 'work').length // 2
 */
export function sessionSegments(session: Session, runner: SyntheticRunner, seed: number): SyntheticSegment[] {
  const random = seededRandom(seed);
  const segments: SyntheticSegment[] = [];
  if (session.warmup !== undefined) {
    segments.push({ kind: 'warmup', distanceM: session.warmup.jogM, speedMPerS: runner.jogMPerS });
    if (session.warmup.stretching)
      segments.push({ kind: 'stand', durationS: runner.stretchS ?? 240, speedMPerS: 0 });
  }
  const intervals = session.intervals ?? [];
  intervals.forEach((block, blockIndex) => {
    for (let rep = 0; rep < block.repeat; rep++) {
      const targetMPerS =
        block.targetSPerKm === undefined ? runner.jogMPerS * 1.5 : 1000 / block.targetSPerKm;
      const uphill = block.grade !== undefined;
      const speed =
        targetMPerS * (uphill ? UPHILL_SPEED_SHARE : 1) * (1 + runner.paceSpread * random.gaussian());
      const work: SyntheticSegment = { kind: 'work', speedMPerS: speed };
      if (block.distanceM !== undefined) work.distanceM = block.distanceM;
      else work.durationS = block.durationS ?? 60;
      if (block.sprintM !== undefined)
        work.sprint = { distanceM: block.sprintM, speedMPerS: runner.sprintMPerS };
      if (uphill) work.grade = HILL_GRADE;
      segments.push(work);
      const lastRep = rep === block.repeat - 1 && blockIndex === intervals.length - 1;
      if (block.recovery !== undefined && !lastRep) {
        const jogDown = block.recovery.type === 'jog-down';
        segments.push({
          kind: 'recovery',
          durationS: block.recovery.durationS,
          speedMPerS:
            block.recovery.type === 'walk' ? 1.4 : jogDown ? runner.jogMPerS * 0.75 : runner.jogMPerS,
          ...(jogDown ? { grade: -HILL_GRADE } : {}),
        });
      }
    }
  });
  if (session.cooldown !== undefined) {
    segments.push({ kind: 'cooldown', distanceM: session.cooldown.jogM, speedMPerS: runner.jogMPerS });
  }
  return segments;
}
