/** The coaching catalog: strength exercises, technique focuses and plan guidance. */
export * from './exercises.js';
export * from './technique.js';
export * from './guidance.js';
