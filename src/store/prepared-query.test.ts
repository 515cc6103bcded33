import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Db } from '#store/database';
import { preparedQuery } from '#store/prepared-query';
import { organisations } from '#store/schema';
import { describeEachDriver } from '#tests/fixtures/each-driver';

/** A prepared query is built once per database and answers each call for that call's values. */
describeEachDriver('prepared queries', (database, driver) => {
  let builds = 0;
  const orgBySlug = preparedQuery((db: Db) => {
    builds++;
    return db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.slug, sql.placeholder('slug')))
      .prepare('test_org_by_slug');
  });

  it('binds the values of each call, and builds the query once for the database', async () => {
    const { db } = database();
    await db.insert(organisations).values([
      { id: 'org-a', slug: 'alpha', name: 'Alpha' },
      { id: 'org-b', slug: 'beta', name: 'Beta' },
    ]);
    builds = 0;
    expect(await orgBySlug(db).execute({ slug: 'alpha' })).toEqual([{ id: 'org-a', name: 'Alpha' }]);
    expect(await orgBySlug(db).execute({ slug: 'beta' })).toEqual([{ id: 'org-b', name: 'Beta' }]);
    expect(await orgBySlug(db).execute({ slug: 'gamma' })).toEqual([]);
    expect(builds).toBe(1);
    expect(orgBySlug(db)).toBe(orgBySlug(db));
  });

  it.runIf(driver === 'postgres')('is parsed once per PostgreSQL connection, under its name', async () => {
    const { db } = database();
    await orgBySlug(db).execute({ slug: 'alpha' });
    // the pool hands the connection it got back last to the next query: the one that prepared it
    const result = (await db.execute(
      sql`select statement from pg_prepared_statements where name = 'test_org_by_slug'`,
    )) as unknown as { rows: unknown[] };
    expect(result.rows).toHaveLength(1);
  });

  it('builds its own query for another database (a transaction)', async () => {
    const { db } = database();
    builds = 0;
    const inside = await db.transaction(async (tx) =>
      orgBySlug(tx as unknown as Db).execute({ slug: 'beta' }),
    );
    expect(inside).toEqual([{ id: 'org-b', name: 'Beta' }]);
    expect(builds).toBe(1);
  });
});
