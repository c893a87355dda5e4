/**
 * Watches whose clock jumps mid-recording (a GPS time fix after a start on a wrong clock, a reset): the
 * records after the jump carry times days away from those before it, although the runner never stopped. Each
 * jump is closed by moving the later records back in line with the earlier ones; the points are all kept, and
 * the time across the jump comes from the device's own timer (the session's elapsed time) when it can.
 */

/** A step back in time longer than this is a jump (records of one instant can come out of order). */
const BACKWARD_MS = 1000;
/** A step forward longer than this is a jump, not a pause: recordings are split into sessions long before. */
const FORWARD_MS = 12 * 3600 * 1000;
/** Fewer points than this after a jump are stray records (a crashing app's last one), left for the normalizer. */
const MIN_SEGMENT_POINTS = 10;
/** The longest time across a jump taken from the session's elapsed time. */
const MAX_BRIDGE_MS = 10 * 60 * 1000;

export interface ClockRepair {
  /** The record times with each jump closed. */
  timesMs: number[];
  jumps: number;
  /** The same correction for any other time of the recording (a lap's start, a session's end). */
  correct: (ms: number) => number;
}

interface Segment {
  minMs: number;
  maxMs: number;
  shiftMs: number;
}

/**
 * Closes the clock jumps in record times (in file order); `elapsedS` is the session's elapsed time, when the
 * records are one session.
 * @example closeClockJumps([t, t + 1000, t + 20 * 86_400_000 + 2000], null).timesMs // [t, t + 1000, t + 2000]
 */
export function closeClockJumps(timesMs: readonly number[], elapsedS: number | null): ClockRepair {
  const jumpsAt = findJumps(timesMs);
  if (jumpsAt.length === 0) return { timesMs: [...timesMs], jumps: 0, correct: (ms) => ms };
  const stepMs = typicalStepMs(timesMs);
  const first = firstFinite(timesMs, 0);
  const last = lastFinite(timesMs);
  let bridgeMs = stepMs;
  if (jumpsAt.length === 1 && elapsedS !== null && first !== null && last !== null) {
    const jump = jumpsAt[0] ?? 0;
    const rawGap = (timesMs[jump] ?? 0) - (timesMs[previousFinite(timesMs, jump)] ?? 0);
    const fromTimer = elapsedS * 1000 - (last - first - rawGap);
    if (fromTimer >= stepMs && fromTimer <= MAX_BRIDGE_MS) bridgeMs = fromTimer;
  }
  const segments: Segment[] = [];
  const out = [...timesMs];
  let shiftMs = 0;
  let segmentStart = 0;
  const bounds = [...jumpsAt, timesMs.length];
  for (const end of bounds) {
    let minMs = Infinity;
    let maxMs = -Infinity;
    for (let i = segmentStart; i < end; i++) {
      const t = timesMs[i] ?? Number.NaN;
      if (!Number.isFinite(t)) continue;
      minMs = Math.min(minMs, t);
      maxMs = Math.max(maxMs, t);
      out[i] = t + shiftMs;
    }
    segments.push({ minMs, maxMs, shiftMs });
    if (end < timesMs.length) {
      const before = out[previousFinite(timesMs, end)] ?? 0;
      shiftMs = before + bridgeMs - (timesMs[end] ?? 0);
    }
    segmentStart = end;
  }
  return {
    timesMs: out,
    jumps: jumpsAt.length,
    correct: (ms) => ms + segmentOf(segments, ms).shiftMs,
  };
}

/** Indices of the records that start a new clock: a big step back or forward, with a recording after it. */
function findJumps(timesMs: readonly number[]): number[] {
  const jumps: number[] = [];
  let previous = Number.NaN;
  for (let i = 0; i < timesMs.length; i++) {
    const t = timesMs[i] ?? Number.NaN;
    if (!Number.isFinite(t)) continue;
    if (Number.isFinite(previous)) {
      const stepMs = t - previous;
      if (stepMs < -BACKWARD_MS || stepMs > FORWARD_MS) jumps.push(i);
    }
    previous = t;
  }
  // A jump followed by only a few records before the next jump or the end is stray records, not a new clock.
  return jumps.filter((at, k) => (jumps[k + 1] ?? timesMs.length) - at >= MIN_SEGMENT_POINTS);
}

function typicalStepMs(timesMs: readonly number[]): number {
  const steps: number[] = [];
  for (let i = 1; i < timesMs.length && steps.length < 2000; i++) {
    const step = (timesMs[i] ?? 0) - (timesMs[i - 1] ?? 0);
    if (step > 0 && step <= 60_000) steps.push(step);
  }
  steps.sort((a, b) => a - b);
  return Math.max(1000, steps[Math.floor(steps.length / 2)] ?? 1000);
}

/** The segment whose clock a time belongs to: the one whose range holds it, else the nearest. */
function segmentOf(segments: readonly Segment[], ms: number): Segment {
  let best = segments[0] ?? { minMs: 0, maxMs: 0, shiftMs: 0 };
  let bestDistance = Infinity;
  for (const segment of segments) {
    const distance = ms < segment.minMs ? segment.minMs - ms : ms > segment.maxMs ? ms - segment.maxMs : 0;
    if (distance <= bestDistance) {
      best = segment;
      bestDistance = distance;
    }
  }
  return best;
}

function firstFinite(values: readonly number[], from: number): number | null {
  for (let i = from; i < values.length; i++) if (Number.isFinite(values[i])) return values[i] ?? null;
  return null;
}

function lastFinite(values: readonly number[]): number | null {
  for (let i = values.length - 1; i >= 0; i--) if (Number.isFinite(values[i])) return values[i] ?? null;
  return null;
}

function previousFinite(values: readonly number[], at: number): number {
  for (let i = at - 1; i >= 0; i--) if (Number.isFinite(values[i])) return i;
  return at;
}
