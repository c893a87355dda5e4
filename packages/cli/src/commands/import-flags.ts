/** The flags of `speedwork import`. */
import type { FlagSpec } from '../args/flag-spec.js';

export const IMPORT_FORMATS = ['text', 'json'] as const;
export const DEFAULT_IMPORT_OUT = 'speedwork-activities.jsonl';

export const IMPORT_FLAGS: readonly FlagSpec[] = [
  {
    name: 'out',
    type: 'string',
    valueName: 'FILE',
    description: `where imported activities go, one JSON line each, appended (default: ${DEFAULT_IMPORT_OUT})`,
  },
  {
    name: 'state',
    type: 'string',
    valueName: 'FILE',
    description: 'the journal an interrupted import resumes from (default: the --out file with .state added)',
  },
  {
    name: 'format',
    type: 'string',
    valueName: 'text|json',
    description: 'the closing report as text or as JSON (default: text)',
  },
  {
    name: 'salvage',
    type: 'boolean',
    description: 'keep what damaged FIT files still hold instead of refusing them',
  },
  { name: 'help', type: 'boolean', short: 'h', description: 'show this help' },
];
