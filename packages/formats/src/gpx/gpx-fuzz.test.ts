/**
 * Fuzz: 10,000 damaged GPX files (broken tags, hostile numbers and times, entities, invalid UTF-8, cut
 * short) must each end in an activity or a FormatError.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeActivity } from '../activity/decode-activity.js';
import { analyzeActivity } from '../reps/analyze-activity.js';
import { fuzz } from '../synthetic/fuzz-harness.js';
import { mutateXml } from '../synthetic/mutations.js';
import { seededRandom } from '../synthetic/seeded-random.js';
import { synthesizeRun } from '../synthetic/synthesize-run.js';
import { encodeUtf8 } from '../text/text-codec.js';
import { parseGpx } from './parse-gpx.js';
import { writeGpx } from './write-gpx.js';

const SEEDS = [
  writeGpx(
    synthesizeRun({
      startMs: Date.UTC(2026, 11, 14, 7),
      seed: 2,
      segments: [
        { kind: 'warmup', durationS: 20, speedMPerS: 2.5 },
        { kind: 'work', distanceM: 60, speedMPerS: 4, sprint: { distanceM: 20, speedMPerS: 7 } },
      ],
    }).activity,
  ),
  readFileSync(new URL('../../../../fixtures/gpx/gpx1.1_with_all_fields.gpx', import.meta.url), 'utf8'),
  readFileSync(new URL('../../../../fixtures/gpx/track-with-empty-segment.gpx', import.meta.url), 'utf8'),
];

describe('parseGpx (fuzz)', () => {
  it(
    '10,000 damaged GPX files: an activity or a FormatError, never a crash or a hang',
    { timeout: 600_000 },
    () => {
      const random = seededRandom(0x69c);
      const outcome = fuzz(
        10_000,
        (i) => mutateXml(SEEDS[i % SEEDS.length] ?? '', random, encodeUtf8),
        (bytes) => {
          // Half through the sniffing entry, half straight into the GPX parser.
          const activity = random.next() < 0.5 ? decodeActivity(bytes) : parseGpx(bytes);
          analyzeActivity(activity);
          return activity;
        },
        (activity, bytes) => {
          expect(activity.samples.length).toBeGreaterThan(0);
          expect(activity.samples.length).toBeLessThanOrEqual(bytes.length);
        },
      );
      expect(outcome.crashes).toEqual([]);
      expect(outcome.results).toBeGreaterThan(1000);
      expect(Object.keys(outcome.codes)).toEqual(expect.arrayContaining(['bad-xml', 'xml-doctype']));
    },
  );
});
