import { and, asc, eq } from 'drizzle-orm';
import type { QuotableResponse, QuoteRef } from '#core/impact/report-quotes';
import type { Db } from '#store/database';
import { programReports, programSurveys, surveyRecipients, surveyResponses } from '#store/schema';
import { readTemplate } from '#store/surveys-store';

/**
 * HR's notes for a program's impact report (issue 8): the key takeaways and the quotes chosen, by
 * reference to the answers (never copied, so withdrawn consent takes effect at once). Scoped by
 * organisation; a program without a row has no notes yet.
 */
export type ProgramReportNotes = {
  readonly takeaways: string;
  readonly quotes: readonly QuoteRef[];
  readonly updatedAt: Date | null;
};

export async function getProgramReportNotes(
  db: Db,
  orgId: string,
  programId: string,
): Promise<ProgramReportNotes> {
  const [row] = await db
    .select({
      takeaways: programReports.takeaways,
      quotes: programReports.quotes,
      updatedAt: programReports.updatedAt,
    })
    .from(programReports)
    .where(and(eq(programReports.orgId, orgId), eq(programReports.programId, programId)));
  return row ?? { takeaways: '', quotes: [], updatedAt: null };
}

export async function saveProgramReportNotes(
  db: Db,
  notes: {
    readonly orgId: string;
    readonly programId: string;
    readonly takeaways: string;
    readonly quotes: readonly QuoteRef[];
    readonly accountId: string | null;
    readonly now: Date;
  },
): Promise<void> {
  const values = {
    takeaways: notes.takeaways,
    quotes: notes.quotes.map((q) => ({ responseId: q.responseId, questionId: q.questionId })),
    updatedByAccountId: notes.accountId,
    updatedAt: notes.now,
  };
  await db
    .insert(programReports)
    .values({ ...values, orgId: notes.orgId, programId: notes.programId })
    .onConflictDoUpdate({ target: programReports.programId, set: values });
}

/**
 * Every answer to the program's surveys with its survey's template and its author's side (not who
 * they are), for the core to pick the quotable ones from.
 */
export async function listProgramResponsesForQuotes(
  db: Db,
  orgId: string,
  programId: string,
): Promise<QuotableResponse[]> {
  const rows = await db
    .select({
      responseId: surveyResponses.id,
      surveyId: programSurveys.id,
      side: surveyRecipients.side,
      answers: surveyResponses.answers,
    })
    .from(surveyResponses)
    .innerJoin(
      programSurveys,
      and(eq(programSurveys.id, surveyResponses.surveyId), eq(programSurveys.orgId, orgId)),
    )
    .innerJoin(
      surveyRecipients,
      and(eq(surveyRecipients.id, surveyResponses.recipientId), eq(surveyRecipients.orgId, orgId)),
    )
    .where(and(eq(surveyResponses.orgId, orgId), eq(programSurveys.programId, programId)))
    .orderBy(asc(programSurveys.key), asc(surveyResponses.submittedAt), asc(surveyResponses.id));
  const surveys = await db
    .select({ id: programSurveys.id, template: programSurveys.template })
    .from(programSurveys)
    .where(and(eq(programSurveys.orgId, orgId), eq(programSurveys.programId, programId)));
  const templates = new Map(surveys.map((s) => [s.id, readTemplate(s.template)]));
  return rows.flatMap(({ surveyId, ...r }) => {
    const template = templates.get(surveyId);
    return template ? [{ ...r, template }] : [];
  });
}
