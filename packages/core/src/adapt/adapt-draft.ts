/**
 * The working copy adaptation edits: the plan's sessions after today (copies; the past is never touched,
 * R-ADA-1), the changes made so far in the runner's words (R-ADA-5), and which sessions took another
 * session's content and so need their paces set again.
 */
import type { Plan, Session } from '../plan/plan-types.js';
import type { PlanChange } from './adapt-types.js';
import { dayOf } from './adapt-dates.js';

export interface AdaptDraft {
  readonly plan: Plan;
  readonly today: string;
  readonly todayDay: number;
  /** Copies of the sessions after today, in plan order; steps replace entries, never reorder them. */
  future: Session[];
  changes: PlanChange[];
  /** Ids whose content moved in from another session. */
  moved: Set<string>;
  /** Hard runs turned into easy runs, as they were: their steps are not lost but move to the next session of their kind. */
  eased: Map<string, Session>;
}

export function newDraft(plan: Plan, today: string): AdaptDraft {
  const todayDay = dayOf(today);
  return {
    plan,
    today,
    todayDay,
    future: plan.sessions.filter((s) => dayOf(s.date) > todayDay).map(copySession),
    changes: [],
    moved: new Set(),
    eased: new Map(),
  };
}

/** A deep copy of plain JSON data (plans are JSON). */
export function structuredCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A deep copy of one session, field by field: the working copy of every future session, made on each write. */
export function copySession(session: Session): Session {
  const copy: Session = { ...session, technique: [...session.technique], targetRpe: [...session.targetRpe] };
  if (session.intervals)
    copy.intervals = session.intervals.map((interval) => {
      const block = { ...interval };
      if (interval.recovery) block.recovery = { ...interval.recovery };
      if (interval.targetRangeSPerKm) block.targetRangeSPerKm = [...interval.targetRangeSPerKm];
      return block;
    });
  if (session.exercises)
    copy.exercises = session.exercises.map((exercise) => {
      const e = { ...exercise };
      if (exercise.reps) e.reps = { ...exercise.reps };
      return e;
    });
  if (session.warmup) copy.warmup = { ...session.warmup };
  if (session.cooldown) copy.cooldown = { ...session.cooldown };
  if (session.strides) copy.strides = { ...session.strides };
  if (session.runWalk) copy.runWalk = { ...session.runWalk };
  if (session.notes) copy.notes = [...session.notes];
  return copy;
}

export function replaceFuture(draft: AdaptDraft, next: Session): void {
  const index = draft.future.findIndex((s) => s.id === next.id);
  if (index < 0) throw new Error(`no future session ${next.id}`);
  draft.future[index] = next;
}

export function addChange(
  draft: AdaptDraft,
  session: Pick<Session, 'id' | 'date'>,
  what: string,
  before: string,
  after: string,
  why: string,
): void {
  draft.changes.push({ sessionId: session.id, date: session.date, what, before, after, why });
}

/** What a session is, without its kind: "4 × 150 m (50 m flat out)" from "Track: 4 × 150 m (50 m flat out)". */
export function sessionWhat(session: Pick<Session, 'title'>): string {
  const colon = session.title.indexOf(': ');
  return colon < 0 ? session.title : session.title.slice(colon + 2);
}
