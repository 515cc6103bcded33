import { and, type Column, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { withoutTextAnswers } from '#core/privacy/erasure';
import type { Db } from '#store/database';
import {
  concernMessages,
  concerns,
  enrollments,
  goalUpdates,
  meetings,
  pairAgreements,
  pairGoals,
  pairReviews,
  pairs,
  privateNotes,
  programSurveys,
  repairRequests,
  surveyRecipients,
  surveyResponses,
} from '#store/schema';

/**
 * Issue 9: where the private content of a program lives, and how it is removed while every row that
 * a count rests on stays (a meeting, a goal's progress, a concern, a scale answer). One list, used by
 * erasing a person (scoped to them) and by the retention purge (scoped to a program). Every location
 * of a person's data, and what erasure and the data export do with it, is listed once in
 * `personal-data-locations`; this is how the content part of it is removed.
 *
 * Removed, table by table:
 * - enrollments: intake answers, sensitive answers, nomination note.
 * - private_notes: deleted (encrypted, but the ciphertext is still the person's words).
 * - meetings: shared notes and a custom topic (the row, its status, pulses and lessons stay).
 * - pairs: the pairing explanation (it quotes answers) and HR's end reason.
 * - pair_reviews: HR's midpoint note. repair_requests: the reason.
 * - pair_agreements: ground rules and objectives (schedule and acceptance dates stay).
 * - pair_goals: the title; goal_updates: the note (progress and dates stay).
 * - concerns: the subject; concern_messages: the body (rows stay for HR's counts).
 * - survey_responses: short and long text answers (scale and choice answers stay).
 * - match_runs: the participants' background answers, generation, function and location in the snapshot.
 */
export type ContentScope = {
  readonly orgId: string;
  /** Enrollments whose answers and notes go. */
  readonly enrollmentIds: readonly string[];
  /** Pairs whose shared texts go: meeting notes, agreement, explanation, reviews, repair reasons. */
  readonly pairIds: readonly string[];
  /** Goals whose titles and updates go: all goals of these pairs, or only one side's. */
  readonly goals: readonly { readonly pairId: string; readonly side: 'mentor' | 'mentee' | 'both' }[];
  /** Private notes: of every author on these pairs' meetings, or only this author's, anywhere. */
  readonly privateNotes: { readonly pairIds: readonly string[] } | { readonly authorPersonId: string };
  /** Concerns whose subject and messages go. */
  readonly concernIds: readonly string[];
  /** Survey recipients whose text answers go. */
  readonly recipientIds: readonly string[];
  /** Match-run snapshots whose participants' answers go: a program's, or one person's entry in any. */
  readonly snapshots: { readonly programId: string } | { readonly personId: string };
};

const none = sql`false`;
const within = (column: Column, ids: readonly string[]): SQL =>
  ids.length === 0 ? none : inArray(column, [...ids]);

/** Removes the private content named by `scope`; rows that counts rest on stay. */
export async function removePrivateContent(db: Db, scope: ContentScope, now: Date): Promise<void> {
  const { orgId } = scope;
  if (scope.enrollmentIds.length > 0)
    await db
      .update(enrollments)
      .set({ answers: {}, sensitiveAnswers: {}, nominationNote: '', updatedAt: now })
      .where(and(eq(enrollments.orgId, orgId), within(enrollments.id, scope.enrollmentIds)));

  if ('authorPersonId' in scope.privateNotes)
    await db
      .delete(privateNotes)
      .where(
        and(
          eq(privateNotes.orgId, orgId),
          eq(privateNotes.authorPersonId, scope.privateNotes.authorPersonId),
        ),
      );
  else if (scope.privateNotes.pairIds.length > 0)
    await db.delete(privateNotes).where(
      and(
        eq(privateNotes.orgId, orgId),
        inArray(
          privateNotes.meetingId,
          db
            .select({ id: meetings.id })
            .from(meetings)
            .where(and(eq(meetings.orgId, orgId), within(meetings.pairId, scope.privateNotes.pairIds))),
        ),
      ),
    );

  if (scope.pairIds.length > 0) await removePairTexts(db, orgId, scope.pairIds, now);
  await removeGoalTexts(db, orgId, scope.goals, now);

  if (scope.concernIds.length > 0) {
    await db
      .update(concerns)
      .set({ subject: '', updatedAt: now })
      .where(and(eq(concerns.orgId, orgId), within(concerns.id, scope.concernIds)));
    await db
      .update(concernMessages)
      .set({ body: '' })
      .where(and(eq(concernMessages.orgId, orgId), within(concernMessages.concernId, scope.concernIds)));
  }
  await removeTextAnswers(db, orgId, scope.recipientIds, now);
  await removeSnapshotAnswers(db, orgId, scope.snapshots);
}

/**
 * Match runs keep a snapshot of each participant's answers as matched. Their background (sensitive)
 * answers, generation, function and location are removed from it (and the run no longer reads as
 * using background answers with consent); the rest (level, department,
 * skills, availability) stays, so a run still reads back and explains its scores.
 */
async function removeSnapshotAnswers(db: Db, orgId: string, snapshots: ContentScope['snapshots']) {
  const which =
    'programId' in snapshots
      ? sql`program_id = ${snapshots.programId}`
      : sql`cohort->'participants' @> ${JSON.stringify([{ id: snapshots.personId }])}::jsonb`;
  const mine = 'programId' in snapshots ? sql`true` : sql`p->>'id' = ${snapshots.personId}`;
  await db.execute(sql`
    update match_runs set cohort = jsonb_set(cohort, '{participants}', coalesce((
      select jsonb_agg(case when ${mine}
                            then (p - 'background' - 'generation' - 'function' - 'location')
                                 || '{"consentsToBackgroundMatching": false}'::jsonb
                            else p end order by ord)
      from jsonb_array_elements(cohort->'participants') with ordinality as e(p, ord)), '[]'::jsonb))
    where org_id = ${orgId} and jsonb_typeof(cohort->'participants') = 'array' and ${which}`);
}

async function removePairTexts(db: Db, orgId: string, pairIds: readonly string[], now: Date) {
  await db
    .update(meetings)
    .set({ sharedNotes: '', customTopic: null, updatedAt: now })
    .where(and(eq(meetings.orgId, orgId), within(meetings.pairId, pairIds)));
  await db
    .update(pairs)
    .set({ explanation: '', endReason: '' })
    .where(and(eq(pairs.orgId, orgId), within(pairs.id, pairIds)));
  await db
    .update(pairReviews)
    .set({ note: '' })
    .where(and(eq(pairReviews.orgId, orgId), within(pairReviews.pairId, pairIds)));
  await db
    .update(repairRequests)
    .set({ reason: '' })
    .where(and(eq(repairRequests.orgId, orgId), within(repairRequests.pairId, pairIds)));
  await db
    .update(pairAgreements)
    .set({ groundRules: [], mentorObjectives: [], menteeObjectives: [], updatedAt: now })
    .where(and(eq(pairAgreements.orgId, orgId), within(pairAgreements.pairId, pairIds)));
}

async function removeGoalTexts(db: Db, orgId: string, goals: ContentScope['goals'], now: Date) {
  if (goals.length === 0) return;
  const matches = goals.map((g) =>
    g.side === 'both'
      ? eq(pairGoals.pairId, g.pairId)
      : and(eq(pairGoals.pairId, g.pairId), eq(pairGoals.side, g.side))!,
  );
  const goalIds = db
    .select({ id: pairGoals.id })
    .from(pairGoals)
    .where(and(eq(pairGoals.orgId, orgId), or(...matches)));
  await db
    .update(goalUpdates)
    .set({ note: '' })
    .where(and(eq(goalUpdates.orgId, orgId), inArray(goalUpdates.goalId, goalIds)));
  await db
    .update(pairGoals)
    .set({ title: '', updatedAt: now })
    .where(and(eq(pairGoals.orgId, orgId), or(...matches)));
}

/** Keeps each response's scale and choice answers, dropping its words (the survey template says which). */
async function removeTextAnswers(db: Db, orgId: string, recipientIds: readonly string[], now: Date) {
  if (recipientIds.length === 0) return;
  const rows = await db
    .select({ id: surveyResponses.id, answers: surveyResponses.answers, template: programSurveys.template })
    .from(surveyResponses)
    .innerJoin(programSurveys, eq(programSurveys.id, surveyResponses.surveyId))
    .where(and(eq(surveyResponses.orgId, orgId), within(surveyResponses.recipientId, recipientIds)));
  for (const row of rows) {
    const questions = Array.isArray(row.template.questions)
      ? (row.template.questions as { id: string; kind: string }[])
      : [];
    const kept = withoutTextAnswers(questions, row.answers);
    if (Object.keys(kept).length === Object.keys(row.answers).length) continue;
    await db
      .update(surveyResponses)
      .set({ answers: kept, updatedAt: now })
      .where(eq(surveyResponses.id, row.id));
  }
}

/** The content scope of one program: everything its pairs, enrollments, concerns and surveys hold. */
export async function programContentScope(db: Db, orgId: string, programId: string): Promise<ContentScope> {
  const [enrollmentRows, pairRows, concernRows, recipientRows] = await Promise.all([
    db
      .select({ id: enrollments.id })
      .from(enrollments)
      .where(and(eq(enrollments.orgId, orgId), eq(enrollments.programId, programId))),
    db
      .select({ id: pairs.id })
      .from(pairs)
      .where(and(eq(pairs.orgId, orgId), eq(pairs.programId, programId))),
    db
      .select({ id: concerns.id })
      .from(concerns)
      .where(and(eq(concerns.orgId, orgId), eq(concerns.programId, programId))),
    db
      .select({ id: surveyRecipients.id })
      .from(surveyRecipients)
      .innerJoin(programSurveys, eq(programSurveys.id, surveyRecipients.surveyId))
      .where(and(eq(surveyRecipients.orgId, orgId), eq(programSurveys.programId, programId))),
  ]);
  const pairIds = pairRows.map((p) => p.id);
  return {
    orgId,
    enrollmentIds: enrollmentRows.map((e) => e.id),
    pairIds,
    goals: pairIds.map((pairId) => ({ pairId, side: 'both' as const })),
    privateNotes: { pairIds },
    concernIds: concernRows.map((c) => c.id),
    recipientIds: recipientRows.map((r) => r.id),
    snapshots: { programId },
  };
}

/**
 * The content scope of one person: their enrollments, private notes, concerns and check-in answers;
 * the shared texts of every pair they were in (meeting notes and agreements are written by both and
 * are about both); their own side's goals.
 */
export async function personContentScope(db: Db, orgId: string, personId: string): Promise<ContentScope> {
  const [enrollmentRows, pairRows, concernRows, recipientRows] = await Promise.all([
    db
      .select({ id: enrollments.id })
      .from(enrollments)
      .where(and(eq(enrollments.orgId, orgId), eq(enrollments.personId, personId))),
    db
      .select({ id: pairs.id, mentorPersonId: pairs.mentorPersonId })
      .from(pairs)
      .where(
        and(
          eq(pairs.orgId, orgId),
          or(eq(pairs.mentorPersonId, personId), eq(pairs.menteePersonId, personId)),
        ),
      ),
    db
      .select({ id: concerns.id })
      .from(concerns)
      .where(and(eq(concerns.orgId, orgId), eq(concerns.raisedByPersonId, personId))),
    db
      .select({ id: surveyRecipients.id })
      .from(surveyRecipients)
      .where(and(eq(surveyRecipients.orgId, orgId), eq(surveyRecipients.personId, personId))),
  ]);
  return {
    orgId,
    enrollmentIds: enrollmentRows.map((e) => e.id),
    pairIds: pairRows.map((p) => p.id),
    goals: pairRows.map((p) => ({
      pairId: p.id,
      side: p.mentorPersonId === personId ? ('mentor' as const) : ('mentee' as const),
    })),
    privateNotes: { authorPersonId: personId },
    concernIds: concernRows.map((c) => c.id),
    recipientIds: recipientRows.map((r) => r.id),
    snapshots: { personId },
  };
}
