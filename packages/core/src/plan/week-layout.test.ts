import { describe, expect, it } from 'vitest';
import { layoutWeek } from './week-layout.js';
import type { LayoutIntent, LayoutKind, WeekLayoutInput } from './week-layout.js';

const anyDay = (kind: LayoutKind): LayoutIntent => ({ kind, earliestOffset: 0, latestOffset: 6 });

function input(available: string, intents: LayoutIntent[], easyRuns = 0): WeekLayoutInput {
  return {
    available: available.split('').map((c) => c === 'x'),
    blocked: new Array<boolean>(7).fill(false),
    intents,
    easyRuns,
    previousStrength: false,
    previousHard: false,
  };
}

describe('layoutWeek', () => {
  it('R-REC-2/R-STR-1: places track, strength, hills, strength on four consecutive days without back-to-back hard or strength', () => {
    const layout = layoutWeek(
      input('xxxx...', [anyDay('track'), anyDay('strength'), anyDay('hills'), anyDay('strength')]),
    );
    expect(layout.intentOffsets).toEqual([0, 1, 2, 3]);
  });

  it('R-REC-2: drops the less important hard run when two consecutive days are all there is', () => {
    const layout = layoutWeek(input('.....xx', [anyDay('track'), anyDay('strength'), anyDay('hills')]));
    expect(layout.intentOffsets[0]).toBeDefined();
    expect(layout.intentOffsets[2]).toBeUndefined();
  });

  it('R-REC-1: keeps a full rest day when every day is available', () => {
    const layout = layoutWeek(
      input('xxxxxxx', [anyDay('track'), anyDay('strength'), anyDay('hills'), anyDay('strength')], 5),
    );
    const used = layout.intentOffsets.filter((o) => o !== undefined).length + layout.easyOffsets.length;
    expect(used).toBe(6);
  });

  it('R-STR-1/R-REC-2: respects the day before the week started', () => {
    const base = input('x.x.x..', [anyDay('strength')]);
    expect(layoutWeek({ ...base, previousStrength: true }).intentOffsets).toEqual([2]);
    expect(layoutWeek({ ...base, intents: [anyDay('track')], previousHard: true }).intentOffsets).toEqual([
      2,
    ]);
  });

  it('puts a pinned race on its date even when the runner does not train that day', () => {
    const layout = layoutWeek(
      input('x......', [{ kind: 'race', earliestOffset: 5, latestOffset: 5, pinnedOffset: 5 }]),
    );
    expect(layout.intentOffsets).toEqual([5]);
  });

  it('prefers fresh legs: no strength the day before track when another layout exists', () => {
    const layout = layoutWeek(input('xx.x...', [anyDay('track'), anyDay('strength')]));
    expect(layout.intentOffsets).toEqual([0, 1]);
  });
});
