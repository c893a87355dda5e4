/** @speedwork/core: the pure coaching domain. No I/O: time and randomness come in as arguments. */
export * from './catalog/index.js';
export * from './paces/index.js';
export * from './calendar/calendar-date.js';
export * from './race/distances.js';
export * from './race/race-time.js';
export * from './race/world-records.js';
export * from './result/input-issue.js';
export * from './profile/profile-types.js';
export * from './profile/parse-profile.js';
export * from './plan/plan-types.js';
export * from './plan/generate-plan.js';
export { checkPlanRules } from './plan/check-plan-rules.js';
export type { RuleViolation } from './plan/check-plan-rules.js';
export * from './units/pace-format.js';
export * from './prescription/pace-words.js';
export * from './prescription/session-words.js';
export * from './adapt/index.js';
export * from './guided/index.js';
