import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeFitActivity, synthetic } from '@speedwork/formats';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Terminal } from '../io/cli-io.js';
import { nodeIo } from '../io/node-io.js';
import { runCli } from '../run-cli.js';
import type { CliContext } from './command-outcome.js';

function context(terminal: Terminal): CliContext {
  return { today: '2026-12-02', version: () => '0.0.0', now: () => new Date(), io: nodeIo(terminal) };
}

function fit(day: number): Uint8Array {
  const session = synthetic.trackSession(2, 100, 271, 150, 30);
  return encodeFitActivity(
    synthetic.synthesizeRun({
      startMs: Date.UTC(2026, 11, day, 7),
      seed: day,
      segments: synthetic.sessionSegments(session, { ...synthetic.TYPICAL_RUNNER, stretchS: 30 }, day),
    }).activity,
  );
}

const ESC = String.fromCharCode(27);
const FIXTURES = new URL('../../../../fixtures/', import.meta.url).pathname;

describe('speedwork import', () => {
  it('imports a folder: each bad file named on stderr, the rest into --out, and a second run resumes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'speedwork-import-'));
    const history = join(root, 'history');
    mkdirSync(join(history, '2026'), { recursive: true });
    writeFileSync(join(history, '2026', 'a.fit'), fit(1));
    writeFileSync(join(history, '2026', 'b.fit'), fit(2));
    writeFileSync(
      join(history, '2026', 'cut.fit'),
      readFileSync(join(FIXTURES, 'fit/activity-unexpected-eof.fit')),
    );
    writeFileSync(join(history, 'readme.txt'), 'not an activity');
    const out = join(root, 'activities.jsonl');
    const written: string[] = [];
    const ctx = context({ isTTY: false, columns: 80, write: (text) => void written.push(text) });

    const first = await runCli(['import', history, '--out', out], ctx);
    expect(first.exitCode).toBe(2);
    expect(first.stdout).toContain(`Imported 2 activities into ${out}.`);
    expect(first.stdout).toContain('1 failed');
    expect(written.join('')).toContain('speedwork import: 2026/cut.fit: the file is cut off');
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    const line = JSON.parse(lines[0] ?? '') as {
      file: string;
      activity: { startTime: string };
      intervals: { kind: string }[];
    };
    expect(line.file).toBe('2026/a.fit');
    expect(line.intervals.filter((i) => i.kind === 'work')).toHaveLength(2);

    // Again: nothing new to import; the bad file is tried again and reported again.
    const second = await runCli(['import', history, '--out', out, '--format', 'json'], ctx);
    const report = JSON.parse(second.stdout) as { imported: number; alreadyDone: number; failed: unknown[] };
    expect(report).toMatchObject({ imported: 0, alreadyDone: 2 });
    expect(report.failed).toHaveLength(1);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('imports a ZIP export with a progress bar drawn in place on a terminal', async () => {
    const root = mkdtempSync(join(tmpdir(), 'speedwork-zip-'));
    const zip = join(root, 'export.zip');
    writeFileSync(
      zip,
      zipSync({ 'activities/1.fit': fit(3), 'activities/2.fit': fit(4), 'activities/3.fit': fit(5) }),
    );
    const written: string[] = [];
    const outcome = await runCli(
      ['import', zip, '--out', join(root, 'out.jsonl')],
      context({ isTTY: true, columns: 100, write: (text) => void written.push(text) }),
    );
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toContain('Imported 3 activities');
    const drawn = written.join('');
    const redraw = `\r${ESC}[2K`;
    expect(drawn.startsWith(redraw)).toBe(true);
    expect(drawn).toContain('% 1 files · 1 imported');
    expect(drawn).toContain('█');
    expect(drawn.endsWith(redraw)).toBe(true);
  });

  it('BULK-KIND-2: a watch export with only settings, weight and route files besides the runs exits 0', async () => {
    const root = mkdtempSync(join(tmpdir(), 'speedwork-watch-'));
    const watch = join(root, 'GARMIN');
    mkdirSync(watch, { recursive: true });
    writeFileSync(join(watch, 'run.fit'), fit(6));
    writeFileSync(
      join(watch, 'with-settings.fit'),
      readFileSync(join(FIXTURES, 'fit/activity-settings.fit')),
    );
    writeFileSync(join(watch, 'Settings.fit'), readFileSync(join(FIXTURES, 'fit/Settings.fit')));
    writeFileSync(join(watch, 'Weight.fit'), readFileSync(join(FIXTURES, 'fit/WeightScaleSingleUser.fit')));
    writeFileSync(join(watch, 'route.gpx'), readFileSync(join(FIXTURES, 'gpx/route.gpx')));
    const outcome = await runCli(
      ['import', watch, '--out', join(root, 'out.jsonl')],
      context({ isTTY: false, columns: 80, write: () => undefined }),
    );
    expect(outcome.exitCode, outcome.stdout).toBe(0);
    expect(outcome.stdout).toContain('Imported 2 activities');
    expect(outcome.stdout).toContain('0 failed · 3 other files skipped (route 1, settings 1, weight 1)');
  });

  it('R-IN-1: a missing source exits 2 naming it', async () => {
    const outcome = await runCli(
      ['import', '/no/such/export.zip'],
      context({ isTTY: false, columns: 80, write: () => undefined }),
    );
    expect(outcome).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'speedwork import: /no/such/export.zip: no such file or folder\n',
    });
  });
});
