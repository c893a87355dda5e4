// PostgreSQL at club scale (issue 3): 10,000 runners, each with a year-long plan and a log for every
// session (about 2 million log rows, with their revisions). The data is generated once by SQL from real
// plan JSON and kept in the database `speedwork_club` between runs (CLUB_REGENERATE=1 to rebuild). Then
// GET /api/today and GET /api/plans/current are loaded for random runners (cold caches) and timed.
import { generatePlan, parseProfile } from '@speedwork/core';
import { openStore } from '@speedwork/server';
import pg from 'pg';
import { fmt, load, serverMain, startNode, steadyLoad } from './bench-server.js';

const RUNNERS = 10_000;
const URL_BASE = process.env.CLUB_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/speedwork_club';
const adminUrl = URL_BASE.replace(/\/[^/]*$/, '/postgres');
const dbName = new URL(URL_BASE).pathname.slice(1);

const profile = parseProfile({
  recent: { distance: '10k', time: '48:00' },
  start: '2025-11-24',
  weeks: 52,
  days: ['mon', 'wed', 'fri', 'sat'],
  level: 'intermediate',
});
if (!profile.ok) throw new Error('bad bench profile');
const plan = generatePlan(profile.value);
const { sessions, ...planRest } = plan;

async function ensureData() {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [dbName])).rowCount > 0;
  if (exists && process.env.CLUB_REGENERATE) await admin.query(`drop database ${dbName}`);
  if (!exists || process.env.CLUB_REGENERATE) await admin.query(`create database ${dbName}`);
  await admin.end();
  const store = await openStore({ databaseUrl: URL_BASE });
  await store.close();
  const db = new pg.Client({ connectionString: URL_BASE });
  await db.connect();
  const have = Number((await db.query('select count(*) as n from logs')).rows[0].n);
  if (have > 0) {
    console.log(`club data present: ${have} log rows`);
    return db;
  }
  const t0 = performance.now();
  await db.query('begin');
  await db.query(
    `insert into runners select 'r' || i, 'runner' || i || '@club.example', 'Runner ' || i, 'scrypt$16384$8$1$x$y', '2025-11-01T00:00:00Z' from generate_series(1, ${RUNNERS}) i`,
  );
  await db.query(
    `insert into access_tokens select 't' || i, 'r' || i, 'bench', encode(sha256(('swp_bench_' || i)::bytea), 'hex'), '2025-11-01T00:00:00Z', null, null from generate_series(1, ${RUNNERS}) i`,
  );
  await db.query(
    `insert into plans select 'p' || i, 'r' || i, '2025-11-20T00:00:00Z', 1, $1 from generate_series(1, ${RUNNERS}) i`,
    [JSON.stringify(planRest)],
  );
  await db.query('create temp table template (position int, date text, session_json text)');
  for (const [position, session] of sessions.entries()) {
    await db.query('insert into template values ($1, $2, $3)', [
      position,
      session.date,
      JSON.stringify(session),
    ]);
  }
  await db.query(
    `insert into sessions select 'p' || i || '-' || t.position, 'p' || i, 'r' || i, t.date, t.position, t.session_json from generate_series(1, ${RUNNERS}) i cross join template t`,
  );
  const log = (status) =>
    `'{"status":"${status}","rpe":6,"notes":"bench","revision":1,"updatedAt":"2026-01-01T00:00:00Z"}'`;
  await db.query(
    `insert into logs select s.id, s.runner_id, 'done', 1, ${log('done')}, s.date || 'T20:00:00Z' from sessions s`,
  );
  await db.query(
    `insert into log_revisions select s.id, 1, s.runner_id, ${log('done')}, s.date || 'T20:00:00Z' from sessions s`,
  );
  await db.query('commit');
  await db.query('analyze');
  const logs = Number((await db.query('select count(*) as n from logs')).rows[0].n);
  console.log(
    `generated ${RUNNERS} runners, ${logs} log rows (+ as many revisions) in ${fmt((performance.now() - t0) / 1000)} s`,
  );
  return db;
}

const db = await ensureData();
await db.end();
const server = await startNode(serverMain, { DATABASE_URL: URL_BASE });
const dates = sessions.map((s) => s.date);
const randomRunner = () => 1 + Math.floor(Math.random() * RUNNERS);
const request = (path) => ({
  setupRequest: (req) => {
    const runner = randomRunner();
    return { ...req, path: path(), headers: { authorization: `Bearer swp_bench_${runner}` } };
  },
});

try {
  const todayPath = () => `/api/today?date=${dates[Math.floor(Math.random() * dates.length)]}`;
  await load({ url: server.url, requests: [request(todayPath)], duration: 3 });
  const today = await load({
    url: server.url,
    requests: [request(todayPath)],
    connections: 10,
    overallRate: 500,
    duration: 10,
  });
  // A club of 10,000 opening their plans a few times a day averages under 1 req/s; 20 and 50 req/s are
  // busy peaks, 100 req/s a stress level on a machine that also runs PostgreSQL and the load generator.
  const current = [];
  for (const rate of [20, 50, 100]) {
    const path = () => '/api/plans/current';
    const result = await load({
      url: server.url,
      requests: [request(path)],
      connections: 10,
      overallRate: rate,
      duration: 10,
    });
    current.push(['GET /api/plans/current', result, rate]);
  }
  for (const [name, result, rate] of [['GET /api/today', today, 500], ...current]) {
    if (result.non2xx > 0) throw new Error(`${name}: ${result.non2xx} non-2xx responses`);
    console.log(
      `club scale, ${name} for random runners at ${rate} req/s: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms (target p99 <= 20 ms)`,
    );
  }
  // The same plans/current loads timed by Node's own client, which parses 156 KB responses in C.
  for (const rate of [20, 50, 100]) {
    const r = await steadyLoad({
      url: server.url,
      rate,
      durationS: 10,
      path: () => '/api/plans/current',
      headers: () => ({ authorization: `Bearer swp_bench_${randomRunner()}` }),
    });
    if (r.failures > 0) throw new Error(`plans/current: ${r.failures} failed requests`);
    console.log(
      `club scale, GET /api/plans/current at ${rate} req/s timed by node:http: p50 ${fmt(r.p50)} ms, p99 ${fmt(r.p99)} ms, max ${fmt(r.max)} ms (target p99 <= 20 ms)`,
    );
  }
} finally {
  await server.stop();
}
