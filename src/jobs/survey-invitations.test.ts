import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_NOTIFICATIONS } from '#core/notifications/notification-choices';
import type { JobDeps } from '#jobs/job-definition';
import { surveyInvitations } from '#jobs/survey-invitations';
import type { Mailer } from '#server/mail/mailer';
import { insertAccount, insertMembership } from '#store/accounts-store';
import type { Db } from '#store/database';
import { saveNotificationChoices } from '#store/notification-settings-store';
import { outbox, programSurveys, surveyRecipients } from '#store/schema';
import { listCheckInsOf, saveSurveyResponse } from '#store/surveys-store';
import { addPair, type BuiltPair, programSurveysOf, setSurveyState } from '#tests/fixtures/check-in-builders';
import { setProgramPhase } from '#tests/fixtures/program-builder';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';
import { type BuiltWorkspace, buildWorkspace } from '#tests/fixtures/workspace-builders';

/** The midpoint check-in of the workspace's program runs 1–15 December 2026. */
const OPENING = new Date('2026-12-02T08:05:00Z');
const REMINDING = new Date('2026-12-12T08:05:00Z');

let t: TestApp;
let db: Db;
const depsAt = (now: Date, mailer?: Mailer): JobDeps => ({
  ...t.deps,
  now: () => now,
  ...(mailer ? { mailer } : {}),
});
const run = (now: Date, data: Record<string, unknown> = {}, mailer?: Mailer) =>
  surveyInvitations.run(depsAt(now, mailer), data);

async function mails(orgId: string) {
  return db
    .select({ to: outbox.toAddress, subject: outbox.subject, text: outbox.text })
    .from(outbox)
    .where(eq(outbox.orgId, orgId));
}

async function withAccount(orgId: string, person: { personId: string; email: string }) {
  const account = await insertAccount(db, { email: person.email, name: person.email, passwordHash: null });
  await insertMembership(db, {
    orgId,
    accountId: account.id,
    personId: person.personId,
    roles: ['participant'],
  });
  return account.id;
}

beforeAll(async () => {
  t = await createTestApp();
  db = t.database.db;
});
afterAll(async () => {
  await t?.close();
});

describe('the survey-invitations job', () => {
  let w: BuiltWorkspace;
  let paused: BuiltPair;
  let midpointId: string;

  beforeAll(async () => {
    w = await buildWorkspace(db, { slug: 'invite-job' });
    await withAccount(w.orgId, w.mentor);
    paused = await addPair(db, w.orgId, w.programId, 'paused', { status: 'paused' });
    await addPair(db, w.orgId, w.programId, 'ended', { status: 'ended' });
    midpointId = (await programSurveysOf(db, w.orgId, w.programId)).midpoint.id;
  });

  it('opens the survey on its day and invites everyone in an active or paused pair, once', async () => {
    await run(OPENING);
    const [survey] = await db.select().from(programSurveys).where(eq(programSurveys.id, midpointId));
    expect(survey?.openedAt).toEqual(OPENING);
    const sent = await mails(w.orgId);
    expect(sent.map((m) => m.to).sort()).toEqual(
      [w.mentor.email, w.mentee.email, paused.mentor.email, paused.mentee.email].sort(),
    );
    expect(new Set(sent.map((m) => m.subject))).toEqual(new Set(['Check-in: Halfway check-in']));

    const [mentorCheckIn] = await listCheckInsOf(db, w.orgId, w.mentor.personId);
    const mentorMail = sent.find((m) => m.to === w.mentor.email)!;
    expect(mentorMail.text).toContain(`http://localhost:3000/my/check-ins/${mentorCheckIn!.recipientId}`);
    expect(mentorMail.text).toContain(`in a pair with ${w.mentee.name}`);
    expect(mentorMail.text).toContain('Tuesday 15 December 2026');
    expect(mentorMail.text).toContain('if you are not signed in already');
    const noAccount = sent.find((m) => m.to === w.mentee.email)!;
    expect(noAccount.text).toContain(
      'If you have no account yet, ask HR at Org invite-job for an invitation.',
    );

    await run(new Date(OPENING.getTime() + 3_600_000));
    expect(await mails(w.orgId)).toHaveLength(4);
  });

  it('invites the people of a pair formed while the survey is open, and only them', async () => {
    const later = await addPair(db, w.orgId, w.programId, 'later');
    await run(new Date('2026-12-05T08:05:00Z'));
    const sent = await mails(w.orgId);
    expect(sent).toHaveLength(6);
    expect(
      sent
        .slice(-2)
        .map((m) => m.to)
        .sort(),
    ).toEqual([later.mentor.email, later.mentee.email].sort());
  });

  it('reminds once, three days before closing, those who have not answered and chose reminders', async () => {
    await withAccount(w.orgId, w.mentee);
    const pausedMentor = await withAccount(w.orgId, paused.mentor);
    await saveNotificationChoices(db, w.orgId, pausedMentor, NO_NOTIFICATIONS);
    const [mentorCheckIn] = await listCheckInsOf(db, w.orgId, w.mentor.personId);
    await saveSurveyResponse(
      db,
      w.orgId,
      { surveyId: midpointId, recipientId: mentorCheckIn!.recipientId, answers: { midpoint_going: 4 } },
      new Date('2026-12-03T10:00:00Z'),
    );
    const before = (await mails(w.orgId)).length;

    await run(new Date('2026-12-11T08:05:00Z'));
    expect(await mails(w.orgId)).toHaveLength(before);

    await run(REMINDING);
    const reminders = (await mails(w.orgId)).slice(before);
    // The mentor answered, the paused pair's mentor turned reminders off, the others have no account.
    expect(reminders.map((m) => [m.to, m.subject])).toEqual([
      [w.mentee.email, 'Reminder: “Halfway check-in” closes on Tuesday 15 December 2026'],
    ]);
    expect(reminders[0]!.text).toContain('Stop these emails: http://localhost:3000/unsubscribe?token=');
    const [row] = await db
      .select({ remindedAt: surveyRecipients.remindedAt })
      .from(surveyRecipients)
      .where(
        and(eq(surveyRecipients.surveyId, midpointId), eq(surveyRecipients.personId, w.mentee.personId)),
      );
    expect(row?.remindedAt).toEqual(REMINDING);

    await run(new Date('2026-12-13T08:05:00Z'));
    expect(await mails(w.orgId)).toHaveLength(before + 1);
  });
});

describe('the survey-invitations job, sent by HR', () => {
  it('invites for that survey only, and keeps going when the mail server refuses one email', async () => {
    const w = await buildWorkspace(db, { slug: 'invite-send' });
    const other = await buildWorkspace(db, { slug: 'invite-send-other' });
    await setProgramPhase(db, w.programId, 'matching');
    const mine = await programSurveysOf(db, w.orgId, w.programId);
    const theirs = await programSurveysOf(db, other.orgId, other.programId);
    await setSurveyState(db, w.orgId, mine.kickoff.id, { opensOn: '2026-12-02', closesOn: '2026-12-16' });
    await setSurveyState(db, w.orgId, mine.kickoff.id, { openedAt: OPENING });

    const refusing: Mailer = {
      mode: 'smtp',
      close: () => {},
      send: async (database, message) =>
        message.to === w.mentee.email ? 'failed' : t.deps.mailer.send(database, message),
    };
    await expect(run(OPENING, { orgId: w.orgId, surveyId: mine.kickoff.id }, refusing)).rejects.toThrow(
      /could not send 1 of its emails/,
    );
    expect((await mails(w.orgId)).map((m) => m.to)).toEqual([w.mentor.email]);

    await run(OPENING, { orgId: w.orgId, surveyId: mine.kickoff.id });
    expect((await mails(w.orgId)).map((m) => m.to).sort()).toEqual([w.mentee.email, w.mentor.email].sort());
    // The midpoint survey of the same program, and the other organisation, were left alone.
    const recipients = await db.select({ surveyId: surveyRecipients.surveyId }).from(surveyRecipients);
    expect(recipients.filter((r) => r.surveyId === mine.midpoint.id)).toEqual([]);
    expect(recipients.filter((r) => r.surveyId === theirs.kickoff.id)).toEqual([]);
    expect(await mails(other.orgId)).toEqual([]);
  });

  it('does nothing for a survey that is not open, or of another organisation', async () => {
    const w = await buildWorkspace(db, { slug: 'invite-closed' });
    const other = await buildWorkspace(db, { slug: 'invite-closed-other' });
    const { midpoint } = await programSurveysOf(db, w.orgId, w.programId);
    await run(OPENING, { orgId: w.orgId, surveyId: midpoint.id });
    await run(OPENING, { orgId: other.orgId, surveyId: midpoint.id });
    expect(await mails(w.orgId)).toEqual([]);
    expect(await mails(other.orgId)).toEqual([]);
  });
});
