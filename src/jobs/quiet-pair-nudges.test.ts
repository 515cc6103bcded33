import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobDeps } from '#jobs/job-definition';
import { JOBS } from '#jobs/job-list';
import { quietPairNudges } from '#jobs/quiet-pair-nudges';
import type { Mailer } from '#server/mail/mailer';
import { unsubscribeUrl } from '#server/mail/unsubscribe-link';
import type { Db } from '#store/database';
import {
  addMeeting,
  chooseEmails,
  daysFrom,
  recordingMailer,
  sentKeys,
  setPairStarted,
  setPairStatus,
  withAccounts,
} from '#tests/fixtures/reminder-builders';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';
import { buildWorkspace } from '#tests/fixtures/workspace-builders';

const NOW = new Date('2026-11-16T09:00:00Z');

let t: TestApp;
let db: Db;
const depsAt = (now: Date, mailer?: Mailer): JobDeps => ({
  ...t.deps,
  now: () => now,
  ...(mailer ? { mailer } : {}),
});

beforeAll(async () => {
  t = await createTestApp();
  db = t.database.db;
});
afterAll(() => t.close());

async function pair(slug: string) {
  const ws = await buildWorkspace(db, { slug, meetings: 0 });
  await setPairStarted(db, ws.pairId, daysFrom(NOW, -90));
  const accounts = (await withAccounts(db, ws)) as { mentor: string; mentee: string };
  return { ...ws, accounts };
}

async function run(now: Date, orgId: string) {
  const { mailer, sent } = recordingMailer(t.deps.mailer);
  await quietPairNudges.run(depsAt(now, mailer), {});
  return sent.filter((m) => m.orgId === orgId);
}

describe('the quiet-pair-nudges job', () => {
  it('is listed to run daily at 09:00', () => {
    expect(JOBS).toContain(quietPairNudges);
    expect(quietPairNudges.cron).toBe('0 9 * * *');
  });

  it('nudges both people once per quiet spell, kindly, and again only after a new spell', async () => {
    const w = await pair('qn-spell');
    const held = daysFrom(NOW, -40);
    await addMeeting(db, w, daysFrom(NOW, -54), { status: 'held', logged: true });
    await addMeeting(db, w, held, { status: 'held', logged: true });
    await addMeeting(db, w, daysFrom(NOW, -26)); // planned, never logged: no activity

    const first = await run(NOW, w.orgId);
    expect(first.map((m) => m.to).sort()).toEqual([w.mentee.email, w.mentor.email].sort());
    const forMentee = first.find((m) => m.to === w.mentee.email)!;
    expect(forMentee.subject).toBe(`It's been a while — pick a time with ${w.mentor.name}`);
    expect(forMentee.text).toContain('no meeting has been logged for 40 days');
    expect(forMentee.text).toContain(`${t.deps.env.publicUrl}/my/pairs/${w.pairId}`);
    expect(forMentee.unsubscribeUrl).toBe(unsubscribeUrl(t.deps, w.orgId, w.accounts.mentee));
    const since = held.toISOString().slice(0, 10);
    expect((await sentKeys(db, 'quietPairNudges')).filter((k) => k.includes(w.pairId))).toEqual(
      [
        `quiet-nudge:${w.pairId}:${w.mentee.personId}:${since}`,
        `quiet-nudge:${w.pairId}:${w.mentor.personId}:${since}`,
      ].sort(),
    );

    expect(await run(NOW, w.orgId)).toEqual([]);
    expect(await run(daysFrom(NOW, 10), w.orgId)).toEqual([]);

    // They meet again; a month later they are quiet again: a new spell, a new nudge.
    await addMeeting(db, w, daysFrom(NOW, 12), { status: 'held', logged: true });
    expect(await run(daysFrom(NOW, 20), w.orgId)).toEqual([]);
    const again = await run(daysFrom(NOW, 43), w.orgId);
    expect(again).toHaveLength(2);
    expect(again[0]!.text).toContain('no meeting has been logged for 31 days');
  });

  it('counts from the pair’s start when they never met, and leaves out recent, paused and opted-out pairs', async () => {
    const never = await pair('qn-never');
    await setPairStarted(db, never.pairId, daysFrom(NOW, -35));
    await chooseEmails(db, never.orgId, never.accounts.mentor, { quietPairNudges: false });
    const recent = await pair('qn-recent');
    await addMeeting(db, recent, daysFrom(NOW, -12), { status: 'missed', logged: true });
    const paused = await pair('qn-paused');
    await setPairStatus(db, paused.pairId, 'paused');

    const sent = await run(NOW, never.orgId);
    expect(sent.map((m) => m.to)).toEqual([never.mentee.email]);
    expect(sent[0]!.text).toContain('35 days');
    expect(await run(NOW, recent.orgId)).toEqual([]);
    expect(await run(NOW, paused.orgId)).toEqual([]);
  });
});
