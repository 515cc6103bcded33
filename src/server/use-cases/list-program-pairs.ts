import { ok, type Result } from '#core/result';
import { programNotFound } from '#server/use-cases/program-input';
import type { Db } from '#store/database';
import { listProgramPairs, type PairRow } from '#store/pairs-store';
import { getProgramRow } from '#store/programs-store';

type PersonRef = { id: string; name: string; title: string; department: string };

export type PairView = {
  id: string;
  programId: string;
  status: PairRow['status'];
  mentor: PersonRef;
  mentee: PersonRef;
  score: number;
  explanation: string;
  startedAt: string;
  endedAt: string | null;
  endReason?: string;
  openRepairRequests?: number;
};

/** One pair as HR sees it, with the confidential parts only when asked for (HR views). */
export function pairView(
  pair: PairRow,
  mentor: PersonRef,
  mentee: PersonRef,
  hr?: { openRepairRequests: number },
): PairView {
  return {
    id: pair.id,
    programId: pair.programId,
    status: pair.status,
    mentor,
    mentee,
    score: pair.score,
    explanation: pair.explanation,
    startedAt: pair.startedAt.toISOString(),
    endedAt: pair.endedAt?.toISOString() ?? null,
    ...(hr ? { endReason: pair.endReason, openRepairRequests: hr.openRepairRequests } : {}),
  };
}

/** A program's pairs in every state, for HR: history included, with end reasons and open requests. */
export async function listPairsOfProgram(
  db: Db,
  orgId: string,
  programId: string,
): Promise<Result<PairView[]>> {
  if (!(await getProgramRow(db, orgId, programId))) return programNotFound();
  const rows = await listProgramPairs(db, orgId, programId);
  return ok(
    rows.map((r) => pairView(r.pair, r.mentor, r.mentee, { openRepairRequests: r.openRepairRequests })),
  );
}
