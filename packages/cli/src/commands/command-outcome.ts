/** What a command hands back to the process edge: the text of both streams and the exit code. */
import type { CliIo } from '../io/cli-io.js';

/** 0 success, 1 a bug in speedwork, 2 bad input (SPEC section 3). */
export type ExitCode = 0 | 1 | 2;

export interface CommandOutcome {
  exitCode: ExitCode;
  stdout: string;
  stderr: string;
}

/** What a command may read from the world; passed in so commands stay pure and testable. */
export interface CliContext {
  /** The runner's calendar day, `YYYY-MM-DD`. */
  today: string;
  /** The version of the speedwork CLI, read only when asked for. */
  version: () => string;
  /** The instant, for what files stamp (an ICS feed's DTSTAMP, a FIT file's creation time). */
  now: () => Date;
  /** Files and the terminal, for the commands that read or write them. */
  io: CliIo;
}

export function success(stdout: string, stderr = ''): CommandOutcome {
  return { exitCode: 0, stdout: ensureNewline(stdout), stderr };
}

/**
 * Bad input: one line per problem, each prefixed with the command, then where to find help.
 * @example usageFailure('plan', ['--weeks: "1" is outside ...']).stderr
 * // "speedwork plan: --weeks: ...\nRun 'speedwork plan --help' for the flags and examples.\n"
 */
export function usageFailure(command: string | undefined, problems: readonly string[]): CommandOutcome {
  const prefix = command === undefined ? 'speedwork' : `speedwork ${command}`;
  const lines = problems.map((problem) => `${prefix}: ${problem}`);
  lines.push(`Run '${prefix} --help' for the ${command === undefined ? 'commands' : 'flags'} and examples.`);
  return { exitCode: 2, stdout: '', stderr: `${lines.join('\n')}\n` };
}

function ensureNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * A bad input file: one line naming the file and what is wrong with it.
 * @example fileFailure('analyze', 'run.fit', 'the file is cut off (truncated)').stderr
 * // "speedwork analyze: run.fit: the file is cut off (truncated)\n"
 */
export function fileFailure(command: string, file: string, problem: string): CommandOutcome {
  return { exitCode: 2, stdout: '', stderr: `speedwork ${command}: ${file}: ${problem}\n` };
}
