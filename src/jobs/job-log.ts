import type { JobName } from '#server/job-queue';

/** Levels at which a job's warnings are written (pino's names, as LOG_LEVEL takes them). */
const WARN_SHOWN = new Set(['warn', 'info', 'debug', 'trace']);

/**
 * A job's warning about one row it skipped, as one JSON line on stderr in pino's shape (level 40),
 * next to the server's own log. `JobDeps` carries no logger; the runtime logs a job's failures itself.
 * Never given an email's content: ids and the error's message only.
 */
export function warnSkipped(
  env: { readonly logLevel: string },
  job: JobName,
  detail: { readonly key: string; readonly error: unknown },
): void {
  if (!WARN_SHOWN.has(env.logLevel)) return;
  const error = detail.error instanceof Error ? detail.error.message : String(detail.error);
  const line = {
    level: 40,
    time: Date.now(),
    job,
    key: detail.key,
    error,
    msg: `The ${job} job skipped one email.`,
  };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}
