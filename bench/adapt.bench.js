// adaptPlan in-process (issue 9): the 20-week marathon plan of plan.bench.js, 15 weeks in, with 100 logs
// (done, skipped, partly, reps fast at a moderate effort and slow at an all-out one, a tempo run as a time
// trial would be) and a half-marathon race. Prints the median, p95 and pass/fail. See bench/README.md.
import { adaptPlan, generatePlan, parseProfile } from '@speedwork/core';

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const p95 = (xs) => sorted(xs)[Math.floor(xs.length * 0.95)];

const parsed = parseProfile({
  recent: { distance: 'half', time: '1:45:00' },
  goal: { distance: 'marathon', time: '3:30:00' },
  raceDate: '2027-04-18',
  start: '2026-11-30',
  days: 'mon,tue,wed,thu,sat,sun',
  level: 'intermediate',
  current: { weeklyDistanceM: 50_000, longestRunM: 20_000 },
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
const plan = generatePlan(parsed.value);

// The first 100 sessions are logged; today is the day after the 100th.
const logged = plan.sessions.slice(0, 100);
const today = new Date(Date.parse(logged.at(-1).date) + 86_400_000).toISOString().slice(0, 10);
/** Rep times at `ratio` of each interval's target pace (no reps for sessions without paced intervals). */
function reps(session, ratio) {
  const out = [];
  for (const interval of session.intervals ?? []) {
    if (!interval.distanceM || !interval.targetSPerKm) continue;
    for (let i = 0; i < interval.repeat; i++)
      out.push({
        distanceM: interval.distanceM,
        timeS: (interval.distanceM / 1000) * interval.targetSPerKm * ratio,
      });
  }
  return out.length > 0 ? { reps: out } : {};
}
const logs = logged.map((session, i) => {
  const log = { sessionId: session.id };
  if (i % 11 === 5) return { ...log, status: 'skipped' };
  if (i % 13 === 7) return { ...log, status: 'partly', rpe: 7, ...reps(session, 1) };
  if (i % 9 === 4) return { ...log, status: 'done', rpe: 5, ...reps(session, 0.92) }; // fast at a moderate effort
  if (i % 9 === 8) return { ...log, status: 'done', rpe: 10, ...reps(session, 1.08) }; // slow, all out
  return { ...log, status: 'done', rpe: 6, ...reps(session, 1) };
});
const races = [{ date: logged[80].date, distanceM: 21_097.5, timeS: 6_120, kind: 'race' }];

const result = adaptPlan(plan, logs, races, today);
if (process.env.SHOW)
  console.log(
    result.changes.map((c) => `${c.date} ${c.what}: ${c.before} -> ${c.after} (${c.why})`).join('\n'),
  );
// Each run on a fresh copy of the plan, as the server parses it from storage for every write: core keeps
// per-plan-object caches (rule violations in a WeakMap) that one reused object would hit every time.
const planJson = JSON.stringify(plan);
const time = () => {
  const copy = JSON.parse(planJson);
  const t0 = performance.now();
  adaptPlan(copy, logs, races, today);
  return performance.now() - t0;
};
for (let i = 0; i < 100; i++) time();
const runs = Array.from({ length: 1000 }, time);
const counts = {};
for (const log of logs) counts[log.status] = (counts[log.status] ?? 0) + 1;
console.log(
  `adaptPlan: 20-week plan (${plan.sessions.length} sessions), ${logs.length} logs ` +
    `(${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(
        ', ',
      )}) and a race, today ${today}: ${result.changes.length} changes; 1,000 runs after warm-up: ` +
    `median ${median(runs).toFixed(3)} ms, p95 ${p95(runs).toFixed(3)} ms ` +
    `(target median <= 2 ms: ${median(runs) <= 2 ? 'PASS' : 'FAIL'})`,
);
