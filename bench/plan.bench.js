// Plan benchmarks (issue 8: the whole plan), run by bench/run.js. Prints figures, ratios against baselines
// measured in the same run (these machines are shared and noisy) and pass/fail. See bench/README.md.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  generatePlan,
  parseProfile,
  NAMED_DISTANCES,
  WEEKDAYS,
  formatClock,
  raceTimeSForVdot,
  worldRecordS,
} from '@speedwork/core';

const bin = fileURLToPath(new URL('../packages/cli/bin/speedwork.js', import.meta.url));
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => sorted(xs)[Math.floor(xs.length / 2)];
const p95 = (xs) => sorted(xs)[Math.floor(xs.length * 0.95)];
const ms = (x) => `${x.toFixed(3)} ms`;
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

function profileOf(input) {
  const parsed = parseProfile(input);
  return parsed.ok ? parsed.value : undefined;
}

// A 3:30 marathoner from a 1:45 half, 20 weeks, 6 days, 50 km a week now with a longest run of 20 km.
const marathon = profileOf({
  recent: { distance: 'half', time: '1:45:00' },
  goal: { distance: 'marathon', time: '3:30:00' },
  raceDate: '2027-04-18',
  start: '2026-11-30',
  days: 'mon,tue,wed,thu,sat,sun',
  level: 'intermediate',
  equipment: 'gym',
  current: { weeklyDistanceM: 50_000, longestRunM: 20_000 },
});

// 1. The marathon plan in-process: the first (cold: JIT and the module-level week-layout memo empty), then
// warmed up, then timed many times.
let t0 = performance.now();
const first = generatePlan(marathon);
const coldMs = performance.now() - t0;
for (let i = 0; i < 300; i++) generatePlan(marathon);
const singleMs = [];
for (let i = 0; i < 2000; i++) {
  t0 = performance.now();
  generatePlan(marathon);
  singleMs.push(performance.now() - t0);
}
console.log(
  `20-week marathon plan in-process (${first.weeks.length} weeks, ${first.sessions.length} sessions): ` +
    `cold first plan ${ms(coldMs)}; 2,000 runs after warm-up: median ${ms(median(singleMs))}, ` +
    `p95 ${ms(p95(singleMs))} (target median <= 2 ms: ${verdict(median(singleMs) <= 2)})`,
);

// 2. 10,000 random runners on this one thread: every distance from 1500 m to the marathon, 1-7 days,
// 4-30 weeks, 5-100 km a week now, with and without goals and race dates. Profiles the parser refuses are
// drawn again, so every plan is a valid one; only generatePlan is timed.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const levels = ['beginner', 'intermediate', 'advanced'];
const addDays = (date, days) => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
function randomProfile() {
  const distance = pick(NAMED_DISTANCES);
  const recentDistance = pick(NAMED_DISTANCES);
  const vdot = 30 + random() * 45;
  const timeOf = (d, v) => Math.max(raceTimeSForVdot(v, d.distanceM), worldRecordS(d.distanceM) + 1);
  const days = WEEKDAYS.filter(() => random() < 0.5);
  while (days.length === 0 || (random() < 0.15 && days.length < 7)) {
    const day = pick(WEEKDAYS);
    if (!days.includes(day)) days.push(day);
  }
  const weeks = 4 + Math.floor(random() * 27);
  const weekly = 5_000 + Math.floor(random() * 95_000);
  const start = '2026-12-07';
  const withRace = random() < 0.6;
  return profileOf({
    recent: { distance: recentDistance.name, time: formatClock(timeOf(recentDistance, vdot)) },
    ...(random() < 0.7
      ? { goal: { distance: distance.name, time: formatClock(timeOf(distance, vdot + random() * 3)) } }
      : {}),
    start,
    ...(withRace ? { raceDate: addDays(start, weeks * 7 - 1) } : { weeks }),
    days: WEEKDAYS.filter((d) => days.includes(d)),
    level: pick(levels),
    equipment: random() < 0.5 ? 'gym' : 'none',
    current:
      random() < 0.8
        ? { weeklyDistanceM: weekly, longestRunM: Math.round(weekly * (0.2 + random() * 0.25)) }
        : undefined,
  });
}
const profiles = [];
let refused = 0;
while (profiles.length < 10_000) {
  const profile = randomProfile();
  if (profile) profiles.push(profile);
  else refused++;
}
const clubStart = performance.now();
let sessions = 0;
for (const profile of profiles) sessions += generatePlan(profile).sessions.length;
const clubS = (performance.now() - clubStart) / 1000;
console.log(
  `10,000 random plans (${sessions} sessions; ${refused} drawn profiles refused by the parser and redrawn): ` +
    `${clubS.toFixed(2)} s on one core (target <= 10 s: ${verdict(clubS <= 10)})`,
);

// 3. The CLI as a whole process against `node -e ""`, interleaved so noise hits both alike.
const args = [
  bin,
  'plan',
  '--recent',
  'half=1:45:00',
  '--goal',
  'marathon=3:30:00',
  '--race-date',
  '2027-04-18',
  '--start',
  '2026-11-30',
  '--days',
  'mon,tue,wed,thu,sat,sun',
  '--weekly-distance',
  '50km',
  '--longest-run',
  '20km',
  '--level',
  'intermediate',
  '--format',
  'json',
];
const time = (file, argv) => {
  const t = performance.now();
  execFileSync(file, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - t;
};
const cliMs = [];
const nodeMs = [];
for (let i = 0; i < 3; i++) time(process.execPath, args);
for (let i = 0; i < 25; i++) {
  nodeMs.push(time(process.execPath, ['-e', '']));
  cliMs.push(time(process.execPath, args));
}
const ratio = median(cliMs) / median(nodeMs);
console.log(
  `speedwork plan (the marathon plan) --format json, 25 interleaved runs: median ${ms(median(cliMs))}; ` +
    `node -e "": median ${ms(median(nodeMs))}; ratio ${ratio.toFixed(2)} x (target <= 2 x: ${verdict(ratio <= 2)})`,
);
