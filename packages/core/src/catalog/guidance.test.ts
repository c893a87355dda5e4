import { describe, expect, it } from 'vitest';
import { GUIDANCE } from './guidance.js';

const sentences = (text: string): number => text.split(/[.!?](?:\s|$)/).filter((s) => s.trim()).length;

describe('GUIDANCE', () => {
  it('R-GOL-1: carries advice on eating well, recovery, consistency and form', () => {
    expect(GUIDANCE.map((guidance) => guidance.id)).toEqual(['nutrition', 'recovery', 'consistency', 'form']);
  });

  it('R-GOL-1: each piece of advice has a title and two to four sentences', () => {
    for (const guidance of GUIDANCE) {
      expect(guidance.title.trim(), guidance.id).not.toBe('');
      expect(sentences(guidance.text), guidance.id).toBeGreaterThanOrEqual(2);
      expect(sentences(guidance.text), guidance.id).toBeLessThanOrEqual(4);
    }
  });

  it('R-GOL-1: says food matters as much as training, rest lets muscles recover, and steady work pays', () => {
    const text = (id: string): string => GUIDANCE.find((g) => g.id === id)?.text.toLowerCase() ?? '';
    expect(text('nutrition')).toMatch(/as much as/);
    expect(text('recovery')).toMatch(/rest/);
    expect(text('consistency')).toMatch(/goal/);
  });
});
