import { describe, expect, it } from 'vitest';
import type { CliContext } from './commands/command-outcome.js';
import { nodeIo } from './io/node-io.js';
import { runCli } from './run-cli.js';

const CONTEXT: CliContext = {
  today: '2026-12-02',
  version: () => '9.9.9',
  now: () => new Date('2026-12-02T09:00:00Z'),
  io: nodeIo({ isTTY: false, columns: 80, write: () => undefined }),
};

describe('runCli', () => {
  it('prints the main help for --help, -h, help and no command', async () => {
    for (const args of [['--help'], ['-h'], ['help'], []]) {
      const outcome = await runCli(args, CONTEXT);
      expect(outcome.exitCode).toBe(0);
      expect(outcome.stdout).toContain('speedwork plan --recent DIST=TIME');
    }
  });

  it('prints the help of a command both ways', async () => {
    expect((await runCli(['help', 'plan'], CONTEXT)).stdout).toBe(
      (await runCli(['plan', '--help'], CONTEXT)).stdout,
    );
    expect((await runCli(['help', 'paces'], CONTEXT)).stdout).toContain('Usage: speedwork paces');
    expect((await runCli(['help', 'analyze'], CONTEXT)).stdout).toBe(
      (await runCli(['analyze', '-h'], CONTEXT)).stdout,
    );
    expect((await runCli(['help', 'import'], CONTEXT)).stdout).toContain('Usage: speedwork import DIR|ZIP');
  });

  it('prints the version', async () => {
    expect(await runCli(['--version'], CONTEXT)).toEqual({ exitCode: 0, stdout: '9.9.9\n', stderr: '' });
  });

  it('R-IN-1: an unknown command lists the accepted ones', async () => {
    const outcome = await runCli(['train'], CONTEXT);
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toContain(
      'unknown command "train"; accepted: commands: plan, paces, analyze, import, help',
    );
    expect(outcome.stderr).toContain("Run 'speedwork --help'");
  });

  it('starts the plan on the next Monday when --start is left out', async () => {
    const outcome = await runCli(
      ['plan', '--recent', '5k=25:00', '--days', 'mon,thu', '--weeks', '2', '--format', 'json'],
      CONTEXT,
    );
    expect(outcome.exitCode).toBe(0);
    expect((JSON.parse(outcome.stdout) as { profile: { start: string } }).profile.start).toBe('2026-12-07');
  });

  it('R-IN-1: a --recent without "=" is reported once, beside the other bad flags', async () => {
    const outcome = await runCli(['plan', '--recent', '5k', '--days', 'mon', '--weeks', '99'], CONTEXT);
    expect(outcome.exitCode).toBe(2);
    const lines = outcome.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^speedwork plan: --recent: "5k" is not DIST=TIME/);
    expect(lines[1]).toMatch(/^speedwork plan: --weeks: "99" .*accepted: a whole number from 2 to 52$/);
    expect(lines[2]).toBe("Run 'speedwork plan --help' for the flags and examples.");
  });

  it('R-GOL-1: the JSON plan goes to stdout, its warnings also to stderr', async () => {
    const args = [
      'plan',
      '--recent',
      '5k=25:00',
      '--goal',
      '5k=19:00',
      '--start',
      '2026-12-07',
      '--weeks',
      '8',
      '--days',
      'mon,wed,fri,sat',
    ];
    const outcome = await runCli([...args, '--format', 'json'], CONTEXT);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stderr).toMatch(/^speedwork plan: warning: .*realistically bring about \d+:\d\d/);
  });
});
