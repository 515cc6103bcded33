import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { JobDeps } from '#jobs/job-definition';
import { JOBS } from '#jobs/job-list';
import { retentionPurge } from '#jobs/retention-purge';
import { purgeExpiredPrograms } from '#server/use-cases/purge-expired-programs';
import type { Db } from '#store/database';
import {
  concernMessages,
  concerns,
  enrollments,
  meetings,
  organisations,
  pairAgreements,
  pairGoals,
  pairs,
  privateNotes,
  programs,
  programTransitions,
} from '#store/schema';
import { describeEachDriver } from '#tests/fixtures/each-driver';
import { type BuiltWorkspace, buildWorkspace } from '#tests/fixtures/workspace-builders';

const NOW = new Date('2029-06-15T03:30:00Z');

/** A closed program with private content everywhere the purge looks. */
async function closedProgram(db: Db, slug: string, closedAt: Date | null): Promise<BuiltWorkspace> {
  const w = await buildWorkspace(db, { slug, meetings: 2 });
  await db
    .update(programs)
    .set({ phase: 'closed', endDate: '2027-01-31' })
    .where(eq(programs.id, w.programId));
  if (closedAt)
    await db.insert(programTransitions).values({
      orgId: w.orgId,
      programId: w.programId,
      fromPhase: 'closing',
      toPhase: 'closed',
      createdAt: closedAt,
    });
  await db.insert(enrollments).values({
    orgId: w.orgId,
    programId: w.programId,
    personId: w.mentee.personId,
    side: 'mentee',
    status: 'approved',
    answers: { goals: `intake ${slug}` },
    sensitiveAnswers: { gender: `sensitive ${slug}` },
    nominationNote: `nominated ${slug}`,
  });
  await db
    .update(meetings)
    .set({ sharedNotes: `notes ${slug}`, status: 'held' })
    .where(eq(meetings.pairId, w.pairId));
  await db.insert(privateNotes).values({
    orgId: w.orgId,
    meetingId: w.meetingIds[0]!,
    authorPersonId: w.mentor.personId,
    ciphertext: 'secret',
  });
  await db
    .insert(pairGoals)
    .values({ orgId: w.orgId, pairId: w.pairId, side: 'mentee', title: `goal ${slug}`, progress: 60 });
  await db.insert(pairAgreements).values({
    orgId: w.orgId,
    pairId: w.pairId,
    groundRules: [`rule ${slug}`],
    schedule: {},
    mentorObjectives: [`mentor aim ${slug}`],
    menteeObjectives: [],
  });
  const [concern] = await db
    .insert(concerns)
    .values({
      orgId: w.orgId,
      programId: w.programId,
      pairId: w.pairId,
      raisedByPersonId: w.mentee.personId,
      subject: `worry ${slug}`,
    })
    .returning();
  await db
    .insert(concernMessages)
    .values({ orgId: w.orgId, concernId: concern!.id, fromHr: false, body: `body ${slug}` });
  return w;
}

async function contentOf(db: Db, w: BuiltWorkspace) {
  const [program] = await db.select().from(programs).where(eq(programs.id, w.programId));
  const [enrollment] = await db.select().from(enrollments).where(eq(enrollments.programId, w.programId));
  const meetingRows = await db.select().from(meetings).where(eq(meetings.pairId, w.pairId));
  const [goal] = await db.select().from(pairGoals).where(eq(pairGoals.pairId, w.pairId));
  const [agreement] = await db.select().from(pairAgreements).where(eq(pairAgreements.pairId, w.pairId));
  const [concern] = await db.select().from(concerns).where(eq(concerns.programId, w.programId));
  const [message] = await db.select().from(concernMessages).where(eq(concernMessages.concernId, concern!.id));
  const [pair] = await db.select().from(pairs).where(eq(pairs.id, w.pairId));
  return {
    purged: program!.purgedAt !== null,
    intake: enrollment!.answers,
    sensitive: enrollment!.sensitiveAnswers,
    nomination: enrollment!.nominationNote,
    meetings: meetingRows.map((m) => [m.status, m.sharedNotes]),
    privateNotes: await db.$count(privateNotes, eq(privateNotes.orgId, w.orgId)),
    goal: [goal!.title, goal!.progress],
    agreement: [agreement!.groundRules, agreement!.mentorObjectives],
    concern: [concern!.subject, message!.body],
    explanation: pair!.explanation,
  };
}

describeEachDriver('retention purge', (database) => {
  it('purges only programs closed longer ago than the retention period, once', async () => {
    const { db } = database();
    // 24 months (the default) before NOW is 2027-06-15.
    const old = await closedProgram(db, 'old', new Date('2027-06-14T12:00:00Z'));
    const recent = await closedProgram(db, 'recent', new Date('2027-06-16T00:00:00Z'));
    const byEndDate = await closedProgram(db, 'enddate', null); // ended 2027-01-31
    const shortPeriod = await closedProgram(db, 'short', new Date('2028-11-01T00:00:00Z'));
    await db.update(organisations).set({ retentionMonths: 6 }).where(eq(organisations.id, shortPeriod.orgId));

    const first = await purgeExpiredPrograms(database(), NOW);
    expect([...first.purged].sort()).toEqual(
      [old.programId, byEndDate.programId, shortPeriod.programId].sort(),
    );

    expect(await contentOf(db, old)).toEqual({
      purged: true,
      intake: {},
      sensitive: {},
      nomination: '',
      meetings: [
        ['held', ''],
        ['held', ''],
      ],
      privateNotes: 0,
      goal: ['', 60],
      agreement: [[], []],
      concern: ['', ''],
      explanation: '',
    });
    expect(await contentOf(db, recent)).toEqual({
      purged: false,
      intake: { goals: 'intake recent' },
      sensitive: { gender: 'sensitive recent' },
      nomination: 'nominated recent',
      meetings: [
        ['held', 'notes recent'],
        ['held', 'notes recent'],
      ],
      privateNotes: 1,
      goal: ['goal recent', 60],
      agreement: [['rule recent'], ['mentor aim recent']],
      concern: ['worry recent', 'body recent'],
      explanation: 'Both like data.',
    });

    const [before] = await db.select().from(programs).where(eq(programs.id, old.programId));
    const again = await purgeExpiredPrograms(database(), new Date(NOW.getTime() + 3_600_000));
    expect(again.purged).toEqual([]);
    const [after] = await db.select().from(programs).where(eq(programs.id, old.programId));
    expect(after!.purgedAt).toEqual(before!.purgedAt);

    // The daily job runs the same purge: a day after 'recent' falls due, it goes too.
    await retentionPurge.run(
      { database: database(), now: () => new Date('2029-06-17T03:30:00Z') } as unknown as JobDeps,
      {},
    );
    expect((await contentOf(db, recent)).purged).toBe(true);
    expect(retentionPurge.cron).toBe('30 3 * * *');
    expect(JOBS).toContain(retentionPurge);
  });
});
