import { todayIn } from '#core/programs/calendar-dates';
import { checkTransition, type Phase } from '#core/programs/program-phase';
import { fail, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { programNotFound } from '#server/use-cases/program-input';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { countActivePairs } from '#store/pairs-store';
import { endOpenPairsOfProgram } from '#store/program-closing-store';
import {
  countEnrollmentsBySideAndStatus,
  getProgramRow,
  recordTransition,
  updateProgramRow,
} from '#store/programs-store';

/** Why the pairs of a closed program ended, as HR's pairs list shows it. */
export const CLOSED_PAIR_REASON = 'The program closed.';

/**
 * Moves a program to another phase when the core's guard allows it, and records who did it and why.
 * Pairs arrive with the pairing workflow; until a program has published pairs it cannot go active.
 *
 * Closing (to `closed`) also ends the program's remaining pairs, in the same transaction, and then
 * queues the `closing-thanks` job: a thank-you email with the certificate link and the continuation
 * question for each person who completed it (issue 8). The job sends each email once only.
 */
export async function transitionProgram(
  deps: AppDeps,
  caller: Caller,
  programId: string,
  request: { to: Phase; reason?: string | undefined },
): Promise<Result<null>> {
  const moved = await deps.database.db.transaction(async (tx): Promise<Result<Phase>> => {
    const db = tx as unknown as Db;
    const row = await getProgramRow(db, caller.orgId, programId);
    if (!row) return programNotFound();
    const counts = await countEnrollmentsBySideAndStatus(db, caller.orgId, programId);
    const approved = (side: 'mentor' | 'mentee') =>
      counts.find((c) => c.side === side && c.status === 'approved')?.count ?? 0;
    const checked = checkTransition(
      {
        phase: row.phase as Phase,
        today: todayIn(deps.now()),
        endDate: row.endDate,
        approvedMentors: approved('mentor'),
        approvedMentees: approved('mentee'),
        activePairs: await countActivePairs(db, caller.orgId, programId),
      },
      request,
    );
    if (!checked.ok) return checked;
    await updateProgramRow(db, caller.orgId, programId, { phase: checked.value });
    const pairsEnded =
      checked.value === 'closed'
        ? await endOpenPairsOfProgram(db, caller.orgId, programId, deps.now(), CLOSED_PAIR_REASON)
        : 0;
    const reason = request.reason?.trim() ?? '';
    await recordTransition(db, {
      orgId: caller.orgId,
      programId,
      fromPhase: row.phase,
      toPhase: checked.value,
      actorAccountId: caller.accountId,
      reason,
    });
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'program.phase_changed',
      target: row.name,
      detail: {
        from: row.phase,
        to: checked.value,
        reason,
        ...(checked.value === 'closed' ? { pairsEnded } : {}),
      },
    });
    return ok(checked.value);
  });
  if (!moved.ok) return fail(moved.issues);
  if (moved.value === 'closed') await deps.jobs.enqueue('closing-thanks', { orgId: caller.orgId, programId });
  return ok(null);
}
