/** The last line of defence: a bug in speedwork becomes one line on stderr and exit code 1, never a stack. */
import type { CommandOutcome } from './command-outcome.js';

/**
 * Runs a command; anything it throws is reported as an internal error.
 * @example guardInternalErrors(() => { throw new Error('boom'); }).stderr // "speedwork: internal error: boom\n"
 */
export function guardInternalErrors(run: () => CommandOutcome): CommandOutcome {
  try {
    return run();
  } catch (error) {
    return { exitCode: 1, stdout: '', stderr: internalErrorLine(error) };
  }
}

export function internalErrorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `speedwork: internal error: ${message.split('\n')[0] ?? ''}\n`;
}

/** `guardInternalErrors` for commands that read and write files. */
export async function guardInternalErrorsAsync(run: () => Promise<CommandOutcome>): Promise<CommandOutcome> {
  try {
    return await run();
  } catch (error) {
    return { exitCode: 1, stdout: '', stderr: internalErrorLine(error) };
  }
}
