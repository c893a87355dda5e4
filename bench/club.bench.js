// PostgreSQL at club scale (issue 3): 10,000 runners, each with a year-long plan half run, every past
// session logged (bench/club-data.js, generated once and kept). GET /api/today and GET /api/plans/current
// are loaded for random runners (cold caches) and timed.
import { ensureClub, RUNNERS, token } from './club-data.js';
import { fmt, load, serverMain, startNode, steadyLoad } from './bench-server.js';

const { env, plan } = await ensureClub('postgres');
const { sessions } = plan;
const server = await startNode(serverMain, env);
const dates = sessions.map((s) => s.date);
const randomRunner = () => 1 + Math.floor(Math.random() * RUNNERS);
const request = (path) => ({
  setupRequest: (req) => {
    const runner = randomRunner();
    return { ...req, path: path(), headers: { authorization: `Bearer ${token(runner)}` } };
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
      headers: () => ({ authorization: `Bearer ${token(randomRunner())}` }),
    });
    if (r.failures > 0) throw new Error(`plans/current: ${r.failures} failed requests`);
    console.log(
      `club scale, GET /api/plans/current at ${rate} req/s timed by node:http: p50 ${fmt(r.p50)} ms, p99 ${fmt(r.p99)} ms, max ${fmt(r.max)} ms (target p99 <= 20 ms)`,
    );
  }
} finally {
  await server.stop();
}
