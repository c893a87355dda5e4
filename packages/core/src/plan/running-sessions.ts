/**
 * Builds the running sessions of a plan (track, hills, easy, time trial, race) with their paces, warm-up,
 * cool-down and the `why` a runner reads. Pure prescriptions: the orchestration lives in generate-plan.ts.
 */
import type { TrainingPaces } from '../paces/training-paces.js';
import { distanceLabel } from '../race/distances.js';
import { formatClock } from '../race/race-time.js';
import { repTimeS } from '../units/pace-format.js';
import { FIRST_HILL_REPEATS, UPHILL_S, jogDownS } from './hill-repeats.js';
import type { HillGrade, Interval, Session } from './plan-types.js';
import { TOP_RUNG, rungTotalM } from './track-ladder.js';
import type { LadderRung } from './track-ladder.js';

/** R-INT-2: about half a mile of easy jogging, then stretching; the same jog to cool down. */
export const WARMUP_JOG_M = 800;
export const COOLDOWN_JOG_M = 800;
const STRETCHING_S = 480;

/** The part of a session every builder fills; date, week, phase and technique are set by the planner. */
export type SessionBody = Omit<
  Session,
  'id' | 'targetRpe' | 'date' | 'week' | 'phase' | 'deload' | 'technique'
>;

export interface RunContext {
  paces: TrainingPaces;
  /** Goal race pace, or recent race pace without a goal (R-INT-6). */
  racePaceSPerKm: number;
}

function easyJogSPerKm(paces: TrainingPaces): number {
  return paces.easySPerKm[1];
}

function warmedUp(
  context: RunContext,
  mainS: number,
): Pick<SessionBody, 'warmup' | 'cooldown' | 'plannedDurationS'> {
  const jogS = repTimeS(WARMUP_JOG_M + COOLDOWN_JOG_M, easyJogSPerKm(context.paces));
  return {
    warmup: { jogM: WARMUP_JOG_M, stretching: true },
    cooldown: { jogM: COOLDOWN_JOG_M },
    plannedDurationS: Math.round(jogS + STRETCHING_S + mainS),
  };
}

export function describeRung(rung: LadderRung, repeat = rung.repeat): string {
  const flatOut = rung.sprintM === undefined ? '' : ` (${rung.sprintM} m flat out)`;
  return `${repeat} × ${rung.distanceM} m${flatOut}`;
}

export type TrackStep = 'first' | 'climb' | 'hold' | 'top' | 'sharpen';

/** A track ladder session (R-INT-3/4), or the taper's sharpener: the last rung with half the reps. */
export function trackSession(context: RunContext, rung: LadderRung, step: TrackStep): SessionBody {
  const repeat = step === 'sharpen' ? Math.max(1, Math.floor(rung.repeat / 2)) : rung.repeat;
  const targetSPerKm =
    rung.pace === 'repetition' ? context.paces.repetitionSPerKm : context.paces.intervalSPerKm;
  const interval: Interval = {
    repeat,
    distanceM: rung.distanceM,
    intensity: rung.pace,
    targetSPerKm,
    recovery: { type: 'jog', durationS: rung.jogRecoveryS },
  };
  if (rung.sprintM !== undefined) interval.sprintM = rung.sprintM;
  const mainS = repeat * repTimeS(rung.distanceM, targetSPerKm) + (repeat - 1) * rung.jogRecoveryS;
  const what = describeRung(rung, repeat);
  const whys: Record<TrackStep, string> = {
    first: `First track session: your strength foundation is in place, so the ladder starts small with ${what}.`,
    climb: `Ladder step ${rung.rung} of ${TOP_RUNG}: ${rungTotalM(rung)} m of reps, a small step up from last time.`,
    hold: `Ladder step ${rung.rung} of ${TOP_RUNG} again: repeat it once so the step up feels easy before you climb.`,
    top: `Top of the ladder: ${what} with only ${rung.jogRecoveryS} s of jogging. Hold this and make it smooth.`,
    sharpen: `Taper: ${what}, half the usual reps, to stay sharp while your legs freshen for race day.`,
  };
  return {
    type: 'track',
    title: `Track: ${what}`,
    why: whys[step],
    intervals: [interval],
    ladderRung: rung.rung,
    ...warmedUp(context, mainS),
  };
}

/** Hill repeats at race pace with a jog down (R-INT-5). */
export function hillSession(
  context: RunContext,
  repeat: number,
  grade: HillGrade,
  hillNumber: number,
): SessionBody {
  const uphillS = UPHILL_S[grade];
  const recoveryS = jogDownS(uphillS);
  const mainS = repeat * (uphillS + recoveryS);
  const why =
    hillNumber === 1
      ? `First hills: your foundation is done, so ${FIRST_HILL_REPEATS} repeats to start, uphill at race pace.`
      : `Hills ${hillNumber}: ${repeat} repeats on a ${grade} grade; the climb builds power with less pounding than the track.`;
  return {
    type: 'hills',
    title: `Hills: ${repeat} × ${uphillS} s uphill (${grade})`,
    why,
    intervals: [
      {
        repeat,
        durationS: uphillS,
        intensity: 'race-pace',
        targetSPerKm: context.racePaceSPerKm,
        grade,
        recovery: { type: 'jog-down', durationS: recoveryS },
      },
    ],
    ...warmedUp(context, mainS),
  };
}

export type EasyReason = 'base' | 'deload' | 'taper';

/** An easy run at conversational pace; its minutes depend on the level and the week. */
export function easySession(context: RunContext, durationS: number, reason: EasyReason): SessionBody {
  const [fast, slow] = context.paces.easySPerKm;
  const whys: Record<EasyReason, string> = {
    base: 'Easy running carries the speed work: keep it conversational and think about form.',
    deload: 'Deload week: an easy run, shorter than usual, so the last weeks of work can sink in.',
    taper: 'Taper: a short easy run to stay loose; the hard work is done.',
  };
  return {
    type: 'easy',
    title: `Easy run: ${Math.round(durationS / 60)} min`,
    why: whys[reason],
    intervals: [
      {
        repeat: 1,
        durationS,
        intensity: 'easy',
        targetSPerKm: Math.round((fast + slow) / 2),
        targetRangeSPerKm: [fast, slow],
      },
    ],
    plannedDurationS: durationS,
  };
}

/** A time trial: measures progress toward the goal (R-GOL-1) on fresh legs. */
export function timeTrialSession(
  context: RunContext,
  distanceM: number,
  predictedS: number,
  final: boolean,
): SessionBody {
  const label = distanceLabel(distanceM);
  return {
    type: 'time-trial',
    title: `Time trial: ${label}`,
    why: final
      ? `Final time trial: run ${label} all out to see how far the plan has brought you.`
      : `Time trial in a lighter week: run ${label} all out. Your current fitness predicts about ${formatClock(predictedS)}; log the result to update your paces.`,
    intervals: [
      {
        repeat: 1,
        distanceM,
        intensity: 'time-trial',
        targetSPerKm: Math.round((predictedS * 1000) / distanceM),
      },
    ],
    ...warmedUp(context, predictedS),
  };
}

/** The goal race itself. */
export function raceSession(context: RunContext, distanceM: number, goalS: number): SessionBody {
  const label = distanceLabel(distanceM);
  return {
    type: 'race',
    title: `Race: ${label}`,
    why: `Race day: ${label} at your goal pace, ${formatClock(goalS)} if it all comes together. Start controlled.`,
    intervals: [{ repeat: 1, distanceM, intensity: 'race', targetSPerKm: context.racePaceSPerKm }],
    ...warmedUp(context, goalS),
  };
}
