/**
 * `synthetic` of `@speedwork/formats`: activities with known reps and realistic GPS noise, for the tests and
 * benchmarks of every package (pure and seeded, like the rest of the package; not for production data).
 */
export { seededRandom, type SeededRandom } from './seeded-random.js';
export {
  synthesizeRun,
  type SyntheticKind,
  type SyntheticRun,
  type SyntheticRunSpec,
  type SyntheticSegment,
  type SyntheticTruth,
} from './synthesize-run.js';
export { sessionSegments, TYPICAL_RUNNER, type SyntheticRunner } from './synthesize-session.js';
export { hillSession, LADDER_SESSIONS, trackSession } from './sample-sessions.js';
export { withClockJump } from './fit-clock-jump.js';
export { hostileGpx, longGpx } from './hostile-files.js';
