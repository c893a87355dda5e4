// Adaptation on the server (issue 9), on the club data set (bench/club-data.js) in PostgreSQL and in
// SQLite, the server in its own process as in production:
// - PUT /api/sessions/:id/log at a steady 50 req/s (random runners, a session of their last seven days,
//   rep times around target): every request stores a new log and adapts that runner's plan in the same
//   transaction. Timed by Node's own HTTP client; target p99 <= 20 ms.
// - GET /api/plans/current with If-None-Match (answered 304) against the bare hello-world route, in
//   interleaved autocannon rounds so machine noise hits both alike; target >= 80 % of hello-world.
import { ensureClub, RUNNERS, sessionId, token } from './club-data.js';
import { fmt, load, serverMain, startNode, steadyLoad } from './bench-server.js';

const runId = Date.now();
const only = process.env.STORES?.split(',') ?? ['postgres', 'sqlite'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
const randomRunner = () => 1 + Math.floor(Math.random() * RUNNERS);
const auth = (n) => ({ authorization: `Bearer ${token(n)}` });

/** A log as a runner sends it: mostly done, at an effort of 4-10, rep times within 10 % of target. */
function randomLog(session, count) {
  const roll = Math.random();
  if (roll < 0.1) return { status: 'skipped', notes: `bench ${count}` };
  const ratio = 0.9 + Math.random() * 0.2;
  const reps = (session.intervals ?? []).flatMap((interval) =>
    interval.distanceM && interval.targetSPerKm
      ? Array.from({ length: interval.repeat }, () => ({
          distanceM: interval.distanceM,
          timeS: Math.round((interval.distanceM / 1000) * interval.targetSPerKm * ratio * 10) / 10,
        }))
      : [],
  );
  return {
    status: roll < 0.2 ? 'partial' : 'done',
    rpe: 4 + Math.floor(Math.random() * 7),
    notes: `bench ${count}`,
    ...(reps.length > 0 ? { reps } : {}),
  };
}

const hello = await startNode(new URL('./hello-server.js', import.meta.url).pathname, {});
try {
  for (const kind of only) {
    const name = kind === 'postgres' ? 'PostgreSQL' : 'SQLite';
    const { env, plan, today } = await ensureClub(kind);
    const weekAgo = new Date(Date.parse(today) - 6 * 86_400_000).toISOString().slice(0, 10);
    const recent = [...plan.sessions.entries()].filter(([, s]) => s.date >= weekAgo && s.date <= today);
    const server = await startNode(serverMain, env);
    try {
      let count = 0;
      let runner;
      let position;
      const put = (durationS, rate = 50) =>
        steadyLoad({
          url: server.url,
          rate,
          durationS,
          method: 'PUT',
          path: () => {
            runner = randomRunner();
            position = recent[Math.floor(Math.random() * recent.length)][0];
            return `/api/sessions/${sessionId(runner, position)}/log`;
          },
          headers: () => auth(runner),
          body: () => randomLog(plan.sessions[position], `${runId}.${count++}`),
        });
      await put(3); // warm-up
      // At 5 req/s requests rarely overlap: close to the time one write takes by itself.
      const alone = await put(10, 5);
      const logs = await put(20);
      if (logs.failures > 0)
        throw new Error(`${name} PUT log: ${logs.failures} failed, first: ${logs.firstFailure}`);
      console.log(
        `${name}, club: PUT /api/sessions/:id/log with adaptation at 50 req/s (${logs.count} logs, ` +
          `${recent.length} sessions of the last 7 days): p50 ${fmt(logs.p50)} ms, p99 ${fmt(logs.p99)} ms, ` +
          `max ${fmt(logs.max)} ms (target p99 <= 20 ms: ${verdict(logs.p99 <= 20)}); ` +
          `at 5 req/s: p50 ${fmt(alone.p50)} ms, p99 ${fmt(alone.p99)} ms`,
      );

      // 200 runners who already hold their plan: fetch it once each for its ETag.
      const holders = [];
      for (let i = 0; i < 200; i++) {
        const n = randomRunner();
        const response = await fetch(`${server.url}/api/plans/current`, { headers: auth(n) });
        await response.arrayBuffer();
        holders.push({ ...auth(n), 'if-none-match': response.headers.get('etag') });
      }
      // One prepared request per runner, cycled: a setupRequest callback building each request anew costs the
      // load generator more than the server's 304 and made the ratio measure autocannon (the hello-world
      // baseline is a prepared request too).
      const revalidate = holders.map((headers) => ({ path: '/api/plans/current', headers }));
      await load({ url: server.url, requests: revalidate, duration: 2 });
      const helloRates = [];
      const notModifiedRates = [];
      for (let round = 0; round < 4; round++) {
        helloRates.push((await load({ url: `${hello.url}/hello`, duration: 3 })).requests.average);
        const r = await load({ url: server.url, requests: revalidate, duration: 3 });
        if (r['3xx'] !== r.requests.total || r.errors > 0)
          throw new Error(`${name}: ${r['3xx']} of ${r.requests.total} answered 3xx, ${r.errors} errors`);
        notModifiedRates.push(r.requests.average);
      }
      const ratio = median(notModifiedRates) / median(helloRates);
      console.log(
        `${name}, club: GET /api/plans/current answered 304 (If-None-Match, 200 random runners): ` +
          `${fmt(median(notModifiedRates), 0)} req/s vs hello-world ${fmt(median(helloRates), 0)} req/s ` +
          `(medians of 4 interleaved 3 s rounds; rounds ${notModifiedRates.map((x) => fmt(x, 0)).join(', ')} vs ` +
          `${helloRates.map((x) => fmt(x, 0)).join(', ')}): ${fmt(ratio * 100, 0)} % ` +
          `(target >= 80 %: ${verdict(ratio >= 0.8)})`,
      );
    } finally {
      await server.stop();
    }
  }
} finally {
  await hello.stop();
}
