/** Plain-text layout for a terminal about 100 columns wide. */

export const TEXT_WIDTH = 100;

/**
 * Breaks `text` into lines of at most `width` characters at spaces; a word longer than a line stays whole.
 * @example wrapWords('one two three', 7) // ['one two', 'three']
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A labelled block: `first` before the first line, spaces of the same width before the others.
 * @example hangingIndent('    why  ', 'a long sentence', 20)
 */
export function hangingIndent(first: string, text: string, width = TEXT_WIDTH): string[] {
  const pad = ' '.repeat(first.length);
  return wrapWords(text, Math.max(20, width - first.length)).map(
    (line, i) => `${i === 0 ? first : pad}${line}`,
  );
}

/** Columns padded to their widest cell, two spaces apart; `right` aligns the listed columns right. */
export function alignColumns(rows: readonly (readonly string[])[], right: readonly number[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        if (right.includes(i)) return cell.padStart(width);
        return i === row.length - 1 ? cell : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd(),
  );
}
