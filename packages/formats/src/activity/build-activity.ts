/**
 * The one normalizer behind every importer: takes the points and laps a parser read, in whatever state the
 * device left them, and returns an `Activity` that later code can trust: sorted times, one sample per instant,
 * impossible values dropped, a distance for every sample when the file has any way to give one.
 */
import { FormatError } from '../errors/format-error.js';
import type {
  Activity,
  ActivityFormat,
  ActivityLap,
  ActivitySample,
  LapIntensity,
  LapTrigger,
} from './activity-types.js';
import { haversineM } from './geo-distance.js';

/** A point as a parser read it: absolute time, values possibly missing or wrong. */
export interface RawPoint {
  timeMs: number;
  distanceM: number | null;
  speedMPerS: number | null;
  lat: number | null;
  lon: number | null;
  altitudeM: number | null;
  heartRate: number | null;
  cadence: number | null;
}

export interface RawLap {
  startMs: number;
  durationS: number;
  distanceM: number | null;
  intensity: LapIntensity | null;
  trigger: LapTrigger | null;
}

export interface RawActivity {
  format: ActivityFormat;
  sport: string | null;
  /** The start the file declares (FIT session, TCX Id), which may precede the first point. */
  declaredStartMs: number | null;
  points: RawPoint[];
  laps: RawLap[];
  device: string | null;
  warnings: string[];
}

/** More track points than any recording holds: 11.5 days at one a second. */
export const MAX_ACTIVITY_POINTS = 1_000_000;
/** The FIT epoch (1989-12-31): no recording is older. */
const EARLIEST_MS = Date.UTC(1989, 11, 31);
const LATEST_MS = Date.UTC(2100, 0, 1);
/** A gap longer than this splits a recording; the longest piece is kept (crashed apps write years-off times). */
const MAX_GAP_MS = 24 * 3600 * 1000;
/** A declared start more than this before the first point is not this recording's start. */
const MAX_START_LEAD_MS = 3600 * 1000;
/** Device distance on fewer than this share of points is not trusted over the GPS track. */
const DEVICE_DISTANCE_SHARE = 0.5;
/** Fixes on each side averaged before measuring the GPS track. */
const SMOOTHING_HALF = 1;

/**
 * Normalizes what a parser read into an `Activity`; throws `empty-track` when nothing with a time is left.
 * @example buildActivity({ format: 'gpx', sport: null, declaredStartMs: null, points, laps: [], device: null, warnings: [] })
 */
export function buildActivity(raw: RawActivity): Activity {
  if (raw.points.length > MAX_ACTIVITY_POINTS) {
    throw new FormatError(
      'too-complex',
      `the file holds ${raw.points.length.toLocaleString('en-GB')} track points; the limit is ${MAX_ACTIVITY_POINTS.toLocaleString('en-GB')} (11 days at one a second)`,
    );
  }
  const warnings = [...raw.warnings];
  let points = raw.points.filter(
    (p) => Number.isFinite(p.timeMs) && p.timeMs >= EARLIEST_MS && p.timeMs < LATEST_MS,
  );
  if (points.length < raw.points.length) {
    const dropped = raw.points.length - points.length;
    warnings.push(`dropped ${dropped} point${dropped === 1 ? '' : 's'} with an impossible time`);
  }
  points = sortedByTime(points);
  points = longestRun(points, warnings);
  points = mergeSameInstant(points);
  if (points.length === 0) throw new FormatError('empty-track', 'the file holds no track points with a time');

  const firstMs = points[0]?.timeMs ?? 0;
  const declared = raw.declaredStartMs;
  const startMs =
    declared !== null &&
    Number.isFinite(declared) &&
    declared <= firstMs &&
    firstMs - declared <= MAX_START_LEAD_MS
      ? declared
      : firstMs;

  const samples = points.map((p) => toSample(p, startMs));
  const distanceSource = fillDistance(samples);
  fillSpeed(samples);
  const laps = normalizeLaps(raw.laps, startMs, samples);

  return {
    format: raw.format,
    sport: raw.sport,
    startTime: new Date(startMs).toISOString(),
    samples,
    laps,
    distanceSource,
    device: raw.device,
    warnings,
  };
}

function sortedByTime(points: RawPoint[]): RawPoint[] {
  for (let i = 1; i < points.length; i++) {
    if ((points[i]?.timeMs ?? 0) < (points[i - 1]?.timeMs ?? 0)) {
      return [...points].sort((a, b) => a.timeMs - b.timeMs);
    }
  }
  return points;
}

/** Keeps the longest stretch without a day-long gap: a crashing app's last record dated 2085 goes. */
function longestRun(points: RawPoint[], warnings: string[]): RawPoint[] {
  let bestStart = 0;
  let bestEnd = 0;
  let runStart = 0;
  for (let i = 1; i <= points.length; i++) {
    const split = i === points.length || (points[i]?.timeMs ?? 0) - (points[i - 1]?.timeMs ?? 0) > MAX_GAP_MS;
    if (!split) continue;
    if (i - runStart > bestEnd - bestStart) {
      bestStart = runStart;
      bestEnd = i;
    }
    runStart = i;
  }
  if (bestStart === 0 && bestEnd === points.length) return points;
  const kept = points.slice(bestStart, bestEnd);
  const dropped = points.length - kept.length;
  warnings.push(
    `dropped ${dropped} point${dropped === 1 ? '' : 's'} more than a day away from the rest of the recording`,
  );
  return kept;
}

/** Some devices write two records for one second (position in one, heart rate in the other): merge them. */
function mergeSameInstant(points: RawPoint[]): RawPoint[] {
  let duplicates = false;
  for (let i = 1; i < points.length; i++) {
    if (points[i]?.timeMs === points[i - 1]?.timeMs) {
      duplicates = true;
      break;
    }
  }
  if (!duplicates) return points;
  const merged: RawPoint[] = [];
  for (const point of points) {
    const last = merged[merged.length - 1];
    if (last !== undefined && last.timeMs === point.timeMs) {
      merged[merged.length - 1] = {
        timeMs: last.timeMs,
        distanceM: point.distanceM ?? last.distanceM,
        speedMPerS: point.speedMPerS ?? last.speedMPerS,
        lat: point.lat ?? last.lat,
        lon: point.lon ?? last.lon,
        altitudeM: point.altitudeM ?? last.altitudeM,
        heartRate: point.heartRate ?? last.heartRate,
        cadence: point.cadence ?? last.cadence,
      };
    } else {
      merged.push(point);
    }
  }
  return merged;
}

function inRange(value: number | null, min: number, max: number): number | null {
  return value !== null && value >= min && value <= max ? value : null;
}

function toSample(p: RawPoint, startMs: number): ActivitySample {
  let lat = inRange(p.lat, -90, 90);
  let lon = inRange(p.lon, -180, 180);
  // (0, 0) is where devices put a fix they do not have yet.
  if (lat === null || lon === null || (lat === 0 && lon === 0)) {
    lat = null;
    lon = null;
  }
  return {
    timeS: (p.timeMs - startMs) / 1000,
    distanceM: inRange(p.distanceM, 0, 1e7),
    speedMPerS: inRange(p.speedMPerS, 0, 100),
    lat,
    lon,
    altitudeM: inRange(p.altitudeM, -500, 9000),
    heartRate: inRange(p.heartRate, 1, 254),
    cadence: inRange(p.cadence, 0, 254),
  };
}

/**
 * Gives every sample a distance when the file allows: the device's own where it recorded one on most samples,
 * else measured along the GPS track with lone spikes (a fix far off and straight back) left out.
 */
function fillDistance(samples: ActivitySample[]): Activity['distanceSource'] {
  let withDistance = 0;
  let withPosition = 0;
  for (const s of samples) {
    if (s.distanceM !== null) withDistance++;
    if (s.lat !== null) withPosition++;
  }
  if (withDistance > 0 && withDistance >= samples.length * DEVICE_DISTANCE_SHARE) {
    fillGaps(samples);
    return 'device';
  }
  if (withPosition >= 2) {
    measureTrack(samples);
    return 'gps';
  }
  for (const s of samples) s.distanceM = null;
  return 'none';
}

/** Device distance: never goes backwards; gaps are interpolated in time, the ends held. */
function fillGaps(samples: ActivitySample[]): void {
  let lastIndex = -1;
  let lastValue = 0;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    if (s === undefined || s.distanceM === null) continue;
    const value = Math.max(s.distanceM, lastValue);
    s.distanceM = value;
    if (lastIndex === -1) {
      for (let j = 0; j < i; j++) setDistance(samples, j, value);
    } else if (i - lastIndex > 1) {
      interpolate(samples, lastIndex, i, lastValue, value);
    }
    lastIndex = i;
    lastValue = value;
  }
  for (let j = lastIndex + 1; j < samples.length; j++) setDistance(samples, j, lastValue);
}

function setDistance(samples: ActivitySample[], index: number, value: number): void {
  const s = samples[index];
  if (s !== undefined) s.distanceM = value;
}

function interpolate(
  samples: ActivitySample[],
  from: number,
  to: number,
  fromValue: number,
  toValue: number,
): void {
  const t0 = samples[from]?.timeS ?? 0;
  const t1 = samples[to]?.timeS ?? t0;
  for (let j = from + 1; j < to; j++) {
    const t = samples[j]?.timeS ?? t0;
    const f = t1 > t0 ? (t - t0) / (t1 - t0) : 1;
    setDistance(samples, j, fromValue + f * (toValue - fromValue));
  }
}

/**
 * Distance along the GPS track, measured on positions averaged over 3 fixes: summing raw fixes counts their
 * jitter as running (a runner standing still would gain a metre a second), the average keeps the path.
 */
function measureTrack(samples: ActivitySample[]): void {
  const kept = measurableFixes(samples);
  const fixes: number[] = [];
  for (let i = 0; i < samples.length; i++) if (kept[i] === 1) fixes.push(i);
  let total = 0;
  let previousLat = 0;
  let previousLon = 0;
  for (const s of samples) s.distanceM = null;
  for (let k = 0; k < fixes.length; k++) {
    const sample = samples[fixes[k] ?? 0];
    if (sample === undefined) continue;
    // A symmetric window, narrowed at the ends and across pauses, so the smoothing never shifts the track.
    let half = Math.min(SMOOTHING_HALF, k, fixes.length - 1 - k);
    while (half > 0 && !closeInTime(samples, fixes, k, half)) half--;
    let latSum = 0;
    let lonSum = 0;
    for (let j = k - half; j <= k + half; j++) {
      const other = samples[fixes[j] ?? 0];
      latSum += other?.lat ?? 0;
      lonSum += other?.lon ?? 0;
    }
    const lat = latSum / (2 * half + 1);
    const lon = lonSum / (2 * half + 1);
    if (k > 0) total += haversineM(previousLat, previousLon, lat, lon);
    sample.distanceM = total;
    previousLat = lat;
    previousLon = lon;
  }
  fillGaps(samples);
}

/** Whether the fixes `half` either side of fix k are recorded within a second or so of each step. */
function closeInTime(samples: ActivitySample[], fixes: number[], k: number, half: number): boolean {
  const before = samples[fixes[k - half] ?? 0]?.timeS ?? 0;
  const after = samples[fixes[k + half] ?? 0]?.timeS ?? 0;
  return after - before <= 2 * half * 2.5;
}

/** 1 for each fix to measure: a fix that jumps away and straight back is a GPS spike, not running. */
function measurableFixes(samples: ActivitySample[]): Uint8Array {
  const kept = new Uint8Array(samples.length);
  const indices: number[] = [];
  for (let i = 0; i < samples.length; i++) {
    if (samples[i]?.lat !== null) {
      indices.push(i);
      kept[i] = 1;
    }
  }
  for (let k = 1; k + 1 < indices.length; k++) {
    const a = samples[indices[k - 1] ?? 0];
    const b = samples[indices[k] ?? 0];
    const c = samples[indices[k + 1] ?? 0];
    if (!a || !b || !c || a.lat === null || a.lon === null || b.lat === null || b.lon === null) continue;
    if (c.lat === null || c.lon === null) continue;
    const ab = haversineM(a.lat, a.lon, b.lat, b.lon);
    if (ab < 30) continue;
    const bc = haversineM(b.lat, b.lon, c.lat, c.lon);
    const ac = haversineM(a.lat, a.lon, c.lat, c.lon);
    if (ab + bc > 3 * ac + 30) kept[indices[k] ?? 0] = 0;
  }
  return kept;
}

/** Speed where the device gave none: distance over the time between the neighbouring samples. */
function fillSpeed(samples: ActivitySample[]): void {
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    if (s === undefined || s.speedMPerS !== null) continue;
    const before = samples[Math.max(0, i - 1)];
    const after = samples[Math.min(samples.length - 1, i + 1)];
    if (!before || !after || before.distanceM === null || after.distanceM === null) continue;
    const dt = after.timeS - before.timeS;
    if (dt > 0) s.speedMPerS = Math.max(0, (after.distanceM - before.distanceM) / dt);
  }
}

function normalizeLaps(raw: RawLap[], startMs: number, samples: ActivitySample[]): ActivityLap[] {
  const endS = samples[samples.length - 1]?.timeS ?? 0;
  const laps: ActivityLap[] = [];
  for (const lap of raw) {
    if (!Number.isFinite(lap.startMs) || !Number.isFinite(lap.durationS) || lap.durationS < 0) continue;
    const startS = (lap.startMs - startMs) / 1000;
    if (startS < -60 || startS > endS + 60) continue;
    laps.push({
      startS,
      durationS: lap.durationS,
      distanceM:
        lap.distanceM !== null && Number.isFinite(lap.distanceM) && lap.distanceM >= 0 ? lap.distanceM : null,
      intensity: lap.intensity,
      trigger: lap.trigger,
    });
  }
  return laps.sort((a, b) => a.startS - b.startS);
}
