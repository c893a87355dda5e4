import { describe, expect, it } from 'vitest';
import { progressBar } from './progress-bar.js';

function recorder(isTTY: boolean): {
  written: string[];
  terminal: { isTTY: boolean; columns: number; write: (t: string) => void };
} {
  const written: string[] = [];
  return { written, terminal: { isTTY, columns: 60, write: (text) => void written.push(text) } };
}

describe('progressBar', () => {
  it('on a terminal: redraws one line in place, at most ten times a second, messages above it', () => {
    const { written, terminal } = recorder(true);
    let clock = 0;
    const bar = progressBar(terminal, 'import', () => clock);
    bar.update(10, 100, '1 files');
    clock = 50;
    bar.update(20, 100, '2 files');
    expect(written).toHaveLength(1);
    clock = 200;
    bar.update(50, 100, '5 files');
    expect(written[1]).toBe(
      `\r${String.fromCharCode(27)}[2K[${'█'.repeat(15)}${'░'.repeat(15)}]  50% 5 files`,
    );
    bar.message('speedwork import: bad.fit: damaged');
    expect(written.slice(2)).toEqual([
      '\r\u001b[2K',
      'speedwork import: bad.fit: damaged\n',
      written[1]?.slice(5),
    ]);
    bar.finish();
    expect(written[written.length - 1]).toBe('\r\u001b[2K');
  });

  it('in a log: a plain line at each tenth', () => {
    const { written, terminal } = recorder(false);
    const bar = progressBar(terminal, 'import', () => 0);
    for (let done = 0; done <= 100; done += 5) bar.update(done, 100, `${done} files`);
    bar.finish();
    expect(written).toHaveLength(10);
    expect(written[1]).toBe('speedwork import: 10% · 10 files\n');
  });
});
