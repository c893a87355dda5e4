/** Race distances a runner can name, and how they are spelled on the CLI and in the API. */

export interface NamedDistance {
  name: string;
  label: string;
  distanceM: number;
}

/** The distances SPEC.md section 3 names, shortest first. */
export const NAMED_DISTANCES: readonly NamedDistance[] = [
  { name: '1500m', label: '1500 m', distanceM: 1500 },
  { name: 'mile', label: 'mile', distanceM: 1609.344 },
  { name: '3k', label: '3K', distanceM: 3000 },
  { name: '5k', label: '5K', distanceM: 5000 },
  { name: '10k', label: '10K', distanceM: 10000 },
  { name: '15k', label: '15K', distanceM: 15000 },
  { name: 'half', label: 'half marathon', distanceM: 21097.5 },
  { name: 'marathon', label: 'marathon', distanceM: 42195 },
];

/** Metre distances outside this range are not races the VDOT model describes well. */
export const MIN_RACE_M = 800;
export const MAX_RACE_M = 42195;

export const ACCEPTED_DISTANCES = `${NAMED_DISTANCES.map((d) => d.name).join(', ')}, or metres from ${MIN_RACE_M}m to ${MAX_RACE_M}m such as 800m`;

/**
 * Metres for a distance name, or undefined when it is not one speedwork knows.
 * @example parseDistanceM('half') // 21097.5
 * @example parseDistanceM('800m') // 800
 */
export function parseDistanceM(text: string): number | undefined {
  const name = text.trim().toLowerCase();
  const named = NAMED_DISTANCES.find((d) => d.name === name);
  if (named) return named.distanceM;
  const metres = /^(\d{3,5})m$/.exec(name);
  if (!metres?.[1]) return undefined;
  const distanceM = Number(metres[1]);
  return distanceM >= MIN_RACE_M && distanceM <= MAX_RACE_M ? distanceM : undefined;
}

/** How a distance reads in prose: "5K", "half marathon", "800 m". */
export function distanceLabel(distanceM: number): string {
  const named = NAMED_DISTANCES.find((d) => d.distanceM === distanceM);
  return named ? named.label : `${distanceM} m`;
}
