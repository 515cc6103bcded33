import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { insertAccount } from '#store/accounts-store';
import { getPairReview, listPairReviews, savePairReview } from '#store/pair-reviews-store';
import { insertPairs } from '#store/pairs-store';
import { insertPeople } from '#store/people-store';
import { pairReviews } from '#store/schema';
import { describeEachDriver } from '#tests/fixtures/each-driver';
import { buildProgram } from '#tests/fixtures/program-builder';
import { buildWorkspace } from '#tests/fixtures/workspace-builders';

describeEachDriver('pair reviews store', (database) => {
  it('records a decision per pair, replaces it when HR changes its mind, and lists it by program and organisation', async () => {
    const { db } = database();
    const a = await buildWorkspace(db, { slug: 'review-a', meetings: 0 });
    const b = await buildWorkspace(db, { slug: 'review-b', meetings: 0 });
    const hr = await insertAccount(db, {
      email: 'hana@review-a.example',
      name: 'Hana HR',
      passwordHash: null,
    });
    const at = new Date('2026-12-01T10:00:00.000Z');
    await savePairReview(db, {
      orgId: a.orgId,
      programId: a.programId,
      pairId: a.pairId,
      decision: 'keep',
      note: 'Going well.',
      decidedByAccountId: hr.id,
      decidedAt: at,
    });
    expect(await listPairReviews(db, a.orgId, a.programId)).toEqual([
      { pairId: a.pairId, decision: 'keep', note: 'Going well.', decidedAt: at, decidedBy: 'Hana HR' },
    ]);

    const later = new Date('2026-12-02T10:00:00.000Z');
    await savePairReview(db, {
      orgId: a.orgId,
      programId: a.programId,
      pairId: a.pairId,
      decision: 'send_resources',
      note: '',
      decidedByAccountId: hr.id,
      decidedAt: later,
    });
    expect(await getPairReview(db, a.orgId, a.pairId)).toEqual({
      pairId: a.pairId,
      decision: 'send_resources',
      note: '',
      decidedAt: later,
      decidedBy: 'Hana HR',
    });
    expect(await db.select().from(pairReviews).where(eq(pairReviews.pairId, a.pairId))).toHaveLength(1);

    // Another organisation sees nothing of it, even with the right ids.
    expect(await listPairReviews(db, b.orgId, a.programId)).toEqual([]);
    expect(await getPairReview(db, b.orgId, a.pairId)).toBeUndefined();
    expect(await listPairReviews(db, b.orgId, b.programId)).toEqual([]);
  });

  it('lists only the program’s own pairs, and keeps a decision whose author has gone', async () => {
    const { db } = database();
    const w = await buildWorkspace(db, { slug: 'review-c', meetings: 0 });
    const otherProgram = await buildProgram(db, w.orgId, { name: 'Another cohort', phase: 'active' });
    const [mentor, mentee] = await insertPeople(db, w.orgId, [
      { email: 'x@review-c.example', name: 'Xan' },
      { email: 'y@review-c.example', name: 'Yun' },
    ]);
    const [other] = await insertPairs(db, [
      {
        orgId: w.orgId,
        programId: otherProgram,
        mentorPersonId: mentor!.id,
        menteePersonId: mentee!.id,
        score: 60,
        explanation: 'fit',
        contributions: [],
      },
    ]);
    const at = new Date('2026-12-01T10:00:00.000Z');
    await savePairReview(db, {
      orgId: w.orgId,
      programId: otherProgram,
      pairId: other!.id,
      decision: 'repair',
      note: '',
      decidedByAccountId: 'account-that-was-deleted',
      decidedAt: at,
    });
    expect(await listPairReviews(db, w.orgId, w.programId)).toEqual([]);
    expect(await listPairReviews(db, w.orgId, otherProgram)).toEqual([
      { pairId: other!.id, decision: 'repair', note: '', decidedAt: at, decidedBy: '' },
    ]);
  });
});
