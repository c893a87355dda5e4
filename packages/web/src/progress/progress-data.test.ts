import { describe, expect, it } from 'vitest';
import type { RaceDocument, SessionDocument } from '@speedwork/server/api-types';
import { apiPlan, logged, SAMPLE_PLAN_INPUT } from '../plan/test-plans.test-support.js';
import {
  completion,
  dateTickLabels,
  fitnessSeries,
  ladderFrame,
  ladderSessions,
  predictedGoal,
  weeklyVolume,
} from './progress-data.js';

const plan = apiPlan(SAMPLE_PLAN_INPUT);
const statuses = ['done', 'done', 'skipped', 'done', 'partial', 'done', 'done'] as const;
const sessions: SessionDocument[] = plan.sessions.map((s, i) => {
  const status = statuses[i];
  if (status === undefined) return s;
  if (s.type === 'track' && status === 'done')
    return logged(s, {
      status,
      reps: (s.intervals ?? []).flatMap((b) =>
        Array.from({ length: b.repeat }, () => ({ timeS: 26, distanceM: b.distanceM ?? 0 })),
      ),
    });
  return logged(s, { status });
});
const firstTrack = plan.sessions.findIndex((s) => s.type === 'track');
const played = {
  ...plan,
  sessions: sessions.map((s, i) =>
    i === firstTrack
      ? logged(s, {
          status: 'done',
          reps: (s.intervals ?? []).flatMap((b) =>
            Array.from({ length: b.repeat }, () => ({ timeS: 26, distanceM: b.distanceM ?? 0 })),
          ),
        })
      : s,
  ),
};
const today = plan.sessions[7]?.date ?? '';

describe('completion', () => {
  it('rates done 1 and partly done ½ of the sessions due, with the current and longest streak', () => {
    const c = completion(sessions, today);
    expect(c).toMatchObject({
      due: 7,
      done: 5,
      partial: 1,
      skipped: 1,
      missed: 0,
      streak: 4,
      longestStreak: 4,
    });
    expect(c.ratePct).toBe(Math.round((5.5 / 7) * 100));
  });
  it('is 0 with nothing due, and counts a logged session of today', () => {
    expect(completion(sessions, '2026-01-01')).toMatchObject({ due: 0, ratePct: 0, streak: 0 });
    const first = sessions[0];
    if (!first) throw new Error('empty');
    expect(completion([first], first.date)).toMatchObject({ due: 1, done: 1, streak: 1 });
  });
});

describe('weeklyVolume', () => {
  it('sums each pillar per week, planned and done (R-STR-2 sets, R-INT-3 metres, R-INT-5 repeats)', () => {
    const weeks = weeklyVolume(played, today);
    expect(weeks).toHaveLength(plan.weeks.length);
    for (const w of weeks) {
      const summary = plan.weeks.find((s) => s.week === w.week);
      expect(w.strengthSets.planned).toBe(summary?.strengthSets);
    }
    const week1 = weeks[0];
    expect(week1?.strengthSets.done).toBeGreaterThan(0);
    expect(week1?.speedM.planned).toBe(0);
    expect(weeks.reduce((sum, w) => sum + w.hillRepeats.planned, 0)).toBeGreaterThan(0);
    expect(weeks[weeks.length - 1]?.completionPct).toBeNull();
  });
});

describe('fitnessSeries and predictedGoal', () => {
  it('starts from the plan’s race, adds races in date order, and predicts the goal time', () => {
    const races: RaceDocument[] = [
      {
        id: 'r2',
        date: '2027-01-20',
        distance: '5k',
        distanceM: 5000,
        timeS: 1440,
        kind: 'race',
        vdot: 40.2,
      },
      {
        id: 'r1',
        date: '2026-12-28',
        distance: '5k',
        distanceM: 5000,
        timeS: 1470,
        kind: 'time-trial',
        vdot: 39.2,
      },
    ];
    const points = fitnessSeries(plan, races);
    expect(points.map((p) => p.label)).toEqual(['Start of plan', 'Time trial', 'Race']);
    expect(points[0]).toMatchObject({ date: '2026-12-07', vdot: 38.3 });
    const prediction = predictedGoal(40.2, plan.goal);
    expect(prediction.predictedS).toBeGreaterThan(plan.goal.timeS);
    expect(prediction.gapS).toBe(prediction.predictedS - plan.goal.timeS);
  });
});

describe('ladderSessions', () => {
  it('gives the pace of every timed track rep', () => {
    const ladder = ladderSessions(played);
    expect(ladder.length).toBeGreaterThan(0);
    expect(ladder[0]?.repPaces).toEqual([260, 260]);
    expect(ladder[0]?.targetSPerKm).toBe(271);
  });
});

describe('ladderFrame', () => {
  const one = ladderSessions({ sessions: sessions.slice(0, firstTrack + 1) });

  it('bug 4 (issue 14): one logged session spans a readable fortnight and still draws its target line', () => {
    expect(one).toHaveLength(1);
    const frame = ladderFrame(one);
    const [lo, hi] = frame.rangeS;
    expect(hi - lo).toBeGreaterThanOrEqual(14 * 86_400);
    // The target runs edge to edge: at least two points to draw a line between.
    expect(frame.targetSPerKm.filter((v) => v !== null).length).toBeGreaterThanOrEqual(2);
    expect(frame.xS[0]).toBe(lo);
    expect(frame.xS[frame.xS.length - 1]).toBe(hi);
    expect(frame.repPaces.every((rep) => rep.length === frame.xS.length)).toBe(true);
    expect(frame.repPaces[0]?.[0]).toBeNull();
  });
});

describe('dateTickLabels', () => {
  it('bug 4 (issue 14): names each date once, never "1 Jan 1 Jan 1 Jan"', () => {
    const noon = Date.parse('2026-12-14T12:00:00Z') / 1000;
    const labels = dateTickLabels([noon - 3600, noon, noon + 3600, noon + 86_400], 'en-GB');
    expect(labels).toEqual(['14 Dec', '', '', '15 Dec']);
  });
});
