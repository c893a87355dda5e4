/**
 * The Daniels–Gilbert model behind VDOT (Daniels & Gilbert, "Oxygen Power", 1979; the basis of the tables in
 * Daniels' Running Formula). Two curves fitted to lab data:
 *
 * - the oxygen a runner uses to hold a speed: VO2(v) = -4.60 + 0.182258 v + 0.000104 v² (ml/kg/min, v in m/min);
 * - the fraction of VO2max a runner can hold for t minutes:
 *   %max(t) = 0.8 + 0.1894393 e^(-0.012778 t) + 0.2989558 e^(-0.1932605 t).
 *
 * A race run at speed v for t minutes then rates the runner at VDOT = VO2(v) / %max(t): the VO2max that would
 * explain the race. Everything in `paces/` (race equivalents, training paces) follows from these two curves.
 */

const COST_INTERCEPT = -4.6;
const COST_LINEAR = 0.182258;
const COST_QUADRATIC = 0.000104;

const FRACTION_FLOOR = 0.8;
const FRACTION_SLOW_AMPLITUDE = 0.1894393;
const FRACTION_SLOW_RATE = 0.012778;
const FRACTION_FAST_AMPLITUDE = 0.2989558;
const FRACTION_FAST_RATE = 0.1932605;

/** Oxygen cost (ml/kg/min) of running at a speed; the numerator of VDOT. */
export function oxygenCost(velocityMPerMin: number): number {
  return COST_INTERCEPT + COST_LINEAR * velocityMPerMin + COST_QUADRATIC * velocityMPerMin * velocityMPerMin;
}

/** Fraction of VO2max a runner can sustain for a race lasting `durationMin` minutes. */
export function sustainableFraction(durationMin: number): number {
  return (
    FRACTION_FLOOR +
    FRACTION_SLOW_AMPLITUDE * Math.exp(-FRACTION_SLOW_RATE * durationMin) +
    FRACTION_FAST_AMPLITUDE * Math.exp(-FRACTION_FAST_RATE * durationMin)
  );
}

/**
 * The speed (m/min) whose oxygen cost is `oxygenMlPerKgMin`: the inverse of {@link oxygenCost}, in closed form
 * (the positive root of the quadratic), so training paces cost no iteration.
 */
export function velocityForOxygenCost(oxygenMlPerKgMin: number): number {
  const c = COST_INTERCEPT - oxygenMlPerKgMin;
  return (
    (-COST_LINEAR + Math.sqrt(COST_LINEAR * COST_LINEAR - 4 * COST_QUADRATIC * c)) / (2 * COST_QUADRATIC)
  );
}

/**
 * The VDOT a race result rates a runner at: the VO2max that explains running `distanceM` in `timeS`.
 * Throws on a distance or time that is not a positive number: input is validated before it gets here.
 * @example vdotFromRace(5000, 19 * 60 + 57) // ≈ 50.0
 */
export function vdotFromRace(distanceM: number, timeS: number): number {
  assertPositive('distanceM', distanceM);
  assertPositive('timeS', timeS);
  const durationMin = timeS / 60;
  return oxygenCost(distanceM / durationMin) / sustainableFraction(durationMin);
}

const MAX_NEWTON_STEPS = 40;
const RELATIVE_TOLERANCE = 1e-12;

/**
 * The time (s) a runner of this VDOT is expected to run `distanceM` in: the inverse of {@link vdotFromRace}.
 * Called for every race equivalent and goal check, so it is solved by safeguarded Newton on
 * g(t) = VO2(d / t) - VDOT · %max(t) from a start one fixed-point step away (3–4 steps to full precision).
 * @example raceTimeSForVdot(50, 42195) // ≈ 11440 (3:10:40; the 3rd-edition table prints 3:10:49)
 */
export function raceTimeSForVdot(vdot: number, distanceM: number): number {
  assertPositive('vdot', vdot);
  assertPositive('distanceM', distanceM);
  // %max(t) changes slowly with t: a rough duration at 90 % of VO2max, then one fixed-point step, lands within
  // a few percent of the root.
  const roughMin = distanceM / velocityForOxygenCost(0.9 * vdot);
  let timeMin = distanceM / velocityForOxygenCost(vdot * sustainableFraction(roughMin));
  // g is positive when t is too short (too fast), negative when too long: keep a bracket so that a wild
  // Newton step falls back to bisection instead of leaving the domain.
  let tooFastMin = 0;
  let tooSlowMin = Number.POSITIVE_INFINITY;
  for (let step = 0; step < MAX_NEWTON_STEPS; step++) {
    const velocity = distanceM / timeMin;
    const slow = FRACTION_SLOW_AMPLITUDE * Math.exp(-FRACTION_SLOW_RATE * timeMin);
    const fast = FRACTION_FAST_AMPLITUDE * Math.exp(-FRACTION_FAST_RATE * timeMin);
    const gap = oxygenCost(velocity) - vdot * (FRACTION_FLOOR + slow + fast);
    if (gap === 0) break;
    if (gap > 0) tooFastMin = timeMin;
    else tooSlowMin = timeMin;
    // dg/dt = VO2'(v) · dv/dt - VDOT · %max'(t), with dv/dt = -v / t.
    const slope =
      (-(COST_LINEAR + 2 * COST_QUADRATIC * velocity) * velocity) / timeMin +
      vdot * (FRACTION_SLOW_RATE * slow + FRACTION_FAST_RATE * fast);
    const newtonStepMin = gap / slope;
    if (Math.abs(newtonStepMin) <= RELATIVE_TOLERANCE * timeMin) {
      timeMin -= newtonStepMin;
      break;
    }
    const next = timeMin - newtonStepMin;
    if (next > tooFastMin && next < tooSlowMin) timeMin = next;
    else timeMin = Number.isFinite(tooSlowMin) ? (tooFastMin + tooSlowMin) / 2 : 2 * timeMin;
  }
  return timeMin * 60;
}

function assertPositive(name: string, value: number): void {
  if (!(Number.isFinite(value) && value > 0)) {
    throw new RangeError(`${name} must be a positive number, got ${value}`);
  }
}
