/**
 * Issue 11 findings 1 and 2 in the parsers: XML past any real activity file's shape is refused at once (it
 * took the parser 26 s), and a long track in one segment reads like a short one (it overflowed the stack).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeActivity } from '../activity/decode-activity.js';
import { MAX_ACTIVITY_POINTS, buildActivity, type RawPoint } from '../activity/build-activity.js';
import { FormatError } from '../errors/format-error.js';
import { fitCrc } from '../fit/fit-crc.js';
import { parseGpx } from '../gpx/parse-gpx.js';
import { analyzeActivity } from '../reps/analyze-activity.js';
import { hostileGpx, longGpx } from '../synthetic/hostile-files.js';
import { appendAll, maxOf, minOf } from '../util/arrays.js';
import { checkXmlShape, XML_LIMITS } from './read-xml.js';

function formatError(run: () => unknown): FormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error('no error thrown');
}

describe('XML shape limits (issue 11 finding 1)', () => {
  it('issue 11 finding 1: refuses a 15 MB GPX with 1.25 M attributes on its root as too-complex, naming the element', () => {
    const bytes = hostileGpx(1_250_000);
    expect(bytes.length).toBeGreaterThan(15_000_000);
    const error = formatError(() => decodeActivity(bytes, { maxBytes: 16 * 1024 * 1024 }));
    expect(error.code).toBe('too-complex');
    expect(error.message).toContain('<gpx> with more than 64 attributes');
  });

  it('issue 11 finding 1: refuses nesting, elements and attributes past the limits, before the parser', () => {
    const deep = `<gpx>${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</gpx>`;
    expect(formatError(() => parseGpx(deep)).message).toContain('nested more than 64 deep');
    const many = `<gpx>${'<e/>'.repeat(101)}</gpx>`;
    expect(() => {
      checkXmlShape(many, { ...XML_LIMITS, maxElements: 100 });
    }).toThrow(/more than 100 elements/);
    const attributes = `<gpx>${'<e a="1" b=\'2\'/>'.repeat(51)}</gpx>`;
    expect(() => {
      checkXmlShape(attributes, { ...XML_LIMITS, maxAttributes: 100 });
    }).toThrow(/more than 100 attributes/);
  });

  it('counts only real markup: quoted > and =, comments, CDATA and processing instructions are skipped', () => {
    const text =
      '<?xml version="1.0"?><!-- <a b="1" c="2"> --><gpx creator="a=b>c" x=\'>\'><![CDATA[<x y="1" z="2">]]><trk/></gpx>';
    expect(() => {
      checkXmlShape(text, { maxElements: 3, maxAttributes: 2, maxAttributesPerElement: 2, maxDepth: 2 });
    }).not.toThrow();
  });

  it('finds every real GPX and TCX fixture within the limits', () => {
    for (const kind of ['gpx', 'tcx']) {
      const folder = new URL(`../../../../fixtures/${kind}/`, import.meta.url);
      const names = readdirSync(folder).filter((name) => name.endsWith(`.${kind}`));
      expect(names.length).toBeGreaterThan(1);
      for (const name of names) {
        const text = readFileSync(new URL(name, folder), 'utf8');
        expect(() => {
          checkXmlShape(text);
        }).not.toThrow();
      }
    }
  });
});

describe('long tracks (issue 11 finding 2)', () => {
  it('issue 11 finding 2: reads and analyzes a 156,000-point GPX in one trkseg (the stack overflowed past ~125 k)', () => {
    const bytes = longGpx(156_000);
    expect(bytes.length).toBeLessThan(16 * 1024 * 1024);
    const activity = decodeActivity(bytes, { maxBytes: 16 * 1024 * 1024 });
    expect(activity.samples).toHaveLength(156_000);
    expect(analyzeActivity(activity).activity.durationS).toBe(155_999);
  });

  it('issue 11 finding 2: no spread of a long array into a call: the array helpers hold any length', () => {
    const values = Array.from({ length: 500_000 }, (_, i) => (i * 7919) % 100_003);
    expect(minOf(values)).toBe(0);
    expect(maxOf(values)).toBe(100_002);
    expect(minOf([])).toBe(Infinity);
    expect(maxOf([])).toBe(-Infinity);
    expect(appendAll([1], values)).toHaveLength(500_001);
  });

  it('refuses more points than any recording holds, as too-complex', () => {
    const point: RawPoint = {
      timeMs: Date.UTC(2026, 0, 1),
      distanceM: null,
      speedMPerS: null,
      lat: null,
      lon: null,
      altitudeM: null,
      heartRate: null,
      cadence: null,
    };
    const points = new Array<RawPoint>(MAX_ACTIVITY_POINTS + 1).fill(point);
    const error = formatError(() =>
      buildActivity({
        format: 'gpx',
        sport: null,
        declaredStartMs: null,
        points,
        laps: [],
        device: null,
        warnings: [],
      }),
    );
    expect(error.code).toBe('too-complex');
  });
});

describe('FIT records (issue 11 finding 1)', () => {
  it('issue 11 finding 1: a FIT file with more records than any recording holds is refused as too-complex while read', () => {
    expect(decodeActivity(fitOfRecords(1_000)).samples).toHaveLength(1_000);
    expect(formatError(() => decodeActivity(fitOfRecords(MAX_ACTIVITY_POINTS + 1))).code).toBe('too-complex');
  });
});

/** A valid FIT activity of `count` records a second apart, each a timestamp alone (5 bytes). */
function fitOfRecords(count: number): Uint8Array {
  const definition = [0x40, 0, 0, 20, 0, 1, 253, 4, 0x86];
  const dataSize = definition.length + count * 5;
  const bytes = new Uint8Array(14 + dataSize + 2);
  const view = new DataView(bytes.buffer);
  bytes.set([14, 0x20, 0x54, 0x08]);
  view.setUint32(4, dataSize, true);
  bytes.set([0x2e, 0x46, 0x49, 0x54], 8);
  bytes.set(definition, 14);
  for (let i = 0; i < count; i++) {
    const at = 14 + definition.length + i * 5;
    bytes[at] = 0;
    view.setUint32(at + 1, 1_100_000_000 + i, true);
  }
  view.setUint16(12, fitCrc(bytes, 0, 12), true);
  view.setUint16(14 + dataSize, fitCrc(bytes, 0, 14 + dataSize), true);
  return bytes;
}
