/**
 * A pool of worker threads, one per core, that parse uploads (activity files, the import's JSON) off the
 * request thread: a 15 MB file takes seconds to parse, and a hostile one could take a thread much longer, but
 * the request thread keeps answering everyone else meanwhile. Each worker is capped in memory and each task
 * in time; a worker that dies or overruns is replaced, and its task fails as a file too complex to read.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ServiceError } from '../service-error.js';
import type { ParseFailure, ParseReply, ParseRequest, ParseTask } from './parse-messages.js';

export interface ParsePoolOptions {
  /** Worker threads at most (default: the cores, `os.availableParallelism()`). */
  size?: number;
  /** A task still running after this is stopped and fails (default 60 s). */
  taskTimeoutMs?: number;
  /** Tasks waiting for a worker beyond this are refused at once as `rate-limited` (default 16 per worker). */
  maxQueued?: number;
  /** V8 old-space cap of each worker, in MB (default 2048): a file needing more fails, the server lives. */
  maxOldGenerationSizeMb?: number;
  /** The worker script (default: `parse-worker.js` beside this module in `dist/`). */
  workerUrl?: URL;
}

/** A task's outcome, with the thread that ran it. */
export type ParseOutcome =
  { ok: true; value: unknown; threadId: number } | { ok: false; error: ParseFailure; threadId: number };

export interface ParsePoolStats {
  size: number;
  /** Workers alive now. */
  workers: number;
  busy: number;
  queued: number;
  /** Tasks finished in a worker (answered, refused or failed), by kind. */
  completed: Record<ParseTask['kind'], number>;
  /** Workers that died or were stopped mid-task (memory, time). */
  replaced: number;
}

interface Job {
  id: number;
  task: ParseTask;
  transfer: ArrayBuffer[];
  resolve: (outcome: ParseOutcome) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  job: Job | undefined;
  timer: NodeJS.Timeout | undefined;
  /** Why the pool ended this worker, for the task it held. */
  ending: string | undefined;
}

/** The built worker script; tests run this module from source, so they take it from `dist/` (built first). */
function defaultWorkerUrl(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('../../dist/workers/parse-worker.js', import.meta.url)
    : new URL('./parse-worker.js', import.meta.url);
}

export class ParsePool {
  readonly size: number;
  private readonly taskTimeoutMs: number;
  private readonly maxQueued: number;
  private readonly maxOldGenerationSizeMb: number;
  private readonly workerUrl: URL;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private readonly counts: ParsePoolStats['completed'] = { activity: 0, json: 0, import: 0 };
  private replaced = 0;

  constructor(options: ParsePoolOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.taskTimeoutMs = options.taskTimeoutMs ?? 60_000;
    this.maxQueued = options.maxQueued ?? 16 * this.size;
    this.maxOldGenerationSizeMb = options.maxOldGenerationSizeMb ?? 2048;
    this.workerUrl = options.workerUrl ?? defaultWorkerUrl();
  }

  /**
   * Runs a task on a free worker (queued while all are busy); the task's bytes are moved to the worker, not
   * copied, and must not be used after. Throws `rate-limited` when the queue is full.
   */
  run(task: ParseTask): Promise<ParseOutcome> {
    if (this.closed) return Promise.reject(new Error('the parse pool is closed'));
    if (this.queue.length >= this.maxQueued) {
      return Promise.reject(
        new ServiceError(
          'rate-limited',
          'The server is busy reading other uploads; send yours again in a few seconds.',
          [],
          5,
        ),
      );
    }
    const buffer = task.bytes.buffer;
    const transfer =
      buffer instanceof ArrayBuffer &&
      task.bytes.byteOffset === 0 &&
      task.bytes.byteLength === buffer.byteLength
        ? [buffer]
        : [];
    return new Promise<ParseOutcome>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, transfer, resolve, reject });
      this.dispatch();
    });
  }

  stats(): ParsePoolStats {
    return {
      size: this.size,
      workers: this.slots.length,
      busy: this.slots.filter((slot) => slot.job !== undefined).length,
      queued: this.queue.length,
      completed: { ...this.counts },
      replaced: this.replaced,
    };
  }

  /** Stops every worker; tasks waiting or running fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the parse pool is closed'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot: Slot | undefined;
      try {
        slot = this.slots.find((s) => s.job === undefined) ?? this.spawn();
      } catch (error) {
        // No worker can start (the worker script is missing): every waiting task fails with the reason.
        for (const job of this.queue.splice(0)) job.reject(error);
        return;
      }
      if (slot === undefined) return;
      const job = this.queue.shift();
      if (job === undefined) return;
      this.start(slot, job);
    }
  }

  private spawn(): Slot | undefined {
    if (this.slots.length >= this.size) return undefined;
    if (!existsSync(fileURLToPath(this.workerUrl))) {
      throw new Error(`The parse worker ${fileURLToPath(this.workerUrl)} is missing: run \`npm run build\`.`);
    }
    const worker = new Worker(this.workerUrl, {
      resourceLimits: { maxOldGenerationSizeMb: this.maxOldGenerationSizeMb },
    });
    const slot: Slot = { worker, job: undefined, timer: undefined, ending: undefined };
    worker.on('message', (reply: ParseReply) => {
      this.finish(slot, reply.ok ? reply : { ok: false, error: reply.error, threadId: reply.threadId });
    });
    worker.on('error', (error) => {
      slot.ending ??= /memory/i.test(error.message)
        ? 'it needed more memory to read than any activity file does'
        : `its reader failed (${error.message})`;
    });
    worker.on('exit', () => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      if (slot.job !== undefined) {
        this.replaced++;
        this.finish(slot, {
          ok: false,
          threadId: worker.threadId,
          error: {
            name: 'FormatError',
            code: 'too-complex',
            message: `the file could not be read: ${slot.ending ?? 'its reader stopped'}`,
            kind: null,
          },
        });
      }
      if (!this.closed) this.dispatch();
    });
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      slot.ending = `reading it took over ${Math.round(this.taskTimeoutMs / 1000)} s`;
      void slot.worker.terminate();
    }, this.taskTimeoutMs);
    slot.timer.unref();
    const request: ParseRequest = { id: job.id, task: job.task };
    try {
      slot.worker.postMessage(request, job.transfer);
    } catch (error) {
      slot.job = undefined;
      clearTimeout(slot.timer);
      job.reject(error);
    }
  }

  private finish(slot: Slot, outcome: ParseOutcome): void {
    const job = slot.job;
    if (job === undefined) return;
    slot.job = undefined;
    clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.worker.unref();
    this.counts[job.task.kind]++;
    job.resolve(outcome);
    this.dispatch();
  }
}

let shared: ParsePool | undefined;

/** The process's one parse pool, started on first use (its workers start as tasks need them). */
export function parsePool(): ParsePool {
  shared ??= new ParsePool();
  return shared;
}
