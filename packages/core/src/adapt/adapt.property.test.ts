import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDayNumber, parseDayNumber, WEEKDAYS } from '../calendar/calendar-date.js';
import { raceTimeSForVdot } from '../paces/vdot.js';
import { checkPlanRules, type RuleViolation } from '../plan/check-plan-rules.js';
import { generatePlan } from '../plan/generate-plan.js';
import type { Plan } from '../plan/plan-types.js';
import { parseProfile } from '../profile/parse-profile.js';
import { NAMED_DISTANCES } from '../race/distances.js';
import { formatClock } from '../race/race-time.js';
import { worldRecordS } from '../race/world-records.js';
import type { LogStatus, RaceEntry, SessionLog } from './adapt-types.js';
import { adaptPlan } from './adapt-plan.js';

const FIRST_START = parseDayNumber('2026-01-05') ?? 0;
const STATUSES: readonly (LogStatus | 'unlogged')[] = [
  'done',
  'done',
  'done',
  'partly',
  'skipped',
  'pain',
  'ill',
  'unlogged',
];

function timeAt(vdot: number, distanceM: number): number {
  return Math.max(Math.round(raceTimeSForVdot(vdot, distanceM)), Math.ceil(worldRecordS(distanceM)) + 1);
}

/** A random runner's plan, as in plan.property.test.ts: every level, equipment, 2–7 days, 4–20 weeks. */
const planArb = fc
  .record({
    level: fc.constantFrom('beginner', 'intermediate', 'advanced'),
    equipment: fc.constantFrom('gym', 'none'),
    days: fc.subarray([...WEEKDAYS], { minLength: 2, maxLength: 7 }),
    weeks: fc.integer({ min: 4, max: 20 }),
    distanceIndex: fc.integer({ min: 0, max: NAMED_DISTANCES.length - 1 }),
    vdot: fc.double({ min: 30, max: 75, noNaN: true }),
    startOffsetDays: fc.integer({ min: 0, max: 400 }),
    goalGain: fc.option(fc.double({ min: -1, max: 8, noNaN: true })),
    raceDay: fc.option(fc.integer({ min: 0, max: 6 })),
  })
  .map((r): Plan => {
    const distance = NAMED_DISTANCES[r.distanceIndex] ?? NAMED_DISTANCES[3];
    const distanceM = distance?.distanceM ?? 5000;
    const start = FIRST_START + r.startOffsetDays;
    const parsed = parseProfile({
      recent: { distance: distance?.name, time: formatClock(timeAt(r.vdot, distanceM)) },
      ...(r.goalGain === null
        ? {}
        : {
            goal: {
              distance: distance?.name,
              time: formatClock(timeAt(Math.min(80, r.vdot + r.goalGain), distanceM)),
            },
          }),
      start: formatDayNumber(start),
      ...(r.raceDay === null
        ? { weeks: r.weeks }
        : { raceDate: formatDayNumber(start + (r.weeks - 1) * 7 + r.raceDay) }),
      days: r.days,
      level: r.level,
      equipment: r.equipment,
    });
    if (!parsed.ok) throw new Error(`bad random profile: ${JSON.stringify(parsed.issues)}`);
    return generatePlan(parsed.value);
  });

interface History {
  plan: Plan;
  today: string;
  logs: SessionLog[];
  races: RaceEntry[];
}

/** Plans are costly to build and the histories are what vary most: a pool of random plans, built once. */
const PLANS = fc.sample(planArb, { numRuns: 60, seed: 20261127 });

/** Random histories: skips, partial logs, fast and slow reps, pain and illness, races and time trials. */
const historyArb = fc.constantFrom(...PLANS).chain((plan) => {
  const startDay = parseDayNumber(plan.profile.start) ?? 0;
  const lastDay =
    parseDayNumber(plan.sessions[plan.sessions.length - 1]?.date ?? plan.profile.start) ?? startDay;
  return fc
    .record({
      todayDay: fc.integer({ min: startDay - 1, max: lastDay + 1 }),
      // One seed drives the log of every session: cheap to generate, still shrinks to simple histories.
      seed: fc.integer(),
      missRate: fc.constantFrom(0, 0.1, 0.3, 0.8),
      races: fc.array(
        fc.record({
          offset: fc.integer({ min: -30, max: 400 }),
          distanceIndex: fc.integer({ min: 0, max: NAMED_DISTANCES.length - 1 }),
          vdotChange: fc.double({ min: -6, max: 9, noNaN: true }),
          kind: fc.constantFrom<'race' | 'time-trial'>('race', 'time-trial'),
        }),
        { maxLength: 3 },
      ),
    })
    .map(({ todayDay, seed, missRate, races }): History => {
      const random = mulberry32(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
      const logs: SessionLog[] = [];
      for (const session of plan.sessions) {
        if ((parseDayNumber(session.date) ?? 0) > todayDay) break;
        const status = random() < missRate ? pick(['skipped', 'unlogged'] as const) : pick(STATUSES);
        if (status === 'unlogged') continue;
        const log: SessionLog = { sessionId: session.id, status };
        if (random() < 0.7) log.rpe = 1 + Math.floor(random() * 10);
        if (random() < 0.6) {
          const ratio = 0.85 + random() * 0.3;
          log.reps = (session.intervals ?? []).flatMap((interval) => {
            const target = interval.targetSPerKm ?? 300;
            const distanceM = interval.distanceM ?? ((interval.durationS ?? 60) * 1000) / target;
            const count = status === 'partly' ? Math.ceil(interval.repeat / 2) : interval.repeat;
            return Array.from({ length: count }, () => ({
              timeS: (distanceM * target * ratio) / 1000,
              distanceM,
            }));
          });
        }
        logs.push(log);
      }
      const raceEntries = races.map((r): RaceEntry => {
        const distanceM = NAMED_DISTANCES[r.distanceIndex]?.distanceM ?? 5000;
        return {
          date: formatDayNumber(Math.min(todayDay, startDay + r.offset)),
          distanceM,
          timeS: timeAt(Math.max(25, plan.paces.vdot + r.vdotChange), distanceM),
          kind: r.kind,
        };
      });
      return { plan, today: formatDayNumber(todayDay), logs, races: raceEntries };
    });
});

/** A small seeded PRNG (mulberry32), so a history is a pure function of its seed. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function key(v: RuleViolation): string {
  return `${v.rule} ${v.message}`;
}

const violationsOf = new WeakMap<Plan, RuleViolation[]>();

/** Violations of `after` not in `before` that name a date after today, or no date. */
function newFutureViolations(before: Plan, after: Plan, today: string): string[] {
  const remaining = new Map<string, number>();
  const beforeViolations = violationsOf.get(before) ?? checkPlanRules(before);
  violationsOf.set(before, beforeViolations);
  for (const v of beforeViolations) remaining.set(key(v), (remaining.get(key(v)) ?? 0) + 1);
  const fresh: string[] = [];
  for (const v of checkPlanRules(after)) {
    const left = remaining.get(key(v)) ?? 0;
    if (left > 0) {
      remaining.set(key(v), left - 1);
      continue;
    }
    const dates = v.message.match(/\d{4}-\d{2}-\d{2}/g) ?? [];
    if (dates.length === 0 || dates.some((d) => d > today)) fresh.push(key(v));
  }
  return fresh;
}

// checkPlanRules runs on every adapted plan (and on each fallback); the budget allows a loaded machine.
describe('adaptPlan over random plans and random histories', () => {
  it('R-ADA-1, R-ADA-6: the past is byte-identical, the future keeps every rule, the same inputs give the same output', () => {
    fc.assert(
      fc.property(historyArb, ({ plan, today, logs, races }) => {
        const input = JSON.stringify(plan);
        const adapted = adaptPlan(plan, logs, races, today);
        expect(JSON.stringify(plan), 'the input plan is not modified').toBe(input);
        // R-ADA-1: same ids in the same order; everything on or before today unchanged.
        expect(adapted.plan.sessions.map((s) => s.id)).toEqual(plan.sessions.map((s) => s.id));
        plan.sessions.forEach((session, i) => {
          if (session.date <= today)
            expect(JSON.stringify(adapted.plan.sessions[i])).toBe(JSON.stringify(session));
        });
        for (const change of adapted.changes) {
          if (change.what !== 'note') expect(change.date > today, `${change.sessionId} changed`).toBe(true);
          expect(change.why.length).toBeGreaterThan(0);
        }
        // R-ADA-6: no rule of section 1 newly broken after today.
        expect(newFutureViolations(plan, adapted.plan, today)).toEqual([]);
        // Determinism.
        expect(adaptPlan(plan, logs, races, today)).toEqual(adapted);
      }),
      { numRuns: 120, seed: 20261127 },
    );
  }, 600_000);

  it('R-ADA-6: adapting the adapted plan again with the same logs changes nothing more', () => {
    fc.assert(
      fc.property(historyArb, ({ plan, today, logs, races }) => {
        const once = adaptPlan(plan, logs, races, today);
        // Where the rules made adaptation give something up, a later run may find room for it.
        if (once.changes.some((c) => c.what === 'note' && c.before === '')) return;
        const twice = adaptPlan(once.plan, logs, races, today);
        expect(twice.changes.filter((c) => c.what !== 'note')).toEqual([]);
        expect(twice.plan).toEqual(once.plan);
      }),
      { numRuns: 60, seed: 20261128 },
    );
  }, 600_000);
});
