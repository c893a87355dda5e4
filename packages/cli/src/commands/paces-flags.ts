/** The flags of `speedwork paces`. */
import type { FlagSpec } from '../args/flag-spec.js';

export const PACES_FORMATS = ['text', 'json'] as const;
export type PacesFormat = (typeof PACES_FORMATS)[number];

export const PACES_FLAGS: readonly FlagSpec[] = [
  {
    name: 'recent',
    type: 'string',
    valueName: 'DIST=TIME',
    description: 'a recent race result, such as 10k=45:00 (required)',
  },
  { name: 'units', type: 'string', valueName: 'km|mi', description: 'units for paces (default: km)' },
  {
    name: 'format',
    type: 'string',
    valueName: 'text|json',
    description: 'text for the terminal, json for programs (default: text)',
  },
  { name: 'help', type: 'boolean', short: 'h', description: 'show this help' },
];
