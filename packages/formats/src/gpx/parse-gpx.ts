/**
 * GPX 1.0 and 1.1 tracks (phones, Strava, older Garmins) to the normalized `Activity`, with heart rate and
 * cadence from Garmin's TrackPointExtension (v1 and v2) and the plain `<hr>`/`<cad>` some apps write.
 */
import type { Activity } from '../activity/activity-types.js';
import { buildActivity, type RawPoint } from '../activity/build-activity.js';
import { parseIsoTimeMs } from '../activity/iso-time.js';
import { FormatError } from '../errors/format-error.js';
import { appendAll } from '../util/arrays.js';
import {
  child,
  children,
  numberIn,
  readXml,
  text,
  type XmlNode,
  type XmlReadOptions,
} from '../xml/read-xml.js';

const GPX_ARRAYS = new Set(['trk', 'trkseg', 'trkpt', 'rte', 'rtept', 'wpt']);

/**
 * Reads a recorded GPX track; refuses a file without one (`empty-track`) or whose points have no times
 * (`no-times`: a planned route, not a run).
 * @example parseGpx(bytes).samples[0] // { timeS: 0, lat: 50.77, lon: 6.08, heartRate: 171, ... }
 */
export function parseGpx(input: Uint8Array | string, options: XmlReadOptions = {}): Activity {
  const gpx = child(readXml(input, GPX_ARRAYS, options), 'gpx');
  if (gpx === undefined) throw new FormatError('not-gpx', 'this is not a GPX file: it has no <gpx> element');

  const tracks = children(gpx, 'trk');
  const points: RawPoint[] = [];
  const warnings: string[] = [];
  let untimedPoints = 0;
  let untimedSegments = 0;
  for (const track of tracks) {
    for (const segment of children(track, 'trkseg')) {
      const read = readSegment(segment);
      // A segment most of whose points have no time is a drawn route pasted beside the recording.
      if (read.points.length < read.withoutTime) {
        untimedSegments++;
        untimedPoints += read.points.length + read.withoutTime;
        continue;
      }
      appendAll(points, read.points);
      if (read.withoutTime > 0) {
        warnings.push(
          `left out ${read.withoutTime} track point${read.withoutTime === 1 ? '' : 's'} without a time`,
        );
      }
    }
  }
  if (points.length === 0) {
    if (untimedPoints > 0) {
      throw new FormatError(
        'no-times',
        `the track's points carry no times (${untimedPoints} points): it is a planned route, not a recorded activity`,
        { kind: 'route' },
      );
    }
    if (children(gpx, 'rte').length > 0) {
      throw new FormatError('no-times', 'the file holds a route to follow, not a recorded activity', {
        kind: 'route',
      });
    }
    throw new FormatError('empty-track', 'the file holds no track points');
  }
  if (untimedSegments > 0) {
    warnings.push(
      `left out ${untimedSegments} track segment${untimedSegments === 1 ? '' : 's'} without times (${untimedPoints} points)`,
    );
  }
  const sport = text(tracks[0]?.type)?.toLowerCase() ?? null;
  return buildActivity({
    format: 'gpx',
    sport: sport === '' ? null : sport,
    declaredStartMs: null,
    points,
    laps: [],
    device: text(gpx['@_creator']) ?? null,
    warnings,
  });
}

function readSegment(segment: XmlNode): { points: RawPoint[]; withoutTime: number } {
  const points: RawPoint[] = [];
  let withoutTime = 0;
  for (const trackPoint of children(segment, 'trkpt')) {
    const point = toPoint(trackPoint);
    if (point === null) withoutTime++;
    else points.push(point);
  }
  return { points, withoutTime };
}

function toPoint(node: XmlNode): RawPoint | null {
  const timeMs = parseIsoTimeMs(text(node.time));
  if (timeMs === null) return null;
  const extensions = child(node, 'extensions');
  const garmin = child(extensions, 'TrackPointExtension');
  return {
    timeMs,
    distanceM: null,
    // GPX 1.0 has <speed>; Garmin's extension v2 has <speed> too.
    speedMPerS: numberIn(node.speed) ?? numberIn(garmin?.speed),
    lat: numberIn(node['@_lat']),
    lon: numberIn(node['@_lon']),
    altitudeM: numberIn(node.ele),
    heartRate: numberIn(garmin?.hr) ?? numberIn(extensions?.hr) ?? numberIn(extensions?.heartrate),
    cadence: numberIn(garmin?.cad) ?? numberIn(extensions?.cad) ?? numberIn(extensions?.cadence),
  };
}
