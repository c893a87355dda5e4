/**
 * The profile body of `PUT /api/me/profile`: the fields of `speedwork plan`, as JSON. The shape is checked
 * here; what the values mean (world records, dates, weeks) is checked by core, with the same messages the
 * CLI and the web app show.
 */
import { z } from '@hono/zod-openapi';
import { describeIssue, parseProfile } from '@speedwork/core';
import type { InputIssue, Profile } from '@speedwork/core';
import { ServiceError } from '../service-error.js';
import type { FieldProblem } from '../service-error.js';

const RaceBody = z
  .object({
    distance: z.string().max(20).openapi({ example: '5k' }),
    time: z.string().max(20).openapi({ example: '25:00' }),
  })
  .openapi('RaceResultInput');

/**
 * Metres as a number. The shape lets any value through so that core names a bad one with what it accepts
 * (`current.weeklyDistanceM`: metres from 0 to 250000), as the CLI does; the document says "number".
 */
const metres = (description: string, example: number) =>
  z
    .custom<number>(() => true)
    .optional()
    .openapi({ type: 'number', minimum: 0, description, example });

const CurrentTrainingBody = z
  .object({
    weeklyDistanceM: metres(
      'Metres run in a typical week now (up to 250000). Leave out when unknown.',
      30000,
    ),
    longestRunM: metres(
      'Longest single run of the last month, in metres (up to 60000 and at most the weekly distance).',
      12000,
    ),
  })
  .openapi('CurrentTrainingInput', {
    description: "The runner's training now (R-VOL-1). Without it the plan assumes a volume and says so.",
  });

export const ProfileBody = z
  .object({
    recent: RaceBody,
    goal: RaceBody.optional(),
    raceDate: z.string().max(20).optional().openapi({ example: '2027-03-14' }),
    start: z.string().max(20).openapi({ example: '2026-12-07' }),
    weeks: z.number().int().optional().openapi({ example: 10 }),
    days: z
      .array(z.string().max(12))
      .max(7)
      .openapi({ example: ['mon', 'wed', 'fri', 'sat'] }),
    equipment: z.enum(['gym', 'none']).optional(),
    level: z.enum(['beginner', 'intermediate', 'advanced']).optional(),
    units: z.enum(['km', 'mi']).optional(),
    current: CurrentTrainingBody.nullable().optional(),
  })
  .openapi('ProfileInput');

export type ProfileBody = z.infer<typeof ProfileBody>;

export function issueFields(issues: readonly InputIssue[]): FieldProblem[] {
  return issues.map((issue) => ({
    field: issue.field,
    reason: issue.reason,
    message: describeIssue(issue),
    accepted: issue.accepted,
    ...(issue.given === undefined ? {} : { given: issue.given }),
  }));
}

const DAY_MS = 86_400_000;
/** How far a new plan may start from today: a year back (a plan begun a while ago), two years ahead. */
export const START_DAYS_BACK = 365;
export const START_DAYS_AHEAD = 730;

/**
 * Refuses a start further from today than a plan can sensibly be (issue 11, finding 6: `9999-12-27` was
 * stored, and every plan built after it failed). Checked when a profile is saved, not when a stored one is
 * read: a plan begun long ago stays readable.
 */
export function startWithinReach(start: string, now: Date): void {
  const day = (offsetDays: number): string =>
    new Date(now.getTime() + offsetDays * DAY_MS).toISOString().slice(0, 10);
  const first = day(-START_DAYS_BACK);
  const last = day(START_DAYS_AHEAD);
  if (start >= first && start <= last) return;
  const accepted = `a date from ${first} to ${last} (a year back to two years ahead)`;
  throw new ServiceError('invalid-input', 'The profile has problems; see fields.', [
    {
      field: 'start',
      reason: 'start-out-of-range',
      message: `start: ${start} is ${start < first ? 'more than a year back' : 'more than two years ahead'}; accepted: ${accepted}`,
      accepted,
      given: start,
    },
  ]);
}

/** The validated profile, or a ServiceError naming every bad field (R-IN-1). */
export function validProfile(body: ProfileBody): Profile {
  const parsed = parseProfile(body);
  if (!parsed.ok)
    throw new ServiceError(
      'invalid-input',
      'The profile has problems; see fields.',
      issueFields(parsed.issues),
    );
  return parsed.value;
}
