/** The flags of `speedwork analyze`. */
import type { FlagSpec } from '../args/flag-spec.js';

export const ANALYZE_FORMATS = ['text', 'json'] as const;

export const ANALYZE_FLAGS: readonly FlagSpec[] = [
  {
    name: 'plan',
    type: 'string',
    valueName: 'FILE',
    description: 'a plan from `speedwork plan --format json`, to check the reps against it',
  },
  {
    name: 'date',
    type: 'string',
    valueName: 'DATE',
    description: "the plan's session to check against, YYYY-MM-DD (default: the activity's date)",
  },
  {
    name: 'units',
    type: 'string',
    valueName: 'km|mi',
    description: "units for paces (default: the plan's, or km)",
  },
  {
    name: 'format',
    type: 'string',
    valueName: 'text|json',
    description: 'text for the terminal, json for programs (default: text)',
  },
  {
    name: 'salvage',
    type: 'boolean',
    description:
      'read what a damaged FIT file still holds (a watch that died mid-run) instead of refusing it',
  },
  { name: 'help', type: 'boolean', short: 'h', description: 'show this help' },
];
