import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '#store/database';
import { pairs } from '#store/schema';

/** How many active pairs (not paused, not ended) each program of the organisation has. One query. */
export async function countActivePairsByProgram(db: Db, orgId: string): Promise<Map<string, number>> {
  const rows = await db
    .select({ programId: pairs.programId, count: sql<number>`count(*)::int` })
    .from(pairs)
    .where(and(eq(pairs.orgId, orgId), eq(pairs.status, 'active')))
    .groupBy(pairs.programId);
  return new Map(rows.map((r) => [r.programId, Number(r.count)]));
}
