// Issue 11 finding 1 in `npm run bench -- server`: hostile uploads are refused in a parse worker, so the
// request thread keeps answering. Measures /api/health latency while 4 runners upload at once, in a loop,
// and the time to refuse one hostile upload (sent and answered over loopback, 15 MB each way in).
import { fork } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { synthetic } from '@speedwork/formats';
import { BENCH_PROFILE as PROFILE, fmt, json, steadyLoad } from './bench-server.js';

/** A new runner with a plan; returns its bearer header and a track session's id and date. */
async function runner(url, n) {
  const signup = await json(`${url}/api/auth/signup`, 'POST', {
    email: `uploader-${n}-${Date.now()}@example.com`,
    password: 'benchmark passphrase',
    name: `Uploader ${n}`,
  });
  const cookie = signup.headers.get('set-cookie').split(';')[0];
  await json(`${url}/api/me/profile`, 'PUT', PROFILE, { cookie });
  const plan = await json(`${url}/api/plans`, 'POST', undefined, { cookie });
  const token = await json(`${url}/api/tokens`, 'POST', { name: 'bench' }, { cookie });
  const session = plan.body.sessions.find((s) => s.type === 'track');
  return { headers: { authorization: `Bearer ${token.body.token}` }, session };
}

/** POSTs bytes with Node's client; resolves with the status and the ms from first byte sent to last read. */
function upload(url, path, headers, bytes) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(
      new URL(path, url),
      {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/octet-stream', 'content-length': bytes.length },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started }));
      },
    );
    req.on('error', reject);
    req.end(bytes);
  });
}

/** Each runner uploads `bytes` again as soon as the last answered, until `until()`; returns statuses seen. */
async function uploadLoop(url, runners, bytes, until) {
  const statuses = {};
  await Promise.all(
    runners.map(async ({ headers, session }) => {
      while (!until()) {
        const { status } = await upload(
          url,
          `/api/sessions/${session.id}/activity?replace=1`,
          headers,
          bytes,
        );
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  return statuses;
}

/**
 * Health latency at 100 req/s for `durationS` while 4 runners upload a file in a loop. The uploads come from
 * a child process, so their sending does not delay this process's measurement.
 */
async function healthDuring(url, runners, file, durationS) {
  const child = fork(fileURLToPath(import.meta.url), [], {
    env: { ...process.env, UPLOAD_LOOP: JSON.stringify({ url, runners, file, durationS: durationS + 1 }) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const statuses = new Promise((resolve, reject) => {
    child.once('message', resolve);
    child.once('exit', (code) =>
      code === 0 ? undefined : reject(new Error(`uploader exited with ${code}`)),
    );
  });
  // Let the uploads start first.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const health = await steadyLoad({
    url,
    rate: 100,
    durationS,
    path: () => '/api/health',
    headers: () => ({}),
  });
  return { health, statuses: await statuses };
}

/** The files the uploader child makes, by name. */
const FILES = {
  hostile: () => synthetic.hostileGpx(1_250_000),
  long: () => synthetic.longGpx(156_000),
};

// The uploader child: loops until its time is up, then reports the statuses it saw. It runs at the lowest
// priority: an attacker's CPU is not the server's, and here both share two cores.
if (process.env.UPLOAD_LOOP && process.send) {
  setPriority(19);
  const { url, runners, file, durationS } = JSON.parse(process.env.UPLOAD_LOOP);
  const bytes = FILES[file]();
  const endMs = performance.now() + durationS * 1000;
  const statuses = await uploadLoop(url, runners, bytes, () => performance.now() > endMs);
  process.send(statuses, () => process.exit(0));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** CPU ms the process's main thread (the request thread) has used so far; null off Linux. */
function requestThreadCpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export async function benchUploads(name, server) {
  const url = server.url;
  const runners = [];
  for (let n = 0; n < 4; n++) runners.push(await runner(url, n));
  const hostile = FILES.hostile();
  const long = FILES.long();

  // Time to refuse: one upload at a time, the first warms the pool's worker. The request thread's CPU per
  // upload does not depend on what else the machine runs, unlike every latency here.
  const refusals = [];
  let cpuBefore = null;
  for (let i = 0; i < 21; i++) {
    if (i === 1) cpuBefore = requestThreadCpuMs(server.pid);
    const { headers, session } = runners[0];
    const { status, ms } = await upload(url, `/api/sessions/${session.id}/activity`, headers, hostile);
    if (status !== 400) throw new Error(`${name}: a hostile upload answered ${status}, not 400`);
    if (i > 0) refusals.push(ms);
  }
  const cpuAfter = requestThreadCpuMs(server.pid);
  const cpuPerUpload =
    cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / refusals.length;
  const slowest = refusals.reduce((a, b) => Math.max(a, b));
  const quiet = await steadyLoad({
    url,
    rate: 100,
    durationS: 5,
    path: () => '/api/health',
    headers: () => ({}),
  });
  const hostileRun = await healthDuring(url, runners, 'hostile', 10);
  const longRun = await healthDuring(url, runners, 'long', 10);
  const mb = (bytes) => fmt(bytes.length / 1e6, 1);
  console.log(
    `${name}: a hostile ${mb(hostile)} MB GPX (1.25 M attributes on its root) refused (400) in ` +
      `median ${fmt(median(refusals), 0)} ms, max ${fmt(slowest, 0)} ms, upload included (target <= 2000 ms); ` +
      `request-thread CPU per upload ${cpuPerUpload === null ? 'n/a' : `${fmt(cpuPerUpload, 0)} ms`}`,
  );
  console.log(
    `${name}: GET /api/health at 100 req/s, quiet: p50 ${fmt(quiet.p50)} ms, p99 ${fmt(quiet.p99)} ms; ` +
      `during 4 parallel hostile uploads in a loop (${JSON.stringify(hostileRun.statuses)} answered): ` +
      `p50 ${fmt(hostileRun.health.p50)} ms, p99 ${fmt(hostileRun.health.p99)} ms, max ${fmt(hostileRun.health.max)} ms ` +
      `(target p99 <= 50 ms), ${hostileRun.health.failures} failed`,
  );
  console.log(
    `${name}: GET /api/health during 4 parallel uploads of a ${mb(long)} MB 156,000-point GPX (seconds of parsing ` +
      `each, in the pool; ${JSON.stringify(longRun.statuses)} answered): p50 ${fmt(longRun.health.p50)} ms, ` +
      `p99 ${fmt(longRun.health.p99)} ms, max ${fmt(longRun.health.max)} ms, ${longRun.health.failures} failed`,
  );
}

/**
 * A large valid import (issue 11 finding 1: "a valid 20 MB import blocks 4.7 s"): a runner's plan with its logs,
 * copied to as many plans as make about 29 MB of JSON, imported three times while `/api/health` is asked 100
 * times a second. Parsing, checking and converting run in the pool; the request thread writes the rows.
 */
export async function benchImport(name, server) {
  const url = server.url;
  const { headers } = await runner(url, 'import');
  const plan = await json(`${url}/api/plans/current`, 'GET', undefined, headers);
  for (const s of plan.body.sessions.slice(0, 150))
    await json(
      `${url}/api/sessions/${s.id}/log`,
      'PUT',
      { status: 'done', rpe: 6, notes: 'felt fine' },
      headers,
    );
  const file = (await json(`${url}/api/export`, 'GET', undefined, headers)).body;
  const [one] = file.plans;
  const copies = Math.min(500, Math.ceil(29e6 / JSON.stringify(one).length));
  file.plans = Array.from({ length: copies }, (_, i) => ({
    ...one,
    id: `${one.id}-${i}`,
    current: i === 0,
    sessions: one.sessions.map((s) => ({ ...s, id: `${s.id}-${i}` })),
  }));
  const body = Buffer.from(JSON.stringify(file));
  const rounds = [];
  let counts;
  for (let round = 0; round < 3; round++) {
    const cpuBefore = requestThreadCpuMs(server.pid);
    const health = steadyLoad({
      url,
      rate: 100,
      durationS: 6,
      path: () => '/api/health',
      headers: () => ({}),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    const response = await fetch(`${url}/api/import`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body,
    });
    counts = await response.json();
    if (response.status !== 200) throw new Error(`${name}: the import answered ${response.status}`);
    const ms = performance.now() - started;
    const cpuAfter = requestThreadCpuMs(server.pid);
    rounds.push({ ms, cpu: cpuBefore === null ? null : cpuAfter - cpuBefore, health: await health });
  }
  console.log(
    `${name}: a valid ${fmt(body.length / 1e6, 1)} MB import (${counts.plans} plans, ${counts.sessions} sessions, ` +
      `${counts.logs} logs), three times: answered in ${rounds.map((r) => fmt(r.ms, 0)).join(', ')} ms; ` +
      `request-thread CPU ${rounds.map((r) => (r.cpu === null ? 'n/a' : fmt(r.cpu, 0))).join(', ')} ms; ` +
      `GET /api/health meanwhile p99 ${rounds.map((r) => fmt(r.health.p99)).join(', ')} ms, ` +
      `max ${rounds.map((r) => fmt(r.health.max)).join(', ')} ms`,
  );
}
