import { fail, issue, ok, type Result } from '#core/result';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** Length first (NIST 800-63B): long passphrases beat composition rules. */
export function checkPassword(
  password: string,
  path: readonly (string | number)[] = ['password'],
): Result<string> {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return fail([issue('too_short', `Use at least ${PASSWORD_MIN_LENGTH} characters.`, path)]);
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return fail([issue('too_long', `Use at most ${PASSWORD_MAX_LENGTH} characters.`, path)]);
  }
  if (new Set(password).size < 4) {
    return fail([issue('too_simple', 'Use a password with more different characters.', path)]);
  }
  return ok(password);
}
