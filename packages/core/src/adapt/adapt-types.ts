/**
 * The inputs and outputs of adaptation (SPEC R-ADA-1..6): what the runner really did, and what the plan
 * changed because of it. These shapes are public: the CLI's `adapt` reads LOGS.json and RACES.json in them,
 * the server stores them, the web app shows the changes.
 */
import type { Plan } from '../plan/plan-types.js';

export type LogStatus = 'done' | 'partly' | 'skipped' | 'pain' | 'ill';

/** One logged session. `reps` are the rep times the runner typed or a watch file filled. */
export interface SessionLog {
  sessionId: string;
  status: LogStatus;
  /** Effort 1–10. */
  rpe?: number;
  reps?: { timeS?: number; distanceM?: number }[];
}

/** A race or time trial the runner ran, on any date (before the plan's start counts too). */
export interface RaceEntry {
  date: string;
  distanceM: number;
  timeS: number;
  kind: 'race' | 'time-trial';
}

/** One change adaptation made, in the runner's words (R-ADA-5). */
export interface PlanChange {
  sessionId: string;
  date: string;
  /** What changed, briefly: "paces", "step held", "volume", "moved", "eased". */
  what: string;
  before: string;
  after: string;
  why: string;
}

export interface AdaptedPlan {
  plan: Plan;
  changes: PlanChange[];
  /**
   * Rules of SPEC section 1 still broken after today that the function could not repair (replanFrom's seam
   * between two plans of different volume); absent when there are none.
   */
  unresolved?: { rule: string; message: string }[];
}
