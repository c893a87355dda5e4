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
