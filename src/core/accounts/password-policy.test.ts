import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_MIN_LENGTH, parseCommonPasswords } from '#core/accounts/password-policy';

const commonPasswords = parseCommonPasswords(
  '# a comment line\npassword1234\n\n  iloveyou1234  \ncorrecthorsebatterystaple\r\n',
);
const context = { commonPasswords, email: 'samuel.okafor@northwind.example', orgName: 'Northwind Traders' };
const codeOf = (password: string) => {
  const result = checkPassword(password, context);
  return result.ok ? 'ok' : result.issues[0]?.code;
};

describe('checkPassword', () => {
  it('accepts a long passphrase', () => {
    expect(checkPassword('plum tractor lantern quietly', context)).toEqual({
      ok: true,
      value: 'plum tractor lantern quietly',
    });
  });

  it('refuses anything shorter than the minimum, counting characters not bytes', () => {
    const short = checkPassword(`${'abcdefghij'.slice(0, PASSWORD_MIN_LENGTH - 2)}é!`);
    expect(short).toMatchObject({ ok: true });
    const tooShort = checkPassword('abcdefghijk');
    expect(tooShort).toMatchObject({ ok: false, issues: [{ code: 'too_short', path: ['password'] }] });
  });

  it('refuses a long run of one or two characters and absurd lengths', () => {
    expect(checkPassword('aaaaaaaaaaaaaaaa')).toMatchObject({ ok: false, issues: [{ code: 'too_simple' }] });
    expect(checkPassword('ab'.repeat(150))).toMatchObject({ ok: false, issues: [{ code: 'too_long' }] });
  });

  it('checks length before anything else', () => {
    expect(codeOf('password')).toBe('too_short');
    expect(codeOf('x'.repeat(201))).toBe('too_long');
  });

  it('refuses a common password whatever its case and spacing', () => {
    for (const password of ['password1234', 'PASSWORD1234', 'ILoveYou1234', 'Correct Horse Battery Staple']) {
      expect(checkPassword(password, context)).toEqual({
        ok: false,
        issues: [
          {
            code: 'too_common',
            path: ['password'],
            message: expect.stringMatching(/^This password is one of the most commonly used/),
          },
        ],
      });
    }
    expect(codeOf('password1234 but longer and mine')).toBe('ok');
  });

  it('refuses a password built from the email, the organisation or the service name', () => {
    expect(codeOf('Samuel.Okafor-2026')).toBe('too_personal');
    expect(codeOf('samuelokafor is me')).toBe('too_personal');
    expect(codeOf('northwind-traders-2026')).toBe('too_personal');
    expect(codeOf('my Counterpart login')).toBe('too_personal');
    expect(checkPassword('NorthwindTraders!!', context)).toMatchObject({
      ok: false,
      issues: [{ message: 'Do not use your organisation’s name in your password.', path: ['password'] }],
    });
  });

  it('does not refuse for very short names, nor without the context', () => {
    expect(checkPassword('al is my nickname', { email: 'al@x.example', orgName: 'HR' })).toMatchObject({
      ok: true,
    });
    expect(checkPassword('password1234')).toMatchObject({ ok: true });
  });

  it('reports under the given path', () => {
    expect(checkPassword('short', {}, ['account', 'password'])).toMatchObject({
      ok: false,
      issues: [{ path: ['account', 'password'] }],
    });
  });
});

describe('parseCommonPasswords', () => {
  it('keeps one entry a line, lower case and without spaces, skipping comments and blanks', () => {
    expect([...commonPasswords].sort()).toEqual([
      'correcthorsebatterystaple',
      'iloveyou1234',
      'password1234',
    ]);
    expect(parseCommonPasswords('Pass Word 1234')).toEqual(new Set(['password1234']));
  });
});
