import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agreementNudges } from '#jobs/agreement-nudges';
import type { JobDeps } from '#jobs/job-definition';
import { JOBS } from '#jobs/job-list';
import type { Mailer } from '#server/mail/mailer';
import { unsubscribeUrl } from '#server/mail/unsubscribe-link';
import type { Db } from '#store/database';
import { pairAgreements } from '#store/schema';
import { setProgramPhase } from '#tests/fixtures/program-builder';
import {
  addAgreement,
  chooseEmails,
  daysFrom,
  hoursFrom,
  recordingMailer,
  sentKeys,
  setPairStarted,
  setPairStatus,
  withAccounts,
} from '#tests/fixtures/reminder-builders';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';
import { buildWorkspace } from '#tests/fixtures/workspace-builders';

const NOW = new Date('2026-11-16T08:00:00Z');

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

/** A pair with accounts that started `daysAgo` days before NOW (plus an hour, so the day has passed). */
async function pairStarted(slug: string, daysAgo: number) {
  const ws = await buildWorkspace(db, { slug, meetings: 0 });
  const accounts = (await withAccounts(db, ws)) as { mentor: string; mentee: string };
  await setPairStarted(db, ws.pairId, hoursFrom(daysFrom(NOW, -daysAgo), -1));
  return { ...ws, accounts };
}

/** Runs the job at `now` and says who got which nudge, by email. */
async function run(now: Date) {
  const { mailer, sent } = recordingMailer(t.deps.mailer);
  await agreementNudges.run(depsAt(now, mailer), {});
  return sent;
}

describe('the agreement-nudges job', () => {
  it('is listed to run daily at 08:00', () => {
    expect(JOBS).toContain(agreementNudges);
    expect(agreementNudges.cron).toBe('0 8 * * *');
  });

  it('nudges both 3, 7 and 14 days after the start, each once, then only whoever has not accepted', async () => {
    const w = await pairStarted('an-steps', 3);
    const keys = async () => (await sentKeys(db, 'agreementNudges')).filter((k) => k.includes(w.pairId));
    const to = (sent: { to: string }[]) => sent.map((m) => m.to).sort();

    const day3 = await run(NOW);
    expect(to(day3.filter((m) => m.orgId === w.orgId))).toEqual([w.mentee.email, w.mentor.email].sort());
    const forMentor = day3.find((m) => m.to === w.mentor.email)!;
    expect(forMentor.subject).toBe(`Your kickoff agreement with ${w.mentee.name} is waiting for you`);
    expect(forMentor.text).toContain(`paired in Reverse an-steps 3 days ago`);
    expect(forMentor.text).toContain('It needs both of you to accept it');
    expect(forMentor.text).toContain(`${t.deps.env.publicUrl}/my/pairs/${w.pairId}`);
    expect(forMentor.unsubscribeUrl).toBe(unsubscribeUrl(t.deps, w.orgId, w.accounts.mentor));
    expect(await keys()).toEqual(
      [
        `agreement-nudge:${w.pairId}:${w.mentee.personId}:3`,
        `agreement-nudge:${w.pairId}:${w.mentor.personId}:3`,
      ].sort(),
    );

    expect(await run(NOW)).toEqual([]);
    expect((await run(daysFrom(NOW, 2))).filter((m) => m.orgId === w.orgId)).toEqual([]);
    expect(to((await run(daysFrom(NOW, 4))).filter((m) => m.orgId === w.orgId))).toEqual(
      [w.mentee.email, w.mentor.email].sort(),
    );

    await addAgreement(db, w, { mentor: daysFrom(NOW, 5) });
    const day14 = (await run(daysFrom(NOW, 11))).filter((m) => m.orgId === w.orgId);
    expect(to(day14)).toEqual([w.mentee.email]);
    expect(day14[0]!.text).toContain(`${w.mentor.name} has accepted it: it only needs you now.`);
    expect(await keys()).toHaveLength(5);
    expect((await run(daysFrom(NOW, 30))).filter((m) => m.orgId === w.orgId)).toEqual([]);
  });

  it('sends a late run only the latest nudge due, not the ones it missed', async () => {
    const w = await pairStarted('an-late', 16);
    const sent = (await run(NOW)).filter((m) => m.orgId === w.orgId);
    expect(sent).toHaveLength(2);
    expect(sent[0]!.text).toContain('16 days ago');
    expect((await sentKeys(db, 'agreementNudges')).filter((k) => k.includes(w.pairId))).toEqual(
      [
        `agreement-nudge:${w.pairId}:${w.mentee.personId}:14`,
        `agreement-nudge:${w.pairId}:${w.mentor.personId}:14`,
      ].sort(),
    );
  });

  it('leaves out whoever turned the nudges off, agreed pairs, paused pairs and programs not running', async () => {
    const off = await pairStarted('an-off', 7);
    await chooseEmails(db, off.orgId, off.accounts.mentee, { agreementNudges: false });
    const agreed = await pairStarted('an-agreed', 7);
    await addAgreement(db, agreed, { mentor: daysFrom(NOW, -6), mentee: daysFrom(NOW, -5) });
    const paused = await pairStarted('an-paused', 7);
    await setPairStatus(db, paused.pairId, 'paused');
    const closed = await pairStarted('an-closed', 7);
    await setProgramPhase(db, closed.programId, 'closed');
    const fresh = await pairStarted('an-fresh', 2);

    const sent = await run(NOW);
    expect(sent.filter((m) => m.orgId === off.orgId).map((m) => m.to)).toEqual([off.mentor.email]);
    for (const w of [agreed, paused, closed, fresh])
      expect(sent.filter((m) => m.orgId === w.orgId)).toEqual([]);
    const [row] = await db
      .select()
      .from(pairAgreements)
      .where(and(eq(pairAgreements.pairId, off.pairId), eq(pairAgreements.orgId, off.orgId)));
    expect(row).toBeUndefined(); // the job reads the agreement; it never creates one
  });
});
