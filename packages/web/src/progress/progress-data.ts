/**
 * What the progress screen plots, worked out from the plan, its logs and the runner's races: fitness
 * (VDOT) over time against the goal, weekly volume of each pillar planned and done, completion and
 * streaks, and the pace of every logged track rep.
 */
import { raceTimeSForVdot, vdotFromRace } from '@speedwork/core';
import type { Goal } from '@speedwork/core';
import type { PlanDocument, RaceDocument, SessionDocument } from '@speedwork/server/api-types';

export interface Completion {
  /** Sessions whose day has passed, or today's when it is logged. */
  due: number;
  done: number;
  partial: number;
  skipped: number;
  missed: number;
  /** Done counts 1, partly done 0.5, of the sessions due; 0 when none is due. */
  ratePct: number;
  /** Sessions done or partly done in a row, up to the latest due one. */
  streak: number;
  longestStreak: number;
}

export function completion(sessions: readonly SessionDocument[], today: string): Completion {
  const due = [...sessions]
    .filter((s) => s.date < today || (s.date === today && s.log !== null))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let done = 0;
  let partial = 0;
  let skipped = 0;
  let missed = 0;
  let run = 0;
  let longest = 0;
  for (const s of due) {
    const status = s.log?.status;
    if (status === 'done') done++;
    else if (status === 'partial') partial++;
    // Stopped by pain or illness counts with the skipped: not done, but not forgotten either.
    else if (status === 'skipped' || status === 'pain' || status === 'ill') skipped++;
    else missed++;
    if (status === 'done' || status === 'partial') {
      run++;
      longest = Math.max(longest, run);
    } else run = 0;
  }
  const ratePct = due.length === 0 ? 0 : Math.round(((done + partial / 2) / due.length) * 100);
  return { due: due.length, done, partial, skipped, missed, ratePct, streak: run, longestStreak: longest };
}

export interface PillarVolume {
  planned: number;
  done: number;
}

export interface WeekVolume {
  week: number;
  start: string;
  /** Metres of track reps (running at speed). */
  speedM: PillarVolume;
  hillRepeats: PillarVolume;
  strengthSets: PillarVolume;
  /** Share of the week's due sessions done (partly done counts half), or null before the week starts. */
  completionPct: number | null;
}

function trackMetres(s: SessionDocument): number {
  return s.type === 'track'
    ? (s.intervals ?? []).reduce((sum, i) => sum + i.repeat * (i.distanceM ?? 0), 0)
    : 0;
}
function hillRepeats(s: SessionDocument): number {
  return s.type === 'hills' ? (s.intervals ?? []).reduce((sum, i) => sum + i.repeat, 0) : 0;
}
function strengthSets(s: SessionDocument): number {
  return (s.exercises ?? []).reduce((sum, e) => sum + e.sets, 0);
}

/** How much of a planned amount a log says was done: all of it, what was recorded, or half when unsure. */
function doneShare(s: SessionDocument, planned: number, recorded: number | undefined): number {
  const status = s.log?.status;
  if (status === undefined || status === 'skipped' || status === 'ill') return 0;
  if (recorded !== undefined) return recorded;
  return status === 'done' ? planned : planned / 2;
}

export function weeklyVolume(plan: Pick<PlanDocument, 'weeks' | 'sessions'>, today: string): WeekVolume[] {
  return plan.weeks.map((w) => {
    const sessions = plan.sessions.filter((s) => s.week === w.week);
    const volume: WeekVolume = {
      week: w.week,
      start: w.start,
      speedM: { planned: 0, done: 0 },
      hillRepeats: { planned: 0, done: 0 },
      strengthSets: { planned: 0, done: 0 },
      completionPct: null,
    };
    for (const s of sessions) {
      const metres = trackMetres(s);
      const loggedMetres = s.log?.reps?.some((r) => r.timeS !== undefined)
        ? s.log.reps.reduce((sum, r) => sum + (r.timeS === undefined ? 0 : (r.distanceM ?? 0)), 0)
        : undefined;
      volume.speedM.planned += metres;
      volume.speedM.done +=
        metres > 0 ? doneShare(s, metres, s.log?.status === 'done' ? undefined : loggedMetres) : 0;
      const hills = hillRepeats(s);
      volume.hillRepeats.planned += hills;
      volume.hillRepeats.done += hills > 0 ? doneShare(s, hills, undefined) : 0;
      const sets = strengthSets(s);
      const loggedSets = s.log?.exercises
        ? s.log.exercises.reduce((sum, e) => sum + e.sets.length, 0)
        : undefined;
      volume.strengthSets.planned += sets;
      volume.strengthSets.done += sets > 0 ? doneShare(s, sets, loggedSets) : 0;
    }
    const c = completion(sessions, today);
    volume.completionPct = c.due === 0 ? null : c.ratePct;
    return volume;
  });
}

export interface FitnessPoint {
  date: string;
  vdot: number;
  label: string;
}

/** Fitness over time: the race the plan started from, then every race and time trial logged. */
export function fitnessSeries(
  plan: Pick<PlanDocument, 'paces' | 'profile' | 'createdAt'>,
  races: readonly RaceDocument[],
): FitnessPoint[] {
  const start: FitnessPoint = {
    date: plan.profile.start < plan.createdAt.slice(0, 10) ? plan.profile.start : plan.createdAt.slice(0, 10),
    vdot: plan.paces.vdot,
    label: 'Start of plan',
  };
  const points = races.map((r) => ({
    date: r.date,
    vdot: r.vdot,
    label: r.kind === 'race' ? 'Race' : 'Time trial',
  }));
  return [start, ...points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The goal distance's time the latest fitness predicts, and how far it is from the goal. */
export function predictedGoal(
  latestVdot: number,
  goal: Pick<Goal, 'distanceM' | 'timeS' | 'vdot'>,
): {
  predictedS: number;
  gapS: number;
} {
  const predictedS = Math.round(raceTimeSForVdot(latestVdot, goal.distanceM));
  return { predictedS, gapS: predictedS - goal.timeS };
}

export interface LadderSession {
  date: string;
  week: number;
  /** Seconds per km of each rep in order; null for a rep not timed. */
  repPaces: (number | null)[];
  targetSPerKm: number | undefined;
  distanceM: number;
}

/** Every logged track session's rep paces, in date order. */
export function ladderSessions(plan: Pick<PlanDocument, 'sessions'>): LadderSession[] {
  return plan.sessions
    .filter((s) => s.type === 'track' && s.log?.reps?.some((r) => r.timeS !== undefined))
    .map((s) => {
      const first = s.intervals?.[0];
      return {
        date: s.date,
        week: s.week,
        repPaces: (s.log?.reps ?? []).map((r) =>
          r.timeS !== undefined && r.distanceM ? Math.round((r.timeS / r.distanceM) * 1000 * 10) / 10 : null,
        ),
        targetSPerKm: first?.targetSPerKm,
        distanceM: first?.distanceM ?? 0,
      };
    });
}

/** VDOT of a race result, for a quick estimate before the server answers. */
export const vdotOf = (distanceM: number, timeS: number): number =>
  Math.round(vdotFromRace(distanceM, timeS) * 10) / 10;

const DAY_S = 86_400;

/** The rep chart's data: x in Unix seconds, framed so one session still reads as dates and a target line. */
export interface LadderFrame {
  /** The x scale's range, at least a fortnight around the sessions. */
  rangeS: [number, number];
  /** The range's edges around each session's noon. */
  xS: number[];
  /** Target pace per x (s/km), carried to the edges so even one session draws a line. */
  targetSPerKm: (number | null)[];
  /** Per rep number, its pace per x (s/km); null at the edges and for reps not timed. */
  repPaces: (number | null)[][];
}

/**
 * The ladder chart's points with the range's edges added: one session alone would give uPlot a zero-wide
 * date range (one date on every tick) and a target "line" of one point (nothing drawn).
 * @example ladderFrame([{ date: '2026-12-14', repPaces: [270], targetSPerKm: 271, ... }]).rangeS // 7 days either side
 */
export function ladderFrame(sessions: readonly LadderSession[]): LadderFrame {
  const xs = sessions.map((s) => Date.parse(`${s.date}T12:00:00Z`) / 1000);
  const first = xs[0] ?? 0;
  const last = xs[xs.length - 1] ?? first;
  const pad = Math.max(7 * DAY_S, Math.round((last - first) * 0.05));
  const rangeS: [number, number] = [first - pad, last + pad];
  const targets = sessions.map((s) => s.targetSPerKm ?? null);
  const maxReps = Math.max(0, ...sessions.map((s) => s.repPaces.length));
  return {
    rangeS,
    xS: [rangeS[0], ...xs, rangeS[1]],
    targetSPerKm: [
      targets.find((t) => t !== null) ?? null,
      ...targets,
      targets.findLast((t) => t !== null) ?? null,
    ],
    repPaces: Array.from({ length: maxReps }, (_, i) => [
      null,
      ...sessions.map((s) => s.repPaces[i] ?? null),
      null,
    ]),
  };
}

/**
 * Date labels for a time axis's ticks (Unix seconds), in the runner's locale, each date named once: ticks
 * closer than a day share a date, and only the first of them says it.
 */
export function dateTickLabels(ticksS: readonly number[], locale?: string): string[] {
  let previous = '';
  return ticksS.map((t) => {
    const label = new Date(t * 1000).toLocaleDateString(locale, {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    if (label === previous) return '';
    previous = label;
    return label;
  });
}
