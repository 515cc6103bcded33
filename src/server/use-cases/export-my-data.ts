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
  goalsOfPairs,
  meetingsOfPairs,
  pairsInvolving,
  programsSponsoredBy,
  repairRequestsBy,
  sessionsOf,
} from '#store/my-data-store';
import { getNotificationChoices } from '#store/notification-settings-store';
import { getPerson } from '#store/people-store';

/**
 * Issue 9: everything the product holds about the caller in the current organisation, as one JSON
 * file. Table by table:
 *
 * Included
 * - organisations: the name and slug of the organisation exported from (context only).
 * - accounts: email, name, created. Never the password hash (or whether it is disabled: they are signed in).
 * - memberships: roles in this organisation and since when.
 * - people: the person record, with the manager's name instead of their id.
 * - enrollments: every program enrolled in, with answers, sensitive answers, consent and nomination note.
 * - consent_records: every grant or withdrawal of matching consent on those enrollments.
 * - programs: names alongside enrollments and pairs, and the programs the person sponsors.
 * - pairs: partner's name, status, dates and the pairing explanation (written to be safe for both).
 *   Not `end_reason` (HR's, confidential to HR), nor `score`/`contributions` (may rest on the
 *   partner's sensitive answers).
 * - pair_agreements, pair_goals, goal_updates: the pair's own shared records, as both people read them.
 * - meetings: of the person's pairs, with shared notes and the person's own pulse (not the partner's).
 * - meeting_lessons (with skills for the names): what each side taught.
 * - private_notes: only the person's own, decrypted. A partner's note is never selected.
 * - repair_requests: the ones the person made.
 * - concerns, concern_messages: the concerns the person raised and the conversation, as they read it.
 * - survey_recipients, survey_responses (with program_surveys for the names): their check-ins and answers.
 * - notification_settings: their email choices.
 * - sessions: when and from where they signed in; never the token id or the CSRF secret.
 * - audit_events: what they did (action, time, address); not `target`/`detail`, which may name others.
 *
 * Left out
 * - one_time_tokens, calendar_feeds: credentials (or what a credential is derived from), not data about the person.
 * - outbox, sent_notifications: copies of emails the person received, whose bodies carry sign-in and
 *   reset links; nothing in them is not already held above.
 * - match_runs, match_run_changes, program_transitions: HR's working records about a whole cohort.
 * - pair_reviews: HR's midpoint decision and note, confidential to HR like a pair's end reason.
 * - meeting_series: the schedule is in the agreement; the series is calendar bookkeeping.
 * - login_failures: global, keyed by a digest, kept minutes for throttling.
 * - another organisation's rows: the export is of the current organisation only.
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
  const [agreements, meetingRows, { goals, updates }] = await Promise.all([
    agreementsOfPairs(db, orgId, pairIds),
    meetingsOfPairs(db, orgId, pairIds),
    goalsOfPairs(db, orgId, pairIds),
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
    return {
      id: p.id,
      program: p.program,
      role,
      partnerName: role === 'mentor' ? p.menteeName : p.mentorName,
      status: p.status,
      explanation: p.explanation,
      startedAt: p.startedAt,
      endedAt: p.endedAt,
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
