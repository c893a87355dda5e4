import { describe, expect, it } from 'vitest';
import { renderPlanText } from './plan-text.js';
import { samplePlan } from './sample-plan.js';

describe('renderPlanText', () => {
  const text = renderPlanText(samplePlan('km'));
  const lines = text.split('\n');
  /** The text with its line wrapping undone, for sentences that may wrap. */
  const flat = text.replace(/\s+/g, ' ');

  it('fits a 100-column terminal', () => {
    expect(lines.filter((line) => line.length > 100)).toEqual([]);
  });

  it("R-INT-6: the header gives the runner's paces in their units, the goal and the VDOT", () => {
    expect(text).toContain('5K in 25:00 (VDOT 38.3)');
    expect(text).toContain('5K in 23:30 on Sun 20 Dec 2026 (VDOT 41.2)');
    expect(text).toContain('4:42/km, for hill repeats and the race');
    expect(text).toMatch(
      /Paces \/km +easy 6:06–6:52 · marathon 5:42 · threshold 5:16 · interval 4:51 · repetition 4:31/,
    );
  });

  it('R-GOL-1: shows the warnings and the guidance', () => {
    expect(text).toContain('! Two weeks can realistically bring about 24:40.');
    expect(text).toContain('Eat to train: Food is training too.');
    expect(text).not.toContain('Eat real meals.');
  });

  it('R-REC-3: marks each week with its phase, the deload and the taper', () => {
    expect(text).toMatch(/WEEK 1 · build · Mon 7 Dec – Sun 13 Dec · running 40 km, long run 18 km, /);
    expect(text).toMatch(/WEEK 2 · taper, deload week · Mon 14 Dec – Sun 20 Dec/);
  });

  it('R-INT-2 / R-INT-3: a track day has its why, warm-up, reps with pace and jog, cool-down and technique', () => {
    const start = lines.findIndex((line) => line.includes('Wed 9 Dec'));
    const block = lines.slice(start, start + 7).join('\n');
    expect(block).toContain('Track: 2 × 100 m (30 m flat out)');
    expect(block).toContain('~22 min');
    expect(block).toContain('First track session: the ladder starts small.');
    expect(block).toMatch(/warm-up +800 m easy jog, then stretching/);
    expect(block).toMatch(/reps +2 × 100 m — first 30 m flat out, the last 70 m in about 19 s \(4:31\/km\);/);
    expect(block).toMatch(/^ {2}2\.1 km +warm-up/m);
    expect(block).toMatch(/cool-down +800 m easy jog/);
    expect(block).toMatch(/technique +Stride: /);
  });

  it('R-INT-5: hills show the grade and the jog down', () => {
    expect(flat).toContain(
      '3 × 60 s uphill, gentle grade, at race-pace effort (4:42/km on the flat); jog down to recover, about 2:00',
    );
  });

  it('R-STR-5: exercises show sets × reps or seconds, the load, and what an alternative replaces', () => {
    expect(flat).toContain(
      'exercises Single-Leg Romanian Deadlift (instead of deadlift): 3 × 10–12 reps, bodyweight, 60 s rest',
    );
    expect(flat).toContain('Tuck Jump: 2 × 30 s, bodyweight, 90 s rest');
  });

  it('R-REC-1: lists the rest days briefly, and none after race day', () => {
    expect(text).toMatch(/Rest +Tue 8 Dec, Fri 11 Dec\n/);
    expect(text).toMatch(/Rest +Thu 17 Dec, Sat 19 Dec\n/);
  });

  it('aligns the exercises in a table when they fit', () => {
    const plan = samplePlan('km');
    const strength = plan.sessions.find((session) => session.type === 'strength');
    if (strength?.exercises?.[0] === undefined) throw new Error('sample plan starts with strength');
    strength.exercises[0] = {
      id: 'deadlift',
      sets: 3,
      reps: { min: 12, max: 15 },
      load: 'light',
      footContacts: 0,
      restS: 90,
    };
    const gym = renderPlanText(plan);
    expect(gym).toMatch(
      /exercises +Deadlift {2,}3 × 12–15 reps, light load, 90 s rest\n +Tuck Jump {2,}2 × 30 s/,
    );
  });

  it('R-STR-3 / R-TEC-1: ends with how to do each exercise used and what each focus is for', () => {
    const guide = text.slice(text.indexOf('HOW TO DO THE EXERCISES'));
    expect(guide).toContain('· Single-Leg Romanian Deadlift: ');
    expect(guide).toContain('· Tuck Jump: ');
    expect(guide).not.toContain('Back Squat');
    expect(guide).toContain('TECHNIQUE');
    expect(guide).toContain('· Breathing: ');
  });

  it('R-INT-6: in miles every pace is per mile', () => {
    const miles = renderPlanText(samplePlan('mi'));
    expect(miles).toContain('Paces /mi');
    expect(miles).toContain('the last 70 m in about 19 s (7:16/mi)');
    expect(miles).not.toMatch(/\/km/);
  });

  it('R-VOL-1: states what the plan assumed', () => {
    expect(text).toMatch(
      /\nAssumptions\n {2}· You gave no weekly distance: the plan starts from about 25 km a week/,
    );
  });

  it('R-DAY-1: a run and then strength on one date, the easy run closing with strides', () => {
    const start = lines.findIndex((line) => line.startsWith('  Mon 7 Dec '));
    const block = lines.slice(start, start + 8).join('\n');
    expect(block).toMatch(/Mon 7 Dec +Easy run: 40 min \+ strides/);
    expect(block.replace(/\s+/g, ' ')).toContain(
      'run 40 min easy at 6:06–6:52/km, then 6 × 20 s strides, quick and relaxed, walking back between',
    );
    expect(block).toMatch(/\n {2}then +Strength: hinge, tuck jumps, hops\n {2}~25 min/);
  });

  it('R-REC-6: run–walk with its ratio', () => {
    expect(flat).toContain('30 min easy at 6:06–6:52/km, as run–walk: run 3 min, walk 1 min, and repeat');
  });

  it('R-LNG-1 / R-QUA-1: a long run with its distance, easy pace band, marathon block and fuelling note', () => {
    const start = lines.findIndex((line) => line.includes('Long run: 18 km'));
    const block = lines.slice(start, start + 9).join('\n');
    expect(block).toMatch(/~1 h 52 min/);
    expect(block).toMatch(/18 km +run +12 km easy at 6:06–6:52\/km/);
    expect(block.replace(/\s+/g, ' ')).toContain('run 6 km in about 34:12 (5:42/km, marathon pace), steady');
    expect(block.replace(/\s+/g, ' ')).toContain('note Over 90 minutes: take a gel or sports drink');
  });

  it('R-QUA-1 / R-QUA-2: tempo as cruise intervals at threshold pace, intervals with their splits', () => {
    expect(flat).toContain(
      'warm-up 2 km easy jog, then stretching, drills and a few build-ups reps 3 × 8 min at threshold pace (5:16/km), comfortably hard',
    );
    expect(flat).toContain('reps 5 × 1000 m in about 4:51 (4:51/km, interval pace); jog 3:00 between');
  });

  it('R-INT-2: in miles the warm-up reads in quarter miles', () => {
    const miles = renderPlanText(samplePlan('mi'));
    expect(miles).toMatch(/warm-up +½ mile easy jog, then stretching/);
    expect(miles).toMatch(/cool-down +1 mile easy jog/);
    expect(miles).not.toContain('800 m easy jog');
  });
});
