/**
 * What a new password must be, in the words the server's rules use (packages/server/src/accounts/
 * password-rules.ts, after NIST SP 800-63B): the server checks the rest and names what is wrong.
 */
export const MIN_PASSWORD = 10;

export const PASSWORD_HINT =
  `At least ${MIN_PASSWORD} characters; a few words you remember are best. ` +
  'Not your email or name, not one character repeated or a run such as 1234567890.';

/** Characters as the server counts them: an emoji is one. */
export const passwordLength = (password: string): number => Array.from(password).length;
