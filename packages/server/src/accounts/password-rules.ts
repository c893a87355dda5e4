/**
 * What a new password must be, after NIST SP 800-63B (5.1.1.2): long enough, counted in characters (Unicode
 * code points, any of them, spaces too), and not one that is guessed first: a character repeated, a run such
 * as `1234567890`, the account's own email or name, or one of the most used passwords. No rules of
 * composition (a digit, a capital), which make passwords harder to remember and no harder to guess.
 */
import type { FieldProblem } from '../service-error.js';

export const MIN_PASSWORD_CHARS = 10;
export const MAX_PASSWORD_CHARS = 200;

/** How the rules read, for the sign-up and password forms. */
export const PASSWORD_RULES =
  `At least ${MIN_PASSWORD_CHARS} characters; a few words you remember are best. ` +
  'Not your email or name, not one character repeated or a run such as 1234567890.';

/** The most used passwords of 10 or more characters in public breach lists, and this service's name. */
const COMMON = new Set([
  '1234567890',
  '0987654321',
  '1111111111',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'qwertyuiop',
  'asdfghjkl;',
  'zxcvbnm,./',
  'password12',
  'password123',
  'password1234',
  'passw0rd123',
  'qwerty1234',
  'qwerty12345',
  'qwerty123456',
  'iloveyou123',
  'abc1234567',
  'abcdefghij',
  'letmein123',
  'welcome123',
  'football123',
  'princess123',
  'sunshine123',
  'speedwork',
  'speedwork1',
  'speedwork123',
]);

/** A run of characters each one code point after, or each one before, the last: `abcdefghij`, `9876543210`. */
function isRun(chars: readonly string[]): boolean {
  const codes = chars.map((c) => c.codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  return (
    (step === 1 || step === -1) && codes.every((code, i) => i === 0 || code - (codes[i - 1] ?? 0) === step)
  );
}

/** The text without the digits, spaces and marks at its ends: `ana lima` of `ana lima 2026!`. */
const lettersInside = (text: string): string => text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/**
 * The problem with a new password, or undefined when it may be used.
 * @example passwordProblem('          ', { email: 'ana@example.com' }) // 'is one character repeated…'
 */
export function passwordProblem(
  password: string,
  context: { email: string; name?: string | undefined },
  field = 'password',
): FieldProblem | undefined {
  const chars = Array.from(password.normalize('NFKC'));
  const problem = (reason: string, message: string): FieldProblem => ({
    field,
    reason,
    message,
    accepted: PASSWORD_RULES,
  });
  if (chars.length < MIN_PASSWORD_CHARS)
    return problem('too-short', `needs at least ${MIN_PASSWORD_CHARS} characters`);
  if (chars.length > MAX_PASSWORD_CHARS)
    return problem('too-long', `can have at most ${MAX_PASSWORD_CHARS} characters`);
  if (new Set(chars).size === 1) return problem('repeated', 'is one character repeated');
  if (password.trim() === '') return problem('blank', 'is only spaces');
  if (isRun(chars)) return problem('sequence', 'is a run of characters such as 1234567890');
  const lower = password.trim().toLowerCase();
  const email = context.email.trim().toLowerCase();
  const own = [email, email.split('@')[0] ?? '', context.name?.trim().toLowerCase() ?? ''].filter(
    (word) => word.length >= 3,
  );
  // The email or name alone, or with digits and marks around it (`ana@example.com1`, `Ana Lima 2026!`).
  const core = lettersInside(lower);
  if (own.some((word) => lower === word || (core.length >= 3 && core === lettersInside(word))))
    return problem('personal', 'is your email or name; choose something others cannot guess from it');
  if (COMMON.has(lower) || COMMON.has(core))
    return problem('common', 'is one of the most used passwords, tried first by anyone guessing');
  return undefined;
}
