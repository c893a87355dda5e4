import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from './exercises.js';
import { GUIDANCE } from './guidance.js';
import { TECHNIQUE_FOCUSES } from './technique.js';

/** The source article; its facts are the domain, its sentences are not ours. */
const ARTICLE = fileURLToPath(new URL('../../../../../shared/seed/speed-training.txt', import.meta.url));
const RUN = 6;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .split(' ')
    .filter((word) => word !== '');
}

function runs(text: string): string[] {
  const list = words(text);
  const result: string[] = [];
  for (let i = 0; i + RUN <= list.length; i += 1) result.push(list.slice(i, i + RUN).join(' '));
  return result;
}

function catalogTexts(): { where: string; text: string }[] {
  return [
    ...EXERCISES.flatMap((e) => [
      { where: `${e.id} name`, text: e.name },
      { where: `${e.id} description`, text: e.description },
      ...e.cues.map((text, i) => ({ where: `${e.id} cue ${i + 1}`, text })),
      ...(e.advancedVariant === undefined ? [] : [{ where: `${e.id} advanced`, text: e.advancedVariant }]),
    ]),
    ...TECHNIQUE_FOCUSES.flatMap((f) => [
      { where: `${f.id} summary`, text: f.summary },
      ...f.cues.map((text, i) => ({ where: `${f.id} cue ${i + 1}`, text })),
    ]),
    ...GUIDANCE.map((g) => ({ where: `${g.id} guidance`, text: `${g.title}. ${g.text}` })),
  ];
}

describe('catalog wording', () => {
  it(`R-STR-3, R-TEC-1, R-GOL-1: no text copies a run of ${RUN} words from the article`, () => {
    if (!existsSync(ARTICLE)) {
      throw new Error(`source article not found at ${ARTICLE}: the own-words check cannot run without it`);
    }
    const article = new Set(runs(readFileSync(ARTICLE, 'utf8')));
    expect(article.size, 'the article should yield word runs').toBeGreaterThan(500);
    const copied = catalogTexts().flatMap(({ where, text }) =>
      runs(text)
        .filter((run) => article.has(run))
        .map((run) => `${where}: "${run}"`),
    );
    expect(copied).toEqual([]);
  });
});
