/**
 * Builds the running sessions of the article's speed work and the runs around it (track, hills, easy runs,
 * time trials, the race) with their paces, warm-up, cool-down, effort and the `why` a runner reads. Pure
 * prescriptions: which session comes when is decided in generate-plan.ts.
 */
import type { TrainingPaces } from '../paces/training-paces.js';
import type { Units } from '../profile/profile-types.js';
import { formatDistance } from '../units/pace-format.js';
import { distanceLabel } from '../race/distances.js';
import { formatClock } from '../race/race-time.js';
import type { HillGrade, Interval, RunWalk, Session, Strides } from './plan-types.js';
import { FIRST_HILL_REPEATS, UPHILL_S, jogDownS } from './hill-repeats.js';
import type { RaceClass } from './race-profile.js';
import { easyMidSPerKm, withPlannedTotals } from './session-distance.js';
import { TOP_RUNG, workoutTotalM } from './track-ladder.js';
import type { TrackWorkout } from './track-ladder.js';

/** R-INT-2: about half a mile of easy jogging, then stretching; at least as much to cool down. */
export const WARMUP_JOG_M = 800;
export const COOLDOWN_JOG_M = 1000;

/** The part of a session every builder fills; id, date, week, phase and technique are set by the planner. */
export type SessionBody = Omit<Session, 'id' | 'date' | 'week' | 'phase' | 'deload' | 'technique'>;

export interface RunContext {
  paces: TrainingPaces;
  /** The pace hills and race-pace reps are run at (R-INT-6, R-REC-6). */
  racePaceSPerKm: number;
  race: RaceClass;
  /** The goal race, for the texts: "your half". */
  raceLabel: string;
  units: Units;
  /** Run–walk for easy and long runs below VDOT 30 (R-REC-6). */
  runWalk?: RunWalk;
}

function describeWorkout(workout: TrackWorkout): string {
  return workout.blocks
    .map(
      (b) => `${b.repeat} × ${b.distanceM} m${b.sprintM === undefined ? '' : ` (${b.sprintM} m flat out)`}`,
    )
    .join(' + ');
}

export type TrackStep = 'first' | 'climb' | 'hold' | 'top' | 'variant' | 'sharpen' | 'deload';

/** A track session (R-INT-3/4, R-QUA-2): a rung of the ladder, a variant past the top, or the taper's sharpener. */
export function trackSession(context: RunContext, workout: TrackWorkout, step: TrackStep): SessionBody {
  const intervals = workout.blocks.map((block): Interval => {
    const interval: Interval = {
      repeat: block.repeat,
      distanceM: block.distanceM,
      intensity: block.pace,
      targetSPerKm:
        block.pace === 'repetition' ? context.paces.repetitionSPerKm : context.paces.intervalSPerKm,
      recovery: { type: 'jog', durationS: block.jogRecoveryS },
    };
    if (block.sprintM !== undefined) interval.sprintM = block.sprintM;
    return interval;
  });
  const what = describeWorkout(workout);
  const totalM = workoutTotalM(workout);
  const whys: Record<TrackStep, string> = {
    first: `First track session: your strength foundation is in place, so the ladder starts small with ${what}.`,
    climb: `Ladder step ${workout.rung} of ${TOP_RUNG}: ${totalM} m of fast running, one small step up from last time.`,
    hold: `Ladder step ${workout.rung} of ${TOP_RUNG} again: the same reps once more, so the next step up feels easy.`,
    top: `Top of the ladder: ${what} with only a minute of jogging between. Hold it and make it smooth.`,
    variant: `Past the top of the ladder the reps stay short but change shape (${what}), so your speed keeps growing without more pounding.`,
    sharpen: `Taper: ${what}, a smaller dose of the same speed, so your legs stay quick while they freshen for race day.`,
    deload: `Lighter week: ${what}, no step up, so the last weeks of work can settle in.`,
  };
  const topSpeed = workout.blocks.some((b) => b.sprintM !== undefined) && workout.rung < TOP_RUNG - 3;
  return withPlannedTotals(
    {
      type: 'track',
      title: `Track: ${what}`,
      why: whys[step],
      warmup: { jogM: WARMUP_JOG_M, stretching: true },
      intervals,
      cooldown: { jogM: COOLDOWN_JOG_M },
      ladderRung: workout.rung,
      plannedDurationS: 0,
      targetRpe: topSpeed ? [6, 8] : [7, 8],
    },
    context.paces,
  );
}

/** Hill repeats at race pace with a jog down (R-INT-5). */
export function hillSession(
  context: RunContext,
  repeat: number,
  grade: HillGrade,
  hillNumber: number,
  deload: boolean,
): SessionBody {
  const uphillS = UPHILL_S[context.race][grade];
  const why =
    hillNumber === 1
      ? `First hills: ${FIRST_HILL_REPEATS} climbs at ${context.raceLabel} effort. Hills build the push-off power the track then turns into speed.`
      : deload
        ? `Lighter week: the same ${repeat} climbs on a ${grade} grade, no extra rep.`
        : `Hills ${hillNumber}: ${repeat} climbs on a ${grade} grade at ${context.raceLabel} effort; power for your stride with less pounding than the track.`;
  return withPlannedTotals(
    {
      type: 'hills',
      title: `Hills: ${repeat} × ${uphillS} s uphill (${grade})`,
      why,
      warmup: { jogM: WARMUP_JOG_M, stretching: true },
      intervals: [
        {
          repeat,
          durationS: uphillS,
          intensity: 'race-pace',
          targetSPerKm: context.racePaceSPerKm,
          grade,
          recovery: { type: 'jog-down', durationS: jogDownS(uphillS, grade) },
        },
      ],
      cooldown: { jogM: COOLDOWN_JOG_M },
      plannedDurationS: 0,
      targetRpe: [7, 8],
    },
    context.paces,
  );
}

export type EasyReason =
  | 'base'
  | 'recovery'
  | 'before-quality'
  | 'before-long'
  | 'medium-long'
  | 'foundation'
  | 'deload'
  | 'taper'
  | 'shakeout';

/** Strides that close an easy run: quick, relaxed, never a sprint. */
const STRIDES: Strides = { repeat: 6, durationS: 20 };

/** An easy run at conversational pace, by distance; the week's volume sets the distance. */
export function easySession(
  context: RunContext,
  distanceM: number,
  reason: EasyReason,
  strides: boolean,
): SessionBody {
  const [fast, slow] = context.paces.easySPerKm;
  // Strides are part of the run's distance, not on top of it.
  const runM = strides
    ? distanceM - (STRIDES.repeat * STRIDES.durationS * 1000) / context.paces.repetitionSPerKm
    : distanceM;
  const whys: Record<EasyReason, string> = {
    base: `Easy running is most of the training for your ${context.raceLabel}: it grows the engine the fast sessions rely on. Keep it conversational.`,
    recovery:
      'The day after the long run: short and truly easy, to move blood through tired legs rather than add to the load.',
    'before-quality':
      "An easy day before tomorrow's quality session: keep it relaxed so the fast work gets fresh legs.",
    'before-long': `Easy the day before the long run: a steady, unhurried run that adds to your ${context.raceLabel} base without taking from tomorrow.`,
    'medium-long': `The week's second-longest run, in mid-week: it builds the endurance a ${context.raceLabel} asks for without the strain of a second long run. Keep it conversational.`,
    foundation:
      'Easy running while the strength foundation goes in: relaxed, conversational, with good form.',
    deload: 'Lighter week: a shorter easy run, so the work of the last weeks can settle in.',
    taper: 'Taper: a short easy run to stay loose; the hard work is done.',
    shakeout: 'The day before the race: a short jog and a few strides to wake the legs up, nothing more.',
  };
  const body: SessionBody = {
    type: 'easy',
    title: `${reason === 'medium-long' ? 'Medium-long run' : 'Easy run'}: ${formatDistance(distanceM, context.units)}${strides ? ' with strides' : ''}`,
    why: whys[reason] + (strides ? ' The strides at the end keep your legs quick without tiring them.' : ''),
    intervals: [
      {
        repeat: 1,
        distanceM: Math.round(runM),
        intensity: 'easy',
        targetSPerKm: easyMidSPerKm(context.paces),
        targetRangeSPerKm: [fast, slow],
      },
    ],
    plannedDurationS: 0,
    targetRpe: [2, 4],
  };
  if (strides) body.strides = { ...STRIDES };
  if (context.runWalk) body.runWalk = { ...context.runWalk };
  return withPlannedTotals(body, context.paces);
}

/** A time trial: measures progress toward the goal (R-GOL-1) on fresh legs, and re-paces the plan. */
/** Where a time trial falls: the plan's last, a deload week's (COACHING 4.8's first choice) or a build week's. */
export type TimeTrialWeek = 'final' | 'deload' | 'build';

export function timeTrialSession(
  context: RunContext,
  distanceM: number,
  predictedS: number,
  week: TimeTrialWeek,
): SessionBody {
  const label = distanceLabel(distanceM);
  const predicted = `Your current fitness predicts about ${formatClock(predictedS)}; log the result and your paces follow it.`;
  return withPlannedTotals(
    {
      type: 'time-trial',
      title: `Time trial: ${label}`,
      why:
        week === 'final'
          ? `Final time trial: run the ${label} all out to see how far the plan has brought you.`
          : week === 'deload'
            ? `Time trial in a lighter week: run the ${label} all out. ${predicted}`
            : `Time trial in place of this week's second quality session: run the ${label} all out. ${predicted}`,
      warmup: { jogM: WARMUP_JOG_M, stretching: true, drills: true },
      intervals: [
        {
          repeat: 1,
          distanceM,
          intensity: 'time-trial',
          targetSPerKm: Math.round((predictedS * 1000) / distanceM),
        },
      ],
      cooldown: { jogM: COOLDOWN_JOG_M },
      plannedDurationS: 0,
      targetRpe: [9, 10],
    },
    context.paces,
  );
}

/** The goal race itself, at the pace the plan trusts (R-REC-6). */
export function raceSession(context: RunContext, distanceM: number, why: string): SessionBody {
  const label = distanceLabel(distanceM);
  return withPlannedTotals(
    {
      type: 'race',
      title: `Race: ${label}`,
      why,
      warmup: { jogM: WARMUP_JOG_M, stretching: true },
      intervals: [{ repeat: 1, distanceM, intensity: 'race', targetSPerKm: context.racePaceSPerKm }],
      cooldown: { jogM: COOLDOWN_JOG_M },
      plannedDurationS: 0,
      targetRpe: [9, 10],
    },
    context.paces,
  );
}
