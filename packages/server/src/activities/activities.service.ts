/**
 * Watch files for a session: the workout to send to the watch, and the recorded activity back, checked rep
 * by rep against the plan and written into the session's log.
 */
import {
  analyzeActivity,
  decodeActivity,
  encodeFitWorkout,
  isFormatError,
  sessionWorkout,
} from '@speedwork/formats';
import type { ActivityAnalysis } from '@speedwork/formats';
import type { Clock } from '../config/clock.js';
import type { LogBody, LogDocument } from '../logs/log-body.js';
import type { LogsService } from '../logs/logs.service.js';
import type { PlansService } from '../plans/plans.service.js';
import type { ProfileService } from '../profile/profile.service.js';
import { ServiceError } from '../service-error.js';

export const MAX_ACTIVITY_BYTES = 16 * 1024 * 1024;

/** What `POST /api/sessions/:id/activity` answers. */
export interface ActivityUpload {
  analysis: ActivityAnalysis;
  log: LogDocument;
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
   * in the session's log (status, rpe and notes already logged are kept).
   */
  async upload(runnerId: string, sessionId: string, bytes: Uint8Array): Promise<ActivityUpload> {
    const session = await this.plans.session(runnerId, sessionId);
    let analysis: ActivityAnalysis;
    try {
      analysis = analyzeActivity(decodeActivity(bytes, { maxBytes: MAX_ACTIVITY_BYTES }), session);
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
    const work = analysis.match
      ? analysis.match.reps.map((r) => r.actual)
      : analysis.intervals.filter((i) => i.kind === 'work');
    const previous = session.log;
    const body: LogBody = {
      status: previous?.status ?? 'done',
      reps: work.map((rep) => ({
        timeS: round1(rep.durationS),
        ...(rep.distanceM !== null && rep.distanceM > 0 ? { distanceM: Math.round(rep.distanceM) } : {}),
      })),
    };
    if (previous?.rpe !== undefined) body.rpe = previous.rpe;
    if (previous?.notes !== undefined) body.notes = previous.notes;
    if (previous?.exercises !== undefined) body.exercises = previous.exercises;
    const { log } = await this.logs.put(runnerId, sessionId, body);
    return { analysis, log };
  }
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
