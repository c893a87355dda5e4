/** A runner's profile after validation: every field known, in SI units (metres, seconds). */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type Equipment = 'gym' | 'none';
export type Level = 'beginner' | 'intermediate' | 'advanced';
export type Units = 'km' | 'mi';

export interface RaceResult {
  /** The distance as the runner named it: `5k`, `half`, `800m`. */
  distance: string;
  distanceM: number;
  timeS: number;
}

/** What the runner runs now (R-VOL-1); either may be missing, and the plan then assumes one. */
export interface CurrentTraining {
  weeklyDistanceM?: number;
  longestRunM?: number;
}

export interface Profile {
  recent: RaceResult;
  goal?: RaceResult;
  raceDate?: string;
  start: string;
  weeks: number;
  days: Weekday[];
  equipment: Equipment;
  level: Level;
  units: Units;
  current?: CurrentTraining;
}

/** The profile as a runner types it (CLI flags, API body): strings, optional fields. */
export interface ProfileInput {
  recent?: { distance?: unknown; time?: unknown } | undefined;
  goal?: { distance?: unknown; time?: unknown } | undefined;
  raceDate?: unknown;
  start?: unknown;
  weeks?: unknown;
  days?: unknown;
  equipment?: unknown;
  level?: unknown;
  units?: unknown;
  /** Metres, as numbers: `{ weeklyDistanceM: 30000, longestRunM: 12000 }`. */
  current?: { weeklyDistanceM?: unknown; longestRunM?: unknown } | null | undefined;
}
