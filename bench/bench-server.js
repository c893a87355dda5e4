// Helpers shared by the server benchmarks: start a process, wait for its URL, load it with autocannon.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const serverMain = fileURLToPath(new URL('../packages/server/dist/main.js', import.meta.url));

/** Starts `node file` with env and resolves once it prints its URL. */
export function startNode(file, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], {
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
 * parsing adds milliseconds of its own to every latency it reports. Returns latency percentiles in ms.
 */
export async function steadyLoad({ url, rate, durationS, path, headers }) {
  const { Agent, request } = await import('node:http');
  const agent = new Agent({ keepAlive: true, maxSockets: 10 });
  const latencies = [];
  let failures = 0;
  const one = () =>
    new Promise((resolve) => {
      const started = performance.now();
      const req = request(new URL(path(), url), { agent, headers: headers() }, (res) => {
        res.on('data', () => {});
        res.on('end', () => {
          if (res.statusCode !== 200) failures++;
          latencies.push(performance.now() - started);
          resolve();
        });
      });
      req.on('error', () => {
        failures++;
        resolve();
      });
      req.end();
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
  return { count: latencies.length, failures, p50: at(0.5), p99: at(0.99), max: latencies.at(-1) };
}
