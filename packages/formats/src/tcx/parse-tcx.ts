/**
 * TCX (Garmin Training Center) activities to the normalized `Activity`: laps with their intensity and what
 * closed them, track points with distance, heart rate, cadence and the speed of the ActivityExtension.
 */
import type { Activity, LapIntensity, LapTrigger } from '../activity/activity-types.js';
import { buildActivity, type RawLap, type RawPoint } from '../activity/build-activity.js';
import { parseIsoTimeMs } from '../activity/iso-time.js';
import { FormatError } from '../errors/format-error.js';
import {
  child,
  children,
  numberIn,
  readXml,
  text,
  type XmlNode,
  type XmlReadOptions,
} from '../xml/read-xml.js';

const TCX_ARRAYS = new Set([
  'Activity',
  'Lap',
  'Track',
  'Trackpoint',
  'Course',
  'MultiSportSession',
  'NextSport',
]);

/**
 * Reads the first activity of a TCX file, with a warning when it holds more (see `parseTcxActivities`).
 * @example parseTcx(bytes).laps.length // 3
 */
export function parseTcx(input: Uint8Array | string, options: XmlReadOptions = {}): Activity {
  const activities = parseTcxActivities(input, options);
  const [first] = activities;
  if (first === undefined) throw new FormatError('empty-track', 'the file holds no activity');
  if (activities.length > 1) {
    first.warnings.push(`the file holds ${activities.length} activities; this is the first`);
  }
  return first;
}

/** One `<Activity>` as read: its points and laps, before normalizing. */
interface TcxLeg {
  sport: string | null;
  declaredStartMs: number | null;
  points: RawPoint[];
  laps: RawLap[];
  device: string | null;
  withoutTime: number;
}

/**
 * Every activity of a TCX file, in file order: each `<Activity>`, and each `<MultiSportSession>` as one
 * multisport activity whose legs (and transitions) keep their sports and whose distance is their sum.
 * @example parseTcxActivities(bytes).map((a) => a.sport) // ['running', 'multisport']
 */
export function parseTcxActivities(input: Uint8Array | string, options: XmlReadOptions = {}): Activity[] {
  const root = child(readXml(input, TCX_ARRAYS, options), 'TrainingCenterDatabase');
  if (root === undefined) {
    throw new FormatError('not-tcx', 'this is not a TCX file: it has no <TrainingCenterDatabase> element');
  }
  const list = child(root, 'Activities');
  const activities: Activity[] = [];
  let withoutTime = 0;
  for (const activity of children(list, 'Activity')) {
    const leg = readLeg(activity);
    withoutTime += leg.withoutTime;
    if (leg.points.length > 0) activities.push(build(leg.sport, [leg]));
  }
  for (const session of children(list, 'MultiSportSession')) {
    const legs: TcxLeg[] = [];
    const first = children(child(session, 'FirstSport'), 'Activity')[0];
    if (first !== undefined) legs.push(readLeg(first));
    for (const next of children(session, 'NextSport')) {
      const transition = child(next, 'Transition');
      if (transition !== undefined) legs.push(transitionLeg(transition));
      const activity = children(next, 'Activity')[0];
      if (activity !== undefined) legs.push(readLeg(activity));
    }
    withoutTime += legs.reduce((sum, leg) => sum + leg.withoutTime, 0);
    if (legs.some((leg) => leg.points.length > 0)) activities.push(build('multisport', legs));
  }
  if (activities.length > 0) return activities;
  if (withoutTime > 0) {
    throw new FormatError('no-times', `the activity's ${withoutTime} track points carry no times`, {
      kind: 'course',
    });
  }
  const courses = children(child(root, 'Courses'), 'Course').length;
  if (courses > 0) {
    throw new FormatError('no-times', 'the file holds a course to follow, not a recorded activity', {
      kind: 'course',
    });
  }
  const declared = children(list, 'Activity').length + children(list, 'MultiSportSession').length;
  throw new FormatError(
    'empty-track',
    declared > 0 ? 'the activity holds no track points' : 'the file holds no activity',
  );
}

function readLeg(activity: XmlNode): TcxLeg {
  const points: RawPoint[] = [];
  const laps: RawLap[] = [];
  let withoutTime = 0;
  for (const lap of children(activity, 'Lap')) {
    const rawLap = toLap(lap);
    if (rawLap !== null) laps.push(rawLap);
    for (const track of children(lap, 'Track')) {
      for (const trackPoint of children(track, 'Trackpoint')) {
        const point = toPoint(trackPoint);
        if (point === null) withoutTime++;
        else points.push(point);
      }
    }
  }
  const sport = text(activity['@_Sport'])?.toLowerCase() ?? null;
  return {
    sport: sport === '' ? null : sport,
    declaredStartMs: parseIsoTimeMs(text(activity.Id)),
    points,
    laps,
    device: text(child(activity, 'Creator')?.Name) ?? null,
    withoutTime,
  };
}

/** A multisport transition is one lap, with its own track points. */
function transitionLeg(lap: XmlNode): TcxLeg {
  const leg = readLeg({ Lap: [lap] });
  return { ...leg, sport: 'transition', declaredStartMs: parseIsoTimeMs(text(lap['@_StartTime'])) };
}

function build(sport: string | null, legs: readonly TcxLeg[]): Activity {
  const warnings: string[] = [];
  const withoutTime = legs.reduce((sum, leg) => sum + leg.withoutTime, 0);
  if (withoutTime > 0) {
    warnings.push(`left out ${withoutTime} track point${withoutTime === 1 ? '' : 's'} without a time`);
  }
  // A leg whose distance starts again from zero gets the legs before it added, so the distance is their sum.
  const points: RawPoint[] = [];
  let totalM = 0;
  for (const leg of legs) {
    const firstM = leg.points.find((point) => point.distanceM !== null)?.distanceM ?? null;
    const offsetM = firstM !== null && firstM < totalM - 1 ? totalM : 0;
    for (const point of leg.points) {
      if (point.distanceM === null) {
        points.push(point);
        continue;
      }
      const distanceM = point.distanceM + offsetM;
      totalM = Math.max(totalM, distanceM);
      points.push({ ...point, distanceM });
    }
  }
  const declaredStartMs = legs[0]?.declaredStartMs ?? null;
  const activity = buildActivity({
    format: 'tcx',
    sport,
    declaredStartMs,
    points,
    laps: legs.flatMap((leg) => leg.laps),
    device: legs.find((leg) => leg.device !== null)?.device ?? null,
    warnings,
  });
  if (legs.length > 1) {
    const startMs = Date.parse(activity.startTime);
    activity.legs = legs.map((leg) => {
      const firstMs = leg.declaredStartMs ?? leg.laps[0]?.startMs ?? leg.points[0]?.timeMs ?? startMs;
      return {
        sport: leg.sport,
        startS: (firstMs - startMs) / 1000,
        durationS: leg.laps.reduce((sum, lap) => sum + lap.durationS, 0),
        distanceM: leg.laps.some((lap) => lap.distanceM !== null)
          ? leg.laps.reduce((sum, lap) => sum + (lap.distanceM ?? 0), 0)
          : null,
      };
    });
  }
  return activity;
}

function toPoint(node: XmlNode): RawPoint | null {
  const timeMs = parseIsoTimeMs(text(node.Time));
  if (timeMs === null) return null;
  const position = child(node, 'Position');
  const extension = child(child(node, 'Extensions'), 'TPX');
  return {
    timeMs,
    distanceM: numberIn(node.DistanceMeters),
    speedMPerS: numberIn(extension?.Speed),
    lat: numberIn(position?.LatitudeDegrees),
    lon: numberIn(position?.LongitudeDegrees),
    altitudeM: numberIn(node.AltitudeMeters),
    heartRate: numberIn(child(node, 'HeartRateBpm')?.Value),
    cadence: numberIn(node.Cadence) ?? numberIn(extension?.RunCadence),
  };
}

function toLap(node: XmlNode): RawLap | null {
  const startMs = parseIsoTimeMs(text(node['@_StartTime']));
  const durationS = numberIn(node.TotalTimeSeconds);
  if (startMs === null || durationS === null) return null;
  return {
    startMs,
    durationS,
    distanceM: numberIn(node.DistanceMeters),
    intensity: lapIntensity(text(node.Intensity)),
    trigger: lapTrigger(text(node.TriggerMethod)),
  };
}

function lapIntensity(value: string | undefined): LapIntensity | null {
  if (value === 'Active') return 'active';
  if (value === 'Resting') return 'rest';
  return null;
}

function lapTrigger(value: string | undefined): LapTrigger | null {
  switch (value) {
    case 'Manual':
      return 'manual';
    case 'Distance':
      return 'distance';
    case 'Time':
      return 'time';
    case 'Location':
      return 'position';
    case undefined:
      return null;
    default:
      return 'other';
  }
}
