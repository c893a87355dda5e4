import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePlan, parseProfile } from '@speedwork/core';
import { encodeFitActivity, synthetic, writeGpx } from '@speedwork/formats';
import { gzipSync } from 'fflate';
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
const FIXTURES = new URL('../../../../fixtures/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'speedwork-analyze-'));

// A plan, and its first track session run on the day with realistic GPS noise.
const profile = parseProfile({
  recent: { distance: '5k', time: '25:00' },
  start: '2026-12-07',
  weeks: '8',
  days: 'mon,wed,fri,sat',
});
if (!profile.ok) throw new Error('bad test profile');
const plan = generatePlan(profile.value);
const track = plan.sessions.find((s) => s.type === 'track');
if (track === undefined) throw new Error('the plan has no track session');
const run = synthetic.synthesizeRun({
  startMs: Date.parse(`${track.date}T07:00:00Z`),
  seed: 4,
  segments: synthetic.sessionSegments(track, synthetic.TYPICAL_RUNNER, 4),
});
const planPath = join(dir, 'plan.json');
const fitPath = join(dir, 'track.fit');
const gpxPath = join(dir, 'track.gpx');
writeFileSync(planPath, JSON.stringify(plan));
writeFileSync(fitPath, encodeFitActivity(run.activity));
writeFileSync(gpxPath, writeGpx(run.activity));

interface AnalysisJson {
  activity: { startTime: string; format: string };
  intervals: { kind: string; startS: number; durationS: number; distanceM: number; sPerKm: number }[];
  match?: { reps: { paceDiffSPerKm: number }[]; missed: unknown[] };
}

describe('speedwork analyze', () => {
  it('prints the JSON contract: activity, then intervals with kind, startS, durationS, distanceM, sPerKm', async () => {
    const outcome = await runCli(['analyze', gpxPath, '--format', 'json'], CONTEXT);
    expect(outcome.exitCode).toBe(0);
    const json = JSON.parse(outcome.stdout) as AnalysisJson;
    expect(json.activity).toMatchObject({ format: 'gpx', startTime: `${track.date}T07:00:00.000Z` });
    const repeat = track.intervals?.[0]?.repeat ?? 0;
    expect(json.intervals.filter((i) => i.kind === 'work')).toHaveLength(repeat);
    expect(json.intervals.filter((i) => i.kind === 'recovery')).toHaveLength(repeat - 1);
    for (const interval of json.intervals) {
      expect(Object.keys(interval)).toEqual(['kind', 'startS', 'durationS', 'distanceM', 'sPerKm']);
    }
  });

  it("checks the reps against the plan's session for the activity's date", async () => {
    const outcome = await runCli(['analyze', fitPath, '--plan', planPath, '--format', 'json'], CONTEXT);
    expect(outcome.exitCode).toBe(0);
    const json = JSON.parse(outcome.stdout) as AnalysisJson;
    expect(json.match?.missed).toEqual([]);
    expect(json.match?.reps).toHaveLength(track.intervals?.[0]?.repeat ?? -1);
    const text = await runCli(['analyze', fitPath, '--plan', planPath, '--date', track.date], CONTEXT);
    expect(text.stdout).toContain(`Against the plan: ${track.title} (${track.date})`);
    expect(text.stdout).toMatch(/rep 1 \(100 m\): \d+\.\d s, \d+ m, flat out \d+\.\d s, vs \d:\d\d\/km: /);
  });

  it('reads real device files: FIT, GPX and TCX samples', async () => {
    for (const file of ['fit/garmin-fenix-5-run.fit', 'gpx/track-with-empty-segment.gpx', 'tcx/test.tcx']) {
      const outcome = await runCli(['analyze', join(FIXTURES, file)], CONTEXT);
      expect(outcome.exitCode, outcome.stderr).toBe(0);
      expect(outcome.stdout).toMatch(/ on \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    }
  });

  it('GZ-2: reads gzipped files (.gpx.gz, .fit.gz, .tcx.gz) as import does', async () => {
    for (const file of ['fit/garmin-fenix-5-run.fit', 'gpx/korita-zbevnica.gpx', 'tcx/test.tcx']) {
      const gzPath = join(dir, `${file.replace('/', '-')}.gz`);
      writeFileSync(gzPath, gzipSync(readFileSync(join(FIXTURES, file))));
      const gzipped = await runCli(['analyze', gzPath, '--format', 'json'], CONTEXT);
      const plain = await runCli(['analyze', join(FIXTURES, file), '--format', 'json'], CONTEXT);
      expect(gzipped.exitCode, gzipped.stderr).toBe(0);
      expect(gzipped.stdout).toBe(plain.stdout);
    }
  });

  it('EMPTY-2: an empty file and a cut-off TCX are named for what they are, in one line', async () => {
    const emptyPath = join(dir, 'empty.fit');
    writeFileSync(emptyPath, new Uint8Array(0));
    const cutPath = join(dir, 'cut.tcx');
    writeFileSync(cutPath, readFileSync(join(FIXTURES, 'tcx/test.tcx')).subarray(0, 60_000));
    const empty = await runCli(['analyze', emptyPath], CONTEXT);
    expect(empty.exitCode).toBe(2);
    expect(empty.stderr).toBe(
      `speedwork analyze: ${emptyPath}: the file is empty (0 bytes): nothing was saved in it; a FIT, GPX or TCX activity is expected (empty-file)\n`,
    );
    const cut = await runCli(['analyze', cutPath], CONTEXT);
    expect(cut.exitCode).toBe(2);
    expect(cut.stderr.trim().split('\n')).toEqual([
      `speedwork analyze: ${cutPath}: the file is cut off: it ends before its <TrainingCenterDatabase> element is closed (a download or an export that stopped early) (truncated)`,
    ]);
  });

  it('R-IN-1: a bad file exits 2 with one line naming the file and the reason, never a stack', async () => {
    const cases: [string, RegExp][] = [
      [join(FIXTURES, 'fit/activity-unexpected-eof.fit'), /: the file is cut off: .* \(truncated\)$/],
      [
        join(FIXTURES, 'fit/activity-filecrc.fit'),
        /: the file is damaged: its checksum does not match its contents \(bad-crc\)$/,
      ],
      [join(FIXTURES, 'gpx/cerknicko-without-times.gpx'), /\(no-times\)$/],
      [join(FIXTURES, 'fit/LICENSE-python-fitparse'), /neither FIT, GPX nor TCX \(unknown-format\)$/],
      [join(dir, 'missing.fit'), /missing\.fit: no such file or folder$/],
    ];
    for (const [file, message] of cases) {
      const outcome = await runCli(['analyze', file], CONTEXT);
      expect(outcome.exitCode).toBe(2);
      expect(outcome.stdout).toBe('');
      const lines = outcome.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`speedwork analyze: ${file}: `);
      expect(lines[0]).toMatch(message);
    }
  });

  it('--salvage keeps what a cut-off file holds, with a warning', async () => {
    const outcome = await runCli(
      ['analyze', join(FIXTURES, 'fit/activity-unexpected-eof.fit'), '--salvage'],
      CONTEXT,
    );
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toContain('! incomplete file');
  });

  it('R-IN-1: usage problems name the flag', async () => {
    expect((await runCli(['analyze'], CONTEXT)).stderr).toContain('give the activity file to analyze');
    expect((await runCli(['analyze', fitPath, '--date', '2026-12-14'], CONTEXT)).stderr).toContain(
      'give --plan too',
    );
    expect(
      (await runCli(['analyze', fitPath, '--plan', planPath, '--date', '2026-12-99'], CONTEXT)).stderr,
    ).toContain('--date: "2026-12-99" is not a date');
    expect((await runCli(['analyze', fitPath, '--plan', fitPath], CONTEXT)).stderr).toContain('not JSON');
    expect(
      (await runCli(['analyze', fitPath, '--plan', planPath, '--date', '2026-12-06'], CONTEXT)).stderr,
    ).toContain('the plan has no running session on 2026-12-06');
  });
});
