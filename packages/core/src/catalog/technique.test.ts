import { describe, expect, it } from 'vitest';
import { TECHNIQUE_FOCUSES, techniqueFocusById } from './technique.js';

const cuesOf = (focus: { summary: string; cues: string[] }): string =>
  [focus.summary, ...focus.cues].join(' ').toLowerCase();

describe('TECHNIQUE_FOCUSES', () => {
  it('R-TEC-1: three focuses, stride, body control and breathing, each with cues', () => {
    expect(TECHNIQUE_FOCUSES.map((focus) => focus.id)).toEqual(['stride', 'body-control', 'breathing']);
    for (const focus of TECHNIQUE_FOCUSES) {
      expect(focus.name.trim(), focus.id).not.toBe('');
      expect(focus.summary.trim(), focus.id).not.toBe('');
      expect(focus.cues.length, focus.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('R-TEC-1: stride lands under the hip, drives behind, is powered by the push-off, with quick turnover', () => {
    const text = cuesOf(techniqueFocusById('stride'));
    expect(text).toMatch(/under your hip/);
    expect(text).toMatch(/behind/);
    expect(text).toMatch(/push/);
    expect(text).toMatch(/knee/);
    expect(text).toMatch(/turnover/);
  });

  it('R-TEC-1: body control keeps the head up, elbows at 90°, arms from the shoulders, loose hands', () => {
    const text = cuesOf(techniqueFocusById('body-control'));
    expect(text).toMatch(/head up/);
    expect(text).toMatch(/eyes/);
    expect(text).toMatch(/90/);
    expect(text).toMatch(/shoulders/);
    expect(text).toMatch(/hands/);
    expect(text).toMatch(/steady/);
  });

  it('R-TEC-1: breathing uses nose and mouth together, in a rhythm of 1–2 steps in and out', () => {
    const text = cuesOf(techniqueFocusById('breathing'));
    expect(text).toMatch(/nose and mouth/);
    expect(text).toMatch(/in for 1–2 steps, out for 1–2/);
  });
});

describe('techniqueFocusById', () => {
  it('R-TEC-1: finds every focus by its id', () => {
    for (const focus of TECHNIQUE_FOCUSES) expect(techniqueFocusById(focus.id)).toBe(focus);
  });
});
