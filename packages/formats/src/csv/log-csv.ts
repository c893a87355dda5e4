/**
 * A runner's training log as CSV (RFC 4180), for spreadsheets and coaches: one row per logged session,
 * quoted where a field needs it, CRLF line ends.
 */
import type { SessionType } from '@speedwork/core';

export type LogStatus = 'done' | 'partial' | 'skipped' | 'planned';

/** One rep as it was run. */
export interface LoggedRep {
  distanceM?: number;
  durationS: number;
}

/** One session of the log: what was planned for the date, and how it went. */
export interface LogRow {
  date: string;
  type: SessionType;
  status: LogStatus;
  /** Rate of perceived exertion, 1 (very easy) to 10 (maximal). */
  rpe?: number;
  notes?: string;
  reps?: readonly LoggedRep[];
}

export const LOG_CSV_COLUMNS = ['date', 'type', 'status', 'rpe', 'notes', 'reps'] as const;

export interface LogCsvOptions {
  /**
   * Prefix a text cell that starts with =, +, -, @, tab or carriage return with an apostrophe, so a
   * spreadsheet shows it instead of running it as a formula (default true; OWASP's advice on CSV injection).
   */
  guardFormulas?: boolean;
}

/**
 * The log as CSV text with a header row.
 * @example logRowsToCsv([{ date: '2026-12-14', type: 'track', status: 'done', rpe: 7, reps: [{ distanceM: 100, durationS: 24.1 }] }])
 * // "date,type,status,rpe,notes,reps\r\n2026-12-14,track,done,7,,100 m in 24.1 s\r\n"
 */
export function logRowsToCsv(rows: readonly LogRow[], options: LogCsvOptions = {}): string {
  const guard = options.guardFormulas ?? true;
  const lines = [LOG_CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const cells = [
      row.date,
      row.type,
      row.status,
      row.rpe === undefined ? '' : String(row.rpe),
      guarded(row.notes ?? '', guard),
      (row.reps ?? []).map(repWords).join('; '),
    ];
    lines.push(cells.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** "100 m in 24.1 s", "60 s" (a timed rep without a distance), "300 m in 1:12.4". */
function repWords(rep: LoggedRep): string {
  const tenths = Math.round(rep.durationS * 10);
  const minutes = Math.floor(tenths / 600);
  const seconds = (tenths % 600) / 10;
  const time = minutes === 0 ? `${seconds} s` : `${minutes}:${seconds < 10 ? '0' : ''}${seconds}`;
  return rep.distanceM === undefined ? time : `${Math.round(rep.distanceM)} m in ${time}`;
}

function guarded(text: string, guard: boolean): string {
  return guard && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * One field: quoted when it holds a comma, a quote or a line break, quotes doubled (RFC 4180 section 2).
 * @example csvField('said "go", twice') // "\"said \"\"go\"\", twice\""
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
