import { eq, inArray } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  listPairEngagement,
  listParticipantJourneys,
  listProgramLessons,
  listRetentionRecords,
} from '#store/impact-store';
import { insertEnrollment } from '#store/enrollments-store';
import { insertPeople } from '#store/people-store';
import {
  enrollments,
  meetingLessons,
  meetings,
  pairAgreements,
  pairGoals,
  pairs,
  people,
  skills,
} from '#store/schema';
import { addPair } from '#tests/fixtures/check-in-builders';
import { describeEachDriver } from '#tests/fixtures/each-driver';
import { buildWorkspace } from '#tests/fixtures/workspace-builders';

const at = (iso: string) => new Date(iso);
const END = at('2027-03-01T00:00:00Z');

describeEachDriver('impact store', (database) => {
  it('reads each enrolled person’s way through the program, in two queries’ worth of facts', async () => {
    const { db } = database();
    const w = await buildWorkspace(db, { slug: 'impact-journeys' });
    const other = await buildWorkspace(db, { slug: 'impact-journeys-other' });
    const [first] = w.meetingIds;
    await db.update(meetings).set({ status: 'held' }).where(eq(meetings.id, first!));
    await db
      .update(pairs)
      .set({ startedAt: at('2026-09-02T09:00:00Z') })
      .where(eq(pairs.id, w.pairId));
    const ended = await addPair(db, w.orgId, w.programId, 'ended', { startedAt: at('2026-09-03T09:00:00Z') });
    await db
      .update(pairs)
      .set({ status: 'ended', endedAt: at('2026-11-01T00:00:00Z') })
      .where(eq(pairs.id, ended.pairId));
    const [waiting] = await insertPeople(db, w.orgId, [{ email: 'waiting@impact.example', name: 'Wait' }]);
    type Dates = Pick<typeof enrollments.$inferInsert, 'status' | 'createdAt' | 'submittedAt' | 'decidedAt'>;
    const enroll = (personId: string, side: 'mentor' | 'mentee', dates: Dates) =>
      db.insert(enrollments).values({ orgId: w.orgId, programId: w.programId, personId, side, ...dates });
    await enroll(w.mentor.personId, 'mentor', {
      status: 'approved',
      createdAt: at('2026-08-01T00:00:00Z'),
      submittedAt: at('2026-08-05T00:00:00Z'),
      decidedAt: at('2026-08-10T00:00:00Z'),
    });
    await enroll(w.mentee.personId, 'mentee', { status: 'nominated', createdAt: at('2026-08-02T00:00:00Z') });
    await enroll(ended.mentor.personId, 'mentor', {
      status: 'approved',
      decidedAt: at('2026-08-11T00:00:00Z'),
    });
    await enroll(waiting!.id, 'mentee', {
      status: 'declined',
      submittedAt: at('2026-08-06T00:00:00Z'),
      decidedAt: at('2026-08-12T00:00:00Z'),
    });

    const journeys = await listParticipantJourneys(db, w.orgId, w.programId, END);
    const of = (personId: string) => journeys.find((j) => j.personId === personId)?.reached;
    expect(journeys).toHaveLength(4);
    expect(of(w.mentor.personId)).toEqual({
      invited: at('2026-08-01T00:00:00Z'),
      applied: at('2026-08-05T00:00:00Z'),
      approved: at('2026-08-10T00:00:00Z'),
      matched: at('2026-09-02T09:00:00Z'),
      active: (await db.select().from(meetings).where(eq(meetings.id, first!)))[0]!.startsAt,
      completed: END,
    });
    expect(of(w.mentee.personId)).toMatchObject({ applied: null, approved: null, completed: END });
    // Matched, but the pair ended before the program did; no meeting held.
    expect(of(ended.mentor.personId)).toMatchObject({
      matched: at('2026-09-03T09:00:00Z'),
      active: null,
      completed: null,
    });
    // Declined: applied, never approved.
    expect(of(waiting!.id)).toMatchObject({
      applied: at('2026-08-06T00:00:00Z'),
      approved: null,
      matched: null,
    });
    expect(await listParticipantJourneys(db, other.orgId, w.programId, END)).toEqual([]);
  });

  it('reads every pair’s agreement, meetings and goals for engagement, and no words', async () => {
    const { db } = database();
    const w = await buildWorkspace(db, { slug: 'impact-engagement', meetings: 3 });
    const quiet = await addPair(db, w.orgId, w.programId, 'quiet');
    const [held] = w.meetingIds;
    await db
      .update(meetings)
      .set({ status: 'held', mentorPulse: 4, menteePulse: 5, sharedNotes: 'NOTE-MARKER' })
      .where(eq(meetings.id, held!));
    await db.insert(pairAgreements).values({
      pairId: w.pairId,
      orgId: w.orgId,
      groundRules: ['RULE-MARKER'],
      schedule: {},
      mentorObjectives: [],
      menteeObjectives: [],
      agreedAt: at('2026-09-05T00:00:00Z'),
    });
    await db.insert(pairGoals).values([
      { orgId: w.orgId, pairId: w.pairId, side: 'mentor', title: 'GOAL-MARKER', completedAt: new Date() },
      { orgId: w.orgId, pairId: w.pairId, side: 'mentee', title: 'Another' },
    ]);

    const facts = await listPairEngagement(db, w.orgId, w.programId, new Date());
    const mine = facts.find((f) => f.pairId === w.pairId)!;
    expect(facts).toHaveLength(2);
    expect(mine).toMatchObject({ mentorId: w.mentor.personId, menteeId: w.mentee.personId, agreed: true });
    // The workspace meets 21 and 7 days ago and in 7 days: one still to come counts for nothing, so
    // it is not read.
    expect(mine.meetings.map((m) => m.status)).toEqual(['held', 'scheduled']);
    expect(mine.meetings[0]).toMatchObject({ mentorPulse: 4, menteePulse: 5 });
    expect(mine.goals).toEqual(
      expect.arrayContaining([
        { side: 'mentor', completed: true },
        { side: 'mentee', completed: false },
      ]),
    );
    expect(facts.find((f) => f.pairId === quiet.pairId)).toEqual({
      pairId: quiet.pairId,
      mentorId: quiet.mentor.personId,
      menteeId: quiet.mentee.personId,
      agreed: false,
      meetings: [],
      goals: [],
    });
    expect(JSON.stringify(facts)).not.toMatch(/MARKER/);
  });

  it('counts what each side taught in held meetings per skill and learner (the other person)', async () => {
    const { db } = database();
    const w = await buildWorkspace(db, { slug: 'impact-lessons', meetings: 3 });
    const [held, again, planned] = w.meetingIds;
    await db
      .update(meetings)
      .set({ status: 'held' })
      .where(inArray(meetings.id, [held!, again!]));
    const [ai, strategy] = await db
      .insert(skills)
      .values([
        { orgId: w.orgId, name: 'AI tools' },
        { orgId: w.orgId, name: 'Strategy' },
      ])
      .returning();
    await db.insert(meetingLessons).values([
      { orgId: w.orgId, meetingId: held!, taughtBy: 'mentor', skillId: ai!.id },
      { orgId: w.orgId, meetingId: again!, taughtBy: 'mentor', skillId: ai!.id },
      { orgId: w.orgId, meetingId: held!, taughtBy: 'mentee', skillId: strategy!.id },
      { orgId: w.orgId, meetingId: planned!, taughtBy: 'mentor', skillId: strategy!.id },
    ]);
    // The planned meeting's lesson does not count: AI tools twice to the mentee, Strategy once to
    // the mentor, one learner each.
    expect(await listProgramLessons(db, w.orgId, w.programId)).toEqual({
      skills: [
        { skill: 'AI tools', taughtBy: 'mentor', lessons: 2, learners: 1 },
        { skill: 'Strategy', taughtBy: 'mentee', lessons: 1, learners: 1 },
      ],
      learnersTaughtBy: { mentor: 1, mentee: 1 },
    });
  });

  it('reads participants’ employment by side, and colleagues at a participant’s level and department who are not enrolled', async () => {
    const { db } = database();
    const w = await buildWorkspace(db, { slug: 'impact-retention' });
    const other = await buildWorkspace(db, { slug: 'impact-retention-other' });
    await db
      .update(people)
      .set({ department: 'Data', hireDate: '2024-01-01' })
      .where(eq(people.id, w.mentor.personId));
    await db
      .update(people)
      .set({ department: 'Board', hireDate: '2010-01-01' })
      .where(eq(people.id, w.mentee.personId));
    const [like, enrolled, otherLevel, otherDept, noHire] = await insertPeople(db, w.orgId, [
      { email: 'like@r.example', name: 'Like', level: 1, department: ' data ', hireDate: '2024-03-01' },
      { email: 'enrolled@r.example', name: 'Enrolled', level: 1, department: 'Data', hireDate: '2024-03-01' },
      { email: 'level@r.example', name: 'Level', level: 2, department: 'Data', hireDate: '2024-03-01' },
      { email: 'dept@r.example', name: 'Dept', level: 1, department: 'Sales', hireDate: '2024-03-01' },
      { email: 'nohire@r.example', name: 'No hire', level: 1, department: 'Data' },
    ]);
    await insertEnrollment(db, {
      orgId: w.orgId,
      programId: w.programId,
      personId: enrolled!.id,
      side: 'mentor',
      status: 'applied',
    });
    await db
      .update(people)
      .set({ employmentStatus: 'left', endDate: '2026-12-01' })
      .where(eq(people.id, like!.id));

    const records = await listRetentionRecords(db, w.orgId, w.programId);
    expect(records.participants).toEqual(
      expect.arrayContaining([
        {
          personId: w.mentor.personId,
          side: 'mentor',
          level: 1,
          department: 'Data',
          hireDate: '2024-01-01',
          employmentStatus: 'active',
          endDate: null,
        },
        expect.objectContaining({ personId: w.mentee.personId, side: 'mentee', level: 6 }),
      ]),
    );
    expect(records.participants).toHaveLength(2);
    expect(records.employees).toEqual([
      {
        personId: like!.id,
        level: 1,
        department: ' data ',
        hireDate: '2024-03-01',
        employmentStatus: 'left',
        endDate: '2026-12-01',
      },
    ]);
    for (const left of [enrolled, otherLevel, otherDept, noHire])
      expect(records.employees.map((e) => e.personId)).not.toContain(left!.id);
    expect(await listRetentionRecords(db, other.orgId, w.programId)).toEqual({
      participants: [],
      employees: [],
    });
  });
});
