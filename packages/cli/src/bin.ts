#!/usr/bin/env node
/**
 * The process edge of `speedwork`: reads the clock and the version, runs the command, writes the streams and
 * sets the exit code. Anything thrown is a bug: it is reported in one line, never as a stack trace.
 */
import { existsSync, readFileSync } from 'node:fs';
import { localDate } from './args/default-start.js';
import { guardInternalErrorsAsync, internalErrorLine } from './commands/internal-error.js';
import { nodeIo, processTerminal } from './io/node-io.js';
import { runCli } from './run-cli.js';

function version(): string {
  // Run from dist/bin.js or from the bundle in dist/bundle/: the package manifest is the nearest one above.
  const candidates = ['../package.json', '../../package.json'].map((path) => new URL(path, import.meta.url));
  const file = candidates.find(
    (url) => existsSync(url) && readFileSync(url, 'utf8').includes('"@speedwork/cli"'),
  );
  if (!file) return 'unknown';
  const manifest: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const found =
    typeof manifest === 'object' && manifest !== null && 'version' in manifest ? manifest.version : undefined;
  return typeof found === 'string' ? found : 'unknown';
}

// `speedwork plan | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(internalErrorLine(error));
  process.exit(1);
});

const outcome = await guardInternalErrorsAsync(() =>
  runCli(process.argv.slice(2), {
    today: localDate(new Date()),
    version,
    now: () => new Date(),
    io: nodeIo(processTerminal(process.stderr)),
  }),
);
if (outcome.stdout !== '') process.stdout.write(outcome.stdout);
if (outcome.stderr !== '') process.stderr.write(outcome.stderr);
process.exitCode = outcome.exitCode;
