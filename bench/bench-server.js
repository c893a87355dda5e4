// Helpers shared by the server benchmarks: start a process, wait for its URL, load it with autocannon.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const serverMain = fileURLToPath(new URL('../packages/server/dist/main.js', import.meta.url));

/** The runner of the server benches: a 5K plan of 14 weeks on four days. */
export const BENCH_PROFILE = {
  recent: { distance: '5k', time: '25:00' },
  goal: { distance: '5k', time: '23:30' },
  raceDate: '2027-03-14',
  start: '2026-12-07',
  days: ['mon', 'wed', 'fri', 'sat'],
  level: 'intermediate',
};

/** Starts `node file` with env and resolves once it prints its URL. SERVER_PROF=<dir>: CPU profile there. */
export function startNode(file, env) {
  const prof = process.env.SERVER_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.SERVER_PROF}`] : [];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...prof, file], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'warn', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /running at (\S+)/.exec(out);
      if (match)
        resolve({
          url: match[1],
          pid: child.pid,
          stop: () =>
            new Promise((done) => {
              child.once('exit', done);
              child.kill('SIGTERM');
            }),
        });
    });
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}: ${out}`)));
  });
}

export async function json(url, method, body, headers = {}) {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text}`);
  return { body: text ? JSON.parse(text) : null, headers: response.headers };
}

/** Requests/s at full load, and latency percentiles. */
export function load(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: 50, duration: 8, ...options }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

export const fmt = (x, digits = 1) => Number(x).toFixed(digits);

/**
 * Fixed-rate load with Node's own HTTP client (llhttp, in C): for large responses autocannon's JavaScript
 * parsing adds milliseconds of its own to every latency it reports. `body`, when given, makes each request's
 * JSON body. Returns latency percentiles in ms, and the first failure's status and body.
 */
export async function steadyLoad({ url, rate, durationS, path, headers, method = 'GET', body }) {
  const { Agent, request } = await import('node:http');
  const agent = new Agent({ keepAlive: true, maxSockets: 10 });
  const latencies = [];
  let failures = 0;
  let firstFailure;
  const one = () =>
    new Promise((resolve) => {
      // In this order: path, headers, body (a caller may pick the request's target in path()).
      const target = new URL(path(), url);
      const given = headers();
      const text = body ? JSON.stringify(body()) : undefined;
      const started = performance.now();
      const options = {
        agent,
        method,
        headers: text ? { 'content-type': 'application/json', ...given } : given,
      };
      const req = request(target, options, (res) => {
        let out = '';
        res.on('data', (chunk) => {
          if (res.statusCode !== 200 && out.length < 500) out += chunk;
        });
        res.on('end', () => {
          if (res.statusCode !== 200) {
            failures++;
            firstFailure ??= `${res.statusCode} ${out}`;
          }
          latencies.push(performance.now() - started);
          resolve();
        });
      });
      req.on('error', (error) => {
        failures++;
        firstFailure ??= String(error);
        resolve();
      });
      req.end(text);
    });
  const inFlight = [];
  const intervalMs = 1000 / rate;
  const start = performance.now();
  for (let i = 0; i < rate * durationS; i++) {
    const due = start + i * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(one());
  }
  await Promise.all(inFlight);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))];
  return {
    count: latencies.length,
    failures,
    firstFailure,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies.at(-1),
  };
}
