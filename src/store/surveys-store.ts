import { aliasedTable, and, asc, eq, or, sql } from 'drizzle-orm';
import type { SurveyResponse } from '#core/surveys/aggregate-survey';
import type { SurveyAnswers } from '#core/surveys/survey-answers';
import type { CampaignTiming } from '#core/surveys/survey-schedule';
import { type SurveyTemplate, surveyTemplateSchema } from '#core/surveys/survey-template';
import type { Db } from '#store/database';
import { preparedQuery } from '#store/prepared-query';
import { pairs, people, programs, programSurveys, surveyRecipients, surveyResponses } from '#store/schema';

/**
 * A program's check-in surveys, who was asked to answer them, and the answers (issue 7). Answers are
 * read here for two purposes only: their author's own view, and aggregation on the server. Scoped by
 * organisation. The background job's queries are in survey-recipients-store.ts.
 */

export type SurveyRow = Omit<typeof programSurveys.$inferSelect, 'template' | 'timing'> & {
  readonly timing: CampaignTiming;
  readonly template: SurveyTemplate;
};
/** A survey with how many were invited and how many answered: counts only. */
export type SurveyWithCounts = SurveyRow & { readonly invited: number; readonly responded: number };

const TIMING_ORDER: Readonly<Record<CampaignTiming, number>> = { kickoff: 0, midpoint: 1, final: 2 };

/** The stored template, with the defaults of any field added since it was saved. */
export function readTemplate(stored: unknown): SurveyTemplate {
  return surveyTemplateSchema.parse(stored);
}

export function toSurveyRow<T extends typeof programSurveys.$inferSelect>(
  row: T,
): Omit<T, 'template' | 'timing'> & SurveyRow {
  return { ...row, timing: row.timing, template: readTemplate(row.template) };
}

export type NewSurvey = {
  readonly key: string;
  readonly timing: CampaignTiming;
  readonly template: SurveyTemplate;
  readonly opensOn: string;
  readonly closesOn: string;
};

/** Adds the surveys a program does not have yet (by key); existing ones stay as they are. */
export async function insertMissingSurveys(
  db: Db,
  orgId: string,
  programId: string,
  surveys: readonly NewSurvey[],
): Promise<void> {
  if (surveys.length === 0) return;
  await db
    .insert(programSurveys)
    .values(surveys.map((s) => ({ ...s, template: { ...s.template }, orgId, programId })))
    .onConflictDoNothing({ target: [programSurveys.orgId, programSurveys.programId, programSurveys.key] });
}

/** How many were invited to each survey of the organisation, and how many answered. */
function tallies(db: Db, orgId: string) {
  return db
    .select({
      surveyId: surveyRecipients.surveyId,
      invited: sql<number>`count(*)::int`.as('invited'),
      responded: sql<number>`count(${surveyRecipients.respondedAt})::int`.as('responded'),
    })
    .from(surveyRecipients)
    .where(eq(surveyRecipients.orgId, orgId))
    .groupBy(surveyRecipients.surveyId)
    .as('tallies');
}

function surveysWithCounts(db: Db, orgId: string) {
  const t = tallies(db, orgId);
  return db
    .select({
      survey: programSurveys,
      invited: sql<number>`coalesce(${t.invited}, 0)::int`,
      responded: sql<number>`coalesce(${t.responded}, 0)::int`,
    })
    .from(programSurveys)
    .leftJoin(t, eq(t.surveyId, programSurveys.id))
    .$dynamic();
}

/** A program's surveys in the order they are sent, with their counts. */
export async function listProgramSurveys(
  db: Db,
  orgId: string,
  programId: string,
): Promise<SurveyWithCounts[]> {
  const rows = await surveysWithCounts(db, orgId).where(
    and(eq(programSurveys.orgId, orgId), eq(programSurveys.programId, programId)),
  );
  return rows
    .map((r) => ({ ...toSurveyRow(r.survey), invited: r.invited, responded: r.responded }))
    .sort((a, b) => TIMING_ORDER[a.timing] - TIMING_ORDER[b.timing]);
}

/** One survey of a program, with its counts. */
export async function getProgramSurvey(
  db: Db,
  orgId: string,
  programId: string,
  surveyId: string,
): Promise<SurveyWithCounts | undefined> {
  const [row] = await surveysWithCounts(db, orgId).where(
    and(
      eq(programSurveys.orgId, orgId),
      eq(programSurveys.programId, programId),
      eq(programSurveys.id, surveyId),
    ),
  );
  return row && { ...toSurveyRow(row.survey), invited: row.invited, responded: row.responded };
}

export type SurveyPatch = {
  readonly opensOn?: string;
  readonly closesOn?: string;
  readonly template?: SurveyTemplate;
  readonly openedAt?: Date;
  readonly closedAt?: Date;
};

export async function updateSurveyRow(
  db: Db,
  orgId: string,
  surveyId: string,
  patch: SurveyPatch,
  now: Date,
): Promise<void> {
  const { template, ...rest } = patch;
  await db
    .update(programSurveys)
    .set({ ...rest, ...(template ? { template: { ...template } } : {}), updatedAt: now })
    .where(and(eq(programSurveys.orgId, orgId), eq(programSurveys.id, surveyId)));
}

/** Every answer to a survey, as the aggregation reads it: the person, their side, their answers. */
export async function listSurveyResponses(
  db: Db,
  orgId: string,
  surveyId: string,
): Promise<SurveyResponse[]> {
  const rows = await db
    .select({
      respondentId: surveyRecipients.personId,
      side: surveyRecipients.side,
      answers: surveyResponses.answers,
    })
    .from(surveyResponses)
    .innerJoin(
      surveyRecipients,
      and(eq(surveyRecipients.id, surveyResponses.recipientId), eq(surveyRecipients.orgId, orgId)),
    )
    .where(and(eq(surveyResponses.orgId, orgId), eq(surveyResponses.surveyId, surveyId)))
    .orderBy(asc(surveyResponses.submittedAt), asc(surveyResponses.id));
  return rows.map((r) => ({ ...r, answers: r.answers as SurveyAnswers }));
}

const partner = aliasedTable(people, 'partner');

/** A check-in one person was asked to answer: the survey, their pair and side, and when they answered. */
export type CheckInRow = {
  readonly recipientId: string;
  readonly personId: string;
  readonly side: 'mentor' | 'mentee';
  readonly respondedAt: Date | null;
  readonly partnerName: string;
  readonly programId: string;
  readonly programName: string;
  readonly survey: SurveyRow;
};

/** A person's check-ins, or only `recipientId` of them (null for all): every participant's home page asks. */
const checkIns = preparedQuery((db) => {
  const orgId = sql.placeholder('orgId');
  const recipientId = sql.placeholder('recipientId');
  return db
    .select({
      recipientId: surveyRecipients.id,
      personId: surveyRecipients.personId,
      side: surveyRecipients.side,
      respondedAt: surveyRecipients.respondedAt,
      partnerName: partner.name,
      programId: programs.id,
      programName: programs.name,
      survey: programSurveys,
    })
    .from(surveyRecipients)
    .innerJoin(
      programSurveys,
      and(eq(programSurveys.id, surveyRecipients.surveyId), eq(programSurveys.orgId, orgId)),
    )
    .innerJoin(programs, and(eq(programs.id, programSurveys.programId), eq(programs.orgId, orgId)))
    .innerJoin(pairs, and(eq(pairs.id, surveyRecipients.pairId), eq(pairs.orgId, orgId)))
    .innerJoin(
      partner,
      sql`${partner.id} = case when ${surveyRecipients.side} = 'mentor' then ${pairs.menteePersonId} else ${pairs.mentorPersonId} end`,
    )
    .where(
      and(
        eq(surveyRecipients.orgId, orgId),
        eq(surveyRecipients.personId, sql.placeholder('personId')),
        or(sql`${recipientId}::text is null`, eq(surveyRecipients.id, recipientId)),
      ),
    )
    .prepare('check_ins_of_person');
});

function checkInQuery(db: Db, orgId: string, personId: string, recipientId?: string) {
  return checkIns(db).execute({ orgId, personId, recipientId: recipientId ?? null });
}

/** The check-ins a person was asked to answer, in any order. */
export async function listCheckInsOf(db: Db, orgId: string, personId: string): Promise<CheckInRow[]> {
  const rows = await checkInQuery(db, orgId, personId);
  return rows.map((r) => ({ ...r, survey: toSurveyRow(r.survey) }));
}

/** One of a person's check-ins with their own answers; someone else's is not found. */
export async function getCheckInOf(
  db: Db,
  orgId: string,
  personId: string,
  recipientId: string,
): Promise<(CheckInRow & { readonly answers: SurveyAnswers | null }) | undefined> {
  const [row] = await checkInQuery(db, orgId, personId, recipientId);
  if (!row) return undefined;
  const [response] = await db
    .select({ answers: surveyResponses.answers })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.orgId, orgId), eq(surveyResponses.recipientId, recipientId)));
  return {
    ...row,
    survey: toSurveyRow(row.survey),
    answers: response ? (response.answers as SurveyAnswers) : null,
  };
}

/** Saves a person's answers (replacing earlier ones) and marks them as answered now. */
export async function saveSurveyResponse(
  db: Db,
  orgId: string,
  input: { readonly surveyId: string; readonly recipientId: string; readonly answers: SurveyAnswers },
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    await t
      .insert(surveyResponses)
      .values({
        orgId,
        surveyId: input.surveyId,
        recipientId: input.recipientId,
        answers: { ...input.answers },
        submittedAt: now,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: surveyResponses.recipientId,
        set: { answers: { ...input.answers }, updatedAt: now },
      });
    await t
      .update(surveyRecipients)
      .set({ respondedAt: now })
      .where(and(eq(surveyRecipients.orgId, orgId), eq(surveyRecipients.id, input.recipientId)));
  });
}
