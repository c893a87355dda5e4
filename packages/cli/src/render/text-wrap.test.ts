import { describe, expect, it } from 'vitest';
import { alignColumns, hangingIndent, wrapWords } from './text-wrap.js';

describe('wrapWords', () => {
  it('breaks at spaces and keeps long words whole', () => {
    expect(wrapWords('one two three', 7)).toEqual(['one two', 'three']);
    expect(wrapWords('abcdefghij k', 5)).toEqual(['abcdefghij', 'k']);
  });
});

describe('hangingIndent', () => {
  it('indents the lines after the first by the width of the label', () => {
    const lines = hangingIndent('why  ', 'a b c d e f g h i j k l m n o p q r s t u v w x y z', 30);
    expect(lines[0]?.startsWith('why  a')).toBe(true);
    expect(lines.slice(1).every((line) => line.startsWith('     '))).toBe(true);
    expect(lines.every((line) => line.length <= 30)).toBe(true);
  });
});

describe('alignColumns', () => {
  it('pads columns to their widest cell and right-aligns the asked ones', () => {
    expect(
      alignColumns(
        [
          ['a', '1:00'],
          ['bbb', '10:00'],
        ],
        [1],
      ),
    ).toEqual(['a     1:00', 'bbb  10:00']);
  });
});
