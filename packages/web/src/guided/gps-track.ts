/**
 * The route a guided session records with the runner's permission: one entry per position the phone gives
 * (its own timestamp, not the page's ticks, so a late or batched delivery still lands at the right time),
 * kept on the phone, and written as a GPX file at the end so the server's watch-file import finds the reps
 * with the one rep detection every recorded run goes through.
 */

/** One position: [time in ms since 1970, latitude, longitude, accuracy in metres, altitude in metres or null]. */
export type TrackPoint = [
  atMs: number,
  lat: number,
  lon: number,
  accuracyM: number,
  altitudeM: number | null,
];

/** Positions vaguer than this (a phone indoors, the first fix of a cold GPS) would bend the route. */
export const MAX_ACCURACY_M = 50;

/** The point a position gives, or undefined when it is too vague or not newer than the last one kept. */
export function trackPoint(
  position: {
    timestamp: number;
    coords: { latitude: number; longitude: number; accuracy: number; altitude: number | null };
  },
  last: TrackPoint | undefined,
): TrackPoint | undefined {
  const { latitude, longitude, accuracy, altitude } = position.coords;
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  if (!(accuracy <= MAX_ACCURACY_M)) return undefined;
  if (last !== undefined && position.timestamp <= last[0]) return undefined;
  return [position.timestamp, latitude, longitude, accuracy, altitude ?? null];
}

/** Whether a stored value is a track this code wrote (anything else is dropped, not trusted). */
export function isTrack(value: unknown): value is TrackPoint[] {
  return (
    Array.isArray(value) &&
    value.every(
      (p) =>
        Array.isArray(p) &&
        p.length === 5 &&
        p.slice(0, 4).every((x) => typeof x === 'number' && Number.isFinite(x)) &&
        (p[4] === null || typeof p[4] === 'number'),
    )
  );
}

/** Too few positions to hold a rep: the summary does not offer to look. */
export const MIN_TRACK_POINTS = 30;

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The track as a GPX 1.1 file, the format every watch import reads.
 * @example trackGpx([[1764867600000, 51.5, -0.1, 4, null]], 'Track: 4 × 150 m') // '<?xml …<trkpt lat="51.5000000" …'
 */
export function trackGpx(points: readonly TrackPoint[], name: string): string {
  const lines = points.map(([atMs, lat, lon, , altitudeM]) => {
    const ele = altitudeM === null ? '' : `<ele>${altitudeM.toFixed(1)}</ele>`;
    return `<trkpt lat="${lat.toFixed(7)}" lon="${lon.toFixed(7)}">${ele}<time>${new Date(atMs).toISOString()}</time></trkpt>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="speedwork guided mode" xmlns="http://www.topografix.com/GPX/1/1">',
    `<trk><name>${escapeXml(name)}</name><type>running</type><trkseg>`,
    ...lines,
    '</trkseg></trk></gpx>',
    '',
  ].join('\n');
}
