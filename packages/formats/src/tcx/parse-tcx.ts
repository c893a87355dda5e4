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

const TCX_ARRAYS = new Set(['Activity', 'Lap', 'Track', 'Trackpoint', 'Course']);

/**
 * Reads the first activity of a TCX file.
 * @example parseTcx(bytes).laps.length // 3
 */
export function parseTcx(input: Uint8Array | string, options: XmlReadOptions = {}): Activity {
  const root = child(readXml(input, TCX_ARRAYS, options), 'TrainingCenterDatabase');
  if (root === undefined) {
    throw new FormatError('not-tcx', 'this is not a TCX file: it has no <TrainingCenterDatabase> element');
  }
  const activities = children(child(root, 'Activities'), 'Activity');
  const activity = activities[0];
  if (activity === undefined) {
    const courses = children(child(root, 'Courses'), 'Course').length;
    throw new FormatError(
      courses > 0 ? 'no-times' : 'empty-track',
      courses > 0
        ? 'the file holds a course to follow, not a recorded activity'
        : 'the file holds no activity',
    );
  }

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
  if (points.length === 0) {
    if (withoutTime > 0) {
      throw new FormatError('no-times', `the activity's ${withoutTime} track points carry no times`);
    }
    throw new FormatError('empty-track', 'the activity holds no track points');
  }
  const warnings: string[] = [];
  if (activities.length > 1) warnings.push(`the file holds ${activities.length} activities; read the first`);
  if (withoutTime > 0) {
    warnings.push(`left out ${withoutTime} track point${withoutTime === 1 ? '' : 's'} without a time`);
  }
  const sport = text(activity['@_Sport'])?.toLowerCase() ?? null;
  return buildActivity({
    format: 'tcx',
    sport: sport === '' ? null : sport,
    declaredStartMs: parseIsoTimeMs(text(activity.Id)),
    points,
    laps,
    device: text(child(activity, 'Creator')?.Name) ?? null,
    warnings,
  });
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
