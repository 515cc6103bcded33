import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '#store/database';
import { accounts, pairReviews, surveyRecipients } from '#store/schema';

/**
 * HR's decision about each pair at the midpoint review (issue 7): one row per pair, replaced when HR
 * changes its mind. The note is HR's own and never reaches the pair. Scoped by organisation.
 */

export const REVIEW_DECISIONS = ['keep', 'send_resources', 'repair'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export type PairReviewRow = {
  readonly pairId: string;
  readonly decision: ReviewDecision;
  readonly note: string;
  readonly decidedAt: Date;
  /** The name of the account that decided; '' when that account is gone. */
  readonly decidedBy: string;
};

export type PairReviewInput = {
  readonly orgId: string;
  readonly programId: string;
  readonly pairId: string;
  readonly decision: ReviewDecision;
  readonly note: string;
  readonly decidedByAccountId: string;
  readonly decidedAt: Date;
};

/** Records a pair's decision, replacing the one it had. */
export async function savePairReview(db: Db, input: PairReviewInput): Promise<void> {
  const { orgId, pairId, ...decided } = input;
  await db
    .insert(pairReviews)
    .values(input)
    .onConflictDoUpdate({
      target: [pairReviews.orgId, pairReviews.pairId],
      set: {
        decision: decided.decision,
        note: decided.note,
        decidedByAccountId: decided.decidedByAccountId,
        decidedAt: decided.decidedAt,
      },
    });
}

const columns = {
  pairId: pairReviews.pairId,
  decision: pairReviews.decision,
  note: pairReviews.note,
  decidedAt: pairReviews.decidedAt,
  decidedByName: accounts.name,
};

const toRow = ({
  decidedByName,
  ...row
}: { decidedByName: string | null } & Omit<PairReviewRow, 'decidedBy'>) => ({
  ...row,
  decidedBy: decidedByName ?? '',
});

/** The decisions taken so far on a program's pairs. */
export async function listPairReviews(db: Db, orgId: string, programId: string): Promise<PairReviewRow[]> {
  const rows = await db
    .select(columns)
    .from(pairReviews)
    .leftJoin(accounts, eq(accounts.id, pairReviews.decidedByAccountId))
    .where(and(eq(pairReviews.orgId, orgId), eq(pairReviews.programId, programId)))
    .orderBy(asc(pairReviews.decidedAt), asc(pairReviews.pairId));
  return rows.map(toRow);
}

/** One pair's decision, if HR took one. */
export async function getPairReview(
  db: Db,
  orgId: string,
  pairId: string,
): Promise<PairReviewRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(pairReviews)
    .leftJoin(accounts, eq(accounts.id, pairReviews.decidedByAccountId))
    .where(and(eq(pairReviews.orgId, orgId), eq(pairReviews.pairId, pairId)));
  return row && toRow(row);
}

/**
 * Who answered a check-in survey, by pair and side: the review shows whether each side answered,
 * never what. No answer is read here.
 */
export async function listAnsweredSides(
  db: Db,
  orgId: string,
  surveyId: string,
): Promise<{ pairId: string; side: 'mentor' | 'mentee' }[]> {
  return db
    .select({ pairId: surveyRecipients.pairId, side: surveyRecipients.side })
    .from(surveyRecipients)
    .where(
      and(
        eq(surveyRecipients.orgId, orgId),
        eq(surveyRecipients.surveyId, surveyId),
        isNotNull(surveyRecipients.respondedAt),
      ),
    )
    .orderBy(asc(surveyRecipients.pairId), asc(surveyRecipients.side));
}
