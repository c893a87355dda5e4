/**
 * Activities with known reps, for tests and the benchmark: a runner model (accelerations, pacing wobble, heart
 * rate lag) moves along a course (a 400 m track, or a hill), and a GPS model records it once a second with
 * realistic error (a slowly wandering offset of a few metres plus jitter). What was really run is returned
 * beside the recording, so detection can be scored against the truth.
 */
import type { Activity, ActivityLap, ActivitySample } from '../activity/activity-types.js';
import { haversineM } from '../activity/geo-distance.js';
import { seededRandom, type SeededRandom } from './seeded-random.js';

export type SyntheticKind = 'warmup' | 'stand' | 'work' | 'recovery' | 'cooldown';

/** One stretch of the run: ends after its distance, or after its duration. */
export interface SyntheticSegment {
  kind: SyntheticKind;
  distanceM?: number;
  durationS?: number;
  speedMPerS: number;
  /** A flat-out start: the first `distanceM` at `speedMPerS`, then the segment's own speed. */
  sprint?: { distanceM: number; speedMPerS: number };
  /** Rise per metre run (0.06 = 6 %); negative runs downhill. */
  grade?: number;
}

export interface SyntheticRunSpec {
  startMs: number;
  segments: SyntheticSegment[];
  seed: number;
  course?: 'track' | 'road';
  /** Deviation of the slowly wandering GPS offset, per axis (default 3 m). */
  gpsDriftM?: number;
  /** Deviation of the second-to-second GPS jitter, per axis (default 0.7 m). */
  gpsJitterM?: number;
  /** How the watch split laps: none, one per segment as a workout does, or every kilometre. */
  laps?: 'none' | 'workout' | 'auto-km';
}

/** What the runner really did in one segment, in seconds and metres from the start. */
export interface SyntheticTruth {
  kind: SyntheticKind;
  startS: number;
  durationS: number;
  distanceM: number;
}

export interface SyntheticRun {
  activity: Activity;
  truth: SyntheticTruth[];
}

const STEP_S = 0.05;
const ACCELERATION = 2.5;
const DECELERATION = 2.0;
const TURN_MPERS = 1;
const ORIGIN = { lat: 48.1374, lon: 11.5755 };
const METRES_PER_DEGREE_LAT = 111_195;

/**
 * Runs the segments and records them.
 * @example synthesizeRun({ startMs: Date.UTC(2026, 11, 7, 7), seed: 1, segments: [...] }).truth
 */
export function synthesizeRun(spec: SyntheticRunSpec): SyntheticRun {
  const random = seededRandom(spec.seed);
  const truth: SyntheticTruth[] = [];
  const trace: { timeS: number; distanceM: number; speed: number; altitudeM: number; position: number }[] =
    [];
  let timeS = 0;
  let distanceM = 0;
  let position = 0;
  let altitudeM = 520;
  let speed = 0;
  let wobble = 0;
  let nextRecordS = 0;
  let lastDirection = 1;

  const record = (): void => {
    while (nextRecordS <= timeS + 1e-9) {
      trace.push({ timeS: nextRecordS, distanceM, speed, altitudeM, position });
      nextRecordS += 1;
    }
  };

  for (const segment of spec.segments) {
    const startS = timeS;
    let segmentM = 0;
    let segmentS = 0;
    const direction = (segment.grade ?? 0) < 0 ? -1 : 1;
    // Turning round (top and bottom of a hill) takes a moment: the runner all but stops.
    if (direction !== lastDirection) speed = Math.min(speed, TURN_MPERS);
    lastDirection = direction;
    for (;;) {
      const remainingM = segment.distanceM === undefined ? Infinity : segment.distanceM - segmentM;
      const remainingS = segment.durationS === undefined ? Infinity : segment.durationS - segmentS;
      if (remainingM <= 1e-9 || remainingS <= 1e-9 || (remainingM === Infinity && remainingS === Infinity))
        break;
      // Pacing wobble: about 3 % either way, changing over some 10 s.
      wobble = 0.995 * wobble + 0.003 * random.gaussian();
      const base =
        segment.sprint !== undefined && segmentM < segment.sprint.distanceM
          ? segment.sprint.speedMPerS
          : segment.speedMPerS;
      const target = Math.max(0, base * (1 + (segment.kind === 'stand' ? 0 : wobble)));
      const change = Math.max(-DECELERATION * STEP_S, Math.min(ACCELERATION * STEP_S, target - speed));
      let stepS = Math.min(STEP_S, remainingS);
      let nextSpeed = Math.max(0, speed + (change * stepS) / STEP_S);
      let stepM = ((speed + nextSpeed) / 2) * stepS;
      if (stepM > remainingM) {
        // End exactly on the line, so the truth is exact.
        const share = remainingM / stepM;
        stepS *= share;
        nextSpeed = speed + (nextSpeed - speed) * share;
        stepM = remainingM;
      }
      speed = nextSpeed;
      segmentM = stepM === remainingM ? (segment.distanceM ?? segmentM + stepM) : segmentM + stepM;
      segmentS += stepS;
      distanceM += stepM;
      position = Math.max(0, position + direction * stepM);
      // The bottom of the hill is the track's level: a jog down never goes below it.
      altitudeM = Math.max(520, altitudeM + (segment.grade ?? 0) * stepM);
      timeS += stepS;
      record();
    }
    truth.push({ kind: segment.kind, startS, durationS: timeS - startS, distanceM: segmentM });
  }

  const samples = recordGps(trace, spec, random);
  return {
    activity: {
      format: 'fit',
      sport: 'running',
      startTime: new Date(spec.startMs).toISOString(),
      samples,
      laps: lapsOf(truth, spec, samples),
      distanceSource: 'device',
      device: 'speedwork synthetic',
      warnings: [],
    },
    truth,
  };
}

/**
 * The watch's view: a fix once a second, off by a slowly wandering error (its drift speed changes over some
 * 15 s, its offset returns over some 2 min: a few metres, as consumer GPS in open sky) plus jitter; the
 * watch's odometer sums the fixes after smoothing them over 3 s, as watches filter their track.
 */
function recordGps(
  trace: { timeS: number; distanceM: number; speed: number; altitudeM: number; position: number }[],
  spec: SyntheticRunSpec,
  random: SeededRandom,
): ActivitySample[] {
  const drift = spec.gpsDriftM ?? 3;
  const jitter = spec.gpsJitterM ?? 0.5;
  const velocityKeep = Math.exp(-1 / 15);
  const offsetKeep = Math.exp(-1 / 120);
  // Drift speed deviation that gives an offset deviation of about `drift`: var ≈ σv² × 15 s × 120 s.
  const velocityDeviation = drift / Math.sqrt(15 * 120);
  const velocityFresh = Math.sqrt(1 - velocityKeep * velocityKeep) * velocityDeviation;
  const error = { x: drift * random.gaussian(), y: drift * random.gaussian(), vx: 0, vy: 0 };
  let heartRate = 95;
  const fixes: { lat: number; lon: number }[] = [];
  const metresPerDegreeLon = METRES_PER_DEGREE_LAT * Math.cos((ORIGIN.lat * Math.PI) / 180);
  for (const point of trace) {
    error.vx = velocityKeep * error.vx + velocityFresh * random.gaussian();
    error.vy = velocityKeep * error.vy + velocityFresh * random.gaussian();
    error.x = offsetKeep * error.x + error.vx;
    error.y = offsetKeep * error.y + error.vy;
    const [x, y] = spec.course === 'road' ? roadXY(point.position) : trackXY(point.position);
    fixes.push({
      lat: ORIGIN.lat + (y + error.y + jitter * random.gaussian()) / METRES_PER_DEGREE_LAT,
      lon: ORIGIN.lon + (x + error.x + jitter * random.gaussian()) / metresPerDegreeLon,
    });
  }
  const odometer = smoothedOdometer(fixes);
  return trace.map((point, i) => {
    heartRate += (100 + 18 * point.speed - heartRate) / 15;
    const fix = fixes[i] ?? ORIGIN;
    return {
      timeS: point.timeS,
      distanceM: Math.round((odometer[i] ?? 0) * 100) / 100,
      speedMPerS: Math.round(point.speed * 1000) / 1000,
      lat: fix.lat,
      lon: fix.lon,
      altitudeM: Math.round((point.altitudeM + 0.3 * random.gaussian()) * 5) / 5,
      heartRate: Math.round(heartRate),
      cadence: point.speed < 0.5 ? 0 : Math.round(78 + 3 * point.speed),
    };
  });
}

function smoothedOdometer(fixes: readonly { lat: number; lon: number }[]): number[] {
  const smoothed = fixes.map((_, i) => {
    const window = fixes.slice(Math.max(0, i - 1), i + 2);
    return {
      lat: window.reduce((sum, f) => sum + f.lat, 0) / window.length,
      lon: window.reduce((sum, f) => sum + f.lon, 0) / window.length,
    };
  });
  let total = 0;
  return smoothed.map((fix, i) => {
    const previous = smoothed[i - 1];
    if (previous !== undefined) total += haversineM(previous.lat, previous.lon, fix.lat, fix.lon);
    return total;
  });
}

/** Lane 1 of a 400 m track: two 84.39 m straights and two bends of radius 36.8 m. */
function trackXY(positionM: number): [number, number] {
  const straight = 84.39;
  const radius = 36.8;
  const bend = Math.PI * radius;
  const lap = 2 * straight + 2 * bend;
  let s = positionM % lap;
  if (s < straight) return [s, 0];
  s -= straight;
  if (s < bend) {
    const angle = s / radius;
    return [straight + radius * Math.sin(angle), radius - radius * Math.cos(angle)];
  }
  s -= bend;
  if (s < straight) return [straight - s, 2 * radius];
  s -= straight;
  const angle = s / radius;
  return [-radius * Math.sin(angle), radius + radius * Math.cos(angle)];
}

/** A straight road heading north-east (position is metres along it). */
function roadXY(positionM: number): [number, number] {
  return [positionM * 0.8, positionM * 0.6];
}

function lapsOf(truth: SyntheticTruth[], spec: SyntheticRunSpec, samples: ActivitySample[]): ActivityLap[] {
  const distanceAt = (timeS: number): number => {
    const i = Math.min(samples.length - 1, Math.max(0, Math.round(timeS)));
    return samples[i]?.distanceM ?? 0;
  };
  switch (spec.laps ?? 'none') {
    case 'none':
      return [];
    case 'workout':
      return truth.map((segment) => ({
        startS: Math.round(segment.startS),
        durationS: Math.round(segment.startS + segment.durationS) - Math.round(segment.startS),
        distanceM: distanceAt(segment.startS + segment.durationS) - distanceAt(segment.startS),
        intensity:
          segment.kind === 'work'
            ? 'active'
            : segment.kind === 'recovery'
              ? 'recovery'
              : segment.kind === 'cooldown'
                ? 'cooldown'
                : 'warmup',
        trigger: 'time',
      }));
    case 'auto-km': {
      const laps: ActivityLap[] = [];
      let lapStart = 0;
      let nextKm = 1000;
      for (const sample of samples) {
        if ((sample.distanceM ?? 0) >= nextKm) {
          laps.push({
            startS: lapStart,
            durationS: sample.timeS - lapStart,
            distanceM: 1000,
            intensity: 'active',
            trigger: 'distance',
          });
          lapStart = sample.timeS;
          nextKm += 1000;
        }
      }
      return laps;
    }
  }
}
