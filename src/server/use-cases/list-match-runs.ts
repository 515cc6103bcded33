import { readRun, type RunQuality, runQuality } from '#core/pairing/run-figures';
import { ok, type Result } from '#core/result';
import { programNotFound } from '#server/use-cases/program-input';
import type { Db } from '#store/database';
import { listMatchRuns, type MatchRunRow } from '#store/match-runs-store';
import { getProgramRow } from '#store/programs-store';

export type RunSummary = {
  id: string;
  kind: MatchRunRow['kind'];
  status: MatchRunRow['status'];
  createdAt: string;
  createdBy: string | null;
  quality: RunQuality;
};

/** A program's runs, newest first, each with the figures of its proposal as it stands. */
export async function listRunsOfProgram(
  db: Db,
  orgId: string,
  programId: string,
): Promise<Result<RunSummary[]>> {
  if (!(await getProgramRow(db, orgId, programId))) return programNotFound();
  const items: RunSummary[] = [];
  for (const { run, createdBy } of await listMatchRuns(db, orgId, programId)) {
    const read = readRun(run);
    if (!read.ok) continue;
    items.push({
      id: run.id,
      kind: run.kind,
      status: run.status,
      createdAt: run.createdAt.toISOString(),
      createdBy,
      quality: runQuality(read.value.cohort, read.value.result, read.value.proposal),
    });
  }
  return ok(items);
}
