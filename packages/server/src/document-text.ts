/**
 * Text no document of ours holds: control characters (PostgreSQL refuses NUL in text; the rest only ever
 * come from a hostile client) and nesting deeper than any of our documents. Used by the API's input guard for
 * every JSON body and by the import for the export file.
 */

/** C0 controls but tab, line feed and carriage return; DEL; the C1 controls. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
export const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Deeper than any document of ours (an export is about 10 levels); a 5,000-deep one only costs stack. */
export const MAX_JSON_DEPTH = 64;

export interface TextProblem {
  /** Dotted path in the document: `plans.0.sessions.3.session.type`; `(body)` for the whole. */
  field: string;
  reason: 'control-character' | 'too-deep';
  message: string;
}

interface Visit {
  value: unknown;
  depth: number;
  key: string | undefined;
  parent: Visit | undefined;
}

function pathOf(visit: Visit): string {
  const keys: string[] = [];
  for (let v: Visit | undefined = visit; v?.key !== undefined; v = v.parent) keys.push(v.key);
  return keys.reverse().join('.') || '(body)';
}

/**
 * The first string (or key) with a control character, or the first value nested too deep, in a parsed JSON
 * document; undefined when there is none. Iterative, so no document can exhaust the stack.
 * @example firstTextProblem({ name: 'a\u0000b' }) // { field: 'name', reason: 'control-character', ... }
 */
export function firstTextProblem(document: unknown, maxDepth = MAX_JSON_DEPTH): TextProblem | undefined {
  const stack: Visit[] = [{ value: document, depth: 0, key: undefined, parent: undefined }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { value, depth } = visit;
    if (typeof value === 'string') {
      if (CONTROL.test(value))
        return {
          field: pathOf(visit),
          reason: 'control-character',
          message: 'has a control character (such as NUL); accepted: text without them',
        };
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= maxDepth)
      return {
        field: pathOf(visit),
        reason: 'too-deep',
        message: `is nested more than ${maxDepth} levels deep`,
      };
    const entries = Array.isArray(value)
      ? (value as unknown[]).map((item, i) => [String(i), item] as const)
      : Object.entries(value as Record<string, unknown>);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i] ?? ['', undefined];
      const child: Visit = { value: item, depth: depth + 1, key, parent: visit };
      if (CONTROL.test(key))
        return {
          field: pathOf(child),
          reason: 'control-character',
          message: 'has a control character in its name',
        };
      stack.push(child);
    }
  }
  return undefined;
}
