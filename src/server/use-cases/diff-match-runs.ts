import { diffRuns, type RunDiff } from '#core/pairing/diff-runs';
import { readRun } from '#core/pairing/run-figures';
import { fail, issue, ok, type Result } from '#core/result';
import { runNotFound } from '#server/use-cases/describe-match-run';
import type { Db } from '#store/database';
import { getMatchRun } from '#store/match-runs-store';

/** What changes from run `againstId` to run `runId` (both of the same program), people named. */
export async function diffMatchRuns(
  db: Db,
  orgId: string,
  runId: string,
  againstId: string,
): Promise<Result<RunDiff>> {
  const [run, against] = [await getMatchRun(db, orgId, runId), await getMatchRun(db, orgId, againstId)];
  if (!run || !against) return runNotFound();
  if (run.programId !== against.programId)
    return fail([issue('validation', 'Compare runs of the same program.', ['against'])]);
  const [a, b] = [readRun(against), readRun(run)];
  if (!a.ok || !b.ok) return fail([issue('internal', 'A run could not be read.')]);
  const names = new Map(
    [...a.value.cohort.participants, ...b.value.cohort.participants].map((p) => [p.id, p.name ?? p.id]),
  );
  return ok(diffRuns(a.value.proposal, b.value.proposal, (id) => names.get(id) ?? id));
}
