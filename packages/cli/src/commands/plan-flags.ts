/** The flags of `speedwork plan`, exactly as SPEC.md section 3 names them. */
import { DEFAULT_WEEKS, MAX_WEEKS, MIN_WEEKS } from '@speedwork/core';
import type { FlagSpec } from '../args/flag-spec.js';

export const PLAN_FORMATS = ['text', 'md', 'json', 'ics', 'fit'] as const;
export type PlanFormat = (typeof PLAN_FORMATS)[number];

export const PLAN_FLAGS: readonly FlagSpec[] = [
  {
    name: 'recent',
    type: 'string',
    valueName: 'DIST=TIME',
    description: 'a recent race result, such as 5k=25:00 (required)',
  },
  {
    name: 'goal',
    type: 'string',
    valueName: 'DIST=TIME',
    description: 'the race you train for, such as 5k=23:30 (default: what the weeks can bring)',
  },
  {
    name: 'race-date',
    type: 'string',
    valueName: 'DATE',
    description: 'goal race day, YYYY-MM-DD: sets the plan length, ends it with a taper',
  },
  {
    name: 'start',
    type: 'string',
    valueName: 'DATE',
    description: 'first day of the plan, YYYY-MM-DD (default: next Monday)',
  },
  {
    name: 'weeks',
    type: 'string',
    valueName: 'N',
    description: `plan length, ${MIN_WEEKS} to ${MAX_WEEKS} weeks (default: ${DEFAULT_WEEKS}, or up to the race date)`,
  },
  {
    name: 'days',
    type: 'string',
    valueName: 'DAYS',
    description: 'days you can train, such as mon,wed,fri,sat (required)',
  },
  {
    name: 'weekly-distance',
    type: 'string',
    valueName: 'DISTANCE',
    description: 'how far you run in a usual week now, such as 30km or 20mi (default: assumed)',
  },
  {
    name: 'longest-run',
    type: 'string',
    valueName: 'DISTANCE',
    description: 'your longest run of the last month, such as 12km or 8mi (default: assumed)',
  },
  {
    name: 'equipment',
    type: 'string',
    valueName: 'gym|none',
    description: 'none swaps weights for bodyweight moves (default: gym)',
  },
  {
    name: 'level',
    type: 'string',
    valueName: 'LEVEL',
    description: 'beginner, intermediate or advanced (default: intermediate)',
  },
  {
    name: 'units',
    type: 'string',
    valueName: 'km|mi',
    description: 'units for paces and distances (default: km)',
  },
  {
    name: 'format',
    type: 'string',
    valueName: 'FORMAT',
    description:
      'text for the terminal, md for a document, json for programs, ics for a calendar, fit for a watch (default: text)',
  },
  {
    name: 'out',
    type: 'string',
    valueName: 'DIR',
    description: 'with --format fit: the folder to write one workout file per session into (required)',
  },
  { name: 'help', type: 'boolean', short: 'h', description: 'show this help' },
];
