/**
 * What the logs say about each session on or before today (R-ADA-3, R-ADA-4): run as planned, missed
 * (skipped, mostly not done, or unlogged two days after its date), held (run, but too slow or too hard to
 * climb from), or still open (no log yet, within two days). Also the pace of the reps against their targets.
 */
import type { Interval, Session, SessionType } from '../plan/plan-types.js';
import type { LogStatus, SessionLog } from './adapt-types.js';
import { isHardType } from '../plan/hard-runs.js';

/** R-ADA-3: a session without a log counts as missed this many days after its date. */
export const UNLOGGED_GRACE_DAYS = 2;
/** R-ADA-4: reps this much slower than target on average hold the next step; this much faster count toward a raise. */
export const SLOW_RATIO = 1.05;
export const FAST_RATIO = 0.95;
/** COACHING 7.2: `partly` with at least this share of the reps done counts as done. */
export const PARTLY_DONE_SHARE = 0.75;

/** The sessions whose progression adaptation follows: the ladder, the hills, threshold and interval work. */
export const QUALITY_TYPES: readonly SessionType[] = ['track', 'hills', 'tempo', 'intervals'];

export function isQuality(session: Pick<Session, 'type'>): boolean {
  return QUALITY_TYPES.includes(session.type);
}

/** A hard run by its type (SPEC section 1). */
export const isHard = isHardType;

export function isRun(session: Pick<Session, 'type'>): boolean {
  return session.type !== 'strength';
}

export type Outcome = 'achieved' | 'missed' | 'held' | 'open';

export interface SessionOutcome {
  session: Session;
  day: number;
  log?: SessionLog;
  outcome: Outcome;
  /** The runner went out and ran (done, partly, pain), whatever the reps said. */
  ran: boolean;
  /** Mean of (rep pace / target pace) over the reps that are judged on pace; absent when none are. */
  paceRatio?: number;
  /** R-ADA-4: reps more than 5 % fast at or below the target effort, on a quality session. */
  fast: boolean;
  /**
   * Why the outcome is what it is, in the runner's words, with `{session}` where the session's name goes:
   * "you skipped {session}", "your reps in {session} averaged 7 % slower than their target".
   */
  because: string;
}

interface PlannedRep {
  distanceM: number | undefined;
  targetSPerKm: number | undefined;
  judged: boolean;
}

/** Reps judged on pace: not flat-out work, not hills (effort rules there), not easy running. */
function judgedOnPace(session: Session, interval: Interval): boolean {
  if (session.type === 'hills' || interval.grade !== undefined) return false;
  if (interval.sprintM !== undefined) return false;
  return !['top-speed', 'easy', 'race', 'time-trial'].includes(interval.intensity);
}

function plannedReps(session: Session): PlannedRep[] {
  const reps: PlannedRep[] = [];
  for (const interval of session.intervals ?? []) {
    const judged = judgedOnPace(session, interval);
    const target = interval.targetSPerKm;
    const distanceM =
      interval.distanceM ??
      (interval.durationS !== undefined && target !== undefined && target > 0
        ? (interval.durationS * 1000) / target
        : undefined);
    for (let i = 0; i < interval.repeat; i++) reps.push({ distanceM, targetSPerKm: target, judged });
  }
  return reps;
}

/** Mean pace ratio of the judged reps, or undefined when no logged rep can be judged. */
export function repPaceRatio(session: Session, log: SessionLog): number | undefined {
  const planned = plannedReps(session);
  const ratios: number[] = [];
  (log.reps ?? []).forEach((rep, index) => {
    const plan = planned[index];
    if (!plan?.judged || plan.targetSPerKm === undefined || rep.timeS === undefined || rep.timeS <= 0) return;
    const distanceM = rep.distanceM ?? plan.distanceM;
    if (distanceM === undefined || distanceM <= 0) return;
    ratios.push((rep.timeS * 1000) / distanceM / plan.targetSPerKm);
  });
  if (ratios.length === 0) return undefined;
  return ratios.reduce((sum, r) => sum + r, 0) / ratios.length;
}

/** Pace of an easy run as logged (one rep with time and distance), s/km. */
export function loggedRunPaceSPerKm(log: SessionLog): number | undefined {
  let timeS = 0;
  let distanceM = 0;
  for (const rep of log.reps ?? []) {
    if (rep.timeS === undefined || rep.distanceM === undefined || rep.timeS <= 0 || rep.distanceM <= 0)
      return undefined;
    timeS += rep.timeS;
    distanceM += rep.distanceM;
  }
  return distanceM > 0 ? (timeS * 1000) / distanceM : undefined;
}

function plannedRepCount(session: Session): number {
  return (session.intervals ?? []).reduce((sum, interval) => sum + interval.repeat, 0);
}

const STATUS_WORDS: Record<LogStatus, string> = {
  done: 'you ran {session}',
  partly: 'you ran part of {session}',
  skipped: 'you skipped {session}',
  pain: 'you logged pain in {session}',
  ill: 'you were ill for {session}',
};

function percent(ratio: number): string {
  return `${Math.round(Math.abs(ratio - 1) * 100)} %`;
}

/**
 * The outcome of one session on or before today.
 * @example sessionOutcome(track, { sessionId: track.id, status: 'skipped' }, today).outcome // 'missed'
 */
export function sessionOutcome(
  session: Session,
  day: number,
  log: SessionLog | undefined,
  todayDay: number,
): SessionOutcome {
  if (!log) {
    const overdue = day + UNLOGGED_GRACE_DAYS <= todayDay;
    return {
      session,
      day,
      outcome: overdue ? 'missed' : 'open',
      ran: !overdue,
      fast: false,
      because: overdue ? '{session} was not logged within two days' : '{session} is not logged yet',
    };
  }
  const base = { session, day, log, fast: false };
  if (log.status === 'skipped' || log.status === 'ill' || log.status === 'pain') {
    return { ...base, outcome: 'missed', ran: log.status === 'pain', because: STATUS_WORDS[log.status] };
  }
  if (log.status === 'partly') {
    const planned = plannedRepCount(session);
    const done = (log.reps ?? []).filter((r) => r.timeS !== undefined && r.timeS > 0).length;
    if (log.reps !== undefined && planned > 1 && done < PARTLY_DONE_SHARE * planned) {
      return {
        ...base,
        outcome: 'missed',
        ran: true,
        because: `you ran ${done} of the ${planned} reps of {session}`,
      };
    }
  }
  const paceRatio = repPaceRatio(session, log);
  const outcome: SessionOutcome = {
    ...base,
    outcome: 'achieved',
    ran: true,
    because: STATUS_WORDS[log.status],
  };
  if (paceRatio !== undefined) outcome.paceRatio = paceRatio;
  if (!isQuality(session)) return outcome;
  const [, targetMax] = session.targetRpe;
  if (paceRatio !== undefined && paceRatio > SLOW_RATIO) {
    return {
      ...outcome,
      outcome: 'held',
      because: `your reps in {session} averaged ${percent(paceRatio)} slower than their target`,
    };
  }
  if (log.rpe !== undefined && log.rpe >= targetMax + 2) {
    return {
      ...outcome,
      outcome: 'held',
      because: `you rated {session} ${log.rpe}/10, well above the ${targetMax} it is meant to take`,
    };
  }
  if (log.rpe === 10) {
    return { ...outcome, outcome: 'held', because: 'you rated {session} 10/10, an all-out effort' };
  }
  outcome.fast =
    paceRatio !== undefined && paceRatio < FAST_RATIO && log.rpe !== undefined && log.rpe <= targetMax;
  if (outcome.fast && paceRatio !== undefined)
    outcome.because = `your reps in {session} averaged ${percent(paceRatio)} faster than their target at effort ${log.rpe}/10`;
  return outcome;
}

/** `because` with the session named: "you skipped Tuesday's 4 × 150 m (50 m flat out)". */
export function becauseWords(outcome: SessionOutcome, name: string): string {
  return outcome.because.replace('{session}', name);
}

/**
 * The outcome of every session on or before today, in plan order. The last log of a session counts; logs of
 * sessions after today or of unknown ids are ignored.
 */
export function pastOutcomes(
  sessions: readonly Session[],
  logs: readonly SessionLog[],
  todayDay: number,
  dayOfSession: (s: Session) => number,
): SessionOutcome[] {
  const byId = new Map<string, SessionLog>();
  for (const log of logs) byId.set(log.sessionId, log);
  const outcomes: SessionOutcome[] = [];
  for (const session of sessions) {
    const day = dayOfSession(session);
    if (day > todayDay) continue;
    outcomes.push(sessionOutcome(session, day, byId.get(session.id), todayDay));
  }
  return outcomes;
}
