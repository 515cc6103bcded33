import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, issue, ok, type Result } from '#core/result';

/**
 * The server's keys, each derived from one master secret (ENCRYPTION_KEY) for one purpose, so a
 * key used to sign calendar links can never decrypt a private note.
 */
export type Keys = {
  /** AES-256-GCM key for private notes. */
  readonly notes: Buffer;
  /** HMAC-SHA256 key for calendar subscription links. */
  readonly calendarFeeds: Buffer;
  /** HMAC key for the unsubscribe links in emails. */
  readonly unsubscribe: Buffer;
};

export function deriveKeys(masterSecret: string): Keys {
  const master = masterBytes(masterSecret);
  const derive = (purpose: string) =>
    Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `counterpart:${purpose}`, 32));
  return {
    notes: derive('private-notes:v1'),
    calendarFeeds: derive('calendar-feeds:v1'),
    unsubscribe: derive('unsubscribe-links:v1'),
  };
}

/** Base64 of 32+ bytes is used as bytes; any other string of 32+ characters is hashed to 32 bytes. */
function masterBytes(secret: string): Buffer {
  const decoded = /^[A-Za-z0-9+/=_-]+$/.test(secret) ? Buffer.from(secret, 'base64') : Buffer.alloc(0);
  return decoded.length >= 32 ? decoded : createHash('sha256').update(secret, 'utf8').digest();
}

export const KEY_FILE_NAME = 'encryption.key';

/**
 * The master secret: ENCRYPTION_KEY when set. Without it the embedded database keeps a generated key
 * in its data directory (created on first start, owner-only); PostgreSQL refuses to start without
 * one, because a production database and its key must not live in the same place.
 */
export function resolveMasterSecret(env: {
  encryptionKey: string | undefined;
  databaseUrl: string | undefined;
  dataDir: string;
}): Result<string> {
  if (env.encryptionKey) return ok(env.encryptionKey);
  if (env.databaseUrl) {
    return fail([
      issue(
        'env',
        'ENCRYPTION_KEY: required with DATABASE_URL (it encrypts private notes). Generate one with `openssl rand -base64 32` and keep it apart from database backups.',
        ['ENCRYPTION_KEY'],
      ),
    ]);
  }
  const file = join(env.dataDir, KEY_FILE_NAME);
  if (existsSync(file)) return ok(readFileSync(file, 'utf8').trim());
  mkdirSync(env.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64');
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
    return ok(secret);
  } catch {
    return ok(readFileSync(file, 'utf8').trim()); // another process wrote it first
  }
}
