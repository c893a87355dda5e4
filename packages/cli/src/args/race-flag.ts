/** The `DIST=TIME` value of `--recent` and `--goal`: `5k=25:00`, `half=1:45:30`. */

export type RaceFlag = { ok: true; distance: string; time: string } | { ok: false; problem: string };

/**
 * Splits a race flag at its `=`; the distance and the time are checked by core's `parseProfile`.
 * @example parseRaceFlag('recent', '5k=25:00') // { ok: true, distance: '5k', time: '25:00' }
 */
export function parseRaceFlag(flag: string, value: string): RaceFlag {
  const at = value.indexOf('=');
  if (at < 0) {
    return {
      ok: false,
      problem: `--${flag}: ${JSON.stringify(value)} is not DIST=TIME; accepted: a distance, "=", then a time, such as --${flag} 5k=25:00 or --${flag} half=1:45:30`,
    };
  }
  return { ok: true, distance: value.slice(0, at).trim(), time: value.slice(at + 1).trim() };
}
