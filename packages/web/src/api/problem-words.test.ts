import { describe, expect, it } from 'vitest';
import { problemSentence } from './problem-words.js';

/** Field codes, API jargon and machine date formats that must never reach a runner (issue 14 bug 7). */
const CODE_WORDS = /recent\.|goal\.|current\.|raceDate|accepted:|YYYY|\bmon, tue\b|metres from/;

describe('problemSentence', () => {
  const cases: [Parameters<typeof problemSentence>[0], string][] = [
    [
      {
        field: 'date',
        reason: 'future-date',
        given: '2027-01-20',
        message: 'date: 2027-01-20 is in the future; accepted: …',
      },
      "The race date can't be in the future.",
    ],
    [
      {
        field: 'days',
        reason: 'no-available-days',
        accepted: 'one or more of mon, tue, wed, thu, fri, sat, sun',
      },
      'Pick at least one day.',
    ],
    [
      { field: 'email', reason: 'invalid_format', message: 'Invalid email address' },
      'That is not an email address: it looks like ana@example.com.',
    ],
    [
      { field: 'weeks', reason: 'weeks-out-of-range', given: '60', accepted: 'a whole number from 2 to 52' },
      'A plan lasts 2 to 52 weeks.',
    ],
    [
      {
        field: 'recent.time',
        reason: 'race-faster-than-world-record',
        given: '12:00',
        accepted: '12:35 or slower for 5k (the world record)',
      },
      '“12:00” is faster than the 5K world record (12:35): check the time and the distance.',
    ],
    [
      {
        field: 'current.weeklyDistanceM',
        reason: 'distance-out-of-range',
        given: '300000',
        accepted: 'metres from 0 to 250000 (250 km)',
      },
      'Your weekly distance can be 0 to 250 km.',
    ],
    [
      { field: 'password', reason: 'too-short', message: 'needs at least 10 characters' },
      'Your password needs at least 10 characters.',
    ],
  ];
  it.each(cases)('bug 7 (issue 14): %j reads as a runner’s sentence', (problem, sentence) => {
    expect(problemSentence(problem)).toBe(sentence);
    expect(problemSentence(problem)).not.toMatch(CODE_WORDS);
  });

  it('says a race date outside the plan with dates, not codes', () => {
    const sentence = problemSentence({
      field: 'raceDate',
      reason: 'race-date-out-of-range',
      given: '2029-06-03',
      accepted: 'a date from 2026-11-23 to 2027-11-14 (2 to 52 weeks after the start)',
    });
    expect(sentence).toMatch(
      /^The race must be 2 to 52 weeks after your start: between .+2026 and .+2027\.$/,
    );
    expect(sentence).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('falls back to the API’s words without the field path or “accepted:”', () => {
    expect(
      problemSentence({
        field: 'race.time',
        reason: 'some-new-reason',
        message: 'race.time: "9" is odd; accepted: a time from 2027-01-02',
      }),
    ).not.toMatch(CODE_WORDS);
  });
});
