/**
 * Watch files for a session: the workout to send to the watch, and the recorded activity back, checked rep
 * by rep against the plan and written into the session's log.
 */
import { encodeFitWorkout, isFormatError, sessionWorkout } from '@speedwork/formats';
import type { ActivityAnalysis } from '@speedwork/formats';
import type { Clock } from '../config/clock.js';
import type { LogBody, LogDocument } from '../logs/log-body.js';
import type { LogsService } from '../logs/logs.service.js';
import type { SessionDocument } from '../plans/plan-documents.js';
import type { PlanChanges, PlansService } from '../plans/plans.service.js';
import type { ProfileService } from '../profile/profile.service.js';
import { ServiceError } from '../service-error.js';
import { analyzeUpload } from '../workers/parse-tasks.js';
import { runnerUploads } from '../workers/runner-slots.js';

export const MAX_ACTIVITY_BYTES = 16 * 1024 * 1024;

/** Why an upload waits for the runner's word before it writes. */
export type ConfirmationReason = 'log-has-reps' | 'date-differs';

/** What `POST /api/sessions/:id/activity` answers. */
export interface ActivityUpload extends PlanChanges {
  analysis: ActivityAnalysis;
  /** What the file holds, beside what the session and its log hold. */
  found: {
    reps: { timeS: number; distanceM?: number }[];
    /** The file's start date (UTC) and the session's date. */
    fileDate: string;
    sessionDate: string;
    /** Rep times already in the log (typed by hand or from another file). */
    loggedReps: { timeS?: number; distanceM?: number }[];
  };
  /** Set when nothing was written: send the file again with `?replace=1` to write it. */
  needsConfirmation: { reasons: ConfirmationReason[]; message: string } | null;
  /** True when the reps were written into the log. */
  written: boolean;
  /** The log as stored now (unchanged when nothing was written). */
  log: LogDocument | null;
}

export class ActivitiesService {
  constructor(
    private readonly plans: PlansService,
    private readonly profiles: ProfileService,
    private readonly logs: LogsService,
    private readonly clock: Clock,
  ) {}

  /** The FIT workout file of a session, named by date and type. */
  async workout(runnerId: string, sessionId: string): Promise<{ fileName: string; bytes: Uint8Array }> {
    const session = await this.plans.session(runnerId, sessionId);
    const plan = await this.plans.current(runnerId).catch(() => undefined);
    const units = plan?.profile.units ?? (await this.profiles.get(runnerId)).profile.units;
    const easySPerKm = plan?.paces.paces.easySPerKm;
    const workout = sessionWorkout(session, { units, ...(easySPerKm ? { easySPerKm } : {}) });
    return {
      fileName: `${session.date}-${session.type}.fit`,
      bytes: encodeFitWorkout(workout, { createdAt: this.clock() }),
    };
  }

  /**
   * Reads a recorded activity (FIT, GPX or TCX), finds its reps, matches them to the session and stores them
   * in the session's log (status, rpe and notes already logged are kept). Rep times already in the log, or a
   * file from another date than the session's, are never replaced without `replace`: the answer then says
   * what the file holds and asks. With `preview` nothing is written whatever the file holds: the answer only
   * says what it found (guided mode shows the reps of the phone's GPS track before the runner keeps them).
   *
   * The file is read in the parse pool (a worker thread), never on the request thread, and a runner reads one
   * file at a time: a second upload while one is being read is refused (`rate-limited`). `file` may be a
   * function that reads the body, so the slot is taken before a byte of it is read.
   */
  async upload(
    runnerId: string,
    sessionId: string,
    file: Uint8Array | (() => Promise<Uint8Array>),
    replace = false,
    preview = false,
  ): Promise<ActivityUpload> {
    return runnerUploads.run(runnerId, async () => {
      const session = await this.plans.session(runnerId, sessionId);
      const bytes = typeof file === 'function' ? await file() : file;
      return this.write(runnerId, sessionId, session, await this.analyze(bytes, session), replace, preview);
    });
  }

  private async analyze(bytes: Uint8Array, session: SessionDocument): Promise<ActivityAnalysis> {
    try {
      return await analyzeUpload(bytes, session, MAX_ACTIVITY_BYTES);
    } catch (error) {
      if (!isFormatError(error)) throw error;
      throw new ServiceError('invalid-input', `The file could not be read: ${error.message}`, [
        {
          field: 'file',
          reason: error.code,
          message: `file: ${error.message}; accepted: a FIT, GPX or TCX activity`,
        },
      ]);
    }
  }

  private async write(
    runnerId: string,
    sessionId: string,
    session: SessionDocument,
    analysis: ActivityAnalysis,
    replace: boolean,
    preview: boolean,
  ): Promise<ActivityUpload> {
    const work = analysis.match
      ? analysis.match.reps.map((r) => r.actual)
      : analysis.intervals.filter((i) => i.kind === 'work');
    const previous = session.log;
    const reps = work.map((rep) => ({
      timeS: round1(rep.durationS),
      ...(rep.distanceM !== null && rep.distanceM > 0 ? { distanceM: Math.round(rep.distanceM) } : {}),
    }));
    const loggedReps = previous?.reps ?? [];
    const fileDate = analysis.activity.startTime.slice(0, 10);
    const found = { reps, fileDate, sessionDate: session.date, loggedReps };
    const reasons: ConfirmationReason[] = [];
    if (loggedReps.some((r) => r.timeS !== undefined) && JSON.stringify(loggedReps) !== JSON.stringify(reps))
      reasons.push('log-has-reps');
    if (fileDate !== session.date) reasons.push('date-differs');
    if (preview) {
      const nothingWritten = { written: false, log: previous, planRevision: null, planChanges: [] };
      return { analysis, found, needsConfirmation: null, ...nothingWritten };
    }
    if (reasons.length > 0 && !replace) {
      const words = [
        ...(reasons.includes('log-has-reps')
          ? [`the log already holds ${loggedReps.length} rep times that the file's would replace`]
          : []),
        ...(reasons.includes('date-differs')
          ? [`the file was recorded on ${fileDate}, the session is on ${session.date}`]
          : []),
      ];
      return {
        analysis,
        found,
        needsConfirmation: {
          reasons,
          message: `Nothing written yet: ${words.join('; ')}. Send it again with ?replace=1 to write it.`,
        },
        written: false,
        log: previous,
        planRevision: null,
        planChanges: [],
      };
    }
    const body: LogBody = { status: previous?.status ?? 'done', reps };
    if (previous?.rpe !== undefined) body.rpe = previous.rpe;
    if (previous?.notes !== undefined) body.notes = previous.notes;
    if (previous?.exercises !== undefined) body.exercises = previous.exercises;
    const { log, planRevision, planChanges } = await this.logs.put(runnerId, sessionId, body);
    return { analysis, found, needsConfirmation: null, written: true, log, planRevision, planChanges };
  }
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
