// Server benchmarks (issue 3): GET /api/today under autocannon against a bare hello-world route of the
// same framework, on SQLite and on PostgreSQL, and p99 at a steady 500 requests/s.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { BENCH_PROFILE as PROFILE, fmt, json, load, serverMain, startNode } from './bench-server.js';
import { benchImport, benchUploads } from './upload-bench.js';

const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/speedwork_bench_small';

async function freshPostgres(url) {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  await admin.end();
}

/** A runner with a plan and an access token; returns the headers and the URL of a day with a session. */
async function prepare(url) {
  const signup = await json(`${url}/api/auth/signup`, 'POST', {
    email: 'bench@example.com',
    password: 'benchmark passphrase',
    name: 'Bench',
  });
  const cookie = signup.headers.get('set-cookie').split(';')[0];
  await json(`${url}/api/me/profile`, 'PUT', PROFILE, { cookie });
  const plan = await json(`${url}/api/plans`, 'POST', undefined, { cookie });
  const token = await json(`${url}/api/tokens`, 'POST', { name: 'bench' }, { cookie });
  const session = plan.body.sessions[10];
  await json(
    `${url}/api/sessions/${session.id}/log`,
    'PUT',
    { status: 'done', rpe: 6 },
    { authorization: `Bearer ${token.body.token}` },
  );
  return {
    headers: { authorization: `Bearer ${token.body.token}` },
    path: `/api/today?date=${session.date}`,
  };
}

const hello = await startNode(new URL('./hello-server.js', import.meta.url).pathname, { BODY_BYTES: '1500' });
const dataDir = mkdtempSync(join(tmpdir(), 'speedwork-bench-'));
await freshPostgres(PG_URL);
const stores = [
  ['SQLite', await startNode(serverMain, { DATA_DIR: dataDir })],
  ['PostgreSQL', await startNode(serverMain, { DATABASE_URL: PG_URL })],
];

try {
  for (const [name, server] of stores) {
    const { headers, path } = await prepare(server.url);
    // Interleaved rounds, so machine noise hits baseline and candidate alike; medians of each.
    const baselineRates = [];
    const sizedRates = [];
    const todayRates = [];
    let today;
    await load({ url: `${server.url}${path}`, headers, duration: 2 });
    for (let round = 0; round < 4; round++) {
      baselineRates.push((await load({ url: `${hello.url}/hello`, duration: 3 })).requests.average);
      sizedRates.push((await load({ url: `${hello.url}/sized`, duration: 3 })).requests.average);
      today = await load({ url: `${server.url}${path}`, headers, duration: 3 });
      todayRates.push(today.requests.average);
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const baseline = { requests: { average: median(baselineRates) } };
    today.requests.average = median(todayRates);
    if (today.non2xx > 0 || today.errors > 0)
      throw new Error(`${name}: ${today.non2xx} non-2xx, ${today.errors} errors`);
    const steady = await load({
      url: `${server.url}${path}`,
      headers,
      connections: 10,
      overallRate: 500,
      duration: 10,
    });
    const ratio = today.requests.average / baseline.requests.average;
    console.log(
      `${name}: GET /api/today ${fmt(today.requests.average, 0)} req/s vs hello-world ${fmt(baseline.requests.average, 0)} req/s: ` +
        `${fmt(ratio * 100, 0)} % (target >= 50 %); a constant JSON body of the same size on the bare framework: ` +
        `${fmt(median(sizedRates), 0)} req/s (${fmt((median(sizedRates) / baseline.requests.average) * 100, 0)} % of hello-world); ` +
        `at 500 req/s p50 ${steady.latency.p50} ms, p99 ${steady.latency.p99} ms (target <= 20 ms)`,
    );
  }
  // Issue 11 finding 1: hostile and big uploads parsed off the request thread (the parse does not touch the
  // store, so SQLite alone).
  await benchUploads('SQLite', stores[0][1]);
  // The same finding's large valid import: on SQLite the writing transaction holds the request thread.
  for (const [name, server] of stores) await benchImport(name, server);
} finally {
  await Promise.all([hello.stop(), ...stores.map(([, s]) => s.stop())]);
  rmSync(dataDir, { recursive: true, force: true });
}
