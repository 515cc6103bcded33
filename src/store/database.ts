import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { fail, issue, ok, type Result } from '#core/result';
import { lockDataDir } from '#store/data-dir-lock';
import { migratePglite, migratePostgres } from '#store/migrate';
import { trackTransactions } from '#store/pglite-prepared';
import * as schema from '#store/schema';

/** The one database type the rest of the code sees, whichever driver is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Driver = 'pglite' | 'postgres';

/** One SQL call as pg-boss makes it: parameters, or several statements without any. */
export type ExecuteSql = (text: string, values?: readonly unknown[]) => Promise<{ rows: unknown[] }>;

/**
 * How the background-job runtime (`src/jobs/job-runtime.ts`, pg-boss) reaches this database, so no
 * driver leaks beyond this file: PostgreSQL by URL (the runtime opens its own small pool, and jobs
 * never take the requests' connections); PGlite through the app's own client, the only connection
 * an embedded database has.
 */
export type JobsConnection =
  | { readonly kind: 'postgres'; readonly url: string }
  | { readonly kind: 'pglite'; readonly executeSql: ExecuteSql };

export type Database = {
  readonly db: Db;
  readonly driver: Driver;
  /** Applies pending migrations; safe to call on every start. */
  readonly migrate: () => Promise<void>;
  readonly ping: () => Promise<boolean>;
  readonly close: () => Promise<void>;
  readonly jobsConnection: JobsConnection;
};

export type DatabaseConfig = { readonly databaseUrl?: string | undefined; readonly dataDir: string };

/** PostgreSQL when a URL is given, otherwise the embedded PGlite in `dataDir` (locked to this process). */
export async function openDatabase(config: DatabaseConfig): Promise<Result<Database>> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.dataDir);
}

async function openPostgres(url: string): Promise<Result<Database>> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', () => {
    // an idle client lost its connection; the pool replaces it and the next query reports any outage
  });
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => {});
    return fail([
      issue('database_unreachable', `Cannot connect to PostgreSQL at DATABASE_URL: ${describe(error)}`),
    ]);
  }
  return ok(
    wrap(
      drizzlePg(pool, { schema }) as unknown as Db,
      'postgres',
      { kind: 'postgres', url },
      () => migratePostgres(url),
      () => pool.end(),
    ),
  );
}

async function openPglite(dataDir: string): Promise<Result<Database>> {
  const lock = lockDataDir(dataDir);
  if (!lock.ok) return lock;
  try {
    const client = await PGlite.create(join(dataDir, 'pgdata'));
    return ok(fromPglite(client, async () => lock.value.release()));
  } catch (error) {
    lock.value.release();
    return fail([
      issue('database_unreachable', `Cannot open the embedded database in ${dataDir}: ${describe(error)}`),
    ]);
  }
}

/** Wraps an already open PGlite (tests use in-memory clones). */
export function fromPglite(client: PGlite, afterClose: () => Promise<void> = async () => {}): Database {
  tunePglite(client);
  trackTransactions(client);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return wrap(
    db,
    'pglite',
    { kind: 'pglite', executeSql: pgliteExecuteSql(client) },
    () => migratePglite(client),
    async () => {
      await client.close();
      await afterClose();
    },
  );
}

/**
 * PGlite's one session sorts and hashes in memory up to `work_mem` (PostgreSQL's default is 4 MB, made
 * for many connections sharing a server): with 64 MB the impact report's sorts over 100,000 lessons
 * stay in memory instead of spilling to its in-memory "disk", about twice as fast. PGlite runs its
 * queries one at a time in order, so the setting is in place before any query that follows; it cannot
 * fail for a valid size, and a failure would cost only speed.
 */
function tunePglite(client: PGlite): void {
  client.exec(`set work_mem = '64MB'`).catch(() => {});
}

/** Parameters go through the extended protocol; several statements (pg-boss's DDL) through exec. */
function pgliteExecuteSql(client: PGlite): ExecuteSql {
  return async (text, values) => {
    if (values?.length) return client.query(text, [...values]);
    const results = await client.exec(text);
    return { rows: results.at(-1)?.rows ?? [] };
  };
}

function wrap(
  db: Db,
  driver: Driver,
  jobsConnection: JobsConnection,
  migrate: () => Promise<void>,
  close: () => Promise<void>,
): Database {
  let closed: Promise<void> | undefined;
  return {
    db,
    driver,
    jobsConnection,
    migrate,
    ping: async () => {
      try {
        await db.execute(sql`select 1`);
        return true;
      } catch {
        return false;
      }
    },
    close: () => {
      closed ??= close();
      return closed;
    },
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The rows of a raw query, whichever driver ran it. */
export async function rowsOf<T>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}
