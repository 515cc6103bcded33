import { and, eq, isNull, max } from 'drizzle-orm';
import type { RetentionCandidate } from '#core/privacy/erasure';
import type { Db } from '#store/database';
import { organisations, programs, programTransitions } from '#store/schema';

/** Every organisation with its retention period, in months. */
export async function listRetentionPeriods(db: Db) {
  return db
    .select({ orgId: organisations.id, retentionMonths: organisations.retentionMonths })
    .from(organisations);
}

export async function setRetentionMonths(db: Db, orgId: string, months: number): Promise<void> {
  await db.update(organisations).set({ retentionMonths: months }).where(eq(organisations.id, orgId));
}

/** The organisation's closed programs not yet purged, with when each closed (its last move to closed). */
export async function listClosedUnpurgedPrograms(db: Db, orgId: string): Promise<RetentionCandidate[]> {
  const closedAt = max(programTransitions.createdAt);
  const rows = await db
    .select({
      id: programs.id,
      phase: programs.phase,
      endDate: programs.endDate,
      purgedAt: programs.purgedAt,
      closedAt,
    })
    .from(programs)
    .leftJoin(
      programTransitions,
      and(
        eq(programTransitions.orgId, orgId),
        eq(programTransitions.programId, programs.id),
        eq(programTransitions.toPhase, 'closed'),
      ),
    )
    .where(and(eq(programs.orgId, orgId), eq(programs.phase, 'closed'), isNull(programs.purgedAt)))
    .groupBy(programs.id);
  return rows.map((r) => ({ ...r, closedAt: r.closedAt === null ? null : new Date(r.closedAt) }));
}

/** Marks a program purged; false when another run purged it first. */
export async function markProgramPurged(
  db: Db,
  orgId: string,
  programId: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(programs)
    .set({ purgedAt: now })
    .where(and(eq(programs.orgId, orgId), eq(programs.id, programId), isNull(programs.purgedAt)))
    .returning({ id: programs.id });
  return rows.length > 0;
}
