import { eq, inArray } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  getPairContinuations,
  listProgramContinuations,
  saveContinuation,
} from '#store/pair-continuations-store';
import { insertPairs } from '#store/pairs-store';
import { endOpenPairsOfProgram, listClosingPairs } from '#store/program-closing-store';
import { meetings, pairs } from '#store/schema';
import { describeEachDriver } from '#tests/fixtures/each-driver';
import { buildProgram } from '#tests/fixtures/program-builder';
import { buildWorkspace } from '#tests/fixtures/workspace-builders';

describeEachDriver('closing a program and pair continuations (store)', (database) => {
  it('ends only the open pairs of the program, and lists each pair with its held meetings', async () => {
    const { db } = database();
    const w = await buildWorkspace(db, { slug: 'close-store' });
    await db
      .update(meetings)
      .set({ status: 'held' })
      .where(inArray(meetings.id, w.meetingIds.slice(0, 2)));
    await db.update(meetings).set({ status: 'missed' }).where(eq(meetings.id, w.meetingIds[2]!));
    const other = await buildProgram(db, w.orgId, { name: 'Other', phase: 'active' });
    const [untouched] = await insertPairs(db, [
      {
        orgId: w.orgId,
        programId: other,
        mentorPersonId: w.mentor.personId,
        menteePersonId: w.mentee.personId,
        score: 70,
        explanation: 'Other program.',
        contributions: [],
      },
    ]);
    const at = new Date('2026-09-03T10:00:00Z');
    expect(await endOpenPairsOfProgram(db, w.orgId, w.programId, at, 'The program closed.')).toBe(1);
    expect(await endOpenPairsOfProgram(db, w.orgId, w.programId, at, 'again')).toBe(0);
    const [ended] = await db.select().from(pairs).where(eq(pairs.id, w.pairId));
    expect(ended).toMatchObject({ status: 'ended', endedAt: at, endReason: 'The program closed.' });
    const [still] = await db.select().from(pairs).where(eq(pairs.id, untouched!.id));
    expect(still?.status).toBe('active');

    expect(await listClosingPairs(db, w.orgId, w.programId)).toEqual([
      {
        pairId: w.pairId,
        endedAt: at,
        mentor: { personId: w.mentor.personId, name: w.mentor.name, email: w.mentor.email },
        mentee: { personId: w.mentee.personId, name: w.mentee.name, email: w.mentee.email },
        meetingsHeld: 2,
      },
    ]);
  });

  it('keeps one answer per person and pair, the latest, scoped to the program', async () => {
    const { db } = database();
    const w = await buildWorkspace(db, { slug: 'answers-store' });
    const base = { orgId: w.orgId, pairId: w.pairId };
    await saveContinuation(db, {
      ...base,
      personId: w.mentor.personId,
      continues: true,
      answeredAt: new Date('2026-09-04T08:00:00Z'),
    });
    await saveContinuation(db, {
      ...base,
      personId: w.mentee.personId,
      continues: true,
      answeredAt: new Date('2026-09-04T09:00:00Z'),
    });
    await saveContinuation(db, {
      ...base,
      personId: w.mentee.personId,
      continues: false,
      answeredAt: new Date('2026-09-05T09:00:00Z'),
    });
    const answers = await getPairContinuations(db, w.orgId, w.pairId);
    expect(answers.size).toBe(2);
    expect(answers.get(w.mentee.personId)).toMatchObject({
      continues: false,
      answeredAt: new Date('2026-09-05T09:00:00Z'),
    });
    expect(
      (await listProgramContinuations(db, w.orgId, w.programId)).sort((a, b) =>
        a.personId.localeCompare(b.personId),
      ),
    ).toEqual(
      [
        { pairId: w.pairId, personId: w.mentor.personId, continues: true },
        { pairId: w.pairId, personId: w.mentee.personId, continues: false },
      ].sort((a, b) => a.personId.localeCompare(b.personId)),
    );
    const elsewhere = await buildProgram(db, w.orgId, { name: 'Elsewhere' });
    expect(await listProgramContinuations(db, w.orgId, elsewhere)).toEqual([]);
  });
});
