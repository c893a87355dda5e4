/** Files made to hurt a parser, and long real-shaped ones, for the tests and benchmarks of every package. */
import { encodeUtf8 } from '../text/text-codec.js';

/**
 * A GPX whose root element carries `count` attributes (about 12 bytes each) and one real point: 1.25 M of
 * them (15 MB) took the parser 26 s and the server's whole thread with it (issue 11 finding 1).
 */
export function hostileGpx(count: number): Uint8Array {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="x"'];
  for (let i = 0; i < count; i++) parts.push(` a${i}="1"`);
  parts.push(
    '><trk><trkseg><trkpt lat="1" lon="1"><time>2026-12-01T07:00:00Z</time></trkpt></trkseg></trk></gpx>',
  );
  return encodeUtf8(parts.join(''));
}

/**
 * A GPX of `count` points one second apart in one `<trkseg>`, with lat, lon and time only (about 80 bytes a
 * point): 156,000 of them are 12.5 MB, and overflowed the stack once (issue 11 finding 2).
 */
export function longGpx(count: number, startMs = Date.UTC(2026, 11, 14, 7)): Uint8Array {
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="speedwork synthetic" ' +
      'xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>',
  ];
  for (let i = 0; i < count; i++) {
    const lat = (50.77 + Math.sin(i / 300) * 0.01).toFixed(6);
    const lon = (6.08 + Math.cos(i / 300) * 0.01).toFixed(6);
    const time = new Date(startMs + i * 1000).toISOString().slice(0, 19);
    parts.push(`<trkpt lat="${lat}" lon="${lon}"><time>${time}Z</time></trkpt>`);
  }
  parts.push('</trkseg></trk></gpx>');
  return encodeUtf8(parts.join('\n'));
}
