import {
  type ContinuationSummary,
  continuationRefusal,
  type PairContinuationStatus,
  pairContinuationStatus,
  summariseContinuations,
} from '#core/pairing/pair-continuation';
import type { Phase } from '#core/programs/program-phase';
import { ok, type Result } from '#core/result';
import { programNotFound } from '#server/use-cases/program-input';
import type { Db } from '#store/database';
import { listProgramContinuations } from '#store/pair-continuations-store';
import { listClosingPairs } from '#store/program-closing-store';
import { getProgramRow } from '#store/programs-store';

/**
 * For HR's pairs list (issue 8): once a program is closed, whether each pair that lasted to its end
 * keeps meeting informally — continuing (both yes), not continuing (someone said no) or not
 * answered — and the counts. Never who said no. Pairs that ended early are not asked, so not listed.
 */
export type ProgramContinuations = {
  /** False until the program is closed: nothing is asked yet. */
  readonly open: boolean;
  readonly summary: ContinuationSummary;
  readonly items: { readonly pairId: string; readonly status: PairContinuationStatus }[];
};

export async function listContinuationsOfProgram(
  db: Db,
  orgId: string,
  programId: string,
): Promise<Result<ProgramContinuations>> {
  const program = await getProgramRow(db, orgId, programId);
  if (!program) return programNotFound();
  const facts = { phase: program.phase as Phase, endDate: program.endDate };
  if (facts.phase !== 'closed') return ok({ open: false, summary: summariseContinuations([]), items: [] });
  const [pairs, answers] = await Promise.all([
    listClosingPairs(db, orgId, programId),
    listProgramContinuations(db, orgId, programId),
  ]);
  const given = new Map(answers.map((a) => [`${a.pairId}:${a.personId}`, a.continues]));
  const answerOf = (pairId: string, personId: string) => given.get(`${pairId}:${personId}`) ?? null;
  const items = pairs
    .filter((p) => continuationRefusal(facts, p) === null)
    .map((p) => ({
      pairId: p.pairId,
      status: pairContinuationStatus(
        answerOf(p.pairId, p.mentor.personId),
        answerOf(p.pairId, p.mentee.personId),
      ),
    }));
  return ok({ open: true, summary: summariseContinuations(items.map((i) => i.status)), items });
}
