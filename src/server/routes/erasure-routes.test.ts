import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { and, eq, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { writeBackup } from '#store/backup-write';
import { DEMO_PASSWORD, demoAccounts, demoPeople } from '#store/demo/demo-people';
import { findPersonByEmail } from '#store/people-store';
import {
  accounts,
  auditEvents,
  concernMessages,
  concerns,
  enrollments,
  matchRuns,
  meetings,
  outbox,
  pairGoals,
  pairs,
  people,
  privateNotes,
  programSurveys,
  surveyRecipients,
  surveyResponses,
} from '#store/schema';
import { type Session, signIn } from '#tests/fixtures/sign-in';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

/**
 * Issue 9: erasing a person. Every personal field and text of one person carries a unique marker;
 * after erasure a backup of the whole database (the dump) contains none of them, while the
 * program's figures read the same.
 */

let t: TestApp;
let admin: Session;
let hr: Session;
let orgId: string;
let targetId: string;
let targetEmail: string;
let dir: string;
const emailOfKey = (key: string) => demoPeople.find((p) => p.key === key)!.email;
const emailOf = (role: string) => emailOfKey(demoAccounts.find((a) => a.role === role)!.personKey);

const MARK = {
  name: 'Zorblat Quillfeather',
  email: 'zorblat.quillfeather@northwind.example',
  title: 'Marker-title-7731',
  sharedNote: 'Marker-meeting-log-5520',
  concernSubject: 'Marker-concern-subject-9140',
  concernBody: 'Marker-concern-body-3318',
  surveyText: 'Marker-survey-text-6604',
  goal: 'Marker-goal-title-2287',
  sensitive: 'Marker-sensitive-answer-4471',
  intake: 'Marker-intake-answer-8826',
  nomination: 'Marker-nomination-note-1193',
  outbox: 'Marker-outbox-body-0042',
  snapshot: 'Marker-snapshot-background-7070',
};

async function dumpText(name: string): Promise<string> {
  const file = join(dir, `${name}.backup`);
  const written = await writeBackup(t.database, file, { createdAt: t.deps.now(), keyFingerprint: null });
  expect(written.ok).toBe(true);
  return gunzipSync(readFileSync(file)).toString('utf8');
}

async function figures(programId: string) {
  const impact = await hr.inject({ method: 'GET', url: `/api/programs/${programId}/impact` });
  expect(impact.statusCode, impact.body).toBe(200);
  const db = t.database.db;
  const meetingCount = await db.$count(meetings, eq(meetings.orgId, orgId));
  const responseCount = await db.$count(surveyResponses, eq(surveyResponses.orgId, orgId));
  const goalCount = await db.$count(pairGoals, eq(pairGoals.orgId, orgId));
  const concernCount = await db.$count(concerns, eq(concerns.orgId, orgId));
  return { funnel: impact.json().funnel, meetingCount, responseCount, goalCount, concernCount };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'erasure-'));
  t = await createTestApp();
  expect((await seedDemoOrganisation(t.deps)).ok).toBe(true);
  admin = await signIn(t.app, emailOf('org_admin'), DEMO_PASSWORD);
  hr = await signIn(t.app, emailOf('program_manager'), DEMO_PASSWORD);
  orgId = (await hr.inject({ method: 'GET', url: '/api/me' })).json().org.id;
  // The target signs in, so they hold a session to be ended.
  await signIn(t.app, emailOfKey('junior-blockchain-engineer'), DEMO_PASSWORD);
  targetId = (await findPersonByEmail(t.database.db, orgId, emailOfKey('junior-blockchain-engineer')))!.id;
  targetEmail = MARK.email;
}, 120_000);
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a marker into every personal field and text of the target person. */
async function plantMarkers() {
  const db = t.database.db;
  const oldEmail = emailOfKey('junior-blockchain-engineer');
  await db
    .update(people)
    .set({ name: MARK.name, email: MARK.email, title: MARK.title })
    .where(eq(people.id, targetId));
  await db.update(accounts).set({ name: MARK.name, email: MARK.email }).where(eq(accounts.email, oldEmail));
  await db
    .update(enrollments)
    .set({
      answers: { goals: MARK.intake },
      sensitiveAnswers: { gender: MARK.sensitive },
      nominationNote: MARK.nomination,
    })
    .where(eq(enrollments.personId, targetId));
  const pairRows = await db
    .select()
    .from(pairs)
    .where(or(eq(pairs.mentorPersonId, targetId), eq(pairs.menteePersonId, targetId)));
  const pair = pairRows[0]!;
  const side = pair.mentorPersonId === targetId ? 'mentor' : 'mentee';
  const [meeting] = await db.select().from(meetings).where(eq(meetings.pairId, pair.id)).limit(1);
  await db.update(meetings).set({ sharedNotes: MARK.sharedNote }).where(eq(meetings.id, meeting!.id));
  await db.insert(privateNotes).values({
    orgId,
    meetingId: meeting!.id,
    authorPersonId: targetId,
    ciphertext: 'Marker-ciphertext-5151',
  });
  await db.insert(pairGoals).values({ orgId, pairId: pair.id, side, title: MARK.goal });
  const [concern] = await db
    .insert(concerns)
    .values({
      orgId,
      programId: pair.programId,
      pairId: pair.id,
      raisedByPersonId: targetId,
      subject: MARK.concernSubject,
    })
    .returning();
  await db
    .insert(concernMessages)
    .values({ orgId, concernId: concern!.id, fromHr: false, body: MARK.concernBody });
  const [survey] = await db
    .select()
    .from(programSurveys)
    .where(eq(programSurveys.programId, pair.programId))
    .limit(1);
  const [recipient] = await db
    .insert(surveyRecipients)
    .values({
      orgId,
      surveyId: survey!.id,
      personId: targetId,
      pairId: pair.id,
      side,
      respondedAt: t.deps.now(),
    })
    .returning();
  await db.insert(surveyResponses).values({
    orgId,
    surveyId: survey!.id,
    recipientId: recipient!.id,
    answers: { marker_text: MARK.surveyText, marker_scale: 4 },
  });
  const runs = await db.select().from(matchRuns).where(eq(matchRuns.programId, pair.programId));
  const run = runs.find((r) =>
    (r.cohort.participants as { id: string }[] | undefined)?.some((p) => p.id === targetId),
  )!;
  const participants = (run.cohort.participants as { id: string }[]).map((p) =>
    p.id === targetId ? { ...p, background: { gender: MARK.snapshot } } : p,
  );
  await db
    .update(matchRuns)
    .set({ cohort: { ...run.cohort, participants } })
    .where(eq(matchRuns.id, run.id));
  await db.insert(outbox).values({
    orgId,
    toAddress: MARK.email,
    subject: 'Your meeting',
    text: MARK.outbox,
    transport: 'outbox',
  });
  await db.insert(auditEvents).values({
    orgId,
    action: 'person.updated',
    target: targetId,
    detail: { name: MARK.name, email: MARK.email },
  });
  return { programId: pair.programId, recipientId: recipient!.id };
}

describe('POST /api/people/:id/erase', () => {
  it('is for org admins only', async () => {
    const response = await hr.inject({
      method: 'POST',
      url: `/api/people/${targetId}/erase`,
      payload: { confirm: emailOfKey('junior-blockchain-engineer') },
    });
    expect(response.statusCode).toBe(403);
  });

  it('refuses a confirmation that is not the email, on the confirm field', async () => {
    const response = await admin.inject({
      method: 'POST',
      url: `/api/people/${targetId}/erase`,
      payload: { confirm: 'someone.else@northwind.example' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([
      expect.objectContaining({ code: 'confirm_mismatch', path: ['confirm'] }),
    ]);
  });

  it('refuses erasing yourself, and an unknown person', async () => {
    const me = (await admin.inject({ method: 'GET', url: '/api/me' })).json();
    const self = await admin.inject({
      method: 'POST',
      url: `/api/people/${me.person.id}/erase`,
      payload: { confirm: emailOf('org_admin') },
    });
    expect(self.statusCode).toBe(409);
    const unknown = await admin.inject({
      method: 'POST',
      url: '/api/people/00000000-0000-0000-0000-000000000000/erase',
      payload: { confirm: 'x@y.example' },
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('leaves none of the planted values in the dump and keeps the figures', async () => {
    const { programId, recipientId } = await plantMarkers();
    const before = await figures(programId);
    const dumpBefore = await dumpText('before');
    for (const value of [...Object.values(MARK), 'Marker-ciphertext-5151'])
      expect(dumpBefore).toContain(value);

    const response = await admin.inject({
      method: 'POST',
      url: `/api/people/${targetId}/erase`,
      payload: { confirm: targetEmail.toUpperCase() },
    });
    expect(response.statusCode, response.body).toBe(200);

    const dump = await dumpText('after');
    const left = [...Object.values(MARK), 'Marker-ciphertext-5151'].filter((v) => dump.includes(v));
    expect(left).toEqual([]);
    expect(dump).toContain(`erased-${targetId}@erased.invalid`);

    expect(await figures(programId)).toEqual(before);
    const [response2] = await t.database.db
      .select({ answers: surveyResponses.answers })
      .from(surveyResponses)
      .where(eq(surveyResponses.recipientId, recipientId));
    expect(response2!.answers).toEqual({ marker_scale: 4 });

    const person = await hr.inject({ method: 'GET', url: `/api/people/${targetId}` });
    expect(person.json()).toMatchObject({
      name: 'Erased person',
      email: `erased-${targetId}@erased.invalid`,
    });
    const audit = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, orgId), eq(auditEvents.action, 'person.erased')));
    expect(audit.map((a) => [a.target, a.detail])).toEqual([[targetId, {}]]);

    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: MARK.email, password: DEMO_PASSWORD },
    });
    expect(login.statusCode).toBe(401);

    const again = await admin.inject({
      method: 'POST',
      url: `/api/people/${targetId}/erase`,
      payload: { confirm: `erased-${targetId}@erased.invalid` },
    });
    expect(again.statusCode).toBe(409);
  }, 30_000);
});

describe('/api/admin/retention', () => {
  it('reads and sets the retention period, with field errors outside 6–120 months', async () => {
    expect((await admin.inject({ method: 'GET', url: '/api/admin/retention' })).json()).toEqual({
      retentionMonths: 24,
    });
    expect((await hr.inject({ method: 'GET', url: '/api/admin/retention' })).statusCode).toBe(403);
    const low = await admin.inject({
      method: 'PUT',
      url: '/api/admin/retention',
      payload: { retentionMonths: 5 },
    });
    expect(low.statusCode).toBe(400);
    expect(low.json().error.issues[0].path).toEqual(['retentionMonths']);
    const high = await admin.inject({
      method: 'PUT',
      url: '/api/admin/retention',
      payload: { retentionMonths: 121 },
    });
    expect(high.statusCode).toBe(400);
    const set = await admin.inject({
      method: 'PUT',
      url: '/api/admin/retention',
      payload: { retentionMonths: 36 },
    });
    expect(set.json()).toEqual({ retentionMonths: 36 });
    expect((await admin.inject({ method: 'GET', url: '/api/admin/retention' })).json()).toEqual({
      retentionMonths: 36,
    });
  });
});
