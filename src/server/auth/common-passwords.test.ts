import { describe, expect, it } from 'vitest';
import { checkPassword, PASSWORD_MIN_LENGTH } from '#core/accounts/password-policy';
import { commonPasswords } from '#server/auth/common-passwords';
import { DEMO_PASSWORD } from '#store/demo/demo-people';

describe('the shipped common-password list', () => {
  const list = commonPasswords();

  it('holds thousands of passwords the length rule alone would allow', () => {
    expect(list.size).toBeGreaterThan(1000);
    for (const password of list) {
      expect([...password].length).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
      expect(checkPassword(password)).toMatchObject({ ok: true });
    }
  });

  it('refuses the obvious ones', () => {
    for (const password of ['password1234', '123456789012', 'qwertyuiopas', 'iloveyou1234', 'Summer2024!!']) {
      expect(checkPassword(password, { commonPasswords: list })).toMatchObject({
        ok: false,
        issues: [{ code: 'too_common' }],
      });
    }
  });

  it('is read once', () => {
    expect(commonPasswords()).toBe(list);
  });

  it('does not list the demo password (which is seeded directly, never through the rule)', () => {
    expect(list.has(DEMO_PASSWORD.toLowerCase())).toBe(false);
  });
});
