import { ok, type Result } from '#core/result';
import { audienceOf, type ImpactCaller } from '#server/use-cases/describe-impact';
import { programNotFound } from '#server/use-cases/program-input';
import type { Db } from '#store/database';
import { getProgramReportNotes } from '#store/program-reports-store';
import { getProgramRow } from '#store/programs-store';

/**
 * HR's key takeaways for a program's report (issue 8), for everyone who may see its impact: HR, and
 * the program's own sponsor (describe-impact.ts's `audienceOf`; any other program answers 404).
 * Takeaways only: the chosen quotes are participants' words and never reach a sponsor (decision 015).
 */
export async function describeReportTakeaways(
  db: Db,
  caller: ImpactCaller,
  programId: string,
): Promise<Result<{ takeaways: string; updatedAt: string | null }>> {
  const program = await getProgramRow(db, caller.orgId, programId);
  if (!program || !audienceOf(caller, program)) return programNotFound();
  const notes = await getProgramReportNotes(db, caller.orgId, programId);
  return ok({ takeaways: notes.takeaways, updatedAt: notes.updatedAt?.toISOString() ?? null });
}
