import type { SQL } from 'drizzle-orm';
import type { Db } from '#store/database';
import { executeThroughPrepare } from '#store/pglite-prepared';

/**
 * A hot query built once instead of on every call (ADR 018). Building a statement through Drizzle
 * costs more CPU than PostgreSQL spends running a small one, so the queries every request makes (the
 * session lookup) and the reads the busiest pages make are built once, with `sql.placeholder` for
 * their values, and prepared: on PostgreSQL under their name, so each pooled connection parses and
 * plans the statement once; on PGlite through PREPARE and EXECUTE (src/store/pglite-prepared.ts).
 *
 * `build` runs once per kind of database (driver). Every other database of that kind, a transaction
 * included, gets a copy of that query bound to its own connection: the SQL, its placeholders and
 * the mapping of its rows do not depend on which database runs them. The same database always gets
 * the same query back.
 */
export function preparedQuery<Q extends object>(build: (db: Db) => Q): (db: Db) => Q {
  const byDatabase = new WeakMap<Db, Q>();
  const byDriver = new Map<unknown, Q>();
  return (db) => {
    let query = byDatabase.get(db);
    if (query === undefined) {
      const { session } = db as unknown as { session: { constructor: unknown; client: unknown } };
      const built = byDriver.get(session.constructor);
      query = built ? boundTo(built, session.client) : build(db);
      if (!built) byDriver.set(session.constructor, boundTo(query, session.client));
      query = executeThroughPrepare(query);
      byDatabase.set(db, query);
    }
    return query;
  };
}

/** A copy of a Drizzle prepared query that sends its statement through `client`. */
function boundTo<Q extends object>(query: Q, client: unknown): Q {
  return Object.assign(Object.create(Object.getPrototypeOf(query)) as Q, query, { client });
}

/**
 * A raw statement (a data-modifying CTE, say) as a prepared query, for `preparedQuery`'s `build`:
 * `execute(values)` fills its `sql.placeholder`s and answers the driver's result, rows as objects.
 * Planning a long statement costs more than running it; prepared, it is planned once per connection.
 */
export function preparedStatement<Row>(db: Db, name: string, statement: SQL): PreparedStatement<Row> {
  const { session, dialect } = db as unknown as {
    session: { prepareQuery: (query: unknown, fields: undefined, name: string, arrayMode: false) => unknown };
    dialect: { sqlToQuery: (statement: SQL) => unknown };
  };
  return session.prepareQuery(
    dialect.sqlToQuery(statement),
    undefined,
    name,
    false,
  ) as PreparedStatement<Row>;
}

export type PreparedStatement<Row> = {
  execute: (values: Record<string, unknown>) => Promise<{ rows: Row[] }>;
};
