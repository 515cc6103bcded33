import type { AppDeps } from '#server/app-deps';
import type { JobName } from '#server/job-queue';

/** What a job may use: everything a request may, except queueing more jobs. */
export type JobDeps = Omit<AppDeps, 'jobs'>;

/**
 * One background job. `run` must be idempotent: it may run again after a crash or a retry, and on
 * several instances at once; every email it sends goes through `sendOnce` with a key naming the
 * occasion, so nothing is sent twice. It throws to ask for a retry (with backoff).
 */
export type JobDefinition = {
  readonly name: JobName;
  /** Also run on this schedule (cron, UTC), once per tick across all instances. */
  readonly cron?: string;
  readonly run: (deps: JobDeps, data: Readonly<Record<string, unknown>>) => Promise<void>;
};
