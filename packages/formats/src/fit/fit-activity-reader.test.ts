import { readdirSync, readFileSync } from 'node:fs';
import { CrcCalculator } from '@garmin/fitsdk';
import { describe, expect, it } from 'vitest';
import { gunzipCapped } from '../bulk/archive-reader.js';
import { NeedsSdk, readFitActivity } from './fit-activity-reader.js';
import { fitCrc } from './fit-crc.js';
import { sdkActivityData } from './fit-sdk-activity.js';
import { readFitFiles } from './read-fit-messages.js';

const FIXTURES = new URL('../../../../fixtures/fit/', import.meta.url);

/** Every intact FIT activity fixture, each chained piece on its own. */
function pieces(): { name: string; bytes: Uint8Array }[] {
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const name of readdirSync(FIXTURES).filter((n) => /\.fit(\.gz)?$/.test(n))) {
    let bytes: Uint8Array = new Uint8Array(readFileSync(new URL(name, FIXTURES)));
    if (name.endsWith('.gz')) bytes = gunzipCapped(bytes, 4 * 1024 * 1024);
    let at = 0;
    while (at + 12 <= bytes.length) {
      const size =
        (bytes[at] ?? 0) + new DataView(bytes.buffer, bytes.byteOffset + at).getUint32(4, true) + 2;
      if (at + size > bytes.length) break;
      out.push({ name: `${name}@${at}`, bytes: bytes.subarray(at, at + size) });
      at += size;
    }
  }
  return out;
}

describe('readFitActivity', () => {
  it("FIT-LEAN-1: reads every intact FIT fixture as Garmin's SDK does: records, laps, sessions, file id", () => {
    let compared = 0;
    for (const { name, bytes } of pieces()) {
      let sdk;
      try {
        const [read] = readFitFiles(bytes);
        if (read === undefined || read.problem !== null) continue;
        sdk = sdkActivityData(read.messages);
      } catch {
        continue; // damaged fixtures: refused alike elsewhere
      }
      let lean;
      try {
        lean = readFitActivity(bytes);
      } catch (error) {
        if (error instanceof NeedsSdk) continue;
        throw error;
      }
      compared++;
      expect({ name, fileType: lean.fileType, device: lean.device, sport: lean.sport }).toEqual({
        name,
        fileType: sdk.fileType,
        device: sdk.device,
        sport: sdk.sport,
      });
      expect({ name, laps: lean.laps, sessions: lean.sessions }).toEqual({
        name,
        laps: sdk.laps,
        sessions: sdk.sessions,
      });
      expect(lean.points.length).toBe(sdk.points.length);
      const mismatches: string[] = [];
      lean.points.forEach((point, i) => {
        const other = sdk.points[i];
        for (const key of [
          'timeMs',
          'heartRate',
          'cadence',
          'distanceM',
          'speedMPerS',
          'lat',
          'lon',
          'altitudeM',
        ] as const) {
          const value = point[key];
          const expected = other?.[key] ?? null;
          const same =
            value === null || expected === null ? value === expected : Math.abs(value - expected) < 1e-6;
          if (!same && mismatches.length < 5)
            mismatches.push(`${name} #${i} ${key}: ${value} vs ${expected}`);
        }
      });
      expect(mismatches).toEqual([]);
    }
    expect(compared).toBeGreaterThan(15);
  });
});

describe('fitCrc', () => {
  it("FIT-CRC-1: equals Garmin's CRC on every FIT fixture, header and file, and each piece's stored CRC", () => {
    for (const { name, bytes } of pieces()) {
      const end = bytes.length - 2;
      expect({ name, crc: fitCrc(bytes, 0, end) }).toEqual({
        name,
        crc: CrcCalculator.calculateCRC(bytes, 0, end),
      });
      expect({ name, header: fitCrc(bytes, 0, 12) }).toEqual({
        name,
        header: CrcCalculator.calculateCRC(bytes, 0, 12),
      });
    }
    const run = new Uint8Array(readFileSync(new URL('garmin-fenix-5-run.fit', FIXTURES)));
    expect(fitCrc(run, 0, run.length - 2)).toBe(
      (run[run.length - 2] ?? 0) | ((run[run.length - 1] ?? 0) << 8),
    );
  });
});
