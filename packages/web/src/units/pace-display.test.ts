import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatDuration,
  formatPaceRange,
  formatRest,
  localToday,
  normalizeRaceTime,
  parseRepTime,
  repTargetText,
  repTimeInput,
} from './pace-display.js';

describe('formatDuration', () => {
  it('reads like a coach: seconds, minutes, hours and minutes', () => {
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(1671)).toBe('28 min');
    expect(formatDuration(3900)).toBe('1 h 05 min');
  });
});

describe('formatRest', () => {
  it('keeps whole minutes short and shows m:ss otherwise', () => {
    expect(formatRest(45)).toBe('45 s');
    expect(formatRest(120)).toBe('2 min');
    expect(formatRest(150)).toBe('2:30');
  });
});

describe('repTargetText', () => {
  it('R-INT-6: turns a rep pace into the time to see on the watch', () => {
    expect(repTargetText(200, 271)).toBe('54 s');
    expect(repTargetText(300, 291)).toBe('1:27');
  });
});

describe('formatPaceRange', () => {
  it('shows easy ranges in the runner’s units', () => {
    expect(formatPaceRange([366, 412], 'km')).toBe('6:06–6:52/km');
    expect(formatPaceRange([366, 412], 'mi')).toBe('9:49–11:03/mi');
  });
});

describe('parseRepTime', () => {
  it('takes seconds or m:ss, with decimals', () => {
    expect(parseRepTime('27')).toBe(27);
    expect(parseRepTime('27,4')).toBe(27.4);
    expect(parseRepTime('1:27.5')).toBe(87.5);
  });
  it('refuses what is not a time', () => {
    expect(parseRepTime('')).toBeUndefined();
    expect(parseRepTime('1:75')).toBeUndefined();
    expect(parseRepTime('abc')).toBeUndefined();
    expect(parseRepTime('0')).toBeUndefined();
  });
  it('round-trips through the input format', () => {
    for (const s of [27.4, 59.9, 87.5, 125]) expect(parseRepTime(repTimeInput(s))).toBe(s);
  });
});

describe('normalizeRaceTime', () => {
  it('puts the colons back into times typed on a number pad', () => {
    expect(normalizeRaceTime('2500')).toBe('25:00');
    expect(normalizeRaceTime('930')).toBe('9:30');
    expect(normalizeRaceTime('14530')).toBe('1:45:30');
    expect(normalizeRaceTime(' 25:00 ')).toBe('25:00');
    expect(normalizeRaceTime('25')).toBe('25');
  });
});

describe('dates', () => {
  it('uses the runner’s wall calendar and adds days across months', () => {
    expect(localToday(new Date(2026, 11, 31, 23, 30))).toBe('2026-12-31');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
  });
});
