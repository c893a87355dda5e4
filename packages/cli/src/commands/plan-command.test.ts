import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeFitWorkout } from '@speedwork/formats';
import ICAL from 'ical.js';
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
const PLAN = [
  'plan',
  '--recent',
  '5k=25:00',
  '--start',
  '2026-12-07',
  '--weeks',
  '6',
  '--days',
  'mon,wed,fri,sat',
];

describe('speedwork plan --format ics', () => {
  it('prints the plan as an iCalendar feed, one event per session, stamped with the clock', async () => {
    const outcome = await runCli([...PLAN, '--format', 'ics'], CONTEXT);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const json = await runCli([...PLAN, '--format', 'json'], CONTEXT);
    const sessions = (JSON.parse(json.stdout) as { sessions: unknown[] }).sessions;
    const calendar = new ICAL.Component(ICAL.parse(outcome.stdout) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(sessions.length);
    expect(outcome.stdout).toContain('DTSTAMP:20261202T090000Z');
  });
});

describe('speedwork plan --format fit', () => {
  it('writes one FIT workout per session into --out, named by the session id', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'speedwork-fit-')), 'workouts');
    const outcome = await runCli([...PLAN, '--format', 'fit', '--out', out], CONTEXT);
    expect(outcome.exitCode).toBe(0);
    const files = readdirSync(out).sort();
    expect(outcome.stdout.split('\n')[0]).toBe(`Wrote ${files.length} FIT workouts to ${out}:`);
    const json = await runCli([...PLAN, '--format', 'json'], CONTEXT);
    const ids = (JSON.parse(json.stdout) as { sessions: { id: string }[] }).sessions.map((s) => s.id);
    expect(files).toEqual(ids.map((id) => `${id}.fit`).sort());
    const names = new Set<string>();
    for (const file of files) {
      // decodeFitWorkout refuses a file that fails Garmin's integrity check.
      const workout = decodeFitWorkout(new Uint8Array(readFileSync(join(out, file))));
      expect(workout.steps.length).toBeGreaterThan(0);
      names.add(workout.name);
    }
    // R-DAY-1: a run and the strength after it share a date; the watch still tells every workout apart.
    expect(names.size).toBe(files.length);
  });

  it('R-IN-1: --format fit needs --out, and --out is only for fit', async () => {
    const missing = await runCli([...PLAN, '--format', 'fit'], CONTEXT);
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toContain('give the folder with --out DIR');
    const stray = await runCli([...PLAN, '--out', 'x'], CONTEXT);
    expect(stray.stderr).toContain('--out is for --format fit');
  });
});

describe('speedwork plan --weekly-distance --longest-run', () => {
  it('R-VOL-1: the runner’s current training reaches the plan’s profile in metres', async () => {
    const outcome = await runCli(
      [...PLAN, '--weekly-distance', '20mi', '--longest-run', '12km', '--format', 'json'],
      CONTEXT,
    );
    expect(outcome.exitCode).toBe(0);
    const plan = JSON.parse(outcome.stdout) as { profile: { current?: unknown } };
    expect(plan.profile.current).toEqual({ weeklyDistanceM: 32187, longestRunM: 12000 });
  });

  it.each([
    {
      args: ['--weekly-distance', 'thirty'],
      line: '--weekly-distance: "thirty" is not a distance; accepted:',
    },
    { args: ['--weekly-distance', '30'], line: '--weekly-distance: "30" is not a distance; accepted:' },
    {
      args: ['--weekly-distance', '300km'],
      line: '--weekly-distance: "300km" is outside what speedwork plans from; accepted: a distance with its unit (km or mi), such as 30km or 20mi, up to 250 km',
    },
    { args: ['--longest-run', '70km'], line: '--longest-run: "70km" is outside' },
    {
      args: ['--weekly-distance', '20km', '--longest-run', '25km'],
      line: '--longest-run: "25km" is outside what speedwork plans from; accepted: at most your weekly distance (20km)',
    },
  ])('R-IN-1: $args → exit 2, one line naming the flag and what it accepts', async ({ args, line }) => {
    const outcome = await runCli([...PLAN, ...args], CONTEXT);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stdout).toBe('');
    const lines = outcome.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(`speedwork plan: ${line}`);
    expect(lines[0]).not.toMatch(/metres|M\b/);
  });

  it('speedwork help plan lists both flags and the distances they take', async () => {
    const help = await runCli(['help', 'plan'], CONTEXT);
    expect(help.stdout).toMatch(/--weekly-distance DISTANCE +how far you run in a usual week now/);
    expect(help.stdout).toMatch(/--longest-run DISTANCE +your longest run/);
    expect(help.stdout).toMatch(/DISTANCE +a number and km or mi/);
  });
});
