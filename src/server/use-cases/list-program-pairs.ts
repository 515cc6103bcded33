import { ok, type Result } from '#core/result';
import { programNotFound } from '#server/use-cases/program-input';
import type { Db } from '#store/database';
import { listProgramPairs, type PairRow } from '#store/pairs-store';
import { getProgramRow } from '#store/programs-store';

type PersonRef = { id: string; name: string; title: string; department: string };

/** How far a pair has got in its workspace: counts only, for HR (docs/api/workspace.md). */
export type WorkspaceCounts = {
  agreement: 'pending' | 'agreed';
  meetingsHeld: number;
  meetingsPlanned: number;
  goals: { total: number; completed: number };
};

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
  workspace?: WorkspaceCounts;
};

/** One pair as HR sees it, with the confidential parts only when asked for (HR views). */
export function pairView(
  pair: PairRow,
  mentor: PersonRef,
  mentee: PersonRef,
  hr?: { openRepairRequests: number; workspace?: WorkspaceCounts },
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
    ...(hr?.workspace ? { workspace: hr.workspace } : {}),
  };
}

type CountRow = {
  agreed: boolean;
  meetingsHeld: number;
  meetingsPlanned: number;
  goalsTotal: number;
  goalsCompleted: number;
};

export function workspaceCounts(row: CountRow): WorkspaceCounts {
  return {
    agreement: row.agreed ? 'agreed' : 'pending',
    meetingsHeld: row.meetingsHeld,
    meetingsPlanned: row.meetingsPlanned,
    goals: { total: row.goalsTotal, completed: row.goalsCompleted },
  };
}

/**
 * A program's pairs in every state, for HR: history included, with end reasons, open requests and
 * how far each pair has got (counts only). `now` decides which meetings count as planned.
 */
export async function listPairsOfProgram(
  db: Db,
  orgId: string,
  programId: string,
  now?: Date,
): Promise<Result<PairView[]>> {
  if (!(await getProgramRow(db, orgId, programId))) return programNotFound();
  const rows = await listProgramPairs(db, orgId, programId, now);
  return ok(
    rows.map((r) =>
      pairView(r.pair, r.mentor, r.mentee, {
        openRepairRequests: r.openRepairRequests,
        workspace: workspaceCounts(r.workspace),
      }),
    ),
  );
}
