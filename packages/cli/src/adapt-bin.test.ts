/**
 * `speedwork adapt` as a real process: a plan from `speedwork plan --format json`, logs and a race on disk,
 * exit codes and both streams. `npm test` builds dist first (`tsc -b`).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'speedwork-adapt-bin-'));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function speedwork(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

interface PlanJson {
  paces: { vdot: number };
  sessions: { id: string; date: string; type: string; title: string }[];
}

let planPath = '';
let plan: PlanJson;

beforeAll(async () => {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build first with \`npx tsc -b\``);
  const run = await speedwork(
    ...[
      'plan',
      '--recent',
      '5k=25:00',
      '--start',
      '2026-12-07',
      '--weeks',
      '10',
      '--days',
      'mon,wed,fri,sat',
    ],
    ...['--format', 'json'],
  );
  expect(run.code).toBe(0);
  plan = JSON.parse(run.stdout) as PlanJson;
  planPath = join(dir, 'plan.json');
  writeFileSync(planPath, run.stdout);
});

describe('speedwork adapt (process)', () => {
  it('adapts a saved plan to logs and a time trial and prints { plan, changes }', async () => {
    // A track session whose next one climbs: skipping it makes the next one repeat it.
    const tracks = plan.sessions.filter((s) => s.type === 'track');
    const track = tracks.find(
      (s, i) => i > 0 && tracks[i + 1] !== undefined && tracks[i + 1]?.title !== s.title,
    );
    if (!track) throw new Error('no climbing track sessions');
    const logs = plan.sessions
      .filter((s) => s.date <= track.date)
      .map((s) => ({ sessionId: s.id, status: s.id === track.id ? 'skipped' : 'done' }));
    const logsPath = join(dir, 'logs.json');
    const racesPath = join(dir, 'races.json');
    writeFileSync(logsPath, JSON.stringify(logs));
    writeFileSync(
      racesPath,
      JSON.stringify([{ date: track.date, distance: '5k', time: '24:10', kind: 'time-trial' }]),
    );
    const run = await speedwork(
      'adapt',
      planPath,
      '--logs',
      logsPath,
      '--races',
      racesPath,
      '--today',
      track.date,
      '--format',
      'json',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { plan: PlanJson; changes: { sessionId: string; why: string }[] };
    expect(json.plan.paces.vdot).toBeGreaterThan(plan.paces.vdot);
    expect(json.changes.length).toBeGreaterThan(0);
    const text = await speedwork('adapt', planPath, '--logs', logsPath, '--today', track.date);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('You skipped');
  });

  it('R-IN-1: a bad log exits 2 naming the file and the field, without a stack trace', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify([{ sessionId: plan.sessions[0]?.id, status: 'done', rpe: 12 }]));
    const run = await speedwork('adapt', planPath, '--logs', bad, '--today', '2026-12-10');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`speedwork adapt: ${bad}: [0].rpe: 12 is not an effort`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
