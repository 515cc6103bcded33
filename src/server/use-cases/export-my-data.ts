import { ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { decryptNote } from '#server/crypto/note-cipher';
import { listMyConcerns } from '#server/use-cases/list-my-concerns';
import { getAccount, getMembership } from '#store/accounts-store';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { listEnrollmentsOfPerson } from '#store/enrollments-store';
import { listLessons, listOwnNoteCiphertexts } from '#store/meetings-store';
import {
  agreementsOfPairs,
  auditEventsBy,
  checkInAnswersOf,
  consentRecordsOf,
  continuationsOf,
  goalsOfPairs,
  meetingsOfPairs,
  pairsInvolving,
  programsSponsoredBy,
  repairRequestsBy,
  sessionsOf,
} from '#store/my-data-store';
import { getNotificationChoices } from '#store/notification-settings-store';
import { getPerson } from '#store/people-store';
import { dataLocationsForExport } from '#store/personal-data-locations';

/**
 * Issue 9: everything the product holds about the caller in the current organisation, as one JSON
 * file. Which tables hold a person's data, where each appears in this file or why it is left out, is
 * the list `PERSONAL_DATA_LOCATIONS` (#store/personal-data-locations) that erasure shares; the file
 * carries it as `dataLocations`. Columns are chosen in my-data-store, never whole rows: not the
 * password hash, a session's token or CSRF secret, HR's end reason or review note, a pair's score
 * parts (they may rest on the partner's sensitive answers), the partner's private note or pulse, nor
 * an audit event's target and detail (they may name others). Only the current organisation's rows.
 */
export type DataFile = { readonly filename: string; readonly content: string };

export async function exportMyData(
  deps: AppDeps,
  caller: Caller,
  origin: { readonly ip: string },
): Promise<Result<DataFile>> {
  const { db } = deps.database;
  const now = deps.now();
  const { orgId, accountId } = caller;
  const [account, membership, notificationChoices, signIns, activity, personal] = await Promise.all([
    getAccount(db, accountId),
    getMembership(db, orgId, caller.membershipId),
    getNotificationChoices(db, orgId, accountId),
    sessionsOf(db, orgId, accountId),
    auditEventsBy(db, orgId, accountId),
    caller.personId ? personalData(deps, caller, caller.personId) : undefined,
  ]);
  const data = {
    exportedAt: now,
    organisation: { name: caller.org.name, slug: caller.org.slug },
    account: {
      email: account?.email ?? caller.email,
      name: account?.name ?? caller.name,
      createdAt: account?.createdAt,
    },
    membership: { roles: membership?.roles ?? caller.roles, createdAt: membership?.createdAt },
    person: null,
    enrollments: [],
    pairs: [],
    repairRequests: [],
    concerns: [],
    checkIns: [],
    sponsoredPrograms: [],
    ...personal,
    notificationSettings: notificationChoices,
    sessions: signIns,
    activity,
    dataLocations: dataLocationsForExport(),
  };
  await recordAudit(db, {
    orgId,
    actorAccountId: accountId,
    action: 'personal_data.exported',
    target: caller.personId ?? '',
    ip: origin.ip,
  });
  return ok({
    filename: `counterpart-my-data-${now.toISOString().slice(0, 10)}.json`,
    content: `${JSON.stringify(data, null, 2)}\n`,
  });
}

/** What hangs off the person record: only for members who are a person of the organisation. */
async function personalData(deps: AppDeps, caller: Caller, personId: string) {
  const { db } = deps.database;
  const { orgId } = caller;
  const [person, enrollmentRows, pairRows, repairRequests, concerns, checkIns, sponsoredPrograms] =
    await Promise.all([
      getPerson(db, orgId, personId),
      listEnrollmentsOfPerson(db, orgId, personId),
      pairsInvolving(db, orgId, personId),
      repairRequestsBy(db, orgId, personId),
      listMyConcerns(db, caller),
      checkInAnswersOf(db, orgId, personId),
      programsSponsoredBy(db, orgId, personId),
    ]);
  const consents = await consentRecordsOf(
    db,
    orgId,
    enrollmentRows.map((r) => r.enrollment.id),
  );
  return {
    person: person
      ? {
          email: person.email,
          name: person.name,
          title: person.title,
          level: person.level,
          department: person.department,
          managerName: person.managerName,
          location: person.location,
          timeZone: person.timeZone,
          hireDate: person.hireDate,
          employmentStatus: person.employmentStatus,
          endDate: person.endDate,
          createdAt: person.createdAt,
          updatedAt: person.updatedAt,
        }
      : null,
    enrollments: enrollmentRows.map(({ program, enrollment: e }) => ({
      program: { id: program.id, name: program.name },
      side: e.side,
      status: e.status,
      answers: e.answers,
      sensitiveAnswers: e.sensitiveAnswers,
      matchingConsent: e.matchingConsent,
      consentRecords: consents
        .filter((c) => c.enrollmentId === e.id)
        .map((c) => ({ purpose: c.purpose, granted: c.granted, createdAt: c.createdAt })),
      nominationNote: e.nominationNote,
      createdAt: e.createdAt,
      submittedAt: e.submittedAt,
      decidedAt: e.decidedAt,
      withdrawnAt: e.withdrawnAt,
    })),
    pairs: await pairsData(deps, orgId, personId, pairRows),
    repairRequests: repairRequests.map((r) => ({
      pairId: r.pairId,
      reason: r.reason,
      status: r.status,
      createdAt: r.createdAt,
      resolvedAt: r.resolvedAt,
    })),
    concerns,
    checkIns,
    sponsoredPrograms,
  };
}

type PairData = Awaited<ReturnType<typeof pairsInvolving>>[number];

/** The person's pairs with their agreement, meetings (own notes decrypted) and goals. */
async function pairsData(deps: AppDeps, orgId: string, personId: string, pairRows: readonly PairData[]) {
  const db: Db = deps.database.db;
  const pairIds = pairRows.map((p) => p.id);
  const [agreements, meetingRows, { goals, updates }, continuations] = await Promise.all([
    agreementsOfPairs(db, orgId, pairIds),
    meetingsOfPairs(db, orgId, pairIds),
    goalsOfPairs(db, orgId, pairIds),
    continuationsOf(db, orgId, personId),
  ]);
  const meetingIds = meetingRows.map((m) => m.id);
  const [lessons, ciphertexts] = await Promise.all([
    listLessons(db, orgId, meetingIds),
    listOwnNoteCiphertexts(db, orgId, personId, meetingIds),
  ]);
  /** Null when there is none, or when it no longer decrypts (a changed key or a damaged row). */
  const myNote = (meetingId: string) => {
    const stored = ciphertexts.get(meetingId);
    if (stored === undefined) return null;
    return decryptNote(deps.keys.notes, { orgId, meetingId, authorPersonId: personId }, stored) ?? null;
  };
  return pairRows.map((p) => {
    const role = p.mentorPersonId === personId ? 'mentor' : 'mentee';
    const agreement = agreements.find((a) => a.pairId === p.id);
    const continuation = continuations.find((c) => c.pairId === p.id);
    return {
      id: p.id,
      program: p.program,
      role,
      partnerName: role === 'mentor' ? p.menteeName : p.mentorName,
      status: p.status,
      explanation: p.explanation,
      startedAt: p.startedAt,
      endedAt: p.endedAt,
      continuation: continuation
        ? { continues: continuation.continues, answeredAt: continuation.answeredAt }
        : null,
      agreement: agreement
        ? {
            groundRules: agreement.groundRules,
            schedule: agreement.schedule,
            mentorObjectives: agreement.mentorObjectives,
            menteeObjectives: agreement.menteeObjectives,
            version: agreement.version,
            mentorAcceptedAt: agreement.mentorAcceptedAt,
            menteeAcceptedAt: agreement.menteeAcceptedAt,
            agreedAt: agreement.agreedAt,
          }
        : null,
      meetings: meetingRows
        .filter((m) => m.pairId === p.id)
        .map((m) => ({
          id: m.id,
          startsAt: m.startsAt,
          durationMinutes: m.durationMinutes,
          status: m.status,
          topicIndex: m.topicIndex,
          customTopic: m.customTopic,
          sharedNotes: m.sharedNotes,
          loggedAt: m.loggedAt,
          myPulse: role === 'mentor' ? m.mentorPulse : m.menteePulse,
          lessons: lessons
            .filter((l) => l.meetingId === m.id)
            .map((l) => ({ taughtBy: l.taughtBy, skill: l.skill })),
          myPrivateNote: myNote(m.id),
        })),
      goals: goals
        .filter((g) => g.pairId === p.id)
        .map((g) => ({
          side: g.side,
          title: g.title,
          progress: g.progress,
          completedAt: g.completedAt,
          createdAt: g.createdAt,
          updates: updates
            .filter((u) => u.goalId === g.id)
            .map((u) => ({ progress: u.progress, note: u.note, createdAt: u.createdAt })),
        })),
    };
  });
}
