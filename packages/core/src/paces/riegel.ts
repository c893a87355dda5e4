/** Riegel's fatigue exponent (Riegel, "Athletic Records and Human Endurance", American Scientist, 1981). */
export const RIEGEL_EXPONENT = 1.06;

/**
 * Riegel's prediction, the simple alternative to VDOT (SPEC section 2): a race time scaled by the distance
 * ratio raised to `exponent`. Good from about 3 to 240 minutes; no physiology behind it, so it drifts from
 * the VDOT equivalents far from the original distance.
 * @example riegelTimeS(10_000, 45 * 60, 21_097.5) // ≈ 5957 (1:39:17)
 */
export function riegelTimeS(
  fromDistanceM: number,
  fromTimeS: number,
  toDistanceM: number,
  exponent = RIEGEL_EXPONENT,
): number {
  return fromTimeS * Math.pow(toDistanceM / fromDistanceM, exponent);
}
