import { describe, expect, it } from 'vitest';
import { csvField, logRowsToCsv, type LogRow } from './log-csv.js';

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

const ROWS: LogRow[] = [
  {
    date: '2026-12-14',
    type: 'track',
    status: 'done',
    rpe: 7,
    reps: [
      { distanceM: 100, durationS: 24.14 },
      { distanceM: 100, durationS: 23.6 },
    ],
  },
  {
    date: '2026-12-16',
    type: 'strength',
    status: 'partial',
    notes: 'Knee sore, skipped "tuck jumps", did the rest',
  },
  {
    date: '2026-12-18',
    type: 'hills',
    status: 'done',
    rpe: 8,
    notes: 'Windy.\nStill 3 repeats.',
    reps: [{ durationS: 60 }, { durationS: 72.45 }],
  },
  { date: '2026-12-19', type: 'easy', status: 'skipped', notes: '=HYPERLINK("http://example.com")' },
  { date: '2026-12-21', type: 'time-trial', status: 'done', reps: [{ distanceM: 5000, durationS: 1478.3 }] },
];

describe('logRowsToCsv', () => {
  it('RFC 4180: header, CRLF rows, quoted commas, quotes and line breaks, read back the same', () => {
    const csv = logRowsToCsv(ROWS);
    expect(csv.startsWith('date,type,status,rpe,notes,reps\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = parseCsv(csv);
    expect(parsed).toHaveLength(ROWS.length + 1);
    for (const row of parsed) expect(row).toHaveLength(6);
    expect(parsed[1]).toEqual(['2026-12-14', 'track', 'done', '7', '', '100 m in 24.1 s; 100 m in 23.6 s']);
    expect(parsed[2]?.[4]).toBe('Knee sore, skipped "tuck jumps", did the rest');
    expect(parsed[3]?.[4]).toBe('Windy.\nStill 3 repeats.');
    expect(parsed[3]?.[5]).toBe('1:00; 1:12.5');
    expect(parsed[5]?.[5]).toBe('5000 m in 24:38.3');
  });

  it('keeps a note that looks like a formula from running in a spreadsheet, unless asked not to', () => {
    expect(parseCsv(logRowsToCsv(ROWS))[4]?.[4]).toBe('\'=HYPERLINK("http://example.com")');
    expect(parseCsv(logRowsToCsv(ROWS, { guardFormulas: false }))[4]?.[4]).toBe(
      '=HYPERLINK("http://example.com")',
    );
  });

  it('an empty log is the header alone', () => {
    expect(logRowsToCsv([])).toBe('date,type,status,rpe,notes,reps\r\n');
  });
});

describe('csvField', () => {
  it('quotes only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "go"')).toBe('"say ""go"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });
});
