import { describe, expect, it } from 'vitest';
import { parseProfile } from '../profile/parse-profile.js';
import type { ProfileInput } from '../profile/profile-types.js';
import { generatePlan } from './generate-plan.js';
import type { Plan, Session } from './plan-types.js';

function plan(input: ProfileInput): Plan {
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return generatePlan(parsed.value);
}

const SIXTEEN_WEEKS: ProfileInput = {
  recent: { distance: '10k', time: '48:00' },
  goal: { distance: '10k', time: '46:00' },
  raceDate: '2027-03-27',
  start: '2026-12-07',
  days: ['tue', 'thu', 'sat', 'sun'],
  level: 'intermediate',
};

const ofType = (p: Plan, type: Session['type']): Session[] => p.sessions.filter((s) => s.type === type);

describe('generatePlan', () => {
  it('R-INT-3: starts the ladder at 2 × 100 m with 30 m flat out and a 2–3 min jog', () => {
    const rep = ofType(plan(SIXTEEN_WEEKS), 'track')[0]?.intervals?.[0];
    expect(rep).toMatchObject({ repeat: 2, distanceM: 100, sprintM: 30, recovery: { type: 'jog' } });
    expect(rep?.recovery?.durationS).toBeGreaterThanOrEqual(120);
    expect(rep?.recovery?.durationS).toBeLessThanOrEqual(180);
  });

  it('R-INT-3/R-INT-4: passes 4 × 150 m with 50 m flat out and reaches 10 × 300 m with 1 min jog before the taper', () => {
    const track = ofType(plan(SIXTEEN_WEEKS), 'track');
    expect(
      track.some(
        (s) =>
          s.intervals?.[0]?.repeat === 4 && s.intervals[0].distanceM === 150 && s.intervals[0].sprintM === 50,
      ),
    ).toBe(true);
    const top = track.find((s) => s.intervals?.[0]?.repeat === 10 && s.intervals[0].distanceM === 300);
    expect(top?.intervals?.[0]?.recovery?.durationS).toBe(60);
    expect(top?.phase).not.toBe('taper');
  });

  it('R-INT-3: lets advanced runners start higher on the ladder', () => {
    const first = ofType(plan({ ...SIXTEEN_WEEKS, level: 'advanced' }), 'track')[0];
    expect(first?.ladderRung).toBeGreaterThan(1);
  });

  it('R-INT-1: beginners do 4 strength sessions before the first interval session', () => {
    const p = plan({ ...SIXTEEN_WEEKS, level: 'beginner' });
    const firstInterval = p.sessions.findIndex((s) => s.type === 'track' || s.type === 'hills');
    expect(p.sessions.slice(0, firstInterval).filter((s) => s.type === 'strength')).toHaveLength(4);
  });

  it('R-INT-5: first hills are 3 repeats at race pace with a jog down, grades varied', () => {
    const p = plan(SIXTEEN_WEEKS);
    const hills = ofType(p, 'hills');
    expect(hills[0]?.intervals?.[0]).toMatchObject({
      repeat: 3,
      intensity: 'race-pace',
      targetSPerKm: p.racePaceSPerKm,
      recovery: { type: 'jog-down' },
    });
    expect(new Set(hills.map((h) => h.intervals?.[0]?.grade))).toEqual(
      new Set(['gentle', 'moderate', 'steep']),
    );
    expect(hills[0]?.why).toMatch(/first hills/i);
  });

  it('R-INT-6: hills run at goal race pace, or recent race pace without a goal', () => {
    expect(plan(SIXTEEN_WEEKS).racePaceSPerKm).toBe(276); // 46:00 over 10K
    const { goal: _goal, raceDate: _raceDate, ...noGoal } = SIXTEEN_WEEKS;
    expect(plan({ ...noGoal, weeks: 12 }).racePaceSPerKm).toBe(288); // 48:00 over 10K
  });

  it('R-STR-5: without equipment every weighted exercise becomes an alternative that names it', () => {
    const exercises = ofType(plan({ ...SIXTEEN_WEEKS, equipment: 'none' }), 'strength').flatMap(
      (s) => s.exercises ?? [],
    );
    expect(exercises.some((e) => e.id === 'deadlift' || e.id === 'squat')).toBe(false);
    expect(exercises.filter((e) => e.substitutes).map((e) => e.substitutes)).toEqual(
      expect.arrayContaining(['deadlift', 'squat']),
    );
  });

  it('R-REC-3: deloads every fourth week, tapers the last 7 days, races on the date', () => {
    const p = plan(SIXTEEN_WEEKS);
    expect(p.weeks.filter((w) => w.deload).map((w) => w.week)).toEqual([4, 8, 12]);
    expect(p.sessions.at(-1)).toMatchObject({ type: 'race', date: '2027-03-27', phase: 'taper' });
    expect(p.sessions.filter((s) => s.date >= '2027-03-21').every((s) => s.phase === 'taper')).toBe(true);
  });

  it('R-GOL-1: ties the plan to the goal and measures it with time trials', () => {
    const p = plan(SIXTEEN_WEEKS);
    expect(p.goal).toMatchObject({ distanceM: 10000, timeS: 2760, date: '2027-03-27', source: 'runner' });
    expect(ofType(p, 'time-trial').length).toBeGreaterThan(0);
    expect(p.guidance.map((g) => g.id)).toEqual(
      expect.arrayContaining(['nutrition', 'recovery', 'consistency']),
    );
  });

  it('R-IN-1: accepts a goal too far with a warning that says what is realistic', () => {
    const p = plan({ ...SIXTEEN_WEEKS, goal: { distance: '10k', time: '38:00' } });
    const warning = p.warnings.find((w) => w.code === 'goal-unrealistic');
    expect(warning?.message).toMatch(/realistically bring about 4\d:\d\d/);
  });

  it('R-REC-6: a goal a few seconds past the estimate is realistic and paces the hills; one a minute past is not', () => {
    const fiveK: ProfileInput = {
      recent: { distance: '5k', time: '25:00' },
      raceDate: '2027-03-14',
      start: '2026-12-07',
      days: ['mon', 'wed', 'fri', 'sat'],
      level: 'intermediate',
    };
    const estimateS = plan(fiveK).goal.realisticTimeS;
    const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
    const near = plan({ ...fiveK, goal: { distance: '5k', time: clock(estimateS - 3) } });
    expect(near.warnings.map((w) => w.code)).not.toContain('goal-unrealistic');
    expect(near.racePaceSPerKm).toBe(near.goal.paceSPerKm);
    const far = plan({ ...fiveK, goal: { distance: '5k', time: clock(estimateS - 60) } });
    expect(far.warnings.map((w) => w.code)).toContain('goal-unrealistic');
    expect(far.racePaceSPerKm).toBeGreaterThan(far.goal.paceSPerKm);
  });

  it('R-GOL-1: time trials measure progress, the first not before week 4 and the next at least 3 weeks later', () => {
    const beginner = plan({
      recent: { distance: '5k', time: '32:00' },
      raceDate: '2027-03-14',
      start: '2026-12-07',
      days: ['tue', 'thu', 'sun'],
      level: 'beginner',
    });
    const trialWeeks = ofType(beginner, 'time-trial').map((s) => s.week);
    expect(trialWeeks.length).toBeGreaterThan(0);
    expect(trialWeeks[0]).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < trialWeeks.length; i++)
      expect((trialWeeks[i] ?? 0) - (trialWeeks[i - 1] ?? 0)).toBeGreaterThanOrEqual(3);
  });

  it('keeps the rules with two days a week and says what it dropped', () => {
    const p = plan({ ...SIXTEEN_WEEKS, days: ['sat', 'sun'] });
    expect(p.warnings.some((w) => w.code === 'few-days')).toBe(true);
    expect(p.warnings.some((w) => w.code === 'session-dropped' && /Second quality/.test(w.message))).toBe(
      true,
    );
    expect(ofType(p, 'track').length).toBeGreaterThan(5);
  });

  it("explains every session in the runner's words", () => {
    for (const session of plan(SIXTEEN_WEEKS).sessions) expect(session.why.length).toBeGreaterThan(20);
  });
});
