import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDayNumber, parseDayNumber, weekdayOf, WEEKDAYS } from '../calendar/calendar-date.js';
import { raceTimeSForVdot } from '../paces/vdot.js';
import { parseProfile } from '../profile/parse-profile.js';
import type { ProfileInput } from '../profile/profile-types.js';
import { formatClock } from '../race/race-time.js';
import { NAMED_DISTANCES } from '../race/distances.js';
import { worldRecordS } from '../race/world-records.js';
import { checkPlanRules } from './check-plan-rules.js';
import { generatePlan } from './generate-plan.js';
import type { Plan } from './plan-types.js';

const FIRST_START = parseDayNumber('2026-01-01') ?? 0;

/** A race time at this VDOT, no faster than the world record (VDOT 85 beats it over 1500 m). */
function timeAt(vdot: number, distanceM: number): string {
  return formatClock(Math.max(raceTimeSForVdot(vdot, distanceM), worldRecordS(distanceM) + 1));
}

/**
 * Random runners as SPEC asks: every level and equipment, 1–7 days, 4–30 weeks, 1500 m to marathon, VDOT
 * 25–85, current running of 5–100 km a week with or without a longest run, with and without race dates and goals.
 */
const profileInput = fc
  .record({
    level: fc.constantFrom('beginner', 'intermediate', 'advanced'),
    equipment: fc.constantFrom('gym', 'none'),
    days: fc.subarray([...WEEKDAYS], { minLength: 1, maxLength: 7 }),
    weeks: fc.integer({ min: 4, max: 30 }),
    distanceIndex: fc.integer({ min: 0, max: NAMED_DISTANCES.length - 1 }),
    vdot: fc.double({ min: 25, max: 85, noNaN: true }),
    current: fc.option(
      fc.record({
        weeklyKm: fc.option(fc.integer({ min: 5, max: 100 })),
        longestShare: fc.option(fc.double({ min: 0.15, max: 0.6, noNaN: true })),
      }),
    ),
    startOffsetDays: fc.integer({ min: 0, max: 900 }),
    goal: fc.option(
      fc.record({
        distanceIndex: fc.integer({ min: 0, max: NAMED_DISTANCES.length - 1 }),
        vdotGain: fc.double({ min: -2, max: 12, noNaN: true }),
      }),
    ),
    raceDayInLastWeek: fc.option(fc.integer({ min: 0, max: 6 })),
    units: fc.constantFrom('km', 'mi'),
  })
  .map((r): ProfileInput => {
    const recent = NAMED_DISTANCES[r.distanceIndex] ?? NAMED_DISTANCES[0];
    const startDay = FIRST_START + r.startOffsetDays;
    const input: ProfileInput = {
      recent: { distance: recent?.name, time: timeAt(r.vdot, recent?.distanceM ?? 5000) },
      start: formatDayNumber(startDay),
      days: r.days,
      level: r.level,
      equipment: r.equipment,
      units: r.units,
    };
    if (r.current) {
      const weeklyDistanceM = r.current.weeklyKm === null ? undefined : r.current.weeklyKm * 1000;
      const longestRunM =
        r.current.longestShare === null
          ? undefined
          : Math.round((weeklyDistanceM ?? 30000) * r.current.longestShare);
      input.current = { weeklyDistanceM, longestRunM };
    }
    if (r.goal) {
      const goal = NAMED_DISTANCES[r.goal.distanceIndex];
      input.goal = {
        distance: goal?.name,
        time: timeAt(Math.min(85, r.vdot + r.goal.vdotGain), goal?.distanceM ?? 5000),
      };
    }
    if (r.raceDayInLastWeek === null) input.weeks = r.weeks;
    else input.raceDate = formatDayNumber(startDay + (r.weeks - 1) * 7 + r.raceDayInLastWeek);
    return input;
  });

/** The plan of a drawn profile; the generator only draws valid ones. */
function planOf(input: ProfileInput): Plan {
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error(`generator made a bad profile: ${JSON.stringify(parsed.issues)}`);
  return generatePlan(parsed.value);
}

describe('generatePlan over random runners', () => {
  it('R-STR-*, R-INT-*, R-TEC-*, R-REC-*, R-GOL-1, R-VOL-*, R-LNG-*, R-DAY-1, R-QUA-*, R-IN-2: 2,000 random runners keep every rule', () => {
    fc.assert(
      fc.property(profileInput, (input) => {
        const plan = planOf(input);
        expect(checkPlanRules(plan)).toEqual([]);
        // Whole metres of jogging: a FIT workout keeps centimetres, and a float's tail would not round-trip.
        for (const s of plan.sessions)
          for (const jogM of [s.warmup?.jogM ?? 0, s.cooldown?.jogM ?? 0])
            expect(Number.isInteger(jogM), `${s.date} ${s.title}: ${jogM} m`).toBe(true);
      }),
      { numRuns: 2000, seed: 20261126 },
    );
    // No wall-clock limit in `npm test` (a busy machine must still pass); time belongs to `npm run bench`.
  }, 600_000);

  it('R-REC-3 (COACHING 5.2): a runner free the day before the race jogs that day, when the race week has easy runs', () => {
    let checked = 0;
    fc.assert(
      fc.property(profileInput, (input) => {
        const plan = planOf(input);
        const race = plan.sessions.find((s) => s.type === 'race');
        if (!race) return;
        const eveDay = (parseDayNumber(race.date) ?? 0) - 1;
        const eve = formatDayNumber(eveDay);
        const easy = plan.sessions.filter((s) => s.week === race.week && s.type === 'easy');
        if (!plan.profile.days.includes(weekdayOf(eveDay)) || easy.length === 0) return;
        checked++;
        expect(
          easy.map((s) => s.date),
          `race on ${race.date}`,
        ).toContain(eve);
      }),
      { numRuns: 500, seed: 20261204 },
    );
    expect(checked).toBeGreaterThan(50);
  }, 600_000);

  it('R-GOL-1 (COACHING 4.8): time trials come weeks apart, about one a month at most', () => {
    // A beginner deloading every third week used to race a time trial all out every third week.
    let checked = 0;
    fc.assert(
      fc.property(profileInput, (input) => {
        const plan = planOf(input);
        const days = plan.sessions
          .filter((s) => s.type === 'time-trial')
          .map((s) => parseDayNumber(s.date) ?? 0);
        if (days.length < 2) return;
        checked++;
        // One due in a deload may run a week late, in the next building week: 3 weeks from the next one.
        days.slice(1).forEach((day, i) => {
          expect(day - (days[i] ?? 0), plan.profile.start).toBeGreaterThanOrEqual(20);
        });
        expect(days.length, plan.profile.start).toBeLessThanOrEqual(1 + Math.floor(plan.profile.weeks / 4));
      }),
      { numRuns: 500, seed: 20261205 },
    );
    expect(checked).toBeGreaterThan(50);
  }, 600_000);

  it('is deterministic: the same profile gives the same plan', () => {
    fc.assert(
      fc.property(profileInput, (input) => {
        expect(planOf(input)).toEqual(planOf(input));
      }),
      { numRuns: 100 },
    );
  }, 600_000);
});
