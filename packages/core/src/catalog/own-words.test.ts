import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXERCISES } from './exercises.js';
import { GUIDANCE } from './guidance.js';
import { TECHNIQUE_FOCUSES } from './technique.js';

/** The source article; its facts are the domain, its sentences are not ours. It lives beside the repository. */
const ARTICLE = fileURLToPath(new URL('../../../../../shared/seed/speed-training.txt', import.meta.url));
/**
 * Fingerprints of every 6-word run of the article, committed so the check runs in any clone without
 * committing the article's text. Regenerate with `UPDATE_FINGERPRINTS=1 npx vitest run own-words`.
 */
const FINGERPRINTS = fileURLToPath(new URL('./article-fingerprints.json', import.meta.url));
const RUN = 6;

function fingerprint(run: string): string {
  return createHash('sha256').update(run).digest('hex').slice(0, 16);
}

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
  it('keeps the committed fingerprints in step with the article when it is beside the repository', () => {
    if (!existsSync(ARTICLE)) return; // a clone without ../shared checks against the committed fingerprints
    const fromArticle = [...new Set(runs(readFileSync(ARTICLE, 'utf8')).map(fingerprint))].sort();
    if (process.env.UPDATE_FINGERPRINTS) writeFileSync(FINGERPRINTS, `${JSON.stringify(fromArticle)}\n`);
    expect(JSON.parse(readFileSync(FINGERPRINTS, 'utf8'))).toEqual(fromArticle);
  });

  it(`R-STR-3, R-TEC-1, R-GOL-1: no text copies a run of ${RUN} words from the article`, () => {
    const article = new Set(JSON.parse(readFileSync(FINGERPRINTS, 'utf8')) as string[]);
    expect(article.size, 'the article should yield word runs').toBeGreaterThan(500);
    const copied = catalogTexts().flatMap(({ where, text }) =>
      runs(text)
        .filter((run) => article.has(fingerprint(run)))
        .map((run) => `${where}: "${run}"`),
    );
    expect(copied).toEqual([]);
  });

  it('sees a copied sentence', () => {
    const article = new Set(JSON.parse(readFileSync(FINGERPRINTS, 'utf8')) as string[]);
    const copied = runs('You only need to do this once a week, and try to mix up the hills');
    expect(copied.some((run) => article.has(fingerprint(run)))).toBe(true);
  });
});
