import { and, eq } from 'drizzle-orm';
import type { Db } from '#store/database';
import { pairContinuations, pairs } from '#store/schema';

/**
 * Whether each person of a closed program's pair keeps meeting informally (issue 8). One row per
 * pair and person; answering again replaces the answer. Scoped by organisation. Reading a partner's
 * row is for the use-cases' privacy rule (#core/pairing/pair-continuation), never for display.
 */
export type ContinuationRow = typeof pairContinuations.$inferSelect;

/** The answers given in one pair, by person id. */
export async function getPairContinuations(
  db: Db,
  orgId: string,
  pairId: string,
): Promise<Map<string, ContinuationRow>> {
  const rows = await db
    .select()
    .from(pairContinuations)
    .where(and(eq(pairContinuations.orgId, orgId), eq(pairContinuations.pairId, pairId)));
  return new Map(rows.map((r) => [r.personId, r]));
}

/** Records (or changes) one person's answer for one pair. */
export async function saveContinuation(
  db: Db,
  answer: { orgId: string; pairId: string; personId: string; continues: boolean; answeredAt: Date },
): Promise<void> {
  await db
    .insert(pairContinuations)
    .values(answer)
    .onConflictDoUpdate({
      target: [pairContinuations.orgId, pairContinuations.pairId, pairContinuations.personId],
      set: { continues: answer.continues, answeredAt: answer.answeredAt },
    });
}

/** Every answer given in a program's pairs. */
export async function listProgramContinuations(
  db: Db,
  orgId: string,
  programId: string,
): Promise<{ pairId: string; personId: string; continues: boolean }[]> {
  return db
    .select({
      pairId: pairContinuations.pairId,
      personId: pairContinuations.personId,
      continues: pairContinuations.continues,
    })
    .from(pairContinuations)
    .innerJoin(pairs, and(eq(pairs.id, pairContinuations.pairId), eq(pairs.orgId, orgId)))
    .where(and(eq(pairContinuations.orgId, orgId), eq(pairs.programId, programId)));
}
