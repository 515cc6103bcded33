import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closingThanks, closingThanksKey } from '#jobs/closing-thanks';
import { JOBS } from '#jobs/job-list';
import { CLOSED_PAIR_REASON } from '#server/use-cases/transition-program';
import { meetings, outbox, pairs, programs, sentNotifications } from '#store/schema';
import { addPair, type BuiltPair } from '#tests/fixtures/check-in-builders';
import { buildProgram, setProgramPhase } from '#tests/fixtures/program-builder';
import type { Session } from '#tests/fixtures/sign-in';
import { type WorkspaceApp, workspaceApp } from '#tests/fixtures/workspace-builders';

/**
 * Closing a program (issue 8, "Celebration"): the remaining pairs end, and each person who completed
 * it gets one thank-you email with what they did, the certificate link and the continuation question.
 */
const URL = 'http://localhost:3000';

describe('the thank-you emails when HR closes a program', () => {
  let w: WorkspaceApp;
  let hr: Session;
  let second: BuiltPair;
  let early: BuiltPair;
  const mails = async () =>
    w.db.select().from(outbox).where(eq(outbox.orgId, w.orgId)).orderBy(outbox.toAddress);
  const close = (programId: string) =>
    hr.inject({ method: 'POST', url: `/api/programs/${programId}/transitions`, payload: { to: 'closed' } });

  beforeAll(async () => {
    w = await workspaceApp({ slug: 'thanks' });
    // The program ran from 2026-03-02 to 2026-09-02. The workspace's pair held 3 of its 4 meetings.
    await w.db
      .update(programs)
      .set({ startDate: '2026-03-02', midpointDate: '2026-06-02', endDate: '2026-09-02' })
      .where(eq(programs.id, w.programId));
    await w.db
      .update(meetings)
      .set({ status: 'held' })
      .where(inArray(meetings.id, w.meetingIds.slice(0, 3)));
    // A second pair (no accounts, no meetings) lasted; a third ended in June, before the end date.
    second = await addPair(w.db, w.orgId, w.programId, 'second');
    early = await addPair(w.db, w.orgId, w.programId, 'early', { status: 'ended' });
    await w.db
      .update(pairs)
      .set({ endedAt: new Date('2026-06-01T00:00:00Z'), endReason: 'Moved abroad.' })
      .where(eq(pairs.id, early.pairId));
    await setProgramPhase(w.db, w.programId, 'closing');
    hr = await w.as('hr');
  });
  afterAll(() => w.t.close());

  it('is a job of the product, run on demand only', () => {
    expect(JOBS).toContain(closingThanks);
    expect(closingThanks.cron).toBeUndefined();
  });

  it('sends nothing before the program is closed', async () => {
    await closingThanks.run(w.t.deps, { orgId: w.orgId, programId: w.programId });
    expect(await mails()).toEqual([]);
  });

  it('emails each person who completed it once, and ends the pairs still running', async () => {
    const response = await close(w.programId);
    expect(response.statusCode, response.body).toBe(200);
    const sent = await mails();
    expect(sent.map((m) => m.toAddress)).toEqual(
      [w.mentee.email, w.mentor.email, second.mentee.email, second.mentor.email].sort(),
    );
    for (const m of sent) expect(m.subject).toBe('Thank you for taking part in Reverse thanks');

    const pairRows = await w.db.select().from(pairs).where(eq(pairs.programId, w.programId));
    for (const pair of pairRows) expect(pair.status, pair.id).toBe('ended');
    expect(pairRows.find((p) => p.id === w.pairId)?.endReason).toBe(CLOSED_PAIR_REASON);
    expect(pairRows.find((p) => p.id === early.pairId)).toMatchObject({
      endReason: 'Moved abroad.',
      endedAt: new Date('2026-06-01T00:00:00Z'),
    });
  });

  it('says what they did, links to the certificate and asks whether they keep meeting', async () => {
    const mentor = (await mails()).find((m) => m.toAddress === w.mentor.email)!;
    expect(mentor.text).toContain(`Hello ${w.mentor.name},`);
    expect(mentor.text).toContain(
      `Reverse thanks has now closed, and you completed it with ${w.mentee.name}.`,
    );
    expect(mentor.text).toContain('Together you held 3 meetings.');
    expect(mentor.text).toContain(`Download your certificate: ${URL}/my/programs`);
    expect(mentor.text).toContain(`will you keep meeting ${w.mentee.name} informally?`);
    expect(mentor.text).toContain(`Answer the question: ${URL}/my/pairs/${w.pairId}`);
    expect(mentor.text).toContain('sign in to Counterpart if you are not signed in already');
    expect(mentor.text).toContain(`Choose which emails you get: ${URL}/settings/notifications`);
    expect(mentor.html).toContain(`<a href="${URL}/my/programs">Download your certificate</a>`);
    expect(mentor.html).toContain(`<a href="${URL}/my/pairs/${w.pairId}">Answer the question</a>`);

    const noAccount = (await mails()).find((m) => m.toAddress === second.mentee.email)!;
    expect(noAccount.text).toContain('Thank you for the time you gave to it.');
    expect(noAccount.text).not.toContain('Together you held');
    expect(noAccount.text).toContain(`${URL}/my/pairs/${second.pairId}`);
    expect(noAccount.text).toContain('If you have no account yet, ask HR at Org thanks for an invitation.');
    expect(noAccount.text).not.toContain(w.mentor.name);
  });

  it('never sends the same email twice, however often the job runs', async () => {
    const before = await mails();
    await closingThanks.run(w.t.deps, { orgId: w.orgId, programId: w.programId });
    await closingThanks.run(w.t.deps, { orgId: w.orgId, programId: w.programId });
    expect((await mails()).map((m) => m.id)).toEqual(before.map((m) => m.id));
    const claims = await w.db
      .select({ key: sentNotifications.key })
      .from(sentNotifications)
      .where(and(eq(sentNotifications.orgId, w.orgId), eq(sentNotifications.kind, 'closingThanks')));
    expect(claims.map((c) => c.key).sort()).toEqual(
      [w.mentor, w.mentee, second.mentor, second.mentee]
        .map((p) => closingThanksKey(w.programId, p.personId))
        .sort(),
    );
  });

  it('gives no thanks to a program closed before its end date: its pairs end early', async () => {
    const before = (await mails()).length;
    const soon = await buildProgram(w.db, w.orgId, {
      name: 'Cut short',
      phase: 'closing',
      startDate: '2099-01-04',
    });
    const cut = await addPair(w.db, w.orgId, soon, 'cut');
    expect((await close(soon)).statusCode).toBe(200);
    expect((await mails()).length).toBe(before);
    const [row] = await w.db.select().from(pairs).where(eq(pairs.id, cut.pairId));
    expect(row?.status).toBe('ended');
  });
});
