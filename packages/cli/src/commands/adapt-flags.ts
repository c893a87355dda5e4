/** The flags of `speedwork adapt`. */
import type { FlagSpec } from '../args/flag-spec.js';

export const ADAPT_FORMATS = ['text', 'json'] as const;

export const ADAPT_FLAGS: readonly FlagSpec[] = [
  {
    name: 'logs',
    type: 'string',
    valueName: 'FILE',
    description:
      'what you ran: [{ "sessionId", "status", "rpe", "reps": [{ "timeS", "distanceM" }] }] (required)',
  },
  {
    name: 'races',
    type: 'string',
    valueName: 'FILE',
    description:
      'races and time trials: [{ "date", "distance": "5k", "time": "24:10", "kind": "race" | "time-trial" }]',
  },
  {
    name: 'today',
    type: 'string',
    valueName: 'DATE',
    description: 'the day to adapt on, YYYY-MM-DD: sessions after it may change (default: today)',
  },
  {
    name: 'format',
    type: 'string',
    valueName: 'text|json',
    description: 'text lists the changes; json prints { plan, changes } (default: text)',
  },
  { name: 'help', type: 'boolean', short: 'h', description: 'show this help' },
];
