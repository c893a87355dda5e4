/**
 * Work specific to the race, beside the ladder and the hills (R-QUA-1, R-QUA-2): threshold (cruise intervals
 * growing into a continuous tempo), interval-pace reps of 400–1,200 m, marathon-pace running and reps at goal
 * race pace. Each session stays within Daniels' limits for its week: threshold running at most 10 % of the
 * week or 15 minutes, interval pace at most 8 % (COACHING 4.4–4.7).
 */
import { formatPace } from '../units/pace-format.js';
import type { Interval } from './plan-types.js';
import type { RunContext, SessionBody } from './running-sessions.js';
import { COOLDOWN_JOG_M, WARMUP_JOG_M } from './running-sessions.js';
import { jogSPerKm, withPlannedTotals } from './session-distance.js';

/** R-QUA-2: about 12 minutes of easy running before the work, then stretching and drills. */
const LONG_WARMUP_S = 12 * 60;

interface Rep {
  repeat: number;
  /** One of distance or minutes. */
  distanceM?: number;
  minutes?: number;
  jogS?: number;
}

/** Daniels' cruise intervals toward a continuous tempo: about a minute's jog per five minutes of threshold. */
const THRESHOLD_STEPS: readonly Rep[] = [
  { repeat: 3, minutes: 5, jogS: 60 },
  { repeat: 4, minutes: 5, jogS: 60 },
  { repeat: 3, minutes: 8, jogS: 90 },
  { repeat: 2, minutes: 12, jogS: 120 },
  { repeat: 1, minutes: 20 },
  { repeat: 2, minutes: 15, jogS: 120 },
  { repeat: 1, minutes: 25 },
];

const INTERVAL_STEPS: readonly Rep[] = [
  { repeat: 6, distanceM: 400, jogS: 105 },
  { repeat: 5, distanceM: 600, jogS: 120 },
  { repeat: 5, distanceM: 800, jogS: 150 },
  { repeat: 5, distanceM: 1000, jogS: 180 },
  { repeat: 4, distanceM: 1200, jogS: 180 },
  { repeat: 6, distanceM: 1000, jogS: 180 },
];

/** Reps at goal race pace, shortest first, by race distance (COACHING 4.6, 4.7). */
function racePaceSteps(raceM: number): readonly Rep[] {
  if (raceM < 3000)
    return [
      { repeat: 4, distanceM: 400, jogS: 150 },
      { repeat: 5, distanceM: 400, jogS: 150 },
      { repeat: 3, distanceM: 600, jogS: 180 },
    ];
  if (raceM < 5000)
    return [
      { repeat: 6, distanceM: 400, jogS: 120 },
      { repeat: 5, distanceM: 600, jogS: 120 },
      { repeat: 4, distanceM: 800, jogS: 120 },
    ];
  if (raceM <= 5000)
    return [
      { repeat: 6, distanceM: 400, jogS: 90 },
      { repeat: 5, distanceM: 600, jogS: 120 },
      { repeat: 5, distanceM: 800, jogS: 120 },
      { repeat: 5, distanceM: 1000, jogS: 150 },
    ];
  if (raceM <= 16000)
    return [
      { repeat: 4, distanceM: 1000, jogS: 90 },
      { repeat: 5, distanceM: 1000, jogS: 90 },
      { repeat: 4, distanceM: 1200, jogS: 120 },
    ];
  return [
    { repeat: 2, distanceM: 1500, jogS: 120 },
    { repeat: 3, distanceM: 1500, jogS: 120 },
    { repeat: 2, distanceM: 3000, jogS: 120 },
    { repeat: 2, distanceM: 4000, jogS: 120 },
  ];
}

function repM(rep: Rep, sPerKm: number): number {
  return rep.repeat * (rep.distanceM ?? ((rep.minutes ?? 0) * 60 * 1000) / sPerKm);
}

/** The highest step up to `index` whose running fits `capM`; undefined when even the first does not. */
function pick(steps: readonly Rep[], index: number, capM: number, sPerKm: number): Rep | undefined {
  for (let i = Math.min(index, steps.length - 1); i >= 0; i--) {
    const step = steps[i];
    if (step && repM(step, sPerKm) <= capM + 10) return step;
  }
  return undefined;
}

/** R-QUA-1: threshold metres a week may hold, at most 10 % of it or 15 minutes, whichever is more. */
export function thresholdCapM(weekM: number, thresholdSPerKm: number): number {
  return Math.max(0.1 * weekM, (15 * 60 * 1000) / thresholdSPerKm);
}

/** R-QUA-1: interval-pace metres a session may hold, at most 8 % of the week. */
function intervalCapM(weekM: number): number {
  return 0.08 * weekM;
}

function toInterval(rep: Rep, intensity: Interval['intensity'], sPerKm: number): Interval {
  const interval: Interval = { repeat: rep.repeat, intensity, targetSPerKm: sPerKm };
  if (rep.distanceM !== undefined) interval.distanceM = rep.distanceM;
  else interval.durationS = (rep.minutes ?? 0) * 60;
  if (rep.jogS !== undefined && rep.repeat > 1) interval.recovery = { type: 'jog', durationS: rep.jogS };
  return interval;
}

function repWords(rep: Rep): string {
  const one = rep.distanceM !== undefined ? `${rep.distanceM} m` : `${rep.minutes} min`;
  return rep.repeat > 1 ? `${rep.repeat} × ${one}` : one;
}

function qualityBody(
  context: RunContext,
  weekM: number,
  type: 'tempo' | 'intervals',
  title: string,
  why: string,
  intervals: Interval[],
  targetRpe: [number, number],
): SessionBody {
  return withPlannedTotals(
    {
      type,
      title,
      why,
      warmup: {
        // About 12 minutes of running, less in a small week (never under half a mile, R-INT-2).
        jogM: Math.max(
          WARMUP_JOG_M,
          Math.min(
            Math.round((LONG_WARMUP_S * 1000) / jogSPerKm(context.paces) / 100) * 100,
            Math.round(weekM / 20 / 100) * 100,
          ),
        ),
        stretching: true,
        drills: true,
      },
      intervals,
      cooldown: { jogM: COOLDOWN_JOG_M },
      plannedDurationS: 0,
      targetRpe,
    },
    context.paces,
  );
}

/**
 * A threshold session: the `index`-th step of the cruise-interval progression, as high as the week allows.
 * @example thresholdSession(context, 0, 40000, 'first') // 3 × 5 min at threshold pace, 1 min jog
 */
export function thresholdSession(
  context: RunContext,
  index: number,
  weekM: number,
  why: string,
  maxMinutes = Infinity,
): SessionBody {
  const sPerKm = context.paces.thresholdSPerKm;
  const steps = THRESHOLD_STEPS.filter((s) => (s.minutes ?? 0) * s.repeat <= maxMinutes);
  const step = pick(steps, index, thresholdCapM(weekM, sPerKm), sPerKm) ?? THRESHOLD_STEPS[0];
  const rep = step ?? { repeat: 3, minutes: 5, jogS: 60 };
  return qualityBody(
    context,
    weekM,
    'tempo',
    `Tempo: ${repWords(rep)} at threshold`,
    `${why} Threshold pace (${formatPace(sPerKm, context.units)}) is comfortably hard: you could say a short sentence, not chat.`,
    [toInterval(rep, 'threshold', sPerKm)],
    [6, 7],
  );
}

/** Interval-pace reps of 400–1,200 m (R-QUA-2), or undefined when the week is too small for even the first. */
export function intervalSession(context: RunContext, index: number, weekM: number): SessionBody | undefined {
  const sPerKm = context.paces.intervalSPerKm;
  const rep = pick(INTERVAL_STEPS, index, intervalCapM(weekM), sPerKm);
  if (!rep) return undefined;
  return qualityBody(
    context,
    weekM,
    'intervals',
    `Intervals: ${repWords(rep)}`,
    `Reps at interval pace (${formatPace(sPerKm, context.units)}), about your 3K–5K race effort: they raise the ceiling your ${context.raceLabel} pace sits under.`,
    [toInterval(rep, 'interval', sPerKm)],
    [7, 8],
  );
}

/**
 * Reps at goal race pace (R-QUA-1): the pace you will race at, practised in pieces. Mile to 10K as
 * `intervals`, half-marathon pieces as `tempo`.
 */
export function racePaceSession(
  context: RunContext,
  raceM: number,
  index: number,
  weekM: number,
  why: string,
  sharpener = false,
): SessionBody {
  const sPerKm = context.racePaceSPerKm;
  const steps = racePaceSteps(raceM);
  const capM = raceM > 5000 ? thresholdCapM(weekM, sPerKm) : intervalCapM(weekM);
  const picked = pick(steps, index, capM, sPerKm) ?? steps[0] ?? { repeat: 4, distanceM: 400, jogS: 120 };
  // The taper's sharpener is two thirds of the first step: the feel of race pace, not the work.
  const rep = sharpener ? { ...picked, repeat: Math.max(2, Math.ceil((picked.repeat * 2) / 3)) } : picked;
  const long = (rep.distanceM ?? 0) > 1200;
  return qualityBody(
    context,
    weekM,
    long ? 'tempo' : 'intervals',
    `${long ? 'Race-pace tempo' : 'Race-pace reps'}: ${repWords(rep)} at ${formatPace(sPerKm, context.units)}`,
    why,
    [toInterval(rep, 'race-pace', sPerKm)],
    raceM > 5000 ? [6, 7] : [7, 8],
  );
}

/** A midweek run with a marathon-pace block (R-QUA-1), in a week whose long run stays easy. */
export function marathonPaceSession(
  context: RunContext,
  weekM: number,
  why: string,
  maxM = 16000,
): SessionBody {
  const blockM = Math.max(5000, Math.min(maxM, Math.round((0.2 * weekM) / 1000) * 1000));
  const sPerKm = context.paces.marathonSPerKm;
  return qualityBody(
    context,
    weekM,
    'tempo',
    `Marathon pace: ${blockM / 1000} km at ${formatPace(sPerKm, context.units)}`,
    why,
    [{ repeat: 1, distanceM: blockM, intensity: 'marathon', targetSPerKm: sPerKm }],
    [5, 6],
  );
}

/**
 * Shrinks a session's threshold and interval-pace blocks to R-QUA-1's caps for the week it really landed in
 * (a week can hold less running than it aimed at). Fewer reps first, then shorter ones.
 */
export function fitQualityToWeek(body: SessionBody, weekM: number, context: RunContext): void {
  const paces = context.paces;
  let changed = false;
  for (const block of body.intervals ?? []) {
    const capM =
      block.intensity === 'threshold'
        ? thresholdCapM(weekM, paces.thresholdSPerKm)
        : block.intensity === 'interval' && body.type === 'intervals'
          ? intervalCapM(weekM)
          : Infinity;
    const minimumRepeats = block.intensity === 'threshold' ? 1 : 2;
    while (blockM(block) > capM + 10 && block.repeat > minimumRepeats) {
      block.repeat--;
      changed = true;
    }
    if (blockM(block) > capM + 10 && block.durationS !== undefined) {
      block.durationS = Math.max(
        60,
        Math.floor(((capM / block.repeat / 1000) * (block.targetSPerKm ?? 1)) / 30) * 30,
      );
      changed = true;
    }
    if (blockM(block) > capM + 10 && block.distanceM !== undefined) {
      block.distanceM = Math.max(200, Math.floor(capM / block.repeat / 100) * 100);
      changed = true;
    }
    if (changed && block.repeat < 2) delete block.recovery;
  }
  if (!changed) return;
  const main = body.intervals?.find((b) => b.intensity === 'threshold' || b.intensity === 'interval');
  if (main && body.type === 'tempo') body.title = `Tempo: ${blockWords(main)} at threshold`;
  if (main && body.type === 'intervals') body.title = `Intervals: ${blockWords(main)}`;
  if (body.type === 'long') {
    // The long run keeps its distance: what the faster block gave up is run easy.
    const before = body.plannedDistanceM ?? 0;
    withPlannedTotals(body, paces);
    const easy = body.intervals?.filter((b) => b.intensity === 'easy').at(-1);
    if (easy?.distanceM !== undefined) easy.distanceM += Math.round(before - (body.plannedDistanceM ?? 0));
    if (main) body.title = body.title.replace(/(\d+ × )?[\d.]+ min/, blockWords(main));
  }
  withPlannedTotals(body, paces);
}

function blockM(block: Interval): number {
  return (
    block.repeat * (block.distanceM ?? ((block.durationS ?? 0) * 1000) / (block.targetSPerKm ?? Infinity))
  );
}

function blockWords(block: Interval): string {
  const one = block.distanceM !== undefined ? `${block.distanceM} m` : `${(block.durationS ?? 0) / 60} min`;
  return block.repeat > 1 ? `${block.repeat} × ${one}` : one;
}
