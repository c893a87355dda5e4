/**
 * The web app's folders form layers, and every import runs one way: the shell (app/) imports screens,
 * screens import the kit (ui/), the kit imports the base (api/, units/, offline/, drafts/). An arrow back
 * up (a screen importing the shell, the kit importing a screen) would tangle the layers again (issue 14).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../packages/web/src');
const LAYER: Record<string, number> = { app: 0, ui: 2, api: 3, units: 3, offline: 3, drafts: 3 };
/** Any other folder is a screen's (auth, plan, session…). */
const SCREEN_LAYER = 1;
const NAMES = ['shell', 'screens', 'kit', 'base'];

function layerOf(file: string): number {
  const top = relative(SRC, file).split('/')[0] ?? '';
  if (!top.includes('.')) return LAYER[top] ?? SCREEN_LAYER;
  return -1; // main.tsx starts the app and may import anything.
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test(-support)?\./.test(entry.name) ? [path] : [];
  });
}

describe('web layers (issue 14 layout)', () => {
  it('every relative import goes to the same layer or one below it', () => {
    const upward: string[] = [];
    for (const file of sources(SRC)) {
      const from = layerOf(file);
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
        const target = resolve(dirname(file), match[1] ?? '');
        const to = layerOf(target);
        if (from >= 0 && to < from)
          upward.push(`${relative(SRC, file)} (${NAMES[from]}) imports ${match[1]} (${NAMES[to]})`);
      }
    }
    expect(upward).toEqual([]);
  });
});
