import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePlan, parseProfile, type Plan, type PlanChange } from '@speedwork/core';
import { describe, expect, it } from 'vitest';
import { nodeIo } from '../io/node-io.js';
import { runCli } from '../run-cli.js';
import type { CliContext } from './command-outcome.js';

const CONTEXT: CliContext = {
  today: '2026-12-02',
  version: () => '0.0.0',
  now: () => new Date('2026-12-02T09:00:00Z'),
  io: nodeIo({ isTTY: false, columns: 80, write: () => undefined }),
};
const dir = mkdtempSync(join(tmpdir(), 'speedwork-adapt-'));

const profile = parseProfile({
  recent: { distance: '5k', time: '25:00' },
  start: '2026-12-07',
  weeks: '10',
  days: 'mon,wed,fri,sat',
});
if (!profile.ok) throw new Error('bad test profile');
const plan = generatePlan(profile.value);
const tracks = plan.sessions.filter((s) => s.type === 'track');
// A track session whose next one climbs: skipping it makes the next one repeat it, a change to show.
const skipped = tracks.find(
  (s, i) => i > 0 && tracks[i + 1] !== undefined && tracks[i + 1]?.title !== s.title,
);
if (!skipped) throw new Error('the plan has no climbing track sessions');
const today = skipped.date;

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const planPath = file('plan.json', plan);
const logs = plan.sessions
  .filter((s) => s.date <= today)
  .map((s) =>
    s.id === skipped.id
      ? { sessionId: s.id, status: 'skipped' }
      : { sessionId: s.id, status: 'done', rpe: 5 },
  );
const logsPath = file('logs.json', logs);
const racesPath = file('races.json', [{ date: today, distance: '5k', time: '24:10', kind: 'time-trial' }]);

describe('speedwork adapt', () => {
  it('R-ADA-5: prints each change with the session, before → after and why', async () => {
    const outcome = await runCli(['adapt', planPath, '--logs', logsPath, '--today', today], CONTEXT);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stderr).toBe('');
    expect(outcome.stdout).toMatch(/^SPEEDWORK ADAPT · as of /);
    expect(outcome.stdout).toContain('STEP REPEATED · You skipped');
    expect(outcome.stdout).toMatch(/ → /);
  });

  it('R-ADA-5: lines the changes of one reason up, whatever the length of their dates', async () => {
    const outcome = await runCli(
      ['adapt', planPath, '--logs', logsPath, '--races', racesPath, '--today', today],
      CONTEXT,
    );
    const group = outcome.stdout.split('\n\n').find((g) => g.startsWith('PACES'));
    const starts = (group ?? '')
      .split('\n')
      .filter((line) => /^ {2}\w{3} \d/.test(line))
      .map((line) => /^ {2}\w{3} \d+ \w{3} +/.exec(line)?.[0].length);
    // Every change's text starts in one column: "Thu 7 Jan   …" beside "Tue 12 Jan  …".
    expect(starts.length).toBeGreaterThan(2);
    expect(new Set(starts).size).toBe(1);
  });

  it('prints { plan, changes } as JSON, the plan re-paced by the time trial', async () => {
    const outcome = await runCli(
      ['adapt', planPath, '--logs', logsPath, '--races', racesPath, '--today', today, '--format', 'json'],
      CONTEXT,
    );
    expect(outcome.exitCode).toBe(0);
    const json = JSON.parse(outcome.stdout) as { plan: Plan; changes: PlanChange[] };
    expect(Object.keys(json)).toEqual(['plan', 'changes']);
    expect(json.plan.format).toBe('speedwork.plan/1');
    expect(json.plan.paces.vdot).toBeGreaterThan(plan.paces.vdot);
    for (const change of json.changes)
      expect(Object.keys(change).sort()).toEqual(['after', 'before', 'date', 'sessionId', 'what', 'why']);
    expect(json.plan.sessions.filter((s) => s.date <= today)).toEqual(
      plan.sessions.filter((s) => s.date <= today),
    );
  });

  it('says so when nothing changes', async () => {
    const none = file('none.json', []);
    const outcome = await runCli(['adapt', planPath, '--logs', none, '--today', '2026-12-06'], CONTEXT);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toContain('No changes');
  });

  it.each([
    {
      name: 'a status that is not one',
      content: [{ sessionId: skipped.id, status: 'finished' }],
      words:
        '[0].status: "finished" is not one of the accepted values; accepted: done, partly, skipped, pain, ill',
    },
    {
      name: 'an unknown session',
      content: [{ sessionId: 'nope', status: 'done' }],
      words: '[0].sessionId: "nope" is not a session of the plan',
    },
    {
      name: 'an effort outside 1–10',
      content: [{ sessionId: skipped.id, status: 'done', rpe: 11 }],
      words: '[0].rpe: 11 is not an effort; accepted: a whole number from 1 to 10',
    },
    {
      name: 'a negative rep time',
      content: [{ sessionId: skipped.id, status: 'done', reps: [{ timeS: -3 }] }],
      words: '[0].reps[0].timeS: -3 is not a positive number',
    },
    { name: 'not a list', content: { sessionId: skipped.id }, words: 'is not a list' },
    { name: 'not JSON', content: '{ nope', words: 'not JSON' },
  ])('R-IN-1: LOGS.json with $name exits 2 naming the file and the field', async ({ content, words }) => {
    const bad = file('bad-logs.json', content);
    const outcome = await runCli(['adapt', planPath, '--logs', bad, '--today', today], CONTEXT);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toContain(`speedwork adapt: ${bad}: `);
    expect(outcome.stderr).toContain(words);
  });

  it.each([
    {
      name: 'an unknown distance',
      content: [{ date: today, distance: '7k', time: '30:00' }],
      words: '[0].distance: "7k" is not a distance speedwork knows',
    },
    {
      name: 'a time faster than the world record',
      content: [{ date: today, distance: '5k', time: '10:00' }],
      words: '[0].time: "10:00" is faster than the world record',
    },
    {
      name: 'a malformed date',
      content: [{ date: '2026-13-01', distance: '5k', time: '24:00' }],
      words: '[0].date: "2026-13-01" is not a date',
    },
    {
      name: 'an unknown kind',
      content: [{ date: today, distance: '5k', time: '24:00', kind: 'parkrun' }],
      words: '[0].kind: "parkrun" is not one of the accepted values',
    },
  ])('R-IN-1: RACES.json with $name exits 2 naming the file and the field', async ({ content, words }) => {
    const bad = file('bad-races.json', content);
    const outcome = await runCli(
      ['adapt', planPath, '--logs', logsPath, '--races', bad, '--today', today],
      CONTEXT,
    );
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain(`speedwork adapt: ${bad}: `);
    expect(outcome.stderr).toContain(words);
  });

  it('R-IN-1: a missing plan, --logs or a bad --today is named', async () => {
    const missing = await runCli(
      ['adapt', join(dir, 'missing.json'), '--logs', logsPath, '--today', today],
      CONTEXT,
    );
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('missing.json: no such file or folder');
    const noLogs = await runCli(['adapt', planPath, '--today', 'tomorrow'], CONTEXT);
    expect(noLogs.exitCode).toBe(2);
    expect(noLogs.stderr).toContain('--logs is required');
    expect(noLogs.stderr).toContain('--today: "tomorrow" is not a date');
  });

  it('has a help page', async () => {
    const help = await runCli(['help', 'adapt'], CONTEXT);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('Usage: speedwork adapt PLAN.json --logs LOGS.json');
    expect((await runCli(['adapt', '--help'], CONTEXT)).stdout).toBe(help.stdout);
  });
});
