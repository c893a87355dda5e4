import { describe, expect, it } from 'vitest';
import { riegelTimeS } from './riegel.js';

describe('riegelTimeS', () => {
  it('SPEC 2: predicts a half marathon of about 1:39:17 from a 45:00 10K (exponent 1.06)', () => {
    expect(riegelTimeS(10_000, 45 * 60, 21_097.5)).toBeCloseTo(5957.3, 1);
  });

  it('gives back the time for the same distance', () => {
    expect(riegelTimeS(5000, 1200, 5000)).toBe(1200);
  });

  it('scales time with distance exactly when the exponent is 1', () => {
    expect(riegelTimeS(5000, 1200, 10_000, 1)).toBeCloseTo(2400, 9);
  });

  it('predicts shorter races from longer ones by the same rule', () => {
    const halfS = riegelTimeS(10_000, 2700, 21_097.5);
    expect(riegelTimeS(21_097.5, halfS, 10_000)).toBeCloseTo(2700, 9);
  });
});
