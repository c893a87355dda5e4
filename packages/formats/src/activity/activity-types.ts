/**
 * The normalized activity every importer (FIT, GPX, TCX) produces: what the watch recorded, in SI units, with
 * times in seconds from the start, so rep detection and the server never care which file it came from.
 */

export type ActivityFormat = 'fit' | 'gpx' | 'tcx';

/**
 * One moment of the recording. A field is `null` when the file did not record it at that moment; every sample
 * has the same shape, which keeps long recordings compact and fast to scan.
 */
export interface ActivitySample {
  /** Seconds since `Activity.startTime`. */
  timeS: number;
  /** Cumulative distance from the start; from the device, else measured along the GPS track. */
  distanceM: number | null;
  /** Speed as the device reported it, else derived from the distance. */
  speedMPerS: number | null;
  /** WGS84 degrees. */
  lat: number | null;
  lon: number | null;
  altitudeM: number | null;
  /** Beats per minute. */
  heartRate: number | null;
  /** Strides of one foot per minute, as FIT, TCX and Garmin's GPX extension record it (double it for steps). */
  cadence: number | null;
}

/** How a watch recorded a lap: following a workout step it knows the step's intensity. */
export type LapIntensity = 'warmup' | 'active' | 'recovery' | 'rest' | 'cooldown' | 'interval' | 'other';

/** What closed the lap: the runner's button, a workout step, or an automatic distance or time. */
export type LapTrigger = 'manual' | 'distance' | 'time' | 'position' | 'session-end' | 'other';

export interface ActivityLap {
  /** Seconds since `Activity.startTime`. */
  startS: number;
  durationS: number;
  distanceM: number | null;
  intensity: LapIntensity | null;
  trigger: LapTrigger | null;
}

export interface Activity {
  format: ActivityFormat;
  /** Lower-case sport as the file names it (`running`, `cycling`), or null when it does not say. */
  sport: string | null;
  /** ISO 8601 in UTC, to the millisecond: `2026-12-07T07:30:00.000Z`. */
  startTime: string;
  /** In time order, at least one. */
  samples: ActivitySample[];
  laps: ActivityLap[];
  /** Where `distanceM` comes from: the device's own odometer, the GPS track, or nowhere. */
  distanceSource: 'device' | 'gps' | 'none';
  /** The recording device or app, when the file names it. */
  device: string | null;
  /** What was repaired or left out while reading, in words: "dropped 1 sample dated 2085". */
  warnings: string[];
  /**
   * A multisport activity's legs (`sport` is `multisport`): a triathlon's swim, transitions, bike and run,
   * each with its own sport and the device's totals. Absent for a single-sport activity.
   */
  legs?: ActivityLeg[];
}

/** One leg of a multisport activity, in seconds from the activity's start. */
export interface ActivityLeg {
  sport: string | null;
  startS: number;
  durationS: number;
  distanceM: number | null;
}

/** The headline numbers of an activity: what a log entry or a list of imports shows. */
export interface ActivitySummary {
  format: ActivityFormat;
  sport: string | null;
  startTime: string;
  /** From the first to the last sample. */
  durationS: number;
  distanceM: number | null;
  /** Average pace over the whole recording (stops included); null without a distance. */
  sPerKm: number | null;
  avgHeartRate: number | null;
  maxHeartRate: number | null;
  sampleCount: number;
  lapCount: number;
  device: string | null;
  warnings: string[];
}
