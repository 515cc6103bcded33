import type { Keys } from '#server/crypto/keys';
import type { Env } from '#server/env';
import type { JobQueue } from '#server/job-queue';
import type { Mailer } from '#server/mail/mailer';
import type { Database } from '#store/database';

/** Everything a request handler may use, passed in once when the app is built. */
export type AppDeps = {
  readonly database: Database;
  readonly env: Env;
  readonly mailer: Mailer;
  /** Derived from ENCRYPTION_KEY: private notes and calendar links. */
  readonly keys: Keys;
  /** The clock, so tests can move time (sessions, one-time links). */
  readonly now: () => Date;
  /** Waits; absent means real timers. Tests pass one that returns at once (sign-in throttling). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Background work (pg-boss when serving; run at once in tests). */
  readonly jobs: JobQueue;
};
