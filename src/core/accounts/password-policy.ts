import { fail, issue, ok, type Result } from '#core/result';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

/** Words that make a password guessable for this service, whoever the account is (NIST 800-63B 3.1.1.2). */
const SERVICE_WORDS = ['counterpart'];
/** Shorter names and email local parts (e.g. "al", "hr") would refuse too much by accident. */
const MIN_PERSONAL_WORD = 4;

/** What the rule knows about the password's owner, when it is at hand. */
export type PasswordContext = {
  /** The shipped list (see `parseCommonPasswords`); absent, only the length and variety rules apply. */
  readonly commonPasswords?: ReadonlySet<string>;
  readonly email?: string;
  readonly orgName?: string;
};

/**
 * Length first (NIST 800-63B): long passphrases beat composition rules. Then the password must not be
 * a commonly used one, nor be built from the account's email or the organisation's name.
 */
export function checkPassword(
  password: string,
  context: PasswordContext = {},
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
  if (context.commonPasswords?.has(listForm(password))) {
    return fail([
      issue(
        'too_common',
        'This password is one of the most commonly used, so it is among the first an attacker tries. Choose another, for example a few unrelated words.',
        path,
      ),
    ]);
  }
  const personal = personalWordIn(password, context);
  if (personal) return fail([issue('too_personal', personal, path)]);
  return ok(password);
}

/** The shipped list's text: one password a line, `#` comments; kept in the form `checkPassword` compares. */
export function parseCommonPasswords(text: string): ReadonlySet<string> {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  return new Set(lines.filter((line) => line && !line.startsWith('#')).map(listForm));
}

/** Case and spaces ignored: "Correct Horse Battery Staple" is "correcthorsebatterystaple". */
function listForm(password: string): string {
  return password.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Letters and digits only, so "Northwind Traders" is found in "northwind-traders-2024". */
function wordForm(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function personalWordIn(password: string, context: PasswordContext): string | null {
  const haystack = wordForm(password);
  const contains = (word: string | undefined) => {
    const needle = wordForm(word ?? '');
    return needle.length >= MIN_PERSONAL_WORD && haystack.includes(needle);
  };
  if (contains(context.email?.split('@')[0])) return 'Do not use your email address in your password.';
  if (contains(context.orgName)) return 'Do not use your organisation’s name in your password.';
  if (SERVICE_WORDS.some(contains)) return 'Do not use the name of this service in your password.';
  return null;
}
