import { programsDueForPurge } from '#core/privacy/erasure';
import { recordAudit } from '#store/audit-store';
import type { Database, Db } from '#store/database';
import { programContentScope, removePrivateContent } from '#store/personal-content-store';
import { listClosedUnpurgedPrograms, listRetentionPeriods, markProgramPurged } from '#store/retention-store';

/**
 * Issue 9, retention: every organisation's programs closed longer ago than its retention period
 * lose their personal content (the same list erasure removes), keeping every row a figure counts.
 * Each program is purged in its own transaction and marked `purged_at`, so a second run, or a
 * run on another instance, finds nothing left to do.
 */
export async function purgeExpiredPrograms(
  database: Pick<Database, 'db'>,
  now: Date,
): Promise<{ readonly purged: readonly string[] }> {
  const purged: string[] = [];
  for (const { orgId, retentionMonths } of await listRetentionPeriods(database.db)) {
    const due = programsDueForPurge(
      await listClosedUnpurgedPrograms(database.db, orgId),
      retentionMonths,
      now,
    );
    for (const programId of due) {
      const done = await database.db.transaction(async (tx) => {
        const db = tx as unknown as Db;
        if (!(await markProgramPurged(db, orgId, programId, now))) return false;
        await removePrivateContent(db, await programContentScope(db, orgId, programId), now);
        await recordAudit(db, {
          orgId,
          actorAccountId: null,
          action: 'program.purged',
          target: programId,
          detail: { retentionMonths },
        });
        return true;
      });
      if (done) purged.push(programId);
    }
  }
  return { purged };
}
