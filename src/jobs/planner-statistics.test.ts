import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOBS } from '#jobs/job-list';
import { plannerStatistics } from '#jobs/planner-statistics';
import { rowsOf } from '#store/database';
import { insertPeople } from '#store/people-store';
import { organisations } from '#store/schema';
import { jobDepsFor } from '#tests/fixtures/job-runtime-fixtures';
import { createTestDatabase, type TestDatabase } from '#tests/fixtures/test-database';

/** The embedded database has no autovacuum: the daily job gives its planner the tables' sizes. */
describe('the planner-statistics job on PGlite', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
  });
  afterAll(() => database.drop());

  const peopleRowsKnown = async () => {
    const [row] = await rowsOf<{ reltuples: number }>(
      database.db,
      sql`select reltuples from pg_class where relname = 'people'`,
    );
    return Number(row?.reltuples);
  };

  it('records how many rows the tables hold', async () => {
    const [org] = await database.db
      .insert(organisations)
      .values({ slug: 'statistics', name: 'Statistics' })
      .returning();
    const many = Array.from({ length: 300 }, (_, i) => ({ email: `p${i}@stats.example`, name: `P ${i}` }));
    await insertPeople(database.db, org!.id, many);
    expect(await peopleRowsKnown()).not.toBe(300);

    await plannerStatistics.run(jobDepsFor(database), {});

    expect(await peopleRowsKnown()).toBe(300);
    expect(JOBS).toContain(plannerStatistics);
  });
});
