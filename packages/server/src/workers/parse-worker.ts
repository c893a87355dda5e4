/**
 * A parse worker: decodes uploaded activity files and JSON bodies, and checks and converts import files, away
 * from the request thread, so a slow, hostile or large file holds up only this thread (see parse-pool.ts).
 * Runs from the built `dist/workers/`.
 */
import { platform, setPriority } from 'node:os';
import { parentPort, threadId } from 'node:worker_threads';
import { analyzeActivity, decodeActivity, isFormatError } from '@speedwork/formats';
import { ExportDocument } from '../data-export/export-document.js';
import { importRows } from '../data-export/import-rows.js';
import { zodFields } from '../http/error-handler.js';
import { ServiceError } from '../service-error.js';
import type { ParseFailure, ParseReply, ParseRequest, ParseTask } from './parse-messages.js';

/** The worker thread's nice value (0 normal, 19 lowest). */
const PARSE_NICE = 10;

const utf8 = new TextDecoder('utf-8', { fatal: true });

// On Linux a thread has its own nice value: parsing yields the cores to the request thread whenever that
// one has work, so uploads in flight never slow the answers to everyone else. (Elsewhere the call would
// lower the whole process, so it is left out.)
if (platform() === 'linux') {
  try {
    setPriority(0, PARSE_NICE);
  } catch {
    // not permitted here: run at the process's priority
  }
}

function run(task: ParseTask): unknown {
  switch (task.kind) {
    case 'activity':
      return analyzeActivity(decodeActivity(task.bytes, { maxBytes: task.maxBytes }), task.session);
    case 'json':
      return parseJson(task.bytes);
    case 'import': {
      const parsed = ExportDocument.safeParse(parseJson(task.bytes));
      if (!parsed.success)
        throw new ServiceError(
          'invalid-input',
          'The request has problems; see fields.',
          zodFields(parsed.error),
        );
      return importRows(parsed.data, task.runnerId, task.today);
    }
  }
}

function parseJson(bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new SyntaxError('The request body is not valid UTF-8.');
  }
  return JSON.parse(text) as unknown;
}

function failure(error: unknown): ParseFailure {
  if (isFormatError(error)) {
    return { name: 'FormatError', code: error.code, message: error.message, kind: error.kind };
  }
  if (error instanceof SyntaxError) return { name: 'SyntaxError', message: error.message };
  if (error instanceof ServiceError)
    return { name: 'ServiceError', reason: error.reason, message: error.message, fields: error.fields };
  if (error instanceof RangeError) {
    // A stack or an array past what V8 holds: the input's fault, reported as a file too complex to read.
    return {
      name: 'FormatError',
      code: 'too-complex',
      message: `the file is too complex to read (${error.message})`,
      kind: null,
    };
  }
  return { name: 'Error', message: error instanceof Error ? error.message : String(error) };
}

parentPort?.on('message', (request: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id: request.id, ok: true, value: run(request.task), threadId };
  } catch (error) {
    reply = { id: request.id, ok: false, error: failure(error), threadId };
  }
  parentPort?.postMessage(reply);
});
