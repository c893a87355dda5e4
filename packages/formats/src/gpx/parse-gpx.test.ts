import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../errors/format-error.js';
import { parseGpx } from './parse-gpx.js';

const FIXTURES = new URL('../../../../fixtures/gpx/', import.meta.url);
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, FIXTURES)));

function formatErrorOf(run: () => unknown): FormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error('expected a FormatError');
}

const GARMIN_TRACK = `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="Garmin Connect" xmlns="http://www.topografix.com/GPX/1/1"
  xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
  <trk><name>Track</name><type>running</type><trkseg>
    <trkpt lat="51.5" lon="-0.12"><ele>12.4</ele><time>2026-12-07T07:30:00.000Z</time>
      <extensions><ns3:TrackPointExtension><ns3:hr>141</ns3:hr><ns3:cad>86</ns3:cad></ns3:TrackPointExtension></extensions>
    </trkpt>
    <trkpt lat="51.50003" lon="-0.12"><ele>12.6</ele><time>2026-12-07T07:30:01.000Z</time>
      <extensions><ns3:TrackPointExtension><ns3:hr>143</ns3:hr><ns3:cad>87</ns3:cad></ns3:TrackPointExtension></extensions>
    </trkpt>
  </trkseg></trk>
</gpx>`;

describe('parseGpx', () => {
  it('reads heart rate and cadence from Garmin TrackPointExtension', () => {
    const activity = parseGpx(GARMIN_TRACK);
    expect(activity.format).toBe('gpx');
    expect(activity.sport).toBe('running');
    expect(activity.device).toBe('Garmin Connect');
    expect(activity.startTime).toBe('2026-12-07T07:30:00.000Z');
    expect(activity.samples.map((s) => [s.timeS, s.heartRate, s.cadence, s.altitudeM])).toEqual([
      [0, 141, 86, 12.4],
      [1, 143, 87, 12.6],
    ]);
    expect(activity.distanceSource).toBe('gps');
    expect(activity.samples[1]?.distanceM).toBeCloseTo(3.34, 1);
  });

  it('reads GPX 1.0 with every field, its time without a zone taken as UTC', () => {
    const activity = parseGpx(fixture('gpx1.0_with_all_fields.gpx'));
    expect(activity.samples).toHaveLength(1);
    expect(activity.startTime).toBe('2013-01-01T12:00:04.000Z');
    expect(activity.samples[0]).toMatchObject({ lat: 10.1, lon: -20.2, altitudeM: 11.1 });
  });

  it('reads GPX 1.1 with every field and an empty segment', () => {
    const activity = parseGpx(fixture('gpx1.1_with_all_fields.gpx'));
    expect(activity.samples).toHaveLength(1);
    expect(activity.device).toBe('...');
  });

  it('reads a track with an empty segment', () => {
    const activity = parseGpx(fixture('track-with-empty-segment.gpx'));
    expect(activity.samples).toHaveLength(9);
    expect(activity.startTime).toBe('2013-07-06T17:26:26.000Z');
    const last = activity.samples[activity.samples.length - 1];
    expect(last?.timeS).toBe(76);
  });

  it('reads a long track and leaves out its points without a time', () => {
    const activity = parseGpx(fixture('korita-zbevnica.gpx'));
    expect(activity.samples.length).toBeGreaterThan(100);
    expect(activity.samples).toHaveLength(513);
    expect(activity.warnings).toEqual(['left out 1 track segment without times (358 points)']);
  });

  it('no-times: refuses a track whose points carry no times', () => {
    const error = formatErrorOf(() => parseGpx(fixture('cerknicko-without-times.gpx')));
    expect(error.code).toBe('no-times');
    expect(error.message).toMatch(/planned route/);
  });

  it('empty-track: refuses a file with waypoints only, BOM or not', () => {
    expect(formatErrorOf(() => parseGpx(fixture('unicode_with_bom.gpx'))).code).toBe('empty-track');
    expect(formatErrorOf(() => parseGpx(fixture('gpx_with_garmin_extension.gpx'))).code).toBe('empty-track');
  });

  it('xml-doctype: refuses entity expansion before parsing', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><gpx>&b;</gpx>`;
    expect(formatErrorOf(() => parseGpx(bomb)).code).toBe('xml-doctype');
    const external = `<?xml version="1.0"?><!DOCTYPE gpx SYSTEM "file:///etc/passwd"><gpx/>`;
    expect(formatErrorOf(() => parseGpx(external)).code).toBe('xml-doctype');
  });

  it('not-gpx, bad-xml and too-large', () => {
    expect(formatErrorOf(() => parseGpx('<TrainingCenterDatabase/>')).code).toBe('not-gpx');
    expect(formatErrorOf(() => parseGpx('<gpx><trk></gpx>')).code).toBe('bad-xml');
    expect(formatErrorOf(() => parseGpx(GARMIN_TRACK, { maxBytes: 100 })).code).toBe('too-large');
  });

  it('reads UTF-16 and Latin-1 files', () => {
    const utf16 = new Uint8Array(2 + GARMIN_TRACK.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < GARMIN_TRACK.length; i++) utf16[2 + 2 * i] = GARMIN_TRACK.charCodeAt(i);
    expect(parseGpx(utf16).samples).toHaveLength(2);
    const latin1 = GARMIN_TRACK.replace('UTF-8', 'ISO-8859-1').replace(
      'Garmin Connect',
      'Garmin Conn\u00e9ct',
    );
    const bytes = Uint8Array.from(latin1, (c) => c.charCodeAt(0));
    expect(parseGpx(bytes).device).toBe('Garmin Conn\u00e9ct');
  });
});
