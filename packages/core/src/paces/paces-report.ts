import { riegelTimeS } from './riegel.js';
import { trainingPaces, type TrainingPaces } from './training-paces.js';
import { raceTimeSForVdot, vdotFromRace } from './vdot.js';
import { NAMED_DISTANCES } from '../race/distances.js';

/** A predicted time for one of the standard race distances. */
export interface RaceEquivalent {
  /** The distance as the CLI names it: `1500m`, `mile`, `3k`, `5k`, `10k`, `15k`, `half`, `marathon`. */
  distance: string;
  distanceM: number;
  timeS: number;
}

/** The Paces JSON of SPEC section 3: what one race result says about a runner. */
export interface PacesReport {
  /** Rounded to one decimal. */
  vdot: number;
  /** VDOT race equivalents, whole seconds. */
  equivalents: RaceEquivalent[];
  /** Training paces, whole seconds per km. */
  paces: TrainingPaces;
  /** The same distances predicted by Riegel's formula, whole seconds. */
  riegel: RaceEquivalent[];
}

/** The distances every report predicts, shortest first (SPEC section 3): the named race distances. */
export const EQUIVALENT_DISTANCES: readonly { readonly distance: string; readonly distanceM: number }[] =
  NAMED_DISTANCES.map(({ name, distanceM }) => ({ distance: name, distanceM }));

/**
 * Everything `speedwork paces` shows for one race result: VDOT, race equivalents (VDOT and Riegel) and the
 * five training paces. Equivalents and paces come from the unrounded VDOT, so the race itself comes back as
 * its own equivalent.
 * @example pacesReport(5000, 20 * 60 + 1).vdot // 49.8
 */
export function pacesReport(distanceM: number, timeS: number): PacesReport {
  return pacesReportForVdot(vdotFromRace(distanceM, timeS), distanceM, timeS);
}

/**
 * The same report for a VDOT (a newer result, a raise from training): Riegel's equivalents are taken from the
 * race given, or from the 5K the VDOT predicts.
 * @example pacesReportForVdot(40.2).vdot // 40.2
 */
export function pacesReportForVdot(
  vdot: number,
  fromM = 5000,
  fromS = raceTimeSForVdot(vdot, fromM),
): PacesReport {
  const paces = trainingPaces(vdot);
  return {
    vdot: Math.round(vdot * 10) / 10,
    equivalents: EQUIVALENT_DISTANCES.map((d) => ({
      distance: d.distance,
      distanceM: d.distanceM,
      timeS: Math.round(raceTimeSForVdot(vdot, d.distanceM)),
    })),
    paces: {
      easySPerKm: [Math.round(paces.easySPerKm[0]), Math.round(paces.easySPerKm[1])],
      marathonSPerKm: Math.round(paces.marathonSPerKm),
      thresholdSPerKm: Math.round(paces.thresholdSPerKm),
      intervalSPerKm: Math.round(paces.intervalSPerKm),
      repetitionSPerKm: Math.round(paces.repetitionSPerKm),
    },
    riegel: EQUIVALENT_DISTANCES.map((d) => ({
      distance: d.distance,
      distanceM: d.distanceM,
      timeS: Math.round(riegelTimeS(fromM, fromS, d.distanceM)),
    })),
  };
}
