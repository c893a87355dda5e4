/** Adaptation: the plan follows what the runner really did (SPEC R-ADA-1..6). */
export * from './adapt-types.js';
export { adaptPlan } from './adapt-plan.js';
export { moveSession, type MoveResult } from './move-session.js';
export { replanFrom } from './replan-from.js';
