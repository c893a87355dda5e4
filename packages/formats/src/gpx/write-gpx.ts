/**
 * An `Activity` as GPX 1.1, with heart rate and cadence in Garmin's TrackPointExtension: the format every
 * mapping app opens. Distance and laps have no place in GPX and are left out.
 */
import type { Activity } from '../activity/activity-types.js';

export interface GpxWriteOptions {
  /** The track's name (default: the start time). */
  name?: string;
  creator?: string;
}

/**
 * The GPX text of an activity.
 * @example parseGpx(writeGpx(activity)).samples.length === activity.samples.length
 */
export function writeGpx(activity: Activity, options: GpxWriteOptions = {}): string {
  const startMs = Date.parse(activity.startTime);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gpx version="1.1" creator="${escapeXml(options.creator ?? 'speedwork')}" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">`,
    '  <trk>',
    `    <name>${escapeXml(options.name ?? activity.startTime)}</name>`,
  ];
  if (activity.sport !== null) lines.push(`    <type>${escapeXml(activity.sport)}</type>`);
  lines.push('    <trkseg>');
  for (const sample of activity.samples) {
    if (sample.lat === null || sample.lon === null) continue;
    const parts = [`      <trkpt lat="${sample.lat.toFixed(7)}" lon="${sample.lon.toFixed(7)}">`];
    if (sample.altitudeM !== null) parts.push(`<ele>${round(sample.altitudeM, 1)}</ele>`);
    parts.push(`<time>${new Date(startMs + sample.timeS * 1000).toISOString()}</time>`);
    if (sample.heartRate !== null || sample.cadence !== null) {
      parts.push('<extensions><gpxtpx:TrackPointExtension>');
      if (sample.heartRate !== null) parts.push(`<gpxtpx:hr>${Math.round(sample.heartRate)}</gpxtpx:hr>`);
      if (sample.cadence !== null) parts.push(`<gpxtpx:cad>${Math.round(sample.cadence)}</gpxtpx:cad>`);
      parts.push('</gpxtpx:TrackPointExtension></extensions>');
    }
    parts.push('</trkpt>');
    lines.push(parts.join(''));
  }
  lines.push('    </trkseg>', '  </trk>', '</gpx>', '');
  return lines.join('\n');
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Text and attribute values with the five XML specials escaped. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
