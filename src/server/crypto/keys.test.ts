import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveKeys, KEY_FILE_NAME, resolveMasterSecret } from '#server/crypto/keys';

describe('the server key', () => {
  it('is required with PostgreSQL, naming the variable and how to make one', () => {
    const r = resolveMasterSecret({
      encryptionKey: undefined,
      databaseUrl: 'postgres://x/y',
      dataDir: '/nowhere',
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]?.message).toMatch(/^ENCRYPTION_KEY: required with DATABASE_URL.*openssl rand/);
  });

  it('is generated once into the embedded data directory, owner-only, and reused', () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'cp-key-')), 'data');
    const env = { encryptionKey: undefined, databaseUrl: undefined, dataDir };
    const first = resolveMasterSecret(env);
    const second = resolveMasterSecret(env);
    expect(first.ok && second.ok && first.value === second.value).toBe(true);
    const file = join(dataDir, KEY_FILE_NAME);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toHaveLength(32);
  });

  it('prefers ENCRYPTION_KEY, and derives a different key for each purpose', () => {
    const r = resolveMasterSecret({
      encryptionKey: 'k'.repeat(40),
      databaseUrl: 'postgres://x/y',
      dataDir: '/x',
    });
    expect(r.ok && r.value).toBe('k'.repeat(40));
    const keys = deriveKeys('k'.repeat(40));
    expect(keys.notes).toHaveLength(32);
    expect(keys.notes.equals(keys.calendarFeeds)).toBe(false);
    expect(deriveKeys('k'.repeat(40)).notes.equals(keys.notes)).toBe(true);
    expect(deriveKeys('j'.repeat(40)).notes.equals(keys.notes)).toBe(false);
  });
});
