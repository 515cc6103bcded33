import { applyChange, type ProposalChange } from '#core/pairing/apply-change';
import { pairEvaluator } from '#core/pairing/evaluate-pair';
import { readRun } from '#core/pairing/run-figures';
import { fail, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { runNotFound } from '#server/use-cases/describe-match-run';
import type { Db } from '#store/database';
import { getMatchRun, insertMatchRunChange, type MatchRunRow, updateMatchRun } from '#store/match-runs-store';

export type ChangeMatchRunInput = ProposalChange & { readonly reason?: string | undefined };

/**
 * One HR adjustment to a draft run, checked at once by the core (a reporting-line or blocked pair
 * is refused with the rule's words) and recorded with who, when, what and why against the
 * algorithm's suggestion.
 */
export async function changeMatchRun(
  deps: AppDeps,
  caller: Caller,
  runId: string,
  input: ChangeMatchRunInput,
): Promise<Result<MatchRunRow>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const row = await getMatchRun(db, caller.orgId, runId);
    if (!row) return runNotFound();
    if (row.status !== 'draft') {
      return fail([issue('conflict', `This run is ${row.status}; only a draft run can be changed.`)]);
    }
    const read = readRun(row);
    if (!read.ok) return fail([issue('internal', 'This run could not be read.')]);
    const { cohort, proposal } = read.value;
    const evaluator = pairEvaluator(cohort);
    const changed = applyChange({ cohort, proposal }, input, evaluator);
    if (!changed.ok) return changed;
    await updateMatchRun(db, caller.orgId, runId, {
      cohort: changed.value.cohort as unknown as Record<string, unknown>,
      proposal: [...changed.value.proposal],
    });
    const suggested = (menteeId: string | undefined) =>
      menteeId ? (proposal.find((p) => p.menteeId === menteeId)?.mentorId ?? null) : null;
    const named = (id: string | undefined) => (id ? { id, name: evaluator.nameOf(id) } : null);
    await insertMatchRunChange(db, {
      orgId: caller.orgId,
      runId,
      action: input.action,
      detail: {
        mentor: named(input.mentorId),
        mentee: named(input.menteeId),
        otherMentee: named(input.otherMenteeId),
        mentorBefore: named(suggested(input.menteeId) ?? undefined),
      },
      reason: input.reason?.trim() ?? '',
      actorAccountId: caller.accountId,
      createdAt: deps.now(),
    });
    const updated = await getMatchRun(db, caller.orgId, runId);
    return ok(updated!);
  });
}
