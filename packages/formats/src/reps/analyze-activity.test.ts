import { describe, expect, it } from 'vitest';
import { decodeActivity } from '../activity/decode-activity.js';
import { encodeFitActivity } from '../fit/encode-fit-activity.js';
import { trackSession } from '../synthetic/sample-sessions.js';
import { sessionSegments, TYPICAL_RUNNER } from '../synthetic/synthesize-session.js';
import { synthesizeRun } from '../synthetic/synthesize-run.js';
import { analyzeActivity } from './analyze-activity.js';

describe('analyzeActivity', () => {
  it('summarizes a session, finds its reps and matches them to the plan', () => {
    const session = trackSession(4, 200, 255, 120, 60);
    const run = synthesizeRun({
      startMs: Date.UTC(2026, 11, 14, 7),
      seed: 9,
      segments: sessionSegments(session, TYPICAL_RUNNER, 9),
    });
    const analysis = analyzeActivity(decodeActivity(encodeFitActivity(run.activity)), session);
    expect(analysis.activity.startTime).toBe('2026-12-14T07:00:00.000Z');
    expect(analysis.source).toBe('speed');
    expect(analysis.intervals.map((i) => i.kind)).toEqual([
      'work',
      'recovery',
      'work',
      'recovery',
      'work',
      'recovery',
      'work',
    ]);
    expect(analysis.match?.reps).toHaveLength(4);
    expect(analysis.match?.missed).toEqual([]);
    const truth = run.truth.filter((t) => t.kind === 'work');
    (analysis.match?.reps ?? []).forEach((rep, i) => {
      expect(Math.abs(rep.distanceDiffM ?? Infinity)).toBeLessThan(20);
      // The flat-out part is timed on its own, and the pace is compared over the rest of the rep.
      expect(rep.flatOut?.durationS).toBeGreaterThan(8);
      expect(rep.flatOut?.durationS).toBeLessThan(13);
      expect(Math.abs(rep.paceDiffSPerKm ?? Infinity)).toBeLessThan(25);
      expect(truth[i]).toBeDefined();
    });
  });

  it('an easy run is one continuous stretch: the whole recording is its one rep', () => {
    const run = synthesizeRun({
      startMs: Date.UTC(2026, 11, 11, 7),
      seed: 2,
      segments: [{ kind: 'work', durationS: 1200, speedMPerS: 2.6 }],
      course: 'road',
    });
    const easy = {
      ...trackSession(1, 0, 389, 0),
      type: 'easy' as const,
      title: 'Easy run: 20 min',
      warmup: undefined,
      cooldown: undefined,
      intervals: [
        {
          repeat: 1,
          durationS: 1200,
          intensity: 'easy' as const,
          targetSPerKm: 389,
          targetRangeSPerKm: [366, 412] as [number, number],
        },
      ],
    };
    const analysis = analyzeActivity(decodeActivity(encodeFitActivity(run.activity)), easy);
    expect(analysis.match?.reps).toHaveLength(1);
    expect(analysis.match?.reps[0]?.durationDiffS).toBe(0);
    expect(analysis.intervals).toHaveLength(1);
  });

  it('without a plan: summary and intervals only', () => {
    const run = synthesizeRun({
      startMs: 0,
      seed: 1,
      segments: [{ kind: 'work', durationS: 1200, speedMPerS: 3 }],
    });
    const analysis = analyzeActivity(run.activity);
    expect(analysis.match).toBeUndefined();
    expect(analysis.source).toBe('none');
    expect(analysis.intervals).toEqual([]);
    expect(analysis.activity.durationS).toBe(1200);
  });
});
