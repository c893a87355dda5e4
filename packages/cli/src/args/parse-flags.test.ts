import { describe, expect, it } from 'vitest';
import type { FlagSpec } from './flag-spec.js';
import { parseFlags } from './parse-flags.js';

const SPECS: FlagSpec[] = [
  { name: 'recent', type: 'string', valueName: 'DIST=TIME', description: '' },
  { name: 'days', type: 'string', valueName: 'DAYS', description: '' },
  { name: 'help', type: 'boolean', short: 'h', description: '' },
];

describe('parseFlags', () => {
  it('reads string and boolean flags, inline values and empty values', () => {
    expect(parseFlags(['--recent=5k=25:00', '--days', '', '-h'], SPECS)).toEqual({
      ok: true,
      values: { recent: '5k=25:00', days: '', help: true },
      positionals: [],
    });
  });

  it('R-IN-1: names an unknown flag and lists the accepted ones, without blaming its value', () => {
    const parsed = parseFlags(['--colour', 'red', '--days', 'mon'], SPECS);
    expect(parsed).toEqual({
      ok: false,
      problems: ['unknown flag --colour; accepted flags: --recent, --days, --help'],
    });
  });

  it('R-IN-1: reports every problem at once', () => {
    const parsed = parseFlags(['--nope', '--help=yes', 'stray', '--days'], SPECS);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      'unknown flag --nope; accepted flags: --recent, --days, --help',
      '--help takes no value, but was given "yes"',
      'unexpected argument "stray"; every value follows its flag, such as --weeks 10',
      '--days needs a value, such as --days DAYS',
    ]);
  });

  it('treats a flag where a value should be as a missing value, not as the value', () => {
    const parsed = parseFlags(['--recent', '--days', 'mon'], SPECS);
    expect(parsed).toEqual({ ok: false, problems: ['--recent needs a value, such as --recent DIST=TIME'] });
  });

  it('takes as many words on their own as allowed, and names the extra ones', () => {
    expect(parseFlags(['run.fit', '-h'], SPECS, { name: 'FILE', max: 1 })).toEqual({
      ok: true,
      values: { help: true },
      positionals: ['run.fit'],
    });
    expect(parseFlags(['a.fit', 'b.fit'], SPECS, { name: 'FILE', max: 1 })).toEqual({
      ok: false,
      problems: ['unexpected argument "b.fit"; give one FILE, and every other value after its flag'],
    });
  });
});
