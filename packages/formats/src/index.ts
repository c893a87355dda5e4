/**
 * @speedwork/formats: bytes to and from speedwork's objects. Pure functions only: no file system, no clock
 * (times are passed in); the CLI and the server do the reading and writing.
 */
export * from './errors/format-error.js';

// Activities in: FIT, GPX, TCX to one normalized activity.
export type * from './activity/activity-types.js';
export {
  decodeActivities,
  decodeActivity,
  sniffActivityFormat,
  type DecodeActivityOptions,
} from './activity/decode-activity.js';
export { summarizeActivity } from './activity/summarize-activity.js';
export { decodeFitActivities, decodeFitActivity } from './fit/decode-fit-activity.js';
export { MAX_FIT_BYTES, type FitReadOptions } from './fit/read-fit-messages.js';
export { parseGpx } from './gpx/parse-gpx.js';
export { parseTcx, parseTcxActivities } from './tcx/parse-tcx.js';
export {
  checkXmlShape,
  MAX_XML_BYTES,
  XML_LIMITS,
  type XmlLimits,
  type XmlReadOptions,
} from './xml/read-xml.js';
export { MAX_ACTIVITY_POINTS } from './activity/build-activity.js';

// Activities out (exports, and realistic test files).
export { encodeFitActivity } from './fit/encode-fit-activity.js';
export { writeGpx, type GpxWriteOptions } from './gpx/write-gpx.js';

// Reps: detection and matching to the plan.
export type * from './reps/interval-types.js';
export { detectIntervals, type DetectIntervalsOptions } from './reps/detect-intervals.js';
export {
  matchSession,
  plannedReps,
  type PlannedRep,
  type RepResult,
  type SessionMatch,
} from './reps/match-session.js';
export { analyzeActivity, type ActivityAnalysis } from './reps/analyze-activity.js';

// Plans out: watch workouts, calendar, the log.
export type * from './fit/workout-types.js';
export { sessionWorkout, type SessionWorkoutOptions } from './fit/session-workout.js';
export { encodeFitWorkout, type FitWorkoutOptions } from './fit/encode-fit-workout.js';
export { decodeFitWorkout } from './fit/decode-fit-workout.js';
export { planWorkoutFiles, type WorkoutFile } from './fit/plan-workout-files.js';
export { planToIcs, type PlanCalendarOptions } from './ics/plan-calendar.js';
export { sessionLines } from './prescription/session-prescription.js';
export {
  logRowsToCsv,
  LOG_CSV_COLUMNS,
  type LogRow,
  type LoggedRep,
  type LogStatus,
  type LogCsvOptions,
} from './csv/log-csv.js';

// Bulk import of a history (entries come from the caller: a folder or a ZIP).
export {
  importActivities,
  type ImportEntry,
  type ImportedActivity,
  type ImportFailure,
  type ImportOptions,
  type ImportProgress,
  type ImportReport,
} from './bulk/import-activities.js';
export {
  applyRecord,
  emptyImportState,
  journalLine,
  readImportJournal,
  type ImportRecord,
  type ImportState,
  type ImportStatus,
} from './bulk/import-state.js';

// Activities with known reps and realistic GPS noise, for the tests and benchmarks of every package.
export * as synthetic from './synthetic/index.js';
