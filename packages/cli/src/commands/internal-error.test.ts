import { describe, expect, it } from 'vitest';
import { guardInternalErrors } from './internal-error.js';

describe('guardInternalErrors', () => {
  it('passes an outcome through', () => {
    const outcome = { exitCode: 0 as const, stdout: 'ok\n', stderr: '' };
    expect(guardInternalErrors(() => outcome)).toBe(outcome);
  });

  it('turns a thrown error into one line and exit code 1, with no stack', () => {
    const outcome = guardInternalErrors(() => {
      throw new Error('week layout has no days\n    at layoutWeek (week-layout.ts:1:1)');
    });
    expect(outcome).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: 'speedwork: internal error: week layout has no days\n',
    });
  });

  it('reports a thrown non-error too', () => {
    expect(
      guardInternalErrors(() => {
        throw 'odd'; // eslint-disable-line @typescript-eslint/only-throw-error
      }).stderr,
    ).toBe('speedwork: internal error: odd\n');
  });
});
