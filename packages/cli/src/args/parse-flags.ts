/**
 * Command-line flags to values with node:util `parseArgs`, reporting every problem at once (unknown flags,
 * missing values, stray words) in words that name the flag and what it accepts, instead of the first one as
 * an exception.
 */
import { parseArgs } from 'node:util';
import { flagNames, type FlagSpec } from './flag-spec.js';

export type FlagValues = Record<string, string | boolean | undefined>;

export type ParsedFlags =
  { ok: true; values: FlagValues; positionals: string[] } | { ok: false; problems: string[] };

export interface PositionalSpec {
  /** How the argument reads in messages: `FILE`, `DIR|ZIP`. */
  name: string;
  /** How many words may stand on their own (default 0: every value follows its flag). */
  max: number;
}

type ParseArgsOptions = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

/**
 * Parses `args` against `specs`; words on their own (a file name) only as many as `positional` allows.
 * @example parseFlags(['--units', 'mi'], [{ name: 'units', type: 'string', description: '' }])
 * // { ok: true, values: { units: 'mi' }, positionals: [] }
 */
export function parseFlags(
  args: readonly string[],
  specs: readonly FlagSpec[],
  positional: PositionalSpec = { name: 'VALUE', max: 0 },
): ParsedFlags {
  const options = toParseArgsOptions(specs);
  const problems = findProblems(args, specs, options, positional);
  if (problems.length > 0) return { ok: false, problems };
  try {
    const parsed = parseArgs({
      args: [...args],
      options,
      strict: true,
      allowPositionals: positional.max > 0,
    });
    return { ok: true, values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    // The checks above mirror strict mode; this is the safety net, still a usage error and not a crash.
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
}

function toParseArgsOptions(specs: readonly FlagSpec[]): ParseArgsOptions {
  const options: ParseArgsOptions = {};
  for (const spec of specs) {
    options[spec.name] =
      spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short };
  }
  return options;
}

/** Walks the tokens of a lenient parse and says what strict parsing would reject, all of it. */
function findProblems(
  args: readonly string[],
  specs: readonly FlagSpec[],
  options: ParseArgsOptions,
  positional: PositionalSpec,
): string[] {
  const { tokens } = parseArgs({
    args: [...args],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const problems: string[] = [];
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  // `--recent --days mon` makes the lenient parse read `--days` as the value of --recent and `mon` as a
  // stray word, and `--colour red` reads `red` as one: that word is a flag's value, not a problem of its own.
  let skipNextWord = false;
  let positionals = 0;
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (skipNextWord) {
        skipNextWord = false;
        continue;
      }
      if (++positionals <= positional.max) continue;
      problems.push(
        positional.max === 0
          ? `unexpected argument ${JSON.stringify(token.value)}; every value follows its flag, such as --weeks 10`
          : `unexpected argument ${JSON.stringify(token.value)}; give one ${positional.name}, and every other value after its flag`,
      );
      continue;
    }
    if (token.kind !== 'option') continue;
    skipNextWord = false;
    const spec = byName.get(token.name);
    if (spec === undefined) {
      problems.push(`unknown flag ${token.rawName}; accepted flags: ${flagNames(specs)}`);
      skipNextWord = token.value === undefined;
      continue;
    }
    if (spec.type === 'boolean') {
      if (token.value !== undefined)
        problems.push(`${token.rawName} takes no value, but was given ${JSON.stringify(token.value)}`);
      continue;
    }
    const value = token.value;
    const swallowed = value !== undefined && !token.inlineValue && value.startsWith('-') && value !== '-';
    if (swallowed) skipNextWord = takesValue(value, byName);
    if (value === undefined || swallowed)
      problems.push(`--${spec.name} needs a value, such as --${spec.name} ${spec.valueName ?? 'VALUE'}`);
  }
  return problems;
}

/** True when `raw` is a long flag written without `=` whose value would follow as the next word. */
function takesValue(raw: string, byName: ReadonlyMap<string, FlagSpec>): boolean {
  if (!raw.startsWith('--') || raw.includes('=')) return false;
  return byName.get(raw.slice(2))?.type === 'string';
}
