/**
 * Progress on stderr while a long command runs. On a terminal: one line redrawn in place, at most ten times
 * a second, with messages (a bad file) printed above it. Elsewhere (a log, a pipe): a plain line at each
 * tenth of the way, so logs stay short.
 */
import type { Terminal } from '../io/cli-io.js';

export interface ProgressBar {
  /** `done` of `total` units (bytes); `label` says what is done in words. */
  update(done: number, total: number, label: string): void;
  /** A line of its own, kept above the bar. */
  message(line: string): void;
  /** Clears the bar, leaving the terminal clean for the report. */
  finish(): void;
}

const REDRAW_MS = 100;

/**
 * A progress bar for `terminal`; `now` reads the clock (passed in for tests).
 * @example progressBar(terminal, 'import', Date.now).update(50, 100, '120 files')
 */
export function progressBar(terminal: Terminal, command: string, now: () => number): ProgressBar {
  let lastDraw = -Infinity;
  let lastTenth = -1;
  let drawn = false;
  let latest = '';
  const clear = (): void => {
    if (drawn) terminal.write('\r\u001b[2K');
    drawn = false;
  };
  return {
    update(done, total, label) {
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const percent = Math.floor(share * 100);
      if (!terminal.isTTY) {
        const tenth = Math.floor(share * 10);
        if (tenth > lastTenth && tenth < 10) {
          lastTenth = tenth;
          terminal.write(`speedwork ${command}: ${percent}% · ${label}\n`);
        }
        return;
      }
      const time = now();
      if (time - lastDraw < REDRAW_MS && done < total) return;
      lastDraw = time;
      const width = Math.max(10, Math.min(30, (terminal.columns || 80) - label.length - 12));
      const filled = Math.round(share * width);
      latest = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${label}`;
      terminal.write(`\r\u001b[2K${latest.slice(0, Math.max(20, (terminal.columns || 80) - 1))}`);
      drawn = true;
    },
    message(line) {
      clear();
      terminal.write(`${line}\n`);
      if (latest !== '' && terminal.isTTY) {
        terminal.write(latest.slice(0, Math.max(20, (terminal.columns || 80) - 1)));
        drawn = true;
      }
    },
    finish() {
      clear();
      latest = '';
    },
  };
}
