/** One upload at a time per runner: a second one while the first is still read is refused, not queued. */
import { ServiceError } from '../service-error.js';

export class RunnerSlots {
  private readonly held = new Set<string>();

  constructor(private readonly what: string) {}

  /**
   * Runs `work` holding the runner's slot; throws `rate-limited` (429) when the runner already holds it.
   * @example await uploads.run(runnerId, async () => analyze(await readBody()))
   */
  async run<T>(runnerId: string, work: () => Promise<T>): Promise<T> {
    if (this.held.has(runnerId)) {
      throw new ServiceError(
        'rate-limited',
        `Another ${this.what} of yours is still being read: send the next one when it has finished (one at a time).`,
        [],
        2,
      );
    }
    this.held.add(runnerId);
    try {
      return await work();
    } finally {
      this.held.delete(runnerId);
    }
  }

  /** Whether the runner holds the slot now. */
  holds(runnerId: string): boolean {
    return this.held.has(runnerId);
  }
}

/** Activity files and imports share one slot per runner in each process: both are big bodies parsed in the pool. */
export const runnerUploads = new RunnerSlots('upload');
