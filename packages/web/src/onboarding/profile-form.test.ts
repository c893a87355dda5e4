import { describe, expect, it } from 'vitest';
import { describeIssue, parseProfile } from '@speedwork/core';
import {
  emptyForm,
  formFromBody,
  formIssues,
  livePaces,
  stepOfField,
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

describe('formIssues', () => {
  it('R-IN-1: finds the same problems, in the same words, as the API (core’s parseProfile)', () => {
    const form = { ...emptyForm(TODAY), recentTime: '12:00', weeks: '60' };
    const issues = formIssues(form);
    expect([...issues.keys()].sort()).toEqual(['days', 'recent.time', 'weeks']);
    const parsed = parseProfile(toProfileBody(form));
    if (parsed.ok) throw new Error('accepted');
    expect(parsed.issues.map((i) => describeIssue(i))).toContain(
      'recent.time: "12:00" is faster than the world record; accepted: 12:35 or slower for 5k (the world record)',
    );
  });
  it('is empty for a valid profile', () => {
    expect(formIssues({ ...emptyForm(TODAY), recentTime: '25:00', days: ['mon'] }).size).toBe(0);
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
  });
});
