import type { ProgramSettings } from '#core/programs/program-settings';
import { fail, type Issue, issue, ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { type ReviewResource, resourcesEmail } from '#server/mail/review-emails';
import { describeMidpointReview, type ReviewPair } from '#server/use-cases/describe-midpoint-review';
import { pairNotFound } from '#server/use-cases/end-pair';
import { programNotFound } from '#server/use-cases/program-input';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { type ReviewDecision, savePairReview } from '#store/pair-reviews-store';
import { getPair, type PairRow } from '#store/pairs-store';
import { getPerson } from '#store/people-store';
import { getProgramRow } from '#store/programs-store';

export type PairReviewDecision = {
  readonly decision: ReviewDecision;
  readonly note?: string | undefined;
  /** Which of the program's resources to send (`send_resources` only), by their index. */
  readonly resourceIndexes?: readonly number[] | undefined;
};

/** The pair's row in the review; with `repair`, where HR ends the pair and re-matches. */
export type DecidedPair = ReviewPair & { next?: string };

/** The Matching tab, opened on the pair: the re-pair itself is the pairing workflow's (end, re-match). */
export const repairLink = (programId: string, pairId: string) =>
  `/programs/${encodeURIComponent(programId)}/matching?pair=${encodeURIComponent(pairId)}`;

/** The resources HR chose, or field issues: at least one, each one of the program's. */
function chosenResources(
  resources: ProgramSettings['resources'],
  indexes: readonly number[] | undefined,
): Result<ReviewResource[]> {
  const path = ['resourceIndexes'];
  if (resources.length === 0)
    return fail([
      issue(
        'no_resources',
        'This program has no resources yet. Add some in the program’s settings, then send them.',
        path,
      ),
    ]);
  if (!indexes || indexes.length === 0)
    return fail([issue('required', 'Choose at least one resource to send.', path)]);
  const issues: Issue[] = indexes.flatMap((index, position) =>
    Number.isInteger(index) && index >= 0 && index < resources.length
      ? []
      : [issue('unknown_resource', 'Choose resources from the program’s list.', [...path, position])],
  );
  if (issues.length > 0) return fail(issues);
  return ok([...new Set(indexes)].map((index) => resources[index]!));
}

/** One email to each person of the pair, naming the other as their partner. */
async function emailResources(
  deps: AppDeps,
  db: Db,
  caller: Caller,
  pair: PairRow,
  programName: string,
  resources: readonly ReviewResource[],
) {
  const [mentor, mentee] = await Promise.all([
    getPerson(db, caller.orgId, pair.mentorPersonId),
    getPerson(db, caller.orgId, pair.menteePersonId),
  ]);
  if (!mentor || !mentee) return;
  const workspaceUrl = `${deps.env.publicUrl}/my/pairs/${encodeURIComponent(pair.id)}?tab=resources`;
  for (const [to, partner] of [
    [mentor, mentee],
    [mentee, mentor],
  ] as const) {
    await deps.mailer.send(
      db,
      resourcesEmail({
        orgId: caller.orgId,
        to: { name: to.name, email: to.email },
        partnerName: partner.name,
        programName,
        resources,
        workspaceUrl,
      }),
    );
  }
}

/**
 * HR's decision about a pair at the midpoint review: keep it, send both people resources from the
 * program's list (one email each, with nothing of how the pair is rated), or re-pair it — which
 * records the decision and points at the Matching tab, where HR ends the pair and re-matches. A later
 * decision replaces the earlier one. The audit log keeps ids and the decision, never the note.
 */
export async function decidePairReview(
  deps: AppDeps,
  caller: Caller,
  programId: string,
  pairId: string,
  input: PairReviewDecision,
): Promise<Result<DecidedPair>> {
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const program = await getProgramRow(db, caller.orgId, programId);
    if (!program) return programNotFound();
    const pair = await getPair(db, caller.orgId, pairId);
    if (!pair || pair.programId !== programId) return pairNotFound();
    if (pair.status === 'ended')
      return fail([issue('conflict', 'This pair has already ended, so it is no longer reviewed.')]);
    let resources: ReviewResource[] = [];
    if (input.decision === 'send_resources') {
      const chosen = chosenResources(
        (program.settings as ProgramSettings).resources ?? [],
        input.resourceIndexes,
      );
      if (!chosen.ok) return chosen;
      resources = chosen.value;
    }
    const now = deps.now();
    await savePairReview(db, {
      orgId: caller.orgId,
      programId,
      pairId,
      decision: input.decision,
      note: input.note?.trim() ?? '',
      decidedByAccountId: caller.accountId,
      decidedAt: now,
    });
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'pair_review.decided',
      target: pairId,
      detail: {
        programId,
        decision: input.decision,
        ...(input.decision === 'send_resources' ? { resourcesSent: resources.length } : {}),
      },
    });
    if (resources.length > 0) await emailResources(deps, db, caller, pair, program.name, resources);
    const review = await describeMidpointReview(db, caller.orgId, programId, now);
    if (!review.ok) return review;
    const row = review.value.pairs.find((p) => p.pairId === pairId);
    if (!row) return pairNotFound();
    return ok(input.decision === 'repair' ? { ...row, next: repairLink(programId, pairId) } : row);
  });
}
