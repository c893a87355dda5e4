import { describe, expect, it } from 'vitest';
import { layoutWeek } from './week-layout.js';
import type { KeyIntent, WeekLayoutInput } from './week-layout.js';

/** "x.x.xx." → available on offsets 0, 2, 4, 5. */
function week(
  available: string,
  intents: KeyIntent[],
  extra: Partial<WeekLayoutInput> = {},
): WeekLayoutInput {
  return {
    available: available.split('').map((c) => c === 'x'),
    strengthBlocked: new Array<boolean>(7).fill(false),
    longPreferred: [false, false, false, false, false, true, true],
    intents,
    easyRuns: 1,
    strengthSessions: 2,
    previous: { hardOnEve: false, longOnEve: false, strengthOnEve: false, hardFreeUntilOffset: 0 },
    ...extra,
  };
}

const track: KeyIntent = { kind: 'quality', earliestOffset: 0, latestOffset: 6, takesStrength: true };
const hills: KeyIntent = { kind: 'quality', earliestOffset: 0, latestOffset: 6, takesStrength: true };
const long: KeyIntent = { kind: 'long', earliestOffset: 0, latestOffset: 6 };

describe('layoutWeek', () => {
  it('R-REC-2, R-QUA-1: on Tue/Thu/Sat/Sun puts the long run on Sunday, quality on Tue and Thu, an easy run on Saturday', () => {
    const layout = layoutWeek(week('.x.x.xx', [track, long, hills]));
    expect(layout.intentOffsets).toEqual([1, 6, 3]);
    expect(layout.easyOffsets).toEqual([5]);
  });

  it('R-DAY-1, R-STR-1: strength follows the quality runs, never on consecutive dates', () => {
    const layout = layoutWeek(week('.x.x.xx', [track, long, hills]));
    expect(layout.strengthOffsets).toEqual([1, 3]);
  });

  it('R-QUA-1: no hard run the day before or after the long run; the less important one goes', () => {
    const layout = layoutWeek(week('.....xx', [track, long], { easyRuns: 0 }));
    expect(layout.intentOffsets).toEqual([5, undefined]);
    // The long run's day is left to an easy run rather than lost.
    expect(layout.easyOffsets).toEqual([6]);
  });

  it('R-REC-1: keeps a full rest day when every day is available', () => {
    const layout = layoutWeek(week('xxxxxxx', [track, long, hills], { easyRuns: 6 }));
    const used = new Set([...layout.intentOffsets, ...layout.easyOffsets]);
    expect(used.size).toBeLessThanOrEqual(6);
  });

  it('R-STR-1/R-REC-2: respects the day before the week started', () => {
    const layout = layoutWeek(
      week('xx.x.xx', [track, long], {
        previous: { hardOnEve: true, longOnEve: false, strengthOnEve: true, hardFreeUntilOffset: 0 },
      }),
    );
    expect(layout.intentOffsets[0]).not.toBe(0);
    expect(layout.strengthOffsets).not.toContain(0);
  });

  it('R-ADA-2: keeps hard runs out of a time trial’s recovery days', () => {
    const trial: KeyIntent = { kind: 'time-trial', earliestOffset: 0, latestOffset: 1, hardFreeDaysAfter: 2 };
    const layout = layoutWeek(week('xxxx...', [trial, track], { easyRuns: 0 }));
    expect(layout.intentOffsets[0]).toBe(0);
    expect(layout.intentOffsets[1]).toBe(3);
  });

  it('puts a pinned race on its date even when the runner does not train that day', () => {
    const race: KeyIntent = { kind: 'race', earliestOffset: 2, latestOffset: 2, pinnedOffset: 2 };
    const layout = layoutWeek(week('xx.....', [race, track], { easyRuns: 0 }));
    expect(layout.intentOffsets[0]).toBe(2);
    expect(layout.intentOffsets[1]).toBe(0);
  });
});
