import { ok, type Result } from '#core/result';
import { programNotFound } from '#server/use-cases/program-input';
import type { Db } from '#store/database';
import { listRepairRequests } from '#store/pairs-store';
import { getProgramRow } from '#store/programs-store';

/** A program's re-pair requests for HR, newest first. */
export async function listRequestsOfProgram(db: Db, orgId: string, programId: string) {
  if (!(await getProgramRow(db, orgId, programId))) return programNotFound() as Result<never>;
  const rows = await listRepairRequests(db, orgId, programId);
  return ok(rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })));
}
