import { describe, expect, it } from 'vitest';
import { isTrack, MAX_ACCURACY_M, trackGpx, trackPoint } from './gps-track.js';
import type { TrackPoint } from './gps-track.js';

const at = (timestamp: number, accuracy = 5, altitude: number | null = null) => ({
  timestamp,
  coords: { latitude: 51.5, longitude: -0.12, accuracy, altitude },
});

describe('trackPoint', () => {
  it('issue 10 GPS: takes the position’s own timestamp, drops vague fixes and ones not newer than the last', () => {
    expect(trackPoint(at(1000, 4, 12), undefined)).toEqual([1000, 51.5, -0.12, 4, 12]);
    expect(trackPoint(at(1000, MAX_ACCURACY_M + 1), undefined)).toBeUndefined();
    const last: TrackPoint = [1000, 51.5, -0.12, 4, null];
    expect(trackPoint(at(1000), last)).toBeUndefined();
    expect(trackPoint(at(2000), last)?.[0]).toBe(2000);
  });
});

describe('isTrack', () => {
  it('accepts what trackPoint makes and nothing else', () => {
    expect(isTrack([[1000, 51.5, -0.12, 4, null]])).toBe(true);
    expect(isTrack([[1000, 51.5, -0.12, 4]])).toBe(false);
    expect(isTrack([[1000, '51.5', -0.12, 4, null]])).toBe(false);
    expect(isTrack({ points: [] })).toBe(false);
  });
});

describe('trackGpx', () => {
  it('writes GPX 1.1 track points with their time, altitude when known, and the name escaped', () => {
    const gpx = trackGpx(
      [
        [Date.UTC(2026, 11, 4, 17, 0, 0, 250), 51.5, -0.12, 4, 12.34],
        [Date.UTC(2026, 11, 4, 17, 0, 1, 250), 51.50001, -0.12, 4, null],
      ],
      'Track: 4 × 150 m <fast> & "easy"',
    );
    expect(gpx).toContain('<gpx version="1.1"');
    expect(gpx).toContain('<name>Track: 4 × 150 m &#60;fast&#62; &#38; &#34;easy&#34;</name>');
    expect(gpx).toContain(
      '<trkpt lat="51.5000000" lon="-0.1200000"><ele>12.3</ele><time>2026-12-04T17:00:00.250Z</time></trkpt>',
    );
    expect(gpx).toContain(
      '<trkpt lat="51.5000100" lon="-0.1200000"><time>2026-12-04T17:00:01.250Z</time></trkpt>',
    );
  });
});
