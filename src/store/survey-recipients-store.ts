import {
  aliasedTable,
  and,
  asc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lte,
  notExists,
  sql,
} from 'drizzle-orm';
import type { Db } from '#store/database';
import { type SurveyRow, toSurveyRow } from '#store/surveys-store';
import { pairs, people, programs, programSurveys, sentNotifications, surveyRecipients } from '#store/schema';

/**
 * What the `survey-invitations` job reads and writes (issue 7): which surveys open today, who is
 * invited to each (one row per person: their pair and side), whose invitation email has not gone out,
 * and whose reminder is due. Set-based: a handful of queries however many people. Each query is
 * scoped by organisation; only `orgsWithLiveSurveys` looks across them, for ids.
 */

/** Phases in which the job opens a program's surveys on their date. */
const RUNNING_PHASES = ['active', 'midpoint', 'closing'] as const;

/** Organisations with a survey that is, or should be, open today. */
export async function orgsWithLiveSurveys(db: Db, today: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ orgId: programSurveys.orgId })
    .from(programSurveys)
    .where(
      and(
        isNull(programSurveys.closedAt),
        lte(programSurveys.opensOn, today),
        gte(programSurveys.closesOn, today),
      ),
    );
  return rows.map((r) => r.orgId);
}

/** Opens every scheduled survey whose day has come, in programs that are running; their ids. */
export async function openDueSurveys(db: Db, orgId: string, today: string, now: Date): Promise<string[]> {
  const rows = await db
    .update(programSurveys)
    .set({ openedAt: now, updatedAt: now })
    .where(
      and(
        eq(programSurveys.orgId, orgId),
        isNull(programSurveys.openedAt),
        isNull(programSurveys.closedAt),
        lte(programSurveys.opensOn, today),
        gte(programSurveys.closesOn, today),
        inArray(
          programSurveys.programId,
          db
            .select({ id: programs.id })
            .from(programs)
            .where(and(eq(programs.orgId, orgId), inArray(programs.phase, [...RUNNING_PHASES]))),
        ),
      ),
    )
    .returning({ id: programSurveys.id });
  return rows.map((r) => r.id);
}

export type LiveSurvey = SurveyRow & { readonly programName: string };

const liveSurveyColumns = { survey: programSurveys, programName: programs.name };

/** Surveys open today (opened, not closed, closing day not passed), with their program's name. */
export async function listOpenSurveys(db: Db, orgId: string, today: string): Promise<LiveSurvey[]> {
  const rows = await db
    .select(liveSurveyColumns)
    .from(programSurveys)
    .innerJoin(programs, and(eq(programs.id, programSurveys.programId), eq(programs.orgId, orgId)))
    .where(
      and(
        eq(programSurveys.orgId, orgId),
        isNotNull(programSurveys.openedAt),
        isNull(programSurveys.closedAt),
        gte(programSurveys.closesOn, today),
      ),
    )
    .orderBy(asc(programSurveys.closesOn), asc(programSurveys.id));
  return rows.map((r) => ({ ...toSurveyRow(r.survey), programName: r.programName }));
}

/** One survey with its program's name, whatever its status. */
export async function getLiveSurvey(
  db: Db,
  orgId: string,
  surveyId: string,
): Promise<LiveSurvey | undefined> {
  const [row] = await db
    .select(liveSurveyColumns)
    .from(programSurveys)
    .innerJoin(programs, and(eq(programs.id, programSurveys.programId), eq(programs.orgId, orgId)))
    .where(and(eq(programSurveys.orgId, orgId), eq(programSurveys.id, surveyId)));
  return row && { ...toSurveyRow(row.survey), programName: row.programName };
}

/**
 * Invites everyone in an active or paused pair of the survey's program who is not invited yet: one
 * row per person, for their longest-running pair if they have several. Returns how many were added.
 */
export async function addSurveyRecipients(
  db: Db,
  orgId: string,
  survey: { readonly id: string; readonly programId: string },
  invitedAt: Date,
): Promise<number> {
  const result = await db.execute(sql`
    insert into ${surveyRecipients} (org_id, survey_id, person_id, pair_id, side, invited_at)
    select distinct on (live.person_id) ${orgId}, ${survey.id}, live.person_id, live.pair_id, live.side,
           ${invitedAt.toISOString()}::timestamptz
    from (
      select p.mentor_person_id as person_id, p.id as pair_id, 'mentor' as side, p.started_at
      from ${pairs} p
      where p.org_id = ${orgId} and p.program_id = ${survey.programId} and p.status <> 'ended'
      union all
      select p.mentee_person_id, p.id, 'mentee', p.started_at
      from ${pairs} p
      where p.org_id = ${orgId} and p.program_id = ${survey.programId} and p.status <> 'ended'
    ) live
    order by live.person_id, live.started_at, live.pair_id
    on conflict (survey_id, person_id) do nothing
    returning id`);
  return (result as unknown as { rows: unknown[] }).rows.length;
}

const person = aliasedTable(people, 'person');
const partner = aliasedTable(people, 'partner');

export type RecipientContact = {
  readonly recipientId: string;
  readonly personId: string;
  readonly side: 'mentor' | 'mentee';
  readonly name: string;
  readonly email: string;
  readonly partnerName: string;
  readonly invitedAt: Date;
  readonly respondedAt: Date | null;
  readonly remindedAt: Date | null;
};

const contactColumns = {
  recipientId: surveyRecipients.id,
  personId: surveyRecipients.personId,
  side: surveyRecipients.side,
  name: person.name,
  email: person.email,
  partnerName: partner.name,
  invitedAt: surveyRecipients.invitedAt,
  respondedAt: surveyRecipients.respondedAt,
  remindedAt: surveyRecipients.remindedAt,
};

function recipientsWithContacts(db: Db, orgId: string) {
  return db
    .select(contactColumns)
    .from(surveyRecipients)
    .innerJoin(person, and(eq(person.id, surveyRecipients.personId), eq(person.orgId, orgId)))
    .innerJoin(pairs, and(eq(pairs.id, surveyRecipients.pairId), eq(pairs.orgId, orgId)))
    .innerJoin(
      partner,
      sql`${partner.id} = case when ${surveyRecipients.side} = 'mentor' then ${pairs.menteePersonId} else ${pairs.mentorPersonId} end`,
    );
}

/** The key under which a person's invitation to a survey is sent once. */
export const invitationKey = (surveyId: string, personId: string) => `survey-invite:${surveyId}:${personId}`;
/** The key under which a person's reminder of a survey is sent once. */
export const reminderKey = (surveyId: string, personId: string) => `survey-reminder:${surveyId}:${personId}`;

/** A survey's recipients whose invitation email has not been sent (new ones, or after a failed run). */
export async function listUninvited(db: Db, orgId: string, surveyId: string): Promise<RecipientContact[]> {
  return recipientsWithContacts(db, orgId)
    .where(
      and(
        eq(surveyRecipients.orgId, orgId),
        eq(surveyRecipients.surveyId, surveyId),
        notExists(
          db
            .select({ one: sql`1` })
            .from(sentNotifications)
            .where(
              and(
                eq(sentNotifications.orgId, orgId),
                eq(
                  sentNotifications.key,
                  sql`'survey-invite:' || ${surveyRecipients.surveyId} || ':' || ${surveyRecipients.personId}`,
                ),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(person.name), asc(surveyRecipients.id));
}

/** A survey's recipients who have neither answered nor been reminded. */
export async function listUnansweredUnreminded(
  db: Db,
  orgId: string,
  surveyId: string,
): Promise<RecipientContact[]> {
  return recipientsWithContacts(db, orgId)
    .where(
      and(
        eq(surveyRecipients.orgId, orgId),
        eq(surveyRecipients.surveyId, surveyId),
        isNull(surveyRecipients.respondedAt),
        isNull(surveyRecipients.remindedAt),
      ),
    )
    .orderBy(asc(person.name), asc(surveyRecipients.id));
}

export async function markReminded(db: Db, orgId: string, recipientId: string, at: Date): Promise<void> {
  await db
    .update(surveyRecipients)
    .set({ remindedAt: at })
    .where(and(eq(surveyRecipients.orgId, orgId), eq(surveyRecipients.id, recipientId)));
}
