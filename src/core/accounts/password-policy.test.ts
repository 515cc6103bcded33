import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_MIN_LENGTH } from '#core/accounts/password-policy';

describe('checkPassword', () => {
  it('accepts a long passphrase', () => {
    expect(checkPassword('correct horse battery staple')).toEqual({
      ok: true,
      value: 'correct horse battery staple',
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
});
