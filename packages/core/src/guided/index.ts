/** Guided sessions: the steps a runner is taken through at the track, the running state, what it recorded. */
export * from './guided-steps.js';
export * from './guided-run.js';
export * from './guided-outcome.js';
export * from './spoken-words.js';
