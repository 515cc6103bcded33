import { aliasedTable, and, asc, eq, inArray, lte, ne, sql } from 'drizzle-orm';
import { GOING_QUESTION_IDS } from '#core/surveys/default-surveys';
import type { Db } from '#store/database';
import {
  concerns,
  meetings,
  pairAgreements,
  pairs,
  people,
  programSurveys,
  surveyRecipients,
  surveyResponses,
} from '#store/schema';

/**
 * The facts pair health is rated from (#core/health/pair-health), for all of a program's active and
 * paused pairs at once: three queries however many pairs there are. Counts, dates, statuses, pulses and
 * each side's "how is it going" check-in answer only — never notes, topics, concern text or any other
 * check-in answer. Scoped by organisation.
 */

const mentor = aliasedTable(people, 'mentor');
const mentee = aliasedTable(people, 'mentee');

export type HealthPairRow = {
  readonly pairId: string;
  readonly startedAt: Date;
  readonly mentor: { readonly id: string; readonly name: string };
  readonly mentee: { readonly id: string; readonly name: string };
  /** When both accepted the kickoff agreement; null while pending or when there is no agreement yet. */
  readonly agreedAt: Date | null;
  readonly openConcerns: number;
};

export type HealthMeetingRow = {
  readonly pairId: string;
  readonly startsAt: Date;
  readonly status: 'scheduled' | 'held' | 'missed' | 'cancelled';
  readonly logged: boolean;
  readonly mentorPulse: number | null;
  readonly menteePulse: number | null;
};

const liveInProgram = (orgId: string, programId: string) =>
  and(eq(pairs.orgId, orgId), eq(pairs.programId, programId), ne(pairs.status, 'ended'));

/** A program's active and paused pairs with both names, the agreement and open concerns, by mentor name. */
export async function listHealthPairs(db: Db, orgId: string, programId: string): Promise<HealthPairRow[]> {
  const open = db
    .select({ pairId: concerns.pairId, count: sql<number>`count(*)::int`.as('open_count') })
    .from(concerns)
    .where(and(eq(concerns.orgId, orgId), eq(concerns.programId, programId), eq(concerns.status, 'open')))
    .groupBy(concerns.pairId)
    .as('open_concerns');
  return db
    .select({
      pairId: pairs.id,
      startedAt: pairs.startedAt,
      mentor: { id: mentor.id, name: mentor.name },
      mentee: { id: mentee.id, name: mentee.name },
      agreedAt: pairAgreements.agreedAt,
      openConcerns: sql<number>`coalesce(${open.count}, 0)::int`,
    })
    .from(pairs)
    .innerJoin(mentor, eq(mentor.id, pairs.mentorPersonId))
    .innerJoin(mentee, eq(mentee.id, pairs.menteePersonId))
    .leftJoin(pairAgreements, and(eq(pairAgreements.pairId, pairs.id), eq(pairAgreements.orgId, orgId)))
    .leftJoin(open, eq(open.pairId, pairs.id))
    .where(liveInProgram(orgId, programId))
    .orderBy(asc(mentor.name), asc(pairs.id));
}

/**
 * The meetings of those pairs that the health rules look at: not cancelled, starting by `until` (later
 * ones cannot have been held or logged yet). In time order within each pair.
 */
export async function listHealthMeetings(
  db: Db,
  orgId: string,
  programId: string,
  until: Date,
): Promise<HealthMeetingRow[]> {
  return db
    .select({
      pairId: meetings.pairId,
      startsAt: meetings.startsAt,
      status: meetings.status,
      logged: sql<boolean>`${meetings.loggedAt} is not null`,
      mentorPulse: meetings.mentorPulse,
      menteePulse: meetings.menteePulse,
    })
    .from(meetings)
    .innerJoin(pairs, eq(pairs.id, meetings.pairId))
    .where(
      and(
        liveInProgram(orgId, programId),
        eq(meetings.orgId, orgId),
        ne(meetings.status, 'cancelled'),
        lte(meetings.startsAt, until),
      ),
    )
    .orderBy(asc(meetings.pairId), asc(meetings.startsAt));
}

export type HealthCheckInRow = {
  readonly pairId: string;
  readonly side: 'mentor' | 'mentee';
  readonly timing: 'midpoint' | 'final';
  /** The answer to the survey's "how is it going" question (1–5), or null if it has none. */
  readonly going: number | null;
};

/**
 * The midpoint and final check-in answers of those pairs' people: only the "how is it going" question
 * (`GOING_QUESTION_IDS`) is read from each response, by key, in the database.
 */
export async function listHealthCheckIns(
  db: Db,
  orgId: string,
  programId: string,
): Promise<HealthCheckInRow[]> {
  const going = Object.fromEntries(
    GOING_QUESTION_IDS.map((id) => [id, sql<unknown>`${surveyResponses.answers} -> ${id}::text`]),
  );
  const rows = await db
    .select({
      pairId: surveyRecipients.pairId,
      side: surveyRecipients.side,
      timing: programSurveys.timing,
      ...going,
    })
    .from(surveyResponses)
    .innerJoin(
      surveyRecipients,
      and(eq(surveyRecipients.id, surveyResponses.recipientId), eq(surveyRecipients.orgId, orgId)),
    )
    .innerJoin(
      programSurveys,
      and(eq(programSurveys.id, surveyResponses.surveyId), eq(programSurveys.orgId, orgId)),
    )
    .innerJoin(pairs, eq(pairs.id, surveyRecipients.pairId))
    .where(
      and(
        eq(surveyResponses.orgId, orgId),
        liveInProgram(orgId, programId),
        eq(programSurveys.programId, programId),
        inArray(programSurveys.timing, ['midpoint', 'final']),
      ),
    )
    .orderBy(asc(surveyRecipients.pairId), asc(surveyRecipients.side));
  return rows.map((row) => {
    const answer = GOING_QUESTION_IDS.map((id) => (row as Record<string, unknown>)[id]).find(
      (v): v is number => typeof v === 'number',
    );
    return {
      pairId: row.pairId,
      side: row.side,
      timing: row.timing as 'midpoint' | 'final',
      going: answer ?? null,
    };
  });
}
