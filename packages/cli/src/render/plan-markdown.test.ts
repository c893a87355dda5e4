import { describe, expect, it } from 'vitest';
import { renderPlanMarkdown } from './plan-markdown.js';
import { samplePlan } from './sample-plan.js';

describe('renderPlanMarkdown', () => {
  const md = renderPlanMarkdown(samplePlan('km'));

  it('has a title, a paces table and a heading per week', () => {
    expect(md.startsWith('# Speedwork plan: 5K in 23:30\n')).toBe(true);
    expect(md).toContain('| Race | 4:42/km |');
    expect(md).toContain('| Easy | 6:06–6:52/km |');
    expect(md).toContain('## Week 1: build');
    expect(md).toContain('*Mon 7 Dec – Sun 13 Dec · running 40 km · long run 18 km · intervals 200 m');
    expect(md).toContain('## Week 2: taper, deload week');
  });

  it('R-INT-2: a section per session with its why, warm-up, reps and cool-down', () => {
    expect(md).toContain('### Wed 9 Dec · Track: 2 × 100 m (30 m flat out) (about 22 min, 2.1 km)');
    expect(md).toContain('*First track session: the ladder starts small.*');
    expect(md).toContain('- **Warm-up:** 800 m easy jog, then stretching');
    expect(md).toContain(
      '- **Reps:** 2 × 100 m — first 30 m flat out, the last 70 m in about 19 s (4:31/km); jog 2:30 between',
    );
    expect(md).toContain('- **Run:** 5K race at 4:42/km');
  });

  it('R-STR-5: exercises in a table, alternatives named', () => {
    expect(md).toContain(
      '| Single-Leg Romanian Deadlift (instead of deadlift) | 3 × 10–12 reps, bodyweight, 60 s rest |',
    );
  });

  it('R-TEC-1 / R-GOL-1: guidance in full, and a guide to the exercises and technique used', () => {
    expect(md).toContain('- **Eat to train.** Food is training too. Eat real meals.');
    expect(md).toContain('## How to do the exercises');
    expect(md).toContain('### Tuck Jump');
    expect(md).toContain('## Technique');
    expect(md).toContain('### Body control');
  });

  it('escapes text that would turn into formatting', () => {
    const plan = samplePlan('km');
    plan.warnings = [{ code: 'x', message: 'a *b* | c' }];
    expect(renderPlanMarkdown(plan)).toContain('- a \\*b\\* \\| c');
  });

  it('R-VOL-1: the plan’s assumptions have their own section', () => {
    expect(md).toContain(
      '## Assumptions\n\n- You gave no weekly distance: the plan starts from about 25 km a week, usual for an intermediate 5K runner.',
    );
  });

  it('R-LNG-1 / R-QUA-1 / R-DAY-1: long run, tempo, intervals, strides, run–walk and notes', () => {
    expect(md).toContain('### Sun 13 Dec · Long run: 18 km (about 1 h 52 min)');
    expect(md).toContain('- **Run:** 12 km easy at 6:06–6:52/km');
    expect(md).toContain('- **Run:** 6 km in about 34:12 (5:42/km, marathon pace), steady');
    expect(md).toContain('- **Note:** Over 90 minutes: take a gel');
    expect(md).toContain('- **Reps:** 3 × 8 min at threshold pace (5:16/km), comfortably hard');
    expect(md).toContain('- **Reps:** 5 × 1000 m in about 4:51 (4:51/km, interval pace); jog 3:00 between');
    expect(md).toContain('### Mon 7 Dec · Easy run: 40 min + strides (6.7 km)');
    expect(md).toContain('then 6 × 20 s strides, quick and relaxed');
    expect(md).toContain('as run–walk: run 3 min, walk 1 min, and repeat');
    expect(renderPlanMarkdown(samplePlan('mi'))).toContain('- **Warm-up:** ½ mile easy jog, then stretching');
  });
});
