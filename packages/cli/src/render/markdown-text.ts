/** Small Markdown helpers: text from the plan must not turn into formatting by accident. */

/**
 * Escapes the characters that would start emphasis, code, links or HTML inside running text.
 * @example escapeMarkdown('2 * 100 m') // "2 \\* 100 m"
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** A GitHub-flavoured table; cells are escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)];
}
