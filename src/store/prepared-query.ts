import type { Db } from '#store/database';
import { executeThroughPrepare } from '#store/pglite-prepared';

/**
 * A hot query built once per database instead of on every call (ADR 018). Building a statement
 * through Drizzle costs more CPU than PostgreSQL spends running a small one, so the queries every
 * request makes (the session lookup) and the reads the busiest pages make are built once, with
 * `sql.placeholder` for their values, and prepared: on PostgreSQL under their name, so each pooled
 * connection parses and plans the statement once; on PGlite through PREPARE and EXECUTE
 * (src/store/pglite-prepared.ts). `build` receives the database it is for; the same database always
 * gets the same prepared query back. A transaction passed as `db` gets its own, built on first use.
 */
export function preparedQuery<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const byDatabase = new WeakMap<Db, Q>();
  return (db) => {
    let query = byDatabase.get(db);
    if (query === undefined) {
      query = executeThroughPrepare(build(db));
      byDatabase.set(db, query);
    }
    return query;
  };
}
