import { describe, expect, it } from 'vitest';
import { describeIssue, parseProfile } from '@speedwork/core';
import {
  completeForm,
  describeForForm,
  emptyForm,
  formFromBody,
  formIssues,
  livePaces,
  stepOfField,
  switchUnits,
  toProfileBody,
} from './profile-form.js';

const TODAY = '2026-11-16';

describe('toProfileBody', () => {
  it('turns the form into the API body, goal and race date only with a goal', () => {
    const form = { ...emptyForm(TODAY), recentTime: '2500', days: ['mon' as const, 'thu' as const] };
    expect(toProfileBody(form)).toEqual({
      recent: { distance: '5k', time: '25:00' },
      start: TODAY,
      days: ['mon', 'thu'],
      equipment: 'gym',
      level: 'intermediate',
      units: 'km',
      weeks: 12,
    });
    const withGoal = { ...form, hasGoal: true, goalTime: '23:30', raceDate: '2027-02-28' };
    const body = toProfileBody(withGoal);
    expect(body.goal).toEqual({ distance: '5k', time: '23:30' });
    expect(body.raceDate).toBe('2027-02-28');
    expect(body.weeks).toBeUndefined();
  });

  it('round-trips a stored profile through the form', () => {
    const body = {
      recent: { distance: 'half', time: '1:45:00' },
      goal: { distance: '10k', time: '45:00' },
      start: TODAY,
      weeks: 10,
      days: ['tue', 'sat'],
      equipment: 'none' as const,
      level: 'advanced' as const,
      units: 'mi' as const,
    };
    expect(toProfileBody(formFromBody(body, TODAY))).toEqual(body);
  });
});

describe('R-VOL-1: the runner’s current training in the form', () => {
  const valid = { ...emptyForm(TODAY), recentTime: '25:00', days: ['mon' as const] };

  it('sends kilometres or miles as metres, and leaves out what the runner does not know', () => {
    expect(toProfileBody({ ...valid, weeklyDistance: '30', longestRun: '12,5' }).current).toEqual({
      weeklyDistanceM: 30000,
      longestRunM: 12500,
    });
    expect(toProfileBody({ ...valid, units: 'mi', weeklyDistance: '20', longestRun: '8' }).current).toEqual({
      weeklyDistanceM: 32187,
      longestRunM: 12875,
    });
    const weeklyOnly = { ...valid, weeklyDistance: '30', longestRun: '12', longestUnknown: true };
    expect(toProfileBody(weeklyOnly).current).toEqual({ weeklyDistanceM: 30000 });
    const neither = { ...valid, weeklyUnknown: true, longestUnknown: true, weeklyDistance: '30' };
    expect(toProfileBody(neither)).not.toHaveProperty('current');
    expect(formIssues(neither).size).toBe(0);
  });

  it('asks for a number or “I don’t know”, and names bad answers in the runner’s units', () => {
    const blank = formIssues(valid);
    expect([...blank.keys()]).toEqual(['current.weeklyDistanceM', 'current.longestRunM']);
    const [first] = blank.values();
    if (!first) throw new Error('no issue');
    expect(describeForForm(first)).toBe('Type your weekly distance, or tick “I don’t know”.');
    const bad = formIssues({ ...valid, units: 'mi', weeklyDistance: 'lots', longestRun: '200' });
    expect(describeForForm(bad.get('current.weeklyDistanceM') ?? first)).toBe(
      '“lots” is not a distance: type a number, such as 25.',
    );
    expect(describeForForm(bad.get('current.longestRunM') ?? first)).toBe(
      'Your longest run can be 0 to 37.3 mi.',
    );
    const longer = formIssues({ ...valid, weeklyDistance: '20', longestRun: '25' });
    expect(describeForForm(longer.get('current.longestRunM') ?? first)).toBe(
      'Your longest run can be at most your weekly distance (20 km).',
    );
  });

  it('keeps the distances when the runner switches units', () => {
    const form = { ...valid, weeklyDistance: '32', longestRun: '' };
    expect(switchUnits(form, 'mi')).toEqual({ units: 'mi', weeklyDistance: '19.9', longestRun: '' });
  });

  it('fills settings from a stored profile, in the stored units, and back', () => {
    const body = {
      ...toProfileBody(valid),
      units: 'mi' as const,
      current: { weeklyDistanceM: 32187 },
    };
    const form = formFromBody(body, TODAY);
    expect(form).toMatchObject({
      weeklyDistance: '20',
      weeklyUnknown: false,
      longestRun: '',
      longestUnknown: true,
    });
    expect(toProfileBody(form).current).toEqual({ weeklyDistanceM: 32187 });
  });

  it('gives a draft saved before the questions existed their defaults', () => {
    const old: Partial<ReturnType<typeof emptyForm>> = { ...valid };
    delete old.weeklyDistance;
    delete old.weeklyUnknown;
    expect(completeForm(old, TODAY)).toMatchObject({ weeklyDistance: '', weeklyUnknown: false });
  });
});

describe('formIssues', () => {
  it('R-IN-1: finds the same problems, in the same words, as the API (core’s parseProfile)', () => {
    const form = {
      ...emptyForm(TODAY),
      recentTime: '12:00',
      weeks: '60',
      weeklyUnknown: true,
      longestUnknown: true,
    };
    const issues = formIssues(form);
    expect([...issues.keys()].sort()).toEqual(['days', 'recent.time', 'weeks']);
    const parsed = parseProfile(toProfileBody(form));
    if (parsed.ok) throw new Error('accepted');
    expect(parsed.issues.map((i) => describeIssue(i))).toContain(
      'recent.time: "12:00" is faster than the world record; accepted: 12:35 or slower for 5k (the world record)',
    );
  });
  it('is empty for a valid profile', () => {
    const form = { ...emptyForm(TODAY), recentTime: '25:00', days: ['mon' as const] };
    expect(formIssues({ ...form, weeklyDistance: '25', longestUnknown: true }).size).toBe(0);
  });
});

describe('livePaces', () => {
  it('gives paces as soon as the race is valid, nothing before', () => {
    expect(livePaces({ recentDistance: '5k', recentTime: '25:' })).toBeUndefined();
    expect(livePaces({ recentDistance: '5k', recentTime: '25:00' })?.report.vdot).toBe(38.3);
  });
});

describe('stepOfField', () => {
  it('sends the runner back to the step that holds a field', () => {
    expect(stepOfField('recent.time')).toBe('race');
    expect(stepOfField('raceDate')).toBe('goal');
    expect(stepOfField('days')).toBe('days');
    expect(stepOfField('units')).toBe('setup');
    expect(stepOfField('current.longestRunM')).toBe('running');
  });
});
