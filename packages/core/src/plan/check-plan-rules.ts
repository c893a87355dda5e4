/**
 * Checks a plan against the rules of SPEC.md section 1 and lists every violation with its rule id. The
 * property tests run it over thousands of random profiles; adaptation runs it on every plan it changes. It
 * reads only the plan JSON, so it also guards plans produced by older versions. The rules of the article's
 * speed work are here; those of the whole plan around it are in check-whole-plan.ts.
 */
import { exerciseById, STRENGTH_EXERCISE_IDS } from '../catalog/exercises.js';
import { parseDayNumber, weekdayOf } from '../calendar/calendar-date.js';
import { FOCUS_ROTATION, isRunning } from './technique-rotation.js';
import { FOOT_CONTACT_LIMIT } from './strength-session.js';
import { intervalVolumeM } from './plan-volume.js';
import type { Plan, Session } from './plan-types.js';
import { TOP_RUNG } from './track-ladder.js';
import { foundationStrengthSessions } from './foundation.js';
import { checkWholePlan } from './check-whole-plan.js';
import { isHardRun } from './hard-runs.js';

export interface RuleViolation {
  rule: string;
  message: string;
}

export type Fail = (rule: string, message: string) => void;

const dayCache = new WeakMap<object, { date: string; day: number }>();

/** The session's day number; remembered per session object (the checker reads each date many times). */
export function day(session: Pick<Session, 'date'>): number {
  const cached = dayCache.get(session);
  if (cached?.date === session.date) return cached.day;
  const value = parseDayNumber(session.date) ?? NaN;
  dayCache.set(session, { date: session.date, day: value });
  return value;
}

export { isHardRun };

/** Every rule the plan breaks; empty when it keeps them all. */
export function checkPlanRules(plan: Plan): RuleViolation[] {
  const violations: RuleViolation[] = [];
  const fail: Fail = (rule, message) => {
    violations.push({ rule, message });
  };
  const { profile, sessions } = plan;
  const strength = sessions.filter((s) => s.type === 'strength');
  const track = sessions.filter((s) => s.type === 'track');
  const hills = sessions.filter((s) => s.type === 'hills');
  const raceDay = profile.raceDate === undefined ? undefined : parseDayNumber(profile.raceDate);

  checkDates(plan, fail);

  for (const summary of plan.weeks) {
    const inWeek = sessions.filter((s) => s.week === summary.week);
    if (inWeek.filter((s) => s.type === 'strength').length > 2)
      fail('R-STR-1', `week ${summary.week} has more than 2 strength sessions`);
    if (inWeek.filter((s) => s.type === 'hills').length > 1)
      fail('R-INT-5', `week ${summary.week} has more than 1 hill session`);
    if (new Set(inWeek.map((s) => s.date)).size >= 7) fail('R-REC-1', `week ${summary.week} has no rest day`);
  }

  for (const session of sessions) {
    if (session.type !== 'race' && !profile.days.includes(weekdayOf(day(session))))
      fail('R-REC-1', `${session.date} is not an available day`);
    if (isRunning(session) && session.technique.length === 0)
      fail('R-TEC-2', `${session.date} ${session.type} has no technique focus`);
    checkWarmup(session, fail);
  }

  checkStrength(plan, strength, fail);
  checkTrack(plan, track, [...track, ...hills], strength, fail);
  checkHills(plan, hills, fail);
  checkTechnique(plan, fail);

  // R-REC-3: deloads and taper.
  if (profile.weeks >= 8) {
    for (let week = 1; week + 3 <= profile.weeks; week++) {
      const window = plan.weeks.slice(week - 1, week + 3);
      if (!window.some((w) => w.deload || w.phase === 'taper'))
        fail('R-REC-3', `no deload in weeks ${week}–${week + 3}`);
    }
    for (const summary of plan.weeks) {
      const before = plan.weeks[summary.week - 2];
      if (summary.deload && before && summary.runningDistanceM >= before.runningDistanceM)
        fail('R-REC-3', `deload week ${summary.week} is not lighter than week ${before.week}`);
    }
  }
  if (raceDay !== undefined) {
    const race = sessions.filter((s) => s.type === 'race');
    if (race.length !== 1 || race[0]?.date !== profile.raceDate)
      fail('R-REC-3', 'the race is not on its date');
    if (sessions.some((s) => day(s) > raceDay)) fail('R-REC-3', 'sessions after the race');
    const peakM = Math.max(0, ...plan.weeks.map((w) => w.intervalVolumeM));
    const taperM = sessions
      .filter((s) => day(s) > raceDay - 7)
      .reduce((sum, s) => sum + intervalVolumeM(s), 0);
    if (peakM > 0 && taperM > 0.6 * peakM)
      fail(
        'R-REC-3',
        `taper interval volume ${Math.round(taperM)} m is over 60 % of the peak week's ${peakM} m`,
      );
  }

  // R-GOL-1: guidance and a goal that races and time trials measure.
  for (const id of ['nutrition', 'recovery', 'consistency']) {
    if (!plan.guidance.some((g) => g.id === id && g.text.length > 0)) fail('R-GOL-1', `no ${id} guidance`);
  }
  if (!(plan.goal.distanceM > 0 && plan.goal.timeS > 0) || plan.goal.date !== profile.raceDate)
    fail('R-GOL-1', 'the goal lacks distance, time or date');
  if (track.length > 0 && !sessions.some((s) => s.type === 'race' || s.type === 'time-trial'))
    fail('R-GOL-1', 'no race or time trial measures progress');

  checkWholePlan(plan, fail);
  return violations;
}

/** Dates in order; a date holds one session, or a run then strength (R-DAY-1); no hard runs back to back. */
function checkDates(plan: Plan, fail: Fail): void {
  const { sessions } = plan;
  const byDate = new Map<string, Session[]>();
  for (let i = 0; i < sessions.length; i++) {
    const a = sessions[i - 1];
    const b = sessions[i];
    if (!b) continue;
    if (a && day(b) < day(a)) fail('R-REC-1', `sessions out of order at ${b.date}`);
    byDate.set(b.date, [...(byDate.get(b.date) ?? []), b]);
  }
  for (const [date, onDate] of byDate) {
    if (onDate.length === 1) continue;
    const [run, second] = onDate;
    if (onDate.length > 2 || !run || !second || run.type === 'strength' || second.type !== 'strength')
      fail(
        'R-DAY-1',
        `${date} holds ${onDate.map((s) => s.type).join(' + ')}: two sessions a date only as a run, then strength`,
      );
  }
  const strengthDays = sessions.filter((s) => s.type === 'strength').map(day);
  for (let i = 1; i < strengthDays.length; i++)
    if ((strengthDays[i] ?? 0) - (strengthDays[i - 1] ?? 0) === 1)
      fail(
        'R-STR-1',
        `strength on consecutive dates around ${sessions.find((s) => day(s) === strengthDays[i])?.date}`,
      );
  const hard = sessions.filter(isHardRun);
  for (let i = 1; i < hard.length; i++) {
    const a = hard[i - 1];
    const b = hard[i];
    if (a && b && day(b) - day(a) === 1)
      fail('R-REC-2', `hard runs on consecutive dates ${a.date} and ${b.date}`);
  }
}

/** R-INT-2, R-QUA-2: half a mile and stretching before the ladder and hills, a longer warm-up allowed before tempo and intervals. */
function checkWarmup(session: Session, fail: Fail): void {
  const ladder = session.type === 'track' || session.type === 'hills';
  const quality = session.type === 'tempo' || session.type === 'intervals';
  if (!ladder && !quality) return;
  const rule = ladder ? 'R-INT-2' : 'R-QUA-2';
  const jogM = session.warmup?.jogM ?? 0;
  if (!session.warmup?.stretching || jogM < 700 || (ladder && jogM > 900) || (quality && jogM > 3500))
    fail(rule, `${session.date} ${session.type} lacks its warm-up with stretching`);
  if (!session.cooldown || session.cooldown.jogM <= 0) fail(rule, `${session.date} lacks a cool-down jog`);
}

function checkStrength(plan: Plan, strength: Session[], fail: Fail): void {
  const used = new Set<string>();
  for (const session of strength) {
    const exercises = session.exercises ?? [];
    const contacts = exercises.reduce((sum, e) => sum + e.footContacts, 0);
    if (contacts > FOOT_CONTACT_LIMIT[plan.profile.level])
      fail('R-STR-6', `${session.date} has ${contacts} foot contacts`);
    for (const e of exercises) {
      used.add(e.substitutes ?? e.id);
      if (e.sets < 2 || e.sets > 3) fail('R-STR-2', `${session.date} ${e.id} has ${e.sets} sets`);
      if (e.id === 'deadlift' && (e.load !== 'light' || e.reps?.min !== 12 || e.reps.max !== 15))
        fail('R-STR-4', `${session.date} deadlift is not 12–15 light`);
      if (e.id === 'tuck-jump' && (e.durationS === undefined || Math.abs(e.durationS - 30) > 5))
        fail('R-STR-4', `${session.date} tuck jumps are not about 30 s`);
      const exercise = exerciseById(e.id);
      if (plan.profile.equipment === 'none' && exercise.needsGym)
        fail('R-STR-5', `${session.date} ${e.id} needs a gym`);
      if (exercise.substitutes !== e.substitutes)
        fail('R-STR-5', `${session.date} ${e.id} does not name what it substitutes`);
    }
  }
  if (plan.profile.weeks >= 6 && strength.length >= 2) {
    const missing = STRENGTH_EXERCISE_IDS.filter((id) => !used.has(id));
    if (missing.length > 0) fail('R-STR-3', `exercises never used: ${missing.join(', ')}`);
  }
}

function contentKey(session: Session): string {
  return JSON.stringify(
    (session.intervals ?? []).map((i) => [i.repeat, i.distanceM, i.sprintM, i.recovery?.durationS]),
  );
}

function checkTrack(
  plan: Plan,
  track: Session[],
  intervalSessions: Session[],
  strength: Session[],
  fail: Fail,
): void {
  const { profile } = plan;
  const firstInterval = [...intervalSessions].sort((a, b) => day(a) - day(b))[0];
  if (firstInterval) {
    const before = strength.filter((s) => day(s) < day(firstInterval)).length;
    if (before < foundationStrengthSessions(profile.level))
      fail('R-INT-1', `only ${before} strength sessions before the first interval session`);
  }
  for (const session of plan.sessions.filter((s) => s.type === 'tempo' || s.type === 'intervals')) {
    const before = strength.filter((s) => day(s) < day(session)).length;
    if (before < foundationStrengthSessions(profile.level))
      fail('R-QUA-2', `${session.date} ${session.type} comes before the strength foundation`);
  }
  let largestM = 0;
  let lastRecoveryS = Infinity;
  let topReached = false;
  let repeatsInRow = 0;
  track.forEach((session, index) => {
    const blocks = session.intervals ?? [];
    if (blocks.length === 0 || blocks.some((b) => b.distanceM === undefined)) {
      fail('R-INT-3', `${session.date} track session is not blocks of reps`);
      return;
    }
    const totalM = blocks.reduce((sum, b) => sum + b.repeat * (b.distanceM ?? 0), 0);
    const withJogs = blocks.filter((b) => b.repeat > 1);
    const recoveryS =
      withJogs.length === 0 ? lastRecoveryS : Math.min(...withJogs.map((b) => b.recovery?.durationS ?? 0));
    const first = blocks[0];
    if (
      index === 0 &&
      profile.level !== 'advanced' &&
      (blocks.length !== 1 ||
        first?.repeat !== 2 ||
        first.distanceM !== 100 ||
        first.sprintM !== 30 ||
        recoveryS < 120 ||
        recoveryS > 180)
    )
      fail(
        'R-INT-3',
        `${session.date} first track session is not 2 × 100 m with 30 m flat out and 2–3 min jog`,
      );
    if (blocks.some((b) => (b.distanceM ?? 0) > 300 || b.repeat > 15) || totalM > 3000)
      fail('R-INT-4', `${session.date} goes past 10 × 300 m`);
    if (index > 0 && totalM > 1.5 * largestM)
      fail('R-INT-4', `${session.date} total ${totalM} m is more than 1.5 × ${largestM} m`);
    if (
      recoveryS < 60 ||
      withJogs.some((b) => (b.recovery?.durationS ?? 0) > 180 || b.recovery?.type !== 'jog')
    )
      fail('R-INT-4', `${session.date} jog recovery ${recoveryS} s is outside 1–3 min`);
    if (!topReached && recoveryS > lastRecoveryS && session.phase !== 'taper')
      fail('R-INT-4', `${session.date} recovery grew from ${lastRecoveryS} s to ${recoveryS} s`);
    for (const b of blocks) {
      const expected =
        b.intensity === 'repetition' ? plan.paces.paces.repetitionSPerKm : plan.paces.paces.intervalSPerKm;
      if (b.targetSPerKm === undefined || Math.abs(b.targetSPerKm - expected) > 1)
        fail('R-INT-6', `${session.date} track target is not the runner's ${b.intensity} pace`);
    }
    const previous = track[index - 1];
    repeatsInRow = previous && contentKey(previous) === contentKey(session) ? repeatsInRow + 1 : 1;
    if (repeatsInRow > 3 && session.phase !== 'taper')
      fail('R-QUA-2', `${session.date} repeats the same track session a fourth time in a row`);
    largestM = Math.max(largestM, totalM);
    lastRecoveryS = Math.min(lastRecoveryS, recoveryS);
    if (session.ladderRung === TOP_RUNG) topReached = true;
  });
  const beforeTaper = track.filter((s) => s.phase !== 'taper');
  if (
    profile.level !== 'beginner' &&
    profile.weeks >= 16 &&
    profile.days.length >= 4 &&
    !beforeTaper.some((s) => s.ladderRung === TOP_RUNG)
  )
    fail('R-INT-4', 'the top rung is not reached before the taper');
}

function checkHills(plan: Plan, hills: Session[], fail: Fail): void {
  let previousRepeats = 0;
  hills.forEach((session, index) => {
    const rep = session.intervals?.[0];
    if (!rep) return;
    if (index === 0 && rep.repeat !== 3)
      fail('R-INT-5', `${session.date} first hill session has ${rep.repeat} repeats`);
    if (index > 0 && rep.repeat > previousRepeats + 1)
      fail('R-INT-5', `${session.date} adds more than one repeat`);
    if (rep.intensity !== 'race-pace' || rep.targetSPerKm !== plan.racePaceSPerKm)
      fail('R-INT-6', `${session.date} hills are not at race pace`);
    if (rep.recovery?.type !== 'jog-down') fail('R-INT-5', `${session.date} hills lack the jog down`);
    const grades = hills.slice(Math.max(0, index - 2), index + 1).map((h) => h.intervals?.[0]?.grade);
    if (grades.length === 3 && grades.every((g) => g === grades[0]))
      fail('R-INT-5', `${session.date} is the third hill session in a row on ${grades[0]}`);
    previousRepeats = rep.repeat;
  });
}

function checkTechnique(plan: Plan, fail: Fail): void {
  const focusByWeek = plan.weeks.map(
    (w) =>
      new Set(plan.sessions.filter((s) => s.week === w.week && isRunning(s)).flatMap((s) => s.technique)),
  );
  const runningWeeks = focusByWeek.filter((f) => f.size > 0);
  for (let i = 1; i < runningWeeks.length; i++) {
    const union = new Set([...(runningWeeks[i - 1] ?? []), ...(runningWeeks[i] ?? [])]);
    if (FOCUS_ROTATION.some((f) => !union.has(f)))
      fail('R-TEC-2', `two weeks of running without every technique focus (running week ${i + 1})`);
  }
}
