// Plan benchmarks (issue 2), run by bench/run.js. Prints figures and ratios against baselines
// measured in the same run, because these machines are shared and noisy. See bench/README.md.
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

const bin = fileURLToPath(new URL('../packages/cli/dist/bin.js', import.meta.url));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
const ms = (x) => `${x.toFixed(3)} ms`;

function profileOf(input) {
  const parsed = parseProfile(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const sixteenWeeks = profileOf({
  recent: { distance: '5k', time: '25:00' },
  goal: { distance: '5k', time: '23:30' },
  raceDate: '2027-03-26',
  start: '2026-12-07',
  days: 'mon,wed,fri,sat',
  level: 'intermediate',
  equipment: 'gym',
});

// 1. One 16-week plan in-process.
for (let i = 0; i < 300; i++) generatePlan(sixteenWeeks);
const singleMs = [];
for (let i = 0; i < 2000; i++) {
  const t0 = performance.now();
  generatePlan(sixteenWeeks);
  singleMs.push(performance.now() - t0);
}
console.log(
  `16-week plan in-process: median ${ms(median(singleMs))}, p95 ${ms(p95(singleMs))} (target: median <= 2 ms)`,
);

// 2. A club's season: 10,000 different runners, on this one thread.
let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const levels = ['beginner', 'intermediate', 'advanced'];
const profiles = Array.from({ length: 10_000 }, () => {
  const distance = NAMED_DISTANCES[Math.floor(random() * NAMED_DISTANCES.length)];
  const vdot = 30 + random() * 55;
  const timeS = Math.max(raceTimeSForVdot(vdot, distance.distanceM), worldRecordS(distance.distanceM) + 1);
  const days = WEEKDAYS.filter(() => random() < 0.6);
  return profileOf({
    recent: { distance: distance.name, time: formatClock(timeS) },
    start: '2026-12-07',
    days: days.length >= 2 ? days : ['tue', 'sat'],
    weeks: 4 + Math.floor(random() * 21),
    level: levels[Math.floor(random() * 3)],
    equipment: random() < 0.5 ? 'gym' : 'none',
  });
});
const clubStart = performance.now();
let sessions = 0;
for (const profile of profiles) sessions += generatePlan(profile).sessions.length;
const clubS = (performance.now() - clubStart) / 1000;
console.log(`10,000 plans (${sessions} sessions): ${clubS.toFixed(2)} s on one core (target: <= 10 s)`);

// 3. The CLI as a whole process against `node -e ""`, interleaved so noise hits both alike.
const args = [
  bin,
  'plan',
  '--recent',
  '5k=25:00',
  '--goal',
  '5k=23:30',
  '--race-date',
  '2027-03-26',
  '--start',
  '2026-12-07',
  '--days',
  'mon,wed,fri,sat',
  '--format',
  'json',
];
const time = (file, argv) => {
  const t0 = performance.now();
  execFileSync(file, argv, { stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - t0;
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
  `speedwork plan --format json: median ${ms(median(cliMs))}; node -e "": median ${ms(median(nodeMs))}; ratio ${ratio.toFixed(2)} (target: <= 3)`,
);
