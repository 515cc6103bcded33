import { describe, expect, it } from 'vitest';
import { DECOY_HASH, hashPassword, randomToken, tokenId, verifyPassword } from '#server/auth/secrets';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one, with a fresh salt each time', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
  });

  it('treats unknown formats and the decoy as never matching', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('', DECOY_HASH)).toBe(false);
  });
});

describe('tokens', () => {
  it('are random, url-safe, and stored only as a digest', () => {
    const token = randomToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken()).not.toBe(token);
    expect(tokenId(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenId(token)).not.toContain(token);
  });
});
