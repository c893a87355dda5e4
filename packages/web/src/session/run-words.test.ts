import { describe, expect, it } from 'vitest';
import { EASY_WITH_STRIDES, LONG_RUN, STRENGTH_AFTER_RUN, TEMPO } from '../plan/whole-week.test-support.js';
import { blockSummary, effortText, plannedDistanceText, repLength, workBlocks } from './run-words.js';

describe('blockSummary', () => {
  it('says a block of reps with what it is run at', () => {
    expect(blockSummary({ repeat: 5, distanceM: 1000, intensity: 'interval' }, 'mi')).toBe(
      '5 × 1000 m at interval pace',
    );
    expect(blockSummary({ repeat: 3, durationS: 600, intensity: 'threshold' }, 'km')).toBe(
      '3 × 10 min at threshold',
    );
    expect(blockSummary({ repeat: 1, distanceM: 6000, intensity: 'marathon' }, 'km')).toBe(
      '6 km at marathon pace',
    );
    expect(blockSummary({ repeat: 1, durationS: 2400, intensity: 'easy' }, 'km')).toBe('40 min easy');
  });
});

describe('repLength', () => {
  it('keeps track-length reps in metres and longer ones in the runner’s units', () => {
    expect(repLength({ distanceM: 1200 }, 'mi')).toBe('1200 m');
    expect(repLength({ distanceM: 16000 }, 'mi')).toBe('9.9 mi');
    expect(repLength({ durationS: 45 }, 'km')).toBe('45 s');
  });
});

describe('workBlocks', () => {
  it('finds the work inside a long run', () => {
    expect(workBlocks(LONG_RUN).map((b) => b.intensity)).toEqual(['marathon']);
    expect(workBlocks(TEMPO)).toHaveLength(1);
  });
});

describe('effortText', () => {
  it('R-ADA-4: says the effort a session is meant to take on the log’s 1–10 scale', () => {
    expect(effortText([7, 8])).toBe('effort 7–8 of 10');
    expect(effortText([5, 5])).toBe('effort 5 of 10');
  });
});

describe('plannedDistanceText', () => {
  it('gives a run’s whole distance in the runner’s units, nothing for strength', () => {
    expect(plannedDistanceText(LONG_RUN, 'km')).toBe('18 km');
    expect(plannedDistanceText(EASY_WITH_STRIDES, 'mi')).toBe('4.3 mi');
    expect(plannedDistanceText(STRENGTH_AFTER_RUN, 'km')).toBeUndefined();
  });
});
