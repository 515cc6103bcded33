import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '#store/database';
import {
  auditEvents,
  consentRecords,
  goalUpdates,
  meetings,
  pairAgreements,
  pairContinuations,
  pairGoals,
  pairs,
  people,
  programSurveys,
  programs,
  repairRequests,
  sessions,
  surveyRecipients,
  surveyResponses,
} from '#store/schema';

/**
 * The reads behind a person's data export (issue 9): one set-based query per table, each scoped by
 * organisation and by the person (or their pairs); which tables, in `personal-data-locations`. Columns are chosen here, so a field left out
 * (a pair's end reason, a session's token) never leaves the database.
 */

const mentor = alias(people, 'mentor');
const mentee = alias(people, 'mentee');

/** Every pair the person is or was in, ended ones included; never HR's end reason or the score parts. */
export async function pairsInvolving(db: Db, orgId: string, personId: string) {
  return db
    .select({
      id: pairs.id,
      program: { id: programs.id, name: programs.name },
      mentorPersonId: pairs.mentorPersonId,
      mentorName: mentor.name,
      menteeName: mentee.name,
      status: pairs.status,
      explanation: pairs.explanation,
      startedAt: pairs.startedAt,
      endedAt: pairs.endedAt,
    })
    .from(pairs)
    .innerJoin(programs, and(eq(programs.id, pairs.programId), eq(programs.orgId, orgId)))
    .innerJoin(mentor, eq(mentor.id, pairs.mentorPersonId))
    .innerJoin(mentee, eq(mentee.id, pairs.menteePersonId))
    .where(
      and(eq(pairs.orgId, orgId), or(eq(pairs.mentorPersonId, personId), eq(pairs.menteePersonId, personId))),
    )
    .orderBy(asc(pairs.startedAt), asc(pairs.id));
}

/** The agreements of these pairs, as both people read them. */
export async function agreementsOfPairs(db: Db, orgId: string, pairIds: readonly string[]) {
  if (pairIds.length === 0) return [];
  return db
    .select()
    .from(pairAgreements)
    .where(and(eq(pairAgreements.orgId, orgId), inArray(pairAgreements.pairId, [...pairIds])));
}

/** Every meeting of these pairs, cancelled included, in time order. */
export async function meetingsOfPairs(db: Db, orgId: string, pairIds: readonly string[]) {
  if (pairIds.length === 0) return [];
  return db
    .select()
    .from(meetings)
    .where(and(eq(meetings.orgId, orgId), inArray(meetings.pairId, [...pairIds])))
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
}

/** The goals of these pairs (both sides' goals are visible to the pair) and their updates. */
export async function goalsOfPairs(db: Db, orgId: string, pairIds: readonly string[]) {
  if (pairIds.length === 0) return { goals: [], updates: [] };
  const goals = await db
    .select()
    .from(pairGoals)
    .where(and(eq(pairGoals.orgId, orgId), inArray(pairGoals.pairId, [...pairIds])))
    .orderBy(asc(pairGoals.createdAt), asc(pairGoals.id));
  const goalIds = goals.map((g) => g.id);
  const updates =
    goalIds.length === 0
      ? []
      : await db
          .select()
          .from(goalUpdates)
          .where(and(eq(goalUpdates.orgId, orgId), inArray(goalUpdates.goalId, goalIds)))
          .orderBy(asc(goalUpdates.createdAt), asc(goalUpdates.id));
  return { goals, updates };
}

/** The person's own answers to whether their pairs keep meeting once the program closed. */
export async function continuationsOf(db: Db, orgId: string, personId: string) {
  return db
    .select({
      pairId: pairContinuations.pairId,
      continues: pairContinuations.continues,
      answeredAt: pairContinuations.answeredAt,
    })
    .from(pairContinuations)
    .where(and(eq(pairContinuations.orgId, orgId), eq(pairContinuations.personId, personId)));
}

/** Every grant or withdrawal of consent on these enrollments, oldest first. */
export async function consentRecordsOf(db: Db, orgId: string, enrollmentIds: readonly string[]) {
  if (enrollmentIds.length === 0) return [];
  return db
    .select()
    .from(consentRecords)
    .where(and(eq(consentRecords.orgId, orgId), inArray(consentRecords.enrollmentId, [...enrollmentIds])))
    .orderBy(asc(consentRecords.createdAt), asc(consentRecords.id));
}

/** The re-pair requests the person made themself. */
export async function repairRequestsBy(db: Db, orgId: string, personId: string) {
  return db
    .select()
    .from(repairRequests)
    .where(and(eq(repairRequests.orgId, orgId), eq(repairRequests.requestedByPersonId, personId)))
    .orderBy(asc(repairRequests.createdAt), asc(repairRequests.id));
}

/** The check-ins the person was asked to answer, with their own answers where they gave some. */
export async function checkInAnswersOf(db: Db, orgId: string, personId: string) {
  return db
    .select({
      surveyKey: programSurveys.key,
      timing: programSurveys.timing,
      programName: programs.name,
      pairId: surveyRecipients.pairId,
      side: surveyRecipients.side,
      invitedAt: surveyRecipients.invitedAt,
      remindedAt: surveyRecipients.remindedAt,
      respondedAt: surveyRecipients.respondedAt,
      answers: surveyResponses.answers,
    })
    .from(surveyRecipients)
    .innerJoin(
      programSurveys,
      and(eq(programSurveys.id, surveyRecipients.surveyId), eq(programSurveys.orgId, orgId)),
    )
    .innerJoin(programs, and(eq(programs.id, programSurveys.programId), eq(programs.orgId, orgId)))
    .leftJoin(
      surveyResponses,
      and(eq(surveyResponses.recipientId, surveyRecipients.id), eq(surveyResponses.orgId, orgId)),
    )
    .where(and(eq(surveyRecipients.orgId, orgId), eq(surveyRecipients.personId, personId)))
    .orderBy(asc(surveyRecipients.invitedAt), asc(surveyRecipients.id));
}

/** The programs the person sponsors. */
export async function programsSponsoredBy(db: Db, orgId: string, personId: string) {
  return db
    .select({ id: programs.id, name: programs.name, phase: programs.phase })
    .from(programs)
    .where(and(eq(programs.orgId, orgId), eq(programs.sponsorPersonId, personId)))
    .orderBy(asc(programs.startDate), asc(programs.id));
}

/** The account's sessions in the organisation: when and from where, never the token or CSRF secret. */
export async function sessionsOf(db: Db, orgId: string, accountId: string) {
  return db
    .select({
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userAgent: sessions.userAgent,
      ip: sessions.ip,
    })
    .from(sessions)
    .where(and(eq(sessions.orgId, orgId), eq(sessions.accountId, accountId)))
    .orderBy(asc(sessions.createdAt));
}

/** What the account did, as the audit log records it: action, time and address only. */
export async function auditEventsBy(db: Db, orgId: string, accountId: string) {
  return db
    .select({ action: auditEvents.action, createdAt: auditEvents.createdAt, ip: auditEvents.ip })
    .from(auditEvents)
    .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.actorAccountId, accountId)))
    .orderBy(asc(auditEvents.createdAt), asc(auditEvents.id));
}
