import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobDeps } from '#jobs/job-definition';
import { JOBS } from '#jobs/job-list';
import { meetingReminders } from '#jobs/meeting-reminders';
import type { Mailer } from '#server/mail/mailer';
import { unsubscribeUrl } from '#server/mail/unsubscribe-link';
import type { Db } from '#store/database';
import { meetings } from '#store/schema';
import {
  addMeeting,
  chooseEmails,
  hoursFrom,
  mailsTo,
  recordingMailer,
  refusingMailer,
  sentKeys,
  withAccounts,
} from '#tests/fixtures/reminder-builders';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';
import { buildWorkspace } from '#tests/fixtures/workspace-builders';

/** A Monday morning; London is on UTC in November, Berlin an hour ahead. */
const NOW = new Date('2026-11-16T07:00:00Z');
const plan = [
  { title: 'Getting to know each other', guide: '' },
  { title: 'Listening to the front line', guide: '' },
];

let t: TestApp;
let db: Db;
const depsAt = (now: Date, mailer?: Mailer): JobDeps => ({
  ...t.deps,
  now: () => now,
  ...(mailer ? { mailer } : {}),
});
const recorder = () => recordingMailer(t.deps.mailer);

beforeAll(async () => {
  t = await createTestApp();
  db = t.database.db;
});
afterAll(() => t.close());

async function world(slug: string) {
  const ws = await buildWorkspace(db, { slug, meetings: 0, topicPlan: plan });
  const accounts = await withAccounts(db, ws);
  return { ...ws, accounts: accounts as { mentor: string; mentee: string } };
}

describe('the meeting-reminders job', () => {
  it('is listed to run every 15 minutes', () => {
    expect(JOBS).toContain(meetingReminders);
    expect(meetingReminders.cron).toBe('*/15 * * * *');
  });

  it('reminds each side of a meeting in the next 24 hours once, in their own zone, with partner, topic and links', async () => {
    const a = await world('mr-a');
    const soon = await addMeeting(db, a, hoursFrom(NOW, 3));
    const later = await addMeeting(db, a, hoursFrom(NOW, 30));
    await addMeeting(db, a, hoursFrom(NOW, -2)); // the plan's first topic
    const b = await world('mr-b');
    await addMeeting(db, b, hoursFrom(NOW, 5));

    const { mailer, sent } = recorder();
    await meetingReminders.run(depsAt(NOW, mailer), {});
    const to = (email: string) => sent.filter((m) => m.to === email);
    expect(to(a.mentor.email)).toHaveLength(1);
    expect(to(a.mentee.email)).toHaveLength(1);
    const [forMentor] = to(a.mentor.email);
    const [forMentee] = to(a.mentee.email);
    expect(forMentor).toMatchObject({
      orgId: a.orgId,
      subject: `Reminder: your meeting with ${a.mentee.name}, Monday 16 November 2026 at 10:00 (Europe/London)`,
      unsubscribeUrl: unsubscribeUrl(t.deps, a.orgId, a.accounts.mentor),
    });
    expect(forMentor!.text).toContain(`Hello ${a.mentor.name},`);
    expect(forMentor!.text).toContain('Topic: Listening to the front line.');
    expect(forMentor!.text).toContain('Join the video call: https://meet.example/pair');
    expect(forMentor!.text).toContain(`${t.deps.env.publicUrl}/my/pairs/${a.pairId}`);
    expect(forMentee!.subject).toContain(
      `${a.mentor.name}, Monday 16 November 2026 at 11:00 (Europe/Berlin)`,
    );
    expect(forMentee!.unsubscribeUrl).toBe(unsubscribeUrl(t.deps, a.orgId, a.accounts.mentee));
    // The other organisation's people hear only of their own meeting.
    expect(to(b.mentor.email)).toHaveLength(1);
    expect(to(b.mentor.email)[0]).toMatchObject({ orgId: b.orgId });
    expect(to(b.mentor.email)[0]!.text).toContain(b.mentee.name);
    expect(to(b.mentor.email)[0]!.text).not.toContain(a.mentee.name);
    expect(forMentor!.text).not.toContain(b.mentee.name);
    expect(await sentKeys(db, 'meetingReminders')).toEqual(
      expect.arrayContaining([
        `meeting-reminder:${soon}:${hoursFrom(NOW, 3).toISOString()}:${a.mentor.personId}`,
        `meeting-reminder:${soon}:${hoursFrom(NOW, 3).toISOString()}:${a.mentee.personId}`,
      ]),
    );

    // Every 15 minutes again: nothing more for the same meeting.
    const again = recorder();
    await meetingReminders.run(depsAt(hoursFrom(NOW, 0.25), again.mailer), {});
    await meetingReminders.run(depsAt(hoursFrom(NOW, 0.5), again.mailer), {});
    expect(again.sent).toEqual([]);
    expect(await mailsTo(db, a.mentor.email)).toHaveLength(1);

    // Once the next meeting comes within 24 hours, it gets its own reminder.
    const next = recorder();
    await meetingReminders.run(depsAt(hoursFrom(NOW, 7), next.mailer), {});
    expect(next.sent.filter((m) => m.to === a.mentor.email)).toHaveLength(1);
    expect(await sentKeys(db, 'meetingReminders')).toContain(
      `meeting-reminder:${later}:${hoursFrom(NOW, 30).toISOString()}:${a.mentor.personId}`,
    );
  });

  it('reminds of a moved meeting again at its new time, and of a cancelled one not at all', async () => {
    const c = await world('mr-moved');
    const moving = await addMeeting(db, c, hoursFrom(NOW, 2));
    const cancelling = await addMeeting(db, c, hoursFrom(NOW, 26));
    await meetingReminders.run(depsAt(NOW), {});
    expect(await mailsTo(db, c.mentor.email)).toHaveLength(1);

    await db
      .update(meetings)
      .set({ startsAt: hoursFrom(NOW, 8) })
      .where(eq(meetings.id, moving));
    await db.update(meetings).set({ status: 'cancelled' }).where(eq(meetings.id, cancelling));
    const { mailer, sent } = recorder();
    await meetingReminders.run(depsAt(hoursFrom(NOW, 3), mailer), {});
    const forMentor = sent.filter((m) => m.to === c.mentor.email);
    expect(forMentor).toHaveLength(1);
    expect(forMentor[0]!.subject).toContain('Monday 16 November 2026 at 15:00 (Europe/London)');
    expect(sent.filter((m) => m.to === c.mentee.email)).toHaveLength(1);
    const keys = await sentKeys(db, 'meetingReminders');
    expect(keys.filter((k) => k.includes(cancelling))).toEqual([]);
    expect(keys.filter((k) => k.includes(moving) && k.includes(c.mentor.personId))).toHaveLength(2);
  });

  it('sends nothing to someone who turned meeting reminders off, or who has no account', async () => {
    const d = await buildWorkspace(db, { slug: 'mr-off', meetings: 0 });
    const accounts = await withAccounts(db, d, ['mentor']);
    await chooseEmails(db, d.orgId, accounts.mentor!, { meetingReminders: false, quietPairNudges: true });
    await addMeeting(db, d, hoursFrom(NOW, 4));
    const { mailer, sent } = recorder();
    await meetingReminders.run(depsAt(NOW, mailer), {});
    expect(sent.filter((m) => m.to === d.mentor.email || m.to === d.mentee.email)).toEqual([]);

    await chooseEmails(db, d.orgId, accounts.mentor!, { meetingReminders: true });
    await meetingReminders.run(depsAt(NOW, mailer), {});
    expect(sent.filter((m) => m.to === d.mentor.email)).toHaveLength(1);
    expect(sent.filter((m) => m.to === d.mentee.email)).toEqual([]);
  });

  it('throws when the mail server refuses, and the retry sends what was left', async () => {
    const e = await world('mr-refused');
    await addMeeting(db, e, hoursFrom(NOW, 6));
    const refusing = refusingMailer([e.mentee.email]);
    await expect(meetingReminders.run(depsAt(NOW, refusing.mailer), {})).rejects.toThrow(/will be retried/);
    expect(refusing.accepted.filter((m) => m.to === e.mentor.email)).toHaveLength(1);

    const retry = refusingMailer([]);
    await meetingReminders.run(depsAt(hoursFrom(NOW, 0.1), retry.mailer), {});
    expect(retry.accepted.map((m) => m.to)).toEqual([e.mentee.email]);
  });
});
