import { generatePlan, parseProfile, titleWithDistance, type Plan } from '@speedwork/core';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { sessionLines } from '../prescription/session-prescription.js';
import { encodeUtf8 } from '../text/text-codec.js';
import {
  easyRunSession,
  intervalsSession,
  longRunSession,
  tempoSession,
} from '../synthetic/sample-sessions.js';
import { escapeIcsText, foldIcsLine } from './ics-text.js';
import { planToIcs } from './plan-calendar.js';

function plan(units: 'km' | 'mi' = 'km'): Plan {
  const profile = parseProfile({
    recent: { distance: '5k', time: '25:00' },
    goal: { distance: '5k', time: '23:30' },
    raceDate: '2027-03-14',
    start: '2026-12-07',
    days: 'mon,wed,fri,sat',
    units,
  });
  if (!profile.ok) throw new Error('bad test profile');
  return generatePlan(profile.value);
}

const DTSTAMP = new Date('2026-12-01T08:00:00Z');

function events(ics: string): InstanceType<typeof ICAL.Event>[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('planToIcs', () => {
  it('parses back with ical.js: one all-day event per session, the full prescription in the description', () => {
    const p = plan();
    const ics = planToIcs(p, { dtstamp: DTSTAMP, calendarId: 'runner-42' });
    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('speedwork: 5K in 23:30');
    const parsed = events(ics);
    expect(parsed).toHaveLength(p.sessions.length);
    parsed.forEach((event, i) => {
      const session = p.sessions[i];
      if (session === undefined) throw new Error('missing session');
      expect(event.summary).toBe(titleWithDistance(session, 'km'));
      expect(event.description).toBe(sessionLines(session, 'km').join('\n'));
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(session.date);
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(86_400_000);
      expect(event.uid).toBe(`runner-42-${session.id}@speedwork`);
      expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-12-01T08:00:00Z');
    });
  });

  it('the description holds paces, recoveries, exercises with their cues, and the technique cue', () => {
    const p = plan('mi');
    const parsed = events(planToIcs(p, { dtstamp: DTSTAMP }));
    const track = parsed.find((e) => e.summary.startsWith('Track: 2 × 100 m'));
    expect(track?.description).toMatch(/Warm-up: ½ mile easy jog, then stretching/);
    expect(track?.description).toMatch(
      /Reps: 2 × 100 m — first 30 m flat out, the last 70 m in about \d\d s \(\d:\d\d\/mi\); jog 2:30 between/,
    );
    expect(track?.description).toMatch(/Technique, \w/);
    const strength = parsed.find((e) => e.summary.startsWith('Strength'));
    expect(strength?.description).toMatch(/Deadlift: [23] × 12–15 reps, light load, /);
    expect(strength?.description).toMatch(/\n {2}- /);
  });

  it('UIDs are stable: the same plan published again later updates the same events', () => {
    const p = plan();
    const first = events(planToIcs(p, { dtstamp: DTSTAMP, calendarId: 'r1' })).map((e) => e.uid);
    const later = events(planToIcs(p, { dtstamp: new Date('2027-01-05T10:00:00Z'), calendarId: 'r1' })).map(
      (e) => e.uid,
    );
    expect(later).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('RFC 5545: CRLF line endings, no line over 75 octets, UTF-8 never split by folding', () => {
    const ics = planToIcs(plan(), { dtstamp: DTSTAMP });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(encodeUtf8(line).length).toBeLessThanOrEqual(75);
    // "×" and "–" are 2 and 3 octets: unfolding gives back whole characters.
    expect(ics.replace(/\r\n /g, '')).toContain('2 × 100 m');
    expect(ics).not.toContain('\uFFFD');
  });
});

describe('planToIcs for the whole plan', () => {
  /** A plan whose first date holds an easy run with strides and then strength, plus the runs of a whole plan. */
  function wholePlan(): Plan {
    const base = plan();
    const run = easyRunSession(2400, { strides: { repeat: 6, durationS: 20 } });
    const strength = base.sessions.find((s) => s.type === 'strength');
    if (strength === undefined) throw new Error('the plan has strength sessions');
    return {
      ...base,
      assumptions: ['We assumed you run about 25 km a week.'],
      sessions: [
        run,
        { ...strength, date: run.date, id: `${run.date}-strength` },
        tempoSession(3, 480, 316),
        intervalsSession(5, 1000, 291, 180),
        longRunSession(12000, 6000, 342),
        {
          ...easyRunSession(1800, { runWalk: { runS: 180, walkS: 60 } }),
          id: '2026-12-19-easy',
          date: '2026-12-19',
        },
      ],
    };
  }

  it('R-DAY-1: a run and the strength after it on one date are two events with their own UIDs', () => {
    const parsed = events(planToIcs(wholePlan(), { dtstamp: DTSTAMP, calendarId: 'r1' }));
    const sameDay = parsed.filter((e) => e.startDate.toString() === '2026-12-15');
    expect(sameDay.map((e) => e.uid)).toEqual([
      'r1-2026-12-15-easy@speedwork',
      'r1-2026-12-15-strength@speedwork',
    ]);
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(parsed.length);
  });

  it('UIDs stay unique should two sessions ever share an id', () => {
    const p = wholePlan();
    const first = p.sessions[0];
    if (first === undefined) throw new Error('the plan has sessions');
    const uids = events(
      planToIcs({ ...p, sessions: [first, first] }, { dtstamp: DTSTAMP, calendarId: 'r1' }),
    ).map((e) => e.uid);
    expect(uids).toEqual(['r1-2026-12-15-easy@speedwork', 'r1-2026-12-15-easy-2@speedwork']);
  });

  it('R-LNG-1 / R-QUA-1: titles carry the distance, descriptions the session words', () => {
    const parsed = events(planToIcs(wholePlan(), { dtstamp: DTSTAMP }));
    const summaries = parsed.map((e) => e.summary);
    expect(summaries).toContain('Easy run: 40 min + strides · 6.2 km');
    expect(summaries).toContain('Tempo: 3 × 8 min at threshold · 9 km');
    expect(summaries).toContain('Intervals: 5 × 1000 m · 8.6 km');
    // A title that already names its distance keeps it once.
    expect(summaries).toContain('Long run: 18 km, the last 6 km at marathon pace');
    const long = parsed.find((e) => e.summary.startsWith('Long run'));
    expect(long?.description).toContain('Run: 6 km in about 34:12 (5:42/km, marathon pace)');
    expect(long?.description).toContain('Note: Fuel this one');
    const tempo = parsed.find((e) => e.summary.startsWith('Tempo'));
    expect(tempo?.description).toContain('Reps: 3 × 8 min at threshold pace (5:16/km), comfortably hard');
    const runWalk = parsed.find((e) => e.description.includes('run–walk'));
    expect(runWalk?.description).toContain('as run–walk: run 3 min, walk 1 min, and repeat');
    expect(parsed[0]?.description).toContain('then 6 × 20 s strides');
  });

  it('R-VOL-1: the plan’s assumptions and warnings describe the calendar', () => {
    const ics = planToIcs(wholePlan(), { dtstamp: DTSTAMP });
    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    expect(calendar.getFirstPropertyValue('x-wr-caldesc')).toContain(
      'We assumed you run about 25 km a week.',
    );
    expect(calendar.getFirstPropertyValue('description')).toContain('We assumed you run about 25 km a week.');
  });
});

describe('escapeIcsText', () => {
  it('escapes backslash, semicolon, comma and newlines, and ical.js reads them back', () => {
    const text = 'Jog; then, stretch\\rest\nnext line\r\nlast';
    const escaped = escapeIcsText(text);
    expect(escaped).toBe('Jog\\; then\\, stretch\\\\rest\\nnext line\\nlast');
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:x',
      `SUMMARY:${escaped}`,
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    expect(events(ics)[0]?.summary).toBe(text.replace('\r\n', '\n'));
  });
});

describe('foldIcsLine', () => {
  it('folds at 75 octets counting the leading space, and unfolds to the same line', () => {
    const line = `DESCRIPTION:${'ab× '.repeat(60)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(3);
    parts.forEach((part, i) => {
      expect(encodeUtf8(part).length).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
    });
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldIcsLine('SHORT:x')).toBe('SHORT:x');
  });
});
