/**
 * Expected failures of runner input (R-IN-1), as values with a stable reason. The CLI, the API and the web
 * app turn them into words with `describeIssue`, so every edge says the same thing.
 */
export type InputReason =
  | 'required'
  | 'unknown-distance'
  | 'malformed-time'
  | 'race-faster-than-world-record'
  | 'pace-slower-than-walking'
  | 'malformed-date'
  | 'race-date-out-of-range'
  | 'weeks-out-of-range'
  | 'weeks-disagree-with-race-date'
  | 'no-available-days'
  | 'unknown-day'
  | 'unknown-value'
  | 'malformed-distance'
  | 'distance-out-of-range';

export interface InputIssue {
  /** The input field, named as in the API body and the CLI flag (`recent` is `--recent`). */
  field: string;
  reason: InputReason;
  /** What is accepted, in words a runner reads: "2 to 52", "mon, tue, ... sun". */
  accepted: string;
  /** The value that was given, when showing it helps. */
  given?: string;
  /** Extra facts for the message: the world record that was beaten, the plan length implied. */
  detail?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: InputIssue[] };

const REASON_TEXT: Record<InputReason, string> = {
  required: 'is required',
  'unknown-distance': 'is not a distance speedwork knows',
  'malformed-time': 'is not a time',
  'race-faster-than-world-record': 'is faster than the world record',
  'pace-slower-than-walking': 'is slower than walking pace',
  'malformed-date': 'is not a date',
  'race-date-out-of-range': 'is outside the plan',
  'weeks-out-of-range': 'is outside the plan lengths speedwork builds',
  'weeks-disagree-with-race-date': 'does not match the race date',
  'no-available-days': 'needs at least one day',
  'unknown-day': 'names a day that is not a weekday',
  'unknown-value': 'is not one of the accepted values',
  'malformed-distance': 'is not a distance',
  'distance-out-of-range': 'is outside what speedwork plans from',
};

/**
 * One sentence for one issue: the field, what is wrong, what is accepted.
 * @example describeIssue({ field: 'weeks', reason: 'weeks-out-of-range', accepted: '2 to 52', given: '60' })
 * // "weeks: 60 is outside the plan lengths speedwork builds; accepted: 2 to 52"
 */
export function describeIssue(issue: InputIssue, fieldLabel: (field: string) => string = (f) => f): string {
  const subject =
    issue.given === undefined
      ? fieldLabel(issue.field)
      : `${fieldLabel(issue.field)}: ${JSON.stringify(issue.given)}`;
  const detail = issue.detail === undefined ? '' : ` (${issue.detail})`;
  return `${subject} ${REASON_TEXT[issue.reason]}${detail}; accepted: ${issue.accepted}`;
}

/** A given value as text for an issue, whatever type arrived (JSON bodies can hold anything). */
export function givenText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}
