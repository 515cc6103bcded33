import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hrDigest } from '#jobs/hr-digest';
import type { JobDeps } from '#jobs/job-definition';
import { JOBS } from '#jobs/job-list';
import type { Mailer } from '#server/mail/mailer';
import { unsubscribeUrl } from '#server/mail/unsubscribe-link';
import { insertConcern } from '#store/concerns-store';
import type { Db } from '#store/database';
import { insertOrganisation } from '#store/organisations-store';
import { insertPeople } from '#store/people-store';
import { concernMessages, repairRequests } from '#store/schema';
import { buildProgram } from '#tests/fixtures/program-builder';
import {
  addMeeting,
  addMember,
  addOpenCheckIn,
  chooseEmails,
  daysFrom,
  recordingMailer,
  sentKeys,
  setPairStarted,
} from '#tests/fixtures/reminder-builders';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';
import { buildWorkspace } from '#tests/fixtures/workspace-builders';

/** Monday 16 November 2026, 07:00 UTC: ISO week 47. */
const NOW = new Date('2026-11-16T07:00:00Z');

let t: TestApp;
let db: Db;
const depsAt = (now: Date, mailer?: Mailer): JobDeps => ({
  ...t.deps,
  now: () => now,
  ...(mailer ? { mailer } : {}),
});

async function run(now: Date) {
  const { mailer, sent } = recordingMailer(t.deps.mailer);
  await hrDigest.run(depsAt(now, mailer), {});
  return sent;
}

let w: Awaited<ReturnType<typeof buildWorkspace>>;
let hr: string;
let hrOff: string;
let theirs: Awaited<ReturnType<typeof buildWorkspace>>;
let theirHr: string;
let idleHr: string;

beforeAll(async () => {
  t = await createTestApp();
  db = t.database.db;
  // Our organisation: one pair that never agreed nor met (inactive), a concern, a repair request and a check-in.
  w = await buildWorkspace(db, { slug: 'dg', meetings: 0 });
  await setPairStarted(db, w.pairId, daysFrom(NOW, -40));
  const concern = await insertConcern(db, {
    orgId: w.orgId,
    programId: w.programId,
    pairId: w.pairId,
    raisedByPersonId: w.mentor.personId,
    subject: 'Secret subject words',
  });
  await db.insert(concernMessages).values({
    orgId: w.orgId,
    concernId: concern.id,
    fromHr: false,
    body: 'Secret body words',
  });
  await db.insert(repairRequests).values({
    orgId: w.orgId,
    pairId: w.pairId,
    requestedByPersonId: w.mentee.personId,
    reason: 'Secret repair reason',
  });
  await addOpenCheckIn(db, w, {
    title: 'Midpoint check-in',
    opensOn: '2026-11-10',
    closesOn: '2026-11-24',
    recipients: [
      { personId: w.mentor.personId, answeredAt: daysFrom(NOW, -1) },
      { personId: w.mentee.personId },
    ],
  });
  const [hrPerson] = await insertPeople(db, w.orgId, [{ email: 'hana@dg.example', name: 'Hana Hr' }]);
  hr = await addMember(db, w.orgId, {
    email: 'hana@dg.example',
    name: 'hana-account',
    personId: hrPerson!.id,
    roles: ['program_manager', 'participant'],
  });
  hrOff = await addMember(db, w.orgId, {
    email: 'off@dg.example',
    name: 'Otto Off',
    roles: ['program_manager'],
  });
  await chooseEmails(db, w.orgId, hrOff, { weeklyDigest: false });
  await addMember(db, w.orgId, {
    email: w.mentor.email,
    name: 'mentor',
    personId: w.mentor.personId,
    roles: ['participant'],
  });
  // Another organisation with its own healthy-looking program and HR.
  theirs = await buildWorkspace(db, { slug: 'dg-other', meetings: 0 });
  await setPairStarted(db, theirs.pairId, daysFrom(NOW, -2));
  theirHr = await addMember(db, theirs.orgId, {
    email: 'hr@dg-other.example',
    name: 'Their HR',
    roles: ['program_manager'],
  });
  // An organisation whose program is not running yet: its HR gets no digest.
  const idle = await insertOrganisation(db, { slug: 'dg-idle', name: 'Idle' });
  await buildProgram(db, idle.id, { phase: 'recruiting' });
  idleHr = await addMember(db, idle.id, {
    email: 'hr@dg-idle.example',
    name: 'Idle HR',
    roles: ['program_manager'],
  });
});
afterAll(() => t.close());

describe('the hr-digest job', () => {
  it('is listed to run on Mondays at 07:00', () => {
    expect(JOBS).toContain(hrDigest);
    expect(hrDigest.cron).toBe('0 7 * * 1');
  });

  it('sends each program manager who wants it one digest of their own organisation’s programs', async () => {
    const sent = await run(NOW);
    expect(sent.map((m) => m.to).sort()).toEqual(['hana@dg.example', 'hr@dg-other.example']);
    const ours = sent.find((m) => m.to === 'hana@dg.example')!;
    expect(ours).toMatchObject({
      orgId: w.orgId,
      subject: 'Weekly program digest: 1 pair needs attention',
      unsubscribeUrl: unsubscribeUrl(t.deps, w.orgId, hr),
    });
    expect(ours.text).toContain('Hello Hana Hr,');
    expect(ours.text).toContain('this week (2026-W47)');
    expect(ours.text).toContain('Reverse dg (running)');
    expect(ours.text).toContain('Pairs: 0 healthy, 0 at risk, 1 inactive.');
    expect(ours.text).toContain(`• ${w.mentor.name} and ${w.mentee.name} — inactive.`);
    expect(ours.text).toContain('The kickoff agreement is still not agreed, 40 days after the pair started.');
    expect(ours.text).toContain('Open concerns: 1.');
    expect(ours.text).toContain('Open requests to be re-paired: 1.');
    expect(ours.text).toContain('Check-in answers this week: 1.');
    expect(ours.text).toContain('Midpoint check-in: 1 of 2 answered so far.');
    expect(ours.text).toContain(`Open Reverse dg: ${t.deps.env.publicUrl}/programs/${w.programId}`);
    for (const secret of ['Secret subject words', 'Secret body words', 'Secret repair reason'])
      expect(ours.text + (ours.html ?? '')).not.toContain(secret);
    expect(ours.text).not.toContain('dg-other');

    const their = sent.find((m) => m.to === 'hr@dg-other.example')!;
    expect(their.orgId).toBe(theirs.orgId);
    expect(their.subject).toBe('Weekly program digest: no pair needs attention');
    expect(their.text).toContain('Reverse dg-other (running)');
    expect(their.text).not.toContain(w.mentor.name);
    expect(their.text).not.toContain('Reverse dg (');
    expect(await sentKeys(db, 'weeklyDigest')).toEqual(
      [`hr-digest:${hr}:2026-W47`, `hr-digest:${theirHr}:2026-W47`].sort(),
    );
    expect((await sentKeys(db, 'weeklyDigest')).join()).not.toMatch(new RegExp(`${hrOff}|${idleHr}`));
  });

  it('sends nothing more the same week, and a new digest the next week with the latest figures', async () => {
    expect(await run(NOW)).toEqual([]);
    expect(await run(daysFrom(NOW, 3))).toEqual([]);

    await addMeeting(db, { orgId: w.orgId, pairId: w.pairId, seriesId: w.seriesId }, daysFrom(NOW, 2), {
      status: 'held',
      logged: true,
    });
    const next = await run(daysFrom(NOW, 7));
    expect(next.map((m) => m.to).sort()).toEqual(['hana@dg.example', 'hr@dg-other.example']);
    const ours = next.find((m) => m.to === 'hana@dg.example')!;
    expect(ours.text).toContain('this week (2026-W48)');
    expect(ours.text).toContain('Check-in answers this week: 0.');
    expect(ours.text).toContain(`${w.mentor.name} and ${w.mentee.name} — inactive.`);
    expect(ours.text).not.toContain('No meeting has been held or logged since');
  });

  it('stops when HR turns the digest off', async () => {
    await chooseEmails(db, w.orgId, hr, { weeklyDigest: false });
    const sent = await run(daysFrom(NOW, 14));
    expect(sent.map((m) => m.to)).toEqual(['hr@dg-other.example']);
  });
});
