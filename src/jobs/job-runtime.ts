import pg from 'pg';
import PgBoss from 'pg-boss';
import type { JobDefinition, JobDeps } from '#jobs/job-definition';
import type { JobName, JobQueue } from '#server/job-queue';
import type { ExecuteSql, JobsConnection } from '#store/database';

/** pg-boss's tables live in their own schema of the app's database; our migrations never touch it. */
export const JOBS_SCHEMA = 'pgboss';

/** Where failures go: a pino logger (Fastify's `app.log`) fits. Never given a job's data. */
export type JobLogger = {
  readonly warn: (obj: object, msg: string) => void;
  readonly error: (obj: object, msg: string) => void;
};

export type JobRuntimeOptions = {
  /** Tries after the first one fails (default 5). */
  readonly retryLimit?: number;
  /** The first retry's delay; each further one doubles, with jitter (default 30). */
  readonly retryDelaySeconds?: number;
  /** A job still active this long is taken as lost (its instance died) and retried (default 15 min). */
  readonly expireInSeconds?: number;
  /** How often each queue asks for work (default 2). */
  readonly pollingIntervalSeconds?: number;
  /** How often pg-boss looks for expired jobs, across all instances (default 120). */
  readonly maintenanceIntervalSeconds?: number;
  /** How long `stop()` waits for jobs in progress before handing them back for a retry (default 10). */
  readonly drainSeconds?: number;
  readonly logger?: JobLogger;
};

export type JobRuntime = {
  /** Queues a run in pg-boss: any instance sharing the database may take it, and only one will. */
  readonly queue: JobQueue;
  /** Stops asking for work, waits for jobs in progress (bounded), then stops; the database stays open. */
  readonly stop: () => Promise<void>;
};

type Settings = Required<Omit<JobRuntimeOptions, 'logger'>>;

const DEFAULTS: Settings = {
  retryLimit: 5,
  retryDelaySeconds: 30,
  expireInSeconds: 15 * 60,
  pollingIntervalSeconds: 2,
  maintenanceIntervalSeconds: 120,
  drainSeconds: 10,
};

/** The session advisory lock under which an instance sets up its queues (migrations use 7317001). */
const SETUP_LOCK = 7317002;

const silent: JobLogger = { warn: () => {}, error: () => {} };

/**
 * Runs `definitions` on pg-boss in the app's database (decision 011): one queue per job, its cron (UTC)
 * fired once per tick across instances, a worker per queue that calls `run`. A throw fails the attempt
 * and pg-boss retries it with exponential backoff; the jobs' `sendOnce` keys keep a retry from sending
 * twice.
 */
export async function startJobRuntime(
  deps: JobDeps,
  connection: JobsConnection,
  definitions: readonly JobDefinition[],
  options: JobRuntimeOptions = {},
): Promise<JobRuntime> {
  const { logger, ...given } = options;
  const settings: Settings = { ...DEFAULTS, ...withoutUndefined(given) };
  const log = logger ?? silent;
  const sql = openJobsSql(connection, log);
  const boss = new PgBoss({
    db: sql.db,
    schema: JOBS_SCHEMA,
    maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds,
  });
  boss.on('error', (error) => {
    log.error({ error: describe(error) }, 'Background jobs hit a database error; they keep running.');
  });
  try {
    await sql.oneAtATime(async () => {
      await boss.start();
      for (const definition of definitions) await startQueue(boss, deps, definition, settings, log);
    });
  } catch (error) {
    await boss.stop({ graceful: false, wait: true }).catch(() => {});
    await sql.close();
    throw error;
  }

  const known = new Set<JobName>(definitions.map((d) => d.name));
  let stopping: Promise<void> | undefined;
  return {
    queue: {
      enqueue: async (name, data = {}) => {
        if (!known.has(name)) throw new Error(`No job is called ${name}.`);
        if (stopping) throw new Error('Background jobs are stopping; the job was not queued.');
        await boss.send(name, { ...data });
      },
    },
    stop: () => {
      stopping ??= (async () => {
        try {
          await boss.stop({ graceful: true, wait: true, timeout: settings.drainSeconds * 1000 });
        } finally {
          await sql.close();
        }
      })();
      return stopping;
    },
  };
}

async function startQueue(
  boss: PgBoss,
  deps: JobDeps,
  definition: JobDefinition,
  settings: Settings,
  log: JobLogger,
): Promise<void> {
  const { name } = definition;
  const queue = {
    name,
    retryLimit: settings.retryLimit,
    retryDelay: settings.retryDelaySeconds,
    retryBackoff: true,
    expireInSeconds: settings.expireInSeconds,
  };
  await boss.createQueue(name, queue);
  await boss.updateQueue(name, queue); // createQueue keeps an existing queue's settings
  if (definition.cron) await boss.schedule(name, definition.cron, {}, { tz: 'UTC' });
  else await boss.unschedule(name);
  await boss.work<Record<string, unknown>>(
    name,
    { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: settings.pollingIntervalSeconds },
    async ([job]) => {
      if (!job) return;
      try {
        await definition.run(deps, job.data ?? {});
      } catch (error) {
        const last = job.retryCount >= job.retryLimit;
        const where = { job: name, jobId: job.id, attempt: job.retryCount + 1, error: describe(error) };
        if (last) log.error(where, `The ${name} job failed on its last try; it will not be retried.`);
        else log.warn(where, `The ${name} job failed; it will be retried.`);
        throw error;
      }
    },
  );
}

/**
 * pg-boss's connection to the database. On PostgreSQL its own small pool, apart from the requests'.
 * Queries in flight are awaited before closing: pg-boss completes a finished job without waiting.
 */
function openJobsSql(connection: JobsConnection, log: JobLogger) {
  let pool: pg.Pool | undefined;
  let executeSql: ExecuteSql;
  if (connection.kind === 'postgres') {
    const opened = new pg.Pool({
      connectionString: connection.url,
      max: 4,
      application_name: 'counterpart-jobs',
    });
    opened.on('error', (error) => {
      log.warn({ error: describe(error) }, 'A background-job database connection dropped; it is replaced.');
    });
    executeSql = (text, values) => opened.query(text, values ? [...values] : undefined);
    pool = opened;
  } else {
    executeSql = connection.executeSql;
  }
  const inFlight = new Set<Promise<unknown>>();
  const db: PgBoss.Db = {
    executeSql: (text, values) => {
      const query = executeSql(text, values);
      inFlight.add(query);
      void query.then(
        () => inFlight.delete(query),
        () => inFlight.delete(query),
      );
      return query;
    },
  };
  return {
    db,
    /**
     * Instances starting together would deadlock creating the same queues (pg-boss adds a table and
     * foreign keys per queue): on PostgreSQL a session advisory lock lets one set up at a time.
     */
    oneAtATime: async (setUp: () => Promise<void>): Promise<void> => {
      if (!pool) return setUp();
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [SETUP_LOCK]);
        await setUp();
      } finally {
        await client.query('select pg_advisory_unlock($1)', [SETUP_LOCK]).catch(() => {});
        client.release();
      }
    },
    close: async () => {
      await Promise.allSettled([...inFlight]);
      await pool?.end();
    },
  };
}

/** The error's message only: pg-boss's worker errors arrive as plain objects. */
function describe(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
  return String(error);
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
