import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Db } from '#store/database';
import { listHealthCheckIns, listHealthMeetings, listHealthPairs } from '#store/pair-health-store';
import { insertPairs } from '#store/pairs-store';
import { insertPeople } from '#store/people-store';
import { concerns, meetingSeries, meetings, pairAgreements, surveyRecipients } from '#store/schema';
import { addSurveyRecipients } from '#store/survey-recipients-store';
import { listCheckInsOf, saveSurveyResponse } from '#store/surveys-store';
import { programSurveysOf } from '#tests/fixtures/check-in-builders';
import { describeEachDriver } from '#tests/fixtures/each-driver';
import { buildProgram } from '#tests/fixtures/program-builder';
import { buildWorkspace, daysFromNow } from '#tests/fixtures/workspace-builders';

async function addPair(
  db: Db,
  orgId: string,
  programId: string,
  name: string,
  status: 'active' | 'paused' | 'ended' = 'active',
) {
  const key = name.toLowerCase().replace(/\W+/g, '-');
  const [mentor, mentee] = await insertPeople(db, orgId, [
    { email: `${key}-mentor@example.test`, name },
    { email: `${key}-mentee@example.test`, name: `${name}’s mentee` },
  ]);
  const [pair] = await insertPairs(db, [
    {
      orgId,
      programId,
      mentorPersonId: mentor!.id,
      menteePersonId: mentee!.id,
      score: 70,
      explanation: 'fit',
      contributions: [],
      status,
    },
  ]);
  return { pairId: pair!.id, mentorId: mentor!.id, menteeId: mentee!.id };
}

async function addMeeting(db: Db, orgId: string, pairId: string, startsAt: Date) {
  const [series] = await db
    .insert(meetingSeries)
    .values({ orgId, pairId, schedule: {}, startsOn: '2026-01-01', endsOn: '2027-01-01' })
    .returning({ id: meetingSeries.id });
  await db.insert(meetings).values({
    orgId,
    pairId,
    seriesId: series!.id,
    originalStart: startsAt,
    startsAt,
    durationMinutes: 60,
    status: 'missed',
    loggedAt: startsAt,
  });
}

async function addConcern(
  db: Db,
  orgId: string,
  programId: string,
  pair: { pairId: string; mentorId: string },
  status: 'open' | 'resolved',
) {
  await db.insert(concerns).values({
    orgId,
    programId,
    pairId: pair.pairId,
    raisedByPersonId: pair.mentorId,
    subject: 'Subject',
    status,
  });
}

describeEachDriver('pair health store', (database) => {
  it('loads a program’s live pairs with agreement and open concerns, and their past meetings, for one organisation only', async () => {
    const { db } = database();
    const now = new Date();
    const first = daysFromNow(-21, now);
    const a = await buildWorkspace(db, { slug: 'health-a', meetings: 4, firstStartsAt: first });
    const b = await buildWorkspace(db, { slug: 'health-b', meetings: 2 });
    const [held, cancelled] = a.meetingIds;
    await db
      .update(meetings)
      .set({ status: 'held', loggedAt: daysFromNow(-20), mentorPulse: 4, menteePulse: 2 })
      .where(eq(meetings.id, held!));
    await db.update(meetings).set({ status: 'cancelled' }).where(eq(meetings.id, cancelled!));
    // The workspace pair's agreement is waiting for one acceptance: pending.
    await db.insert(pairAgreements).values({
      pairId: a.pairId,
      orgId: a.orgId,
      groundRules: [],
      schedule: {},
      mentorObjectives: [],
      menteeObjectives: [],
      mentorAcceptedAt: now,
    });
    const agreed = await addPair(db, a.orgId, a.programId, 'Ann Agreed');
    const agreedAt = new Date('2026-09-03T10:00:00Z');
    await db.insert(pairAgreements).values({
      pairId: agreed.pairId,
      orgId: a.orgId,
      groundRules: [],
      schedule: {},
      mentorObjectives: [],
      menteeObjectives: [],
      agreedAt,
    });
    await addConcern(db, a.orgId, a.programId, agreed, 'open');
    await addConcern(db, a.orgId, a.programId, agreed, 'open');
    await addConcern(db, a.orgId, a.programId, agreed, 'resolved');
    const paused = await addPair(db, a.orgId, a.programId, 'Zoe Paused', 'paused');
    await addMeeting(db, a.orgId, paused.pairId, daysFromNow(-3));
    const ended = await addPair(db, a.orgId, a.programId, 'Eve Ended', 'ended');
    await addMeeting(db, a.orgId, ended.pairId, daysFromNow(-3));
    await addConcern(db, a.orgId, a.programId, ended, 'open');
    const otherProgram = await buildProgram(db, a.orgId, { name: 'Another program', phase: 'active' });
    const elsewhere = await addPair(db, a.orgId, otherProgram, 'Bob Elsewhere');
    await addMeeting(db, a.orgId, elsewhere.pairId, daysFromNow(-3));
    await addConcern(db, a.orgId, otherProgram, elsewhere, 'open');

    const pairs = await listHealthPairs(db, a.orgId, a.programId);
    expect(pairs.map((p) => p.mentor.name)).toEqual(['Ann Agreed', 'Mia Mentor health-a', 'Zoe Paused']);
    const [ann, mia, zoe] = pairs;
    expect(ann).toMatchObject({ pairId: agreed.pairId, openConcerns: 2, agreedAt });
    expect(ann?.mentee).toEqual({ id: agreed.menteeId, name: 'Ann Agreed’s mentee' });
    expect(mia).toMatchObject({ pairId: a.pairId, openConcerns: 0, agreedAt: null });
    expect(mia?.mentor).toEqual({ id: a.mentor.personId, name: a.mentor.name });
    expect(mia?.startedAt).toBeInstanceOf(Date);
    expect(zoe).toMatchObject({ pairId: paused.pairId, openConcerns: 0, agreedAt: null });

    const past = await listHealthMeetings(db, a.orgId, a.programId, now);
    expect(past).toEqual(
      expect.arrayContaining([
        {
          pairId: a.pairId,
          startsAt: first,
          status: 'held',
          logged: true,
          mentorPulse: 4,
          menteePulse: 2,
        },
      ]),
    );
    expect(past.map((m) => [m.pairId, m.status, m.logged])).toEqual(
      [
        [a.pairId, 'held', true],
        [paused.pairId, 'missed', true],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
    // Later meetings cannot have been held yet: asking for a later moment includes them.
    expect(await listHealthMeetings(db, a.orgId, a.programId, daysFromNow(30))).toHaveLength(4);

    expect(await listHealthPairs(db, b.orgId, a.programId)).toEqual([]);
    expect(await listHealthMeetings(db, b.orgId, a.programId, now)).toEqual([]);
    expect(await listHealthPairs(db, a.orgId, b.programId)).toEqual([]);
    expect(await listHealthMeetings(db, a.orgId, b.programId, now)).toEqual([]);
  });
});

describeEachDriver('pair health store: check-ins', (database) => {
  it('reads only the “how is it going” answer of the midpoint and final check-ins of live pairs, for one organisation', async () => {
    const { db } = database();
    const w = await buildWorkspace(db, { slug: 'health-checkins' });
    const other = await buildWorkspace(db, { slug: 'health-checkins-other' });
    const ended = await addPair(db, w.orgId, w.programId, 'Ended pair', 'ended');
    const surveys = await programSurveysOf(db, w.orgId, w.programId);
    const now = new Date();
    for (const timing of ['kickoff', 'midpoint', 'final'] as const) {
      const survey = surveys[timing];
      await addSurveyRecipients(db, w.orgId, survey, now);
      // Recipients of the ended pair, as if invited while it was live.
      await db.insert(surveyRecipients).values([
        {
          orgId: w.orgId,
          surveyId: survey.id,
          personId: ended.mentorId,
          pairId: ended.pairId,
          side: 'mentor',
        },
      ]);
    }
    const answer = async (personId: string, timing: 'kickoff' | 'midpoint' | 'final', answers: object) => {
      const checkIn = (await listCheckInsOf(db, w.orgId, personId)).find((c) => c.survey.timing === timing)!;
      await saveSurveyResponse(
        db,
        w.orgId,
        { surveyId: checkIn.survey.id, recipientId: checkIn.recipientId, answers: { ...answers } },
        now,
      );
    };
    await answer(w.mentor.personId, 'kickoff', { kickoff_visibility: 1 });
    await answer(w.mentor.personId, 'midpoint', {
      midpoint_going: 2,
      midpoint_learned: { text: 'NOT-FOR-HEALTH', shareWithHr: true },
    });
    await answer(w.mentee.personId, 'final', { final_going: 5 });
    await answer(ended.mentorId, 'midpoint', { midpoint_going: 1 });

    const rows = await listHealthCheckIns(db, w.orgId, w.programId);
    expect(rows).toEqual([
      { pairId: w.pairId, side: 'mentee', timing: 'final', going: 5 },
      { pairId: w.pairId, side: 'mentor', timing: 'midpoint', going: 2 },
    ]);
    expect(JSON.stringify(rows)).not.toContain('NOT-FOR-HEALTH');
    expect(await listHealthCheckIns(db, other.orgId, w.programId)).toEqual([]);
  });
});
