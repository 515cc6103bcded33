import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '#cli/command';
import { deriveKeys, KEY_FILE_NAME, resolveMasterSecret } from '#server/crypto/keys';
import { describeEnvIssues, type Env, parseEnv } from '#server/env';
import { encryptionKeyFingerprint } from '#store/backup-format';
import { type Database, openDatabase } from '#store/database';

export type BackupTarget = {
  readonly env: Env;
  readonly database: Database;
  /** Fingerprint of the key this installation runs with; null when the embedded database has none yet. */
  readonly keyFingerprint: string | null;
  /** Where that key lives, in words, for the reminder to keep it apart from backups. */
  readonly keyPlace: string;
};

/**
 * The database as it is, for backup and restore: unlike the other commands' `openDeps`, it is not
 * migrated here (restore brings it to the backup's own migration level first) and no key is
 * generated (a restore must not invent a key the backup's notes were not encrypted with).
 */
export async function openBackupTarget(
  io: CliIo,
  purpose: 'backup' | 'restore',
): Promise<{ ok: true; target: BackupTarget } | { ok: false; message: string }> {
  const env = parseEnv(io.env);
  if (!env.ok) return { ok: false, message: describeEnvIssues(env) };
  const { databaseUrl, dataDir } = env.value;
  if (!databaseUrl && purpose === 'backup' && !existsSync(join(dataDir, 'pgdata'))) {
    return {
      ok: false,
      message: `There is no embedded database in ${dataDir} (COUNTERPART_DATA_DIR) to back up.`,
    };
  }
  const keyFile = join(dataDir, KEY_FILE_NAME);
  let secret: string | undefined;
  if (env.value.encryptionKey || databaseUrl) {
    const resolved = resolveMasterSecret(env.value);
    if (!resolved.ok)
      return { ok: false, message: `Invalid configuration:\n  - ${resolved.issues[0]?.message}` };
    secret = resolved.value;
  } else if (existsSync(keyFile)) {
    secret = readFileSync(keyFile, 'utf8').trim();
  }
  const database = await openDatabase({ databaseUrl, dataDir });
  if (!database.ok) return { ok: false, message: database.issues.map((i) => i.message).join('\n') };
  return {
    ok: true,
    target: {
      env: env.value,
      database: database.value,
      keyFingerprint: secret ? encryptionKeyFingerprint(deriveKeys(secret).notes) : null,
      keyPlace: env.value.encryptionKey ? 'ENCRYPTION_KEY' : keyFile,
    },
  };
}
