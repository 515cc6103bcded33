import { sql } from 'drizzle-orm';
import type { JobDefinition } from '#jobs/job-definition';

/**
 * Daily at 04:00 UTC on the embedded database: `analyze`, so the query planner knows how many rows
 * each table holds and how its values spread. PostgreSQL's autovacuum does this by itself; PGlite runs
 * no background processes, so without this job its planner would keep guessing from the empty tables
 * it started with, and reports over a grown organisation could pick slow plans. Idempotent.
 */
export const plannerStatistics: JobDefinition = {
  name: 'planner-statistics',
  cron: '0 4 * * *',
  run: async ({ database }) => {
    if (database.driver === 'pglite') await database.db.execute(sql`analyze`);
  },
};
