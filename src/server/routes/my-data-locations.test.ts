import { eq, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '#core/notifications/notification-choices';
import { findAccountByEmail } from '#store/accounts-store';
import { PERSONAL_DATA_LOCATIONS } from '#store/personal-data-locations';
import * as schema from '#store/schema';
import {
  auditEvents,
  concernMessages,
  concerns,
  consentRecords,
  enrollments,
  goalUpdates,
  meetingLessons,
  meetings,
  memberships,
  notificationSettings,
  pairAgreements,
  pairContinuations,
  pairGoals,
  pairs,
  people,
  privateNotes,
  programSurveys,
  programs,
  repairRequests,
  sessions,
  surveyRecipients,
  surveyResponses,
  accounts,
} from '#store/schema';
import type { Session } from '#tests/fixtures/sign-in';
import { insertSkills, type WorkspaceApp, workspaceApp } from '#tests/fixtures/workspace-builders';

/**
 * Issue 9: the export and erasure share one list of where a person's data lives. Something is
 * planted for the mentor in every location the list says the export has, and each must be found in
 * their export; then the mentor is erased, and each planted thing must be gone where the list says
 * erasure removes it and still there where it says it is kept. A location added to the list without
 * a plant here fails, as does a plant for a location the list says the export leaves out.
 */

type Plant = {
  /** Written into the table for the person. */
  readonly plant: () => Promise<void>;
  /** How the export shows it: a string found in the file, or a check of its JSON. */
  readonly inExport: string | ((data: Record<string, unknown>) => void);
  /** What the table's rows contain while it is there (default: the string shown in the export). */
  readonly inTable?: string;
};

const mark = (table: string) => `MARK-${table}-7e31`;
/** A distinctive time, for locations whose only personal value is a date. */
const at = (second: number) => new Date(Date.UTC(2001, 0, 1, 0, 0, second));

let w: WorkspaceApp;
let mentor: Session;
let accountId: string;
const ids: Record<string, string> = {};

function plants(): Record<string, Plant> {
  const { db } = w;
  const orgId = w.orgId;
  const me = w.mentor.personId;
  return {
    people: {
      plant: async () => {
        await db
          .update(people)
          .set({ title: mark('people') })
          .where(eq(people.id, me));
      },
      inExport: mark('people'),
    },
    accounts: {
      plant: async () => {
        await db
          .update(accounts)
          .set({ name: mark('accounts') })
          .where(eq(accounts.id, accountId));
      },
      inExport: mark('accounts'),
    },
    memberships: {
      plant: async () => {
        await db
          .update(memberships)
          .set({ createdAt: at(1) })
          .where(eq(memberships.accountId, accountId));
      },
      inExport: at(1).toISOString(),
    },
    sessions: {
      plant: async () => {
        await db
          .update(sessions)
          .set({ userAgent: mark('sessions') })
          .where(eq(sessions.accountId, accountId));
      },
      inExport: mark('sessions'),
    },
    notification_settings: {
      plant: async () => {
        const choices = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, false]));
        await db.insert(notificationSettings).values({ orgId, accountId, choices, updatedAt: at(2) });
      },
      inExport: (data) =>
        expect(Object.values(data.notificationSettings as Record<string, boolean>)).not.toContain(true),
      inTable: at(2).toISOString(),
    },
    audit_events: {
      plant: async () => {
        await db
          .insert(auditEvents)
          .values({ orgId, actorAccountId: accountId, action: 'test.planted', ip: mark('audit_events') });
      },
      inExport: mark('audit_events'),
    },
    programs: {
      plant: async () => {
        await db.insert(programs).values({
          orgId,
          name: mark('programs'),
          type: 'reverse',
          sponsorPersonId: me,
          startDate: '2026-01-05',
          endDate: '2026-07-05',
          midpointDate: '2026-04-05',
          settings: {},
          intakeForm: [],
        });
      },
      inExport: mark('programs'),
    },
    enrollments: {
      plant: async () => {
        const [row] = await db
          .insert(enrollments)
          .values({
            orgId,
            programId: w.programId,
            personId: me,
            side: 'mentor',
            status: 'approved',
            answers: { goals: mark('enrollments') },
          })
          .returning({ id: enrollments.id });
        ids.enrollment = row!.id;
      },
      inExport: mark('enrollments'),
    },
    consent_records: {
      plant: async () => {
        await db.insert(consentRecords).values({
          orgId,
          enrollmentId: ids.enrollment!,
          purpose: 'matching',
          granted: true,
          createdAt: at(3),
        });
      },
      inExport: at(3).toISOString(),
    },
    pairs: {
      plant: async () => {
        await db
          .update(pairs)
          .set({ explanation: mark('pairs') })
          .where(eq(pairs.id, w.pairId));
      },
      inExport: mark('pairs'),
    },
    repair_requests: {
      plant: async () => {
        await db
          .insert(repairRequests)
          .values({ orgId, pairId: w.pairId, requestedByPersonId: me, reason: mark('repair_requests') });
      },
      inExport: mark('repair_requests'),
    },
    pair_agreements: {
      plant: async () => {
        await db.insert(pairAgreements).values({
          orgId,
          pairId: w.pairId,
          groundRules: [mark('pair_agreements')],
          schedule: {},
          mentorObjectives: [],
          menteeObjectives: [],
        });
      },
      inExport: mark('pair_agreements'),
    },
    meetings: {
      plant: async () => {
        await db
          .update(meetings)
          .set({ sharedNotes: mark('meetings') })
          .where(eq(meetings.id, w.meetingIds[0]!));
      },
      inExport: mark('meetings'),
    },
    meeting_lessons: {
      plant: async () => {
        const [skillId] = await insertSkills(db, orgId, [mark('meeting_lessons')]);
        ids.skill = skillId!;
        await db.insert(meetingLessons).values({
          orgId,
          meetingId: w.meetingIds[0]!,
          taughtBy: 'mentor',
          skillId: skillId!,
        });
      },
      inExport: mark('meeting_lessons'),
      get inTable() {
        return ids.skill!;
      },
    },
    private_notes: {
      plant: async () => {
        const url = `/api/my/pairs/${w.pairId}/meetings/${w.meetingIds[0]}/private-note`;
        const response = await mentor.inject({
          method: 'PUT',
          url,
          payload: { text: mark('private_notes') },
        });
        expect(response.statusCode, response.body).toBe(200);
        const [row] = await db.select({ id: privateNotes.id }).from(privateNotes);
        ids.note = row!.id;
      },
      inExport: mark('private_notes'),
      get inTable() {
        return ids.note!;
      },
    },
    pair_goals: {
      plant: async () => {
        const [goal] = await db
          .insert(pairGoals)
          .values({ orgId, pairId: w.pairId, side: 'mentor', title: mark('pair_goals') })
          .returning({ id: pairGoals.id });
        ids.goal = goal!.id;
      },
      inExport: mark('pair_goals'),
    },
    goal_updates: {
      plant: async () => {
        await db
          .insert(goalUpdates)
          .values({ orgId, goalId: ids.goal!, authorPersonId: me, progress: 10, note: mark('goal_updates') });
      },
      inExport: mark('goal_updates'),
    },
    pair_continuations: {
      plant: async () => {
        await db
          .insert(pairContinuations)
          .values({ orgId, pairId: w.pairId, personId: me, continues: true, answeredAt: at(4) });
      },
      inExport: at(4).toISOString(),
    },
    concerns: {
      plant: async () => {
        const [row] = await db
          .insert(concerns)
          .values({
            orgId,
            programId: w.programId,
            pairId: w.pairId,
            raisedByPersonId: me,
            subject: mark('concerns'),
          })
          .returning({ id: concerns.id });
        ids.concern = row!.id;
      },
      inExport: mark('concerns'),
    },
    concern_messages: {
      plant: async () => {
        await db.insert(concernMessages).values({
          orgId,
          concernId: ids.concern!,
          fromHr: false,
          authorAccountId: accountId,
          body: mark('concern_messages'),
        });
      },
      inExport: mark('concern_messages'),
    },
    survey_recipients: {
      plant: async () => {
        const [survey] = await db
          .insert(programSurveys)
          .values({
            orgId,
            programId: w.programId,
            key: 'kickoff_check_in',
            timing: 'kickoff',
            template: { questions: [{ id: 'thoughts', kind: 'long_text' }] },
            opensOn: '2026-09-01',
            closesOn: '2026-09-15',
          })
          .returning({ id: programSurveys.id });
        ids.survey = survey!.id;
        const [recipient] = await db
          .insert(surveyRecipients)
          .values({
            orgId,
            surveyId: survey!.id,
            personId: me,
            pairId: w.pairId,
            side: 'mentor',
            invitedAt: at(5),
          })
          .returning({ id: surveyRecipients.id });
        ids.recipient = recipient!.id;
      },
      inExport: at(5).toISOString(),
    },
    survey_responses: {
      plant: async () => {
        await db.insert(surveyResponses).values({
          orgId,
          surveyId: ids.survey!,
          recipientId: ids.recipient!,
          answers: { thoughts: mark('survey_responses') },
        });
      },
      inExport: mark('survey_responses'),
    },
  };
}

const tableByName = new Map(
  (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .map((t) => [getTableName(t), t]),
);
/** The table's rows of the organisation (every row, for the global accounts table), as text. */
const dumpOf = async (table: string, orgId: string) => {
  const rows = (await w.db.select().from(tableByName.get(table)!)) as { orgId?: string }[];
  return JSON.stringify(rows.filter((r) => r.orgId === undefined || r.orgId === orgId));
};

const exported = PERSONAL_DATA_LOCATIONS.filter((l) => 'section' in l.export);
let planted: Record<string, Plant>;
let exportBody: string;

beforeAll(async () => {
  w = await workspaceApp({ meetings: 2 });
  mentor = await w.as('mentor');
  accountId = (await findAccountByEmail(w.db, w.mentor.email))!.id;
  planted = plants();
  for (const location of exported) await planted[location.table]?.plant();
  const response = await mentor.inject({ method: 'GET', url: '/api/my/data' });
  expect(response.statusCode, response.body).toBe(200);
  exportBody = response.body;
});
afterAll(() => w.t.close());

describe('every location of a person’s data, planted, in the export and through erasure', () => {
  it('plants exactly the locations the list says the export has', () => {
    expect(Object.keys(planted).sort()).toEqual(exported.map((l) => l.table).sort());
  });

  it.each(exported.map((l) => [l.table]))('finds %s in the export', (table) => {
    const check = planted[table]!.inExport;
    if (typeof check === 'string') expect(exportBody).toContain(check);
    else check(JSON.parse(exportBody));
  });

  it('carries the list itself: where each location is in the file, or why it is left out', () => {
    const locations = JSON.parse(exportBody).dataLocations as { table: string; inThisFile?: string }[];
    expect(locations.map((l) => l.table)).toEqual(PERSONAL_DATA_LOCATIONS.map((l) => l.table));
    expect(locations.find((l) => l.table === 'pair_continuations')?.inThisFile).toBe('pairs[].continuation');
  });

  it('removes on erasure what the list says erasure removes, and keeps what it says it keeps', async () => {
    for (const location of exported) {
      const shown = planted[location.table]!;
      const needle = shown.inTable ?? (shown.inExport as string);
      expect(await dumpOf(location.table, w.orgId), `${location.table} before erasure`).toContain(needle);
    }
    const admin = await w.as('admin');
    const erased = await admin.inject({
      method: 'POST',
      url: `/api/people/${w.mentor.personId}/erase`,
      payload: { confirm: w.mentor.email },
    });
    expect(erased.statusCode, erased.body).toBe(200);
    for (const location of exported) {
      const shown = planted[location.table]!;
      const needle = shown.inTable ?? (shown.inExport as string);
      const dump = await dumpOf(location.table, w.orgId);
      if ('removed' in location.erasure) expect(dump, `${location.table} removed`).not.toContain(needle);
      else expect(dump, `${location.table} kept`).toContain(needle);
    }
    const [account] = await w.db.select().from(accounts).where(eq(accounts.id, accountId));
    expect(account).toBeUndefined();
  });
});
