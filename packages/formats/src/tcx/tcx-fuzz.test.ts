/** Fuzz: 10,000 damaged TCX files must each end in an activity or a FormatError. */
import { describe, expect, it } from 'vitest';
import { decodeActivity } from '../activity/decode-activity.js';
import { analyzeActivity } from '../reps/analyze-activity.js';
import { fuzz } from '../synthetic/fuzz-harness.js';
import { mutateXml } from '../synthetic/mutations.js';
import { seededRandom } from '../synthetic/seeded-random.js';
import { encodeUtf8 } from '../text/text-codec.js';
import { parseTcx } from './parse-tcx.js';

/** A small TCX in Garmin's layout: two laps of trackpoints with position, distance, heart rate, cadence, speed. */
function sampleTcx(): string {
  const start = Date.UTC(2026, 11, 14, 7);
  const point = (s: number): string =>
    `<Trackpoint><Time>${new Date(start + s * 1000).toISOString()}</Time><Position><LatitudeDegrees>${(48.1 + s * 0.00003).toFixed(7)}</LatitudeDegrees><LongitudeDegrees>11.5</LongitudeDegrees></Position><AltitudeMeters>520.4</AltitudeMeters><DistanceMeters>${(s * 3.3).toFixed(2)}</DistanceMeters><HeartRateBpm><Value>${120 + s}</Value></HeartRateBpm><Cadence>84</Cadence><Extensions><ns3:TPX><ns3:Speed>3.3</ns3:Speed><ns3:RunCadence>86</ns3:RunCadence></ns3:TPX></Extensions></Trackpoint>`;
  const lap = (from: number, intensity: string): string =>
    `<Lap StartTime="${new Date(start + from * 1000).toISOString()}"><TotalTimeSeconds>10</TotalTimeSeconds><DistanceMeters>33</DistanceMeters><Intensity>${intensity}</Intensity><TriggerMethod>Manual</TriggerMethod><Track>${Array.from({ length: 10 }, (_, i) => point(from + i)).join('')}</Track></Lap>`;
  return `<?xml version="1.0" encoding="UTF-8"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2"><Activities><Activity Sport="Running"><Id>${new Date(start).toISOString()}</Id>${lap(0, 'Active')}${lap(10, 'Resting')}<Creator><Name>Forerunner</Name></Creator></Activity></Activities></TrainingCenterDatabase>`;
}

describe('parseTcx (fuzz)', () => {
  it('the seed itself reads', () => {
    const activity = parseTcx(sampleTcx());
    expect(activity.samples).toHaveLength(20);
    expect(activity.laps.map((lap) => lap.intensity)).toEqual(['active', 'rest']);
    expect(activity.samples[0]).toMatchObject({ speedMPerS: 3.3, cadence: 84, heartRate: 120 });
  });

  it(
    '10,000 damaged TCX files: an activity or a FormatError, never a crash or a hang',
    { timeout: 600_000 },
    () => {
      const random = seededRandom(0x7c);
      const seed = sampleTcx();
      const outcome = fuzz(
        10_000,
        () => mutateXml(seed, random, encodeUtf8),
        (bytes) => {
          const activity = random.next() < 0.5 ? decodeActivity(bytes) : parseTcx(bytes);
          analyzeActivity(activity);
          return activity;
        },
        (activity, bytes) => {
          expect(activity.samples.length).toBeGreaterThan(0);
          expect(activity.samples.length).toBeLessThanOrEqual(bytes.length);
        },
      );
      expect(outcome.crashes).toEqual([]);
      // Most damage breaks the XML; enough still parses to exercise the reader and the normalizer.
      expect(outcome.results).toBeGreaterThan(500);
      expect(Object.keys(outcome.codes)).toEqual(expect.arrayContaining(['bad-xml', 'xml-doctype']));
    },
  );
});
