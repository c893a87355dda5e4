/**
 * Paces for a new VDOT (R-ADA-2): the plan's paces report, the pace hills and race-pace reps run at, and each
 * session's targets re-set from them. Race-pace work keeps the goal's pace while the goal stays realistic for
 * the weeks left (R-REC-6); otherwise it follows the new fitness.
 */
import { pacesReportForVdot, type PacesReport } from '../paces/paces-report.js';
import { raceTimeSForVdot } from '../paces/vdot.js';
import { goalWithinReach } from '../plan/goal.js';
import type { Interval, Plan, Session } from '../plan/plan-types.js';

/** Runs longer than this need a fuelling plan (R-LNG-1). */
const FUEL_AFTER_S = 90 * 60;
const FUEL_NOTE =
  'Over 90 minutes: fuel as you go, about 30–60 g of carbohydrate an hour (a gel or sports drink every 20–30 minutes), and drink to thirst.';

export interface Pacing {
  report: PacesReport;
  racePaceSPerKm: number;
  /** True when race-pace work keeps the goal's pace. */
  goalPace: boolean;
}

/** VDOT one decimal, as the plan shows it. */
export function roundVdot(vdot: number): number {
  return Math.round(vdot * 10) / 10;
}

/**
 * The paces report for a VDOT, shaped like the one `pacesReport` makes from a race.
 * @example pacesForVdot(40.2).vdot // 40.2
 */
export function pacesForVdot(vdot: number): PacesReport {
  return pacesReportForVdot(vdot);
}

function racePaceAt(vdot: number, distanceM: number): number {
  return Math.round((raceTimeSForVdot(vdot, distanceM) * 1000) / distanceM);
}

/** The plan's pacing at a VDOT, `weeksLeft` weeks before its end. */
export function pacingFor(plan: Plan, vdot: number, weeksLeft: number): Pacing {
  const report = pacesForVdot(vdot);
  const realistic =
    plan.goal.source === 'runner' &&
    // The goal's VDOT is rounded to one decimal in the plan: a hair over the margin is that rounding.
    goalWithinReach(plan.goal.vdot - 0.05, vdot, plan.profile.level, Math.max(0, weeksLeft));
  return {
    report,
    // R-REC-6: the goal's pace while it is realistic for the weeks left, else the pace of current fitness.
    racePaceSPerKm: realistic ? plan.goal.paceSPerKm : racePaceAt(vdot, plan.goal.distanceM),
    goalPace: realistic,
  };
}

/** The pacing the plan has now. */
export function currentPacing(plan: Plan): Pacing {
  return { report: plan.paces, racePaceSPerKm: plan.racePaceSPerKm, goalPace: plan.goal.source === 'runner' };
}

function targetFor(interval: Interval, pacing: Pacing): number | undefined {
  const paces = pacing.report.paces;
  switch (interval.intensity) {
    case 'easy':
      return Math.round((paces.easySPerKm[0] + paces.easySPerKm[1]) / 2);
    case 'marathon':
      return paces.marathonSPerKm;
    case 'threshold':
      return paces.thresholdSPerKm;
    case 'interval':
      return paces.intervalSPerKm;
    case 'repetition':
      return paces.repetitionSPerKm;
    case 'race-pace':
    case 'race':
      return pacing.racePaceSPerKm;
    case 'time-trial':
      return interval.distanceM === undefined
        ? undefined
        : racePaceAt(pacing.report.vdot, interval.distanceM);
    case 'top-speed':
      return undefined;
  }
}

/** Metres a duration covers at a pace. */
function metres(durationS: number, sPerKm: number): number {
  return (durationS * 1000) / sPerKm;
}

/**
 * The session with every target set from `pacing`. Its planned distance stays (so every week keeps its
 * volume, R-VOL-2, R-REC-3/4): distance-based reps take more or less time, and where timed reps cover more
 * or less ground the cool-down jog makes up the difference.
 */
export function repaceSession(session: Session, pacing: Pacing, before: Pacing): Session {
  if (!session.intervals) return session;
  let durationS = session.plannedDurationS;
  let extraM = 0;
  const intervals = session.intervals.map((interval) => {
    const target = targetFor(interval, pacing);
    if (target === undefined || interval.targetSPerKm === undefined) return interval;
    const next: Interval = { ...interval, targetSPerKm: target };
    if (interval.targetRangeSPerKm !== undefined)
      next.targetRangeSPerKm = [...pacing.report.paces.easySPerKm];
    const old = interval.targetSPerKm;
    if (old > 0 && target !== old) {
      if (interval.distanceM !== undefined)
        durationS += (interval.repeat * interval.distanceM * (target - old)) / 1000;
      else if (interval.durationS !== undefined)
        extraM += interval.repeat * (metres(interval.durationS, target) - metres(interval.durationS, old));
    }
    return next;
  });
  const easyBefore = before.report.paces.easySPerKm[1];
  const easyNow = pacing.report.paces.easySPerKm[1];
  const jogM = (session.warmup?.jogM ?? 0) + (session.cooldown?.jogM ?? 0);
  durationS += (jogM * (easyNow - easyBefore)) / 1000;
  const next: Session = { ...session, intervals };
  const cooldown = session.cooldown;
  if (extraM !== 0 && cooldown && cooldown.jogM - extraM >= 200) {
    next.cooldown = { ...cooldown, jogM: Math.round(cooldown.jogM - extraM) };
    durationS -= (extraM * easyNow) / 1000;
  } else if (extraM !== 0 && session.plannedDistanceM !== undefined) {
    next.plannedDistanceM = Math.round(session.plannedDistanceM + extraM);
  }
  next.plannedDurationS = Math.round(durationS);
  // R-LNG-1: a run that now takes over 90 minutes says how to fuel it.
  const notes = next.notes ?? [];
  if (next.plannedDurationS > FUEL_AFTER_S && !notes.some((n) => /carbohydrate|fuel/i.test(n)))
    next.notes = [...notes, FUEL_NOTE];
  return next;
}

/** The main target of a session in words for a change: its first paced block. */
export function mainTargetSPerKm(session: Session): number | undefined {
  const paced = (session.intervals ?? []).filter(
    (i) => i.targetSPerKm !== undefined && i.intensity !== 'easy',
  );
  return (paced[0] ?? session.intervals?.[0])?.targetSPerKm;
}
