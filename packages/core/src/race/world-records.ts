/**
 * Men's outdoor world records (World Athletics, as of 2025; 15K is the best road mark), the floor under any race time speedwork
 * accepts (R-IN-1). Between listed distances the record is interpolated on a log–log scale, which is how
 * record speed falls with distance.
 */
const RECORDS: readonly (readonly [distanceM: number, timeS: number])[] = [
  [800, 100.91],
  [1000, 131.96],
  [1500, 206.0],
  [1609.344, 223.13],
  [2000, 283.13],
  [3000, 437.55],
  [5000, 755.36],
  [10000, 1571.0],
  [15000, 2427.0],
  [21097.5, 3402.0],
  [42195, 7235.0],
];

/**
 * The world-record time in seconds for a distance between 800 m and the marathon.
 * @example worldRecordS(5000) // 755.36
 */
export function worldRecordS(distanceM: number): number {
  const first = RECORDS[0];
  const last = RECORDS[RECORDS.length - 1];
  if (!first || !last) throw new Error('world record table is empty');
  if (distanceM <= first[0]) return first[1] * (distanceM / first[0]);
  for (let i = 1; i < RECORDS.length; i++) {
    const upper = RECORDS[i];
    const lower = RECORDS[i - 1];
    if (!upper || !lower || distanceM > upper[0]) continue;
    if (distanceM === upper[0]) return upper[1];
    const share = Math.log(distanceM / lower[0]) / Math.log(upper[0] / lower[0]);
    return Math.exp(Math.log(lower[1]) + share * Math.log(upper[1] / lower[1]));
  }
  return last[1] * (distanceM / last[0]);
}

/** Slower than this is walking, not racing: 5 km/h. */
export const WALKING_SPER_KM = 720;
