import type { Db } from '#store/database';

/**
 * A hot query built once per database instead of on every call (ADR 018). Building a statement
 * through Drizzle costs more CPU than PostgreSQL spends running a small one, so the queries every
 * request makes (the session lookup) and the reads the busiest pages make are built once, with
 * `sql.placeholder` for their values, and prepared: on PostgreSQL under their name, so each pooled
 * connection parses and plans the statement once; on PGlite they still skip the building. `build`
 * receives the database it is for; the same database always gets the same prepared query back.
 * Only for the app's own `db`: inside a transaction, run the unprepared query on the transaction.
 */
export function preparedQuery<Q>(build: (db: Db) => Q): (db: Db) => Q {
  const byDatabase = new WeakMap<Db, Q>();
  return (db) => {
    let query = byDatabase.get(db);
    if (query === undefined) {
      query = build(db);
      byDatabase.set(db, query);
    }
    return query;
  };
}
