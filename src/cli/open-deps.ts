import type { CliIo } from '#cli/command';
import { createInlineJobQueue } from '#jobs/inline-job-queue';
import { JOBS } from '#jobs/job-list';
import type { AppDeps } from '#server/app-deps';
import { deriveKeys, resolveMasterSecret } from '#server/crypto/keys';
import { describeEnvIssues, type Env, parseEnv } from '#server/env';
import { createMailer } from '#server/mail/mailer';
import { openDatabase } from '#store/database';

/**
 * What every database-touching command needs: the parsed environment, the database (migrated), and
 * the mailer. Problems come back as one printable message, never a stack trace.
 */
export async function openDeps(
  io: CliIo,
): Promise<{ ok: true; deps: AppDeps } | { ok: false; message: string }> {
  const env = parseEnv(io.env);
  if (!env.ok) return { ok: false, message: describeEnvIssues(env) };
  const secret = resolveMasterSecret(env.value);
  if (!secret.ok) return { ok: false, message: `Invalid configuration:\n  - ${secret.issues[0]?.message}` };
  const database = await openDatabase({ databaseUrl: env.value.databaseUrl, dataDir: env.value.dataDir });
  if (!database.ok) return { ok: false, message: database.issues.map((i) => i.message).join('\n') };
  try {
    await database.value.migrate();
  } catch (error) {
    await database.value.close();
    return {
      ok: false,
      message: `The database could not be migrated: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const mailer = createMailer(
    { smtpUrl: env.value.smtpUrl, from: env.value.mailFrom, publicUrl: env.value.publicUrl },
    { error: (obj, msg) => io.err(`${msg} ${JSON.stringify(obj)}`) },
  );
  const deps: AppDeps = {
    database: database.value,
    env: env.value,
    mailer,
    keys: deriveKeys(secret.value),
    now: () => new Date(),
    jobs: createInlineJobQueue(JOBS, () => deps),
  };
  return { ok: true, deps };
}

export async function closeDeps(deps: AppDeps): Promise<void> {
  deps.mailer.close();
  await deps.database.close();
}

export function describeDatabase(env: Env): string {
  return env.databaseUrl ? `PostgreSQL (${redactUrl(env.databaseUrl)})` : `embedded PGlite in ${env.dataDir}`;
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}
