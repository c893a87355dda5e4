import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pacesReport } from './paces-report.js';
import { riegelTimeS } from './riegel.js';
import { trainingPaces } from './training-paces.js';
import { vdotFromRace } from './vdot.js';

const DISTANCE_NAMES = ['1500m', 'mile', '3k', '5k', '10k', '15k', 'half', 'marathon'];

describe('pacesReport', () => {
  it('SPEC 3: rates a 5K in 20:01 at VDOT 49.8 and gives the race back as its own 5K equivalent', () => {
    const report = pacesReport(5000, 1201);
    expect(report.vdot).toBe(49.8);
    expect(report.equivalents).toContainEqual({ distance: '5k', distanceM: 5000, timeS: 1201 });
  });

  it('SPEC 3: has equivalents and Riegel predictions for 1500 m, mile, 3K, 5K, 10K, 15K, half and marathon', () => {
    const report = pacesReport(10_000, 45 * 60);
    expect(report.equivalents.map((e) => e.distance)).toEqual(DISTANCE_NAMES);
    expect(report.riegel.map((e) => e.distance)).toEqual(DISTANCE_NAMES);
    expect(report.equivalents.map((e) => e.distanceM)).toEqual([
      1500, 1609.344, 3000, 5000, 10_000, 15_000, 21_097.5, 42_195,
    ]);
  });

  it('SPEC 2: turns a table race into that row of the table (VDOT 60: 10K in 35:22, 5K in 17:03, T 3:40/km)', () => {
    const report = pacesReport(10_000, 35 * 60 + 22);
    expect(report.vdot).toBe(60);
    const fiveK = report.equivalents.find((e) => e.distance === '5k');
    expect(Math.abs((fiveK?.timeS ?? 0) - (17 * 60 + 3))).toBeLessThanOrEqual(3);
    expect(Math.abs(report.paces.thresholdSPerKm - 220)).toBeLessThanOrEqual(2);
  });

  it('rounds VDOT to one decimal, times and paces to whole seconds', () => {
    const report = pacesReport(21_097.5, 1 * 3600 + 47 * 60 + 13.4);
    expect(Number.isInteger(report.vdot * 10)).toBe(true);
    const seconds = [
      ...report.equivalents.map((e) => e.timeS),
      ...report.riegel.map((e) => e.timeS),
      ...report.paces.easySPerKm,
      report.paces.marathonSPerKm,
      report.paces.thresholdSPerKm,
      report.paces.intervalSPerKm,
      report.paces.repetitionSPerKm,
    ];
    expect(seconds.every(Number.isInteger)).toBe(true);
  });

  it('paces from the unrounded VDOT, easy as [faster, slower]', () => {
    const report = pacesReport(5000, 1201);
    const exact = trainingPaces(vdotFromRace(5000, 1201));
    expect(report.paces.thresholdSPerKm).toBe(Math.round(exact.thresholdSPerKm));
    expect(report.paces.easySPerKm[0]).toBeLessThan(report.paces.easySPerKm[1]);
  });

  it('predicts Riegel times from the race itself', () => {
    const report = pacesReport(10_000, 2700);
    expect(report.riegel.find((e) => e.distance === 'half')?.timeS).toBe(
      Math.round(riegelTimeS(10_000, 2700, 21_097.5)),
    );
    expect(report.riegel.find((e) => e.distance === '10k')?.timeS).toBe(2700);
  });

  it('gives equivalents that get longer, and slower per km, with distance for any race 1500 m–marathon', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1500, 1609.344, 3000, 5000, 10_000, 15_000, 21_097.5, 42_195),
        fc.double({ min: 160, max: 480, noNaN: true }),
        (distanceM, paceSPerKm) => {
          const { equivalents } = pacesReport(distanceM, (distanceM / 1000) * paceSPerKm);
          return equivalents.every((e, k) => {
            const previous = equivalents[k - 1];
            return (
              previous === undefined ||
              (e.timeS > previous.timeS &&
                e.timeS / e.distanceM >= previous.timeS / previous.distanceM - 1e-3)
            );
          });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('survives a JSON round trip unchanged (the Paces JSON is the report itself)', () => {
    const report = pacesReport(42_195, 3 * 3600 + 30 * 60);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});
