/** What rep detection finds in an activity, and how it lines up with the planned session. */

export type IntervalKind = 'work' | 'recovery';

/** One stretch of an interval session, in seconds from the activity's start. */
export interface DetectedInterval {
  kind: IntervalKind;
  startS: number;
  durationS: number;
  /** Null when the activity has no distance (no GPS, no footpod). */
  distanceM: number | null;
  /** Pace over the stretch; null without a distance. */
  sPerKm: number | null;
}

/** Where the intervals came from: the watch's laps, the speed signal, or nowhere (a steady run). */
export type DetectionSource = 'laps' | 'speed' | 'none';

export interface IntervalDetection {
  source: DetectionSource;
  /** Work and recovery alternating, from the first work stretch to the last; warm-up and cool-down left out. */
  intervals: DetectedInterval[];
}
