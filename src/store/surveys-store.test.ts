import { expect, it } from 'vitest';
import { addSurveyRecipients } from '#store/survey-recipients-store';
import {
  getCheckInOf,
  getProgramSurvey,
  listCheckInsOf,
  listProgramSurveys,
  listSurveyResponses,
  saveSurveyResponse,
  updateSurveyRow,
} from '#store/surveys-store';
import { ensureProgramSurveys } from '#server/use-cases/ensure-program-surveys';
import { getProgramRow } from '#store/programs-store';
import { programSurveysOf } from '#tests/fixtures/check-in-builders';
import { describeEachDriver } from '#tests/fixtures/each-driver';
import { buildProgram } from '#tests/fixtures/program-builder';
import { buildWorkspace } from '#tests/fixtures/workspace-builders';

describeEachDriver('surveys store', (database) => {
  it('gives a program its three surveys once, in the order they are sent, without touching HR’s edits', async () => {
    const { db } = database();
    const a = await buildWorkspace(db, { slug: 'surveys-ensure' });
    const b = await buildWorkspace(db, { slug: 'surveys-ensure-other' });
    const program = (await getProgramRow(db, a.orgId, a.programId))!;
    await ensureProgramSurveys(db, a.orgId, program);
    const [kickoff] = await listProgramSurveys(db, a.orgId, a.programId);
    await updateSurveyRow(db, a.orgId, kickoff!.id, { closesOn: '2026-09-30' }, new Date());
    await ensureProgramSurveys(db, a.orgId, program);

    const surveys = await listProgramSurveys(db, a.orgId, a.programId);
    expect(surveys.map((s) => [s.key, s.timing, s.opensOn, s.closesOn])).toEqual([
      ['kickoff_expectations', 'kickoff', '2026-09-01', '2026-09-30'],
      ['midpoint_check_in', 'midpoint', '2026-12-01', '2026-12-15'],
      ['final_review', 'final', '2027-02-22', '2027-03-15'],
    ]);
    expect(surveys.every((s) => s.openedAt === null && s.invited === 0 && s.responded === 0)).toBe(true);
    expect(surveys[1]!.template.questions.map((q) => q.id)).toContain('midpoint_going');
    expect(await listProgramSurveys(db, b.orgId, a.programId)).toEqual([]);
    expect(await getProgramSurvey(db, b.orgId, a.programId, kickoff!.id)).toBeUndefined();
  });

  it('copies another program’s templates with HR’s edits, on the new program’s dates', async () => {
    const { db } = database();
    const a = await buildWorkspace(db, { slug: 'surveys-copy' });
    const b = await buildWorkspace(db, { slug: 'surveys-copy-other' });
    const { midpoint } = await programSurveysOf(db, a.orgId, a.programId);
    const edited = { ...midpoint.template, title: 'How is it going, halfway?' };
    await updateSurveyRow(db, a.orgId, midpoint.id, { template: edited }, new Date());

    const nextId = await buildProgram(db, a.orgId, { name: 'Next cohort', startDate: '2027-09-01' });
    const next = (await getProgramRow(db, a.orgId, nextId))!;
    await ensureProgramSurveys(db, a.orgId, next, { copyFrom: a.programId });
    const copied = await listProgramSurveys(db, a.orgId, nextId);
    expect(copied.map((s) => [s.template.title, s.opensOn])).toEqual([
      ['Before you start: your expectations', '2027-09-01'],
      ['How is it going, halfway?', '2027-12-01'],
      ['Final review', '2028-02-23'],
    ]);

    // Another organisation's program is not found to copy from: the defaults are used.
    const theirs = (await getProgramRow(db, b.orgId, b.programId))!;
    await ensureProgramSurveys(db, b.orgId, theirs, { copyFrom: a.programId });
    expect((await listProgramSurveys(db, b.orgId, b.programId))[1]!.template.title).toBe('Halfway check-in');
  });

  it('invites each person of a live pair once, counts answers, and keeps every answer with its author', async () => {
    const { db } = database();
    const w = await buildWorkspace(db, { slug: 'surveys-answers' });
    const other = await buildWorkspace(db, { slug: 'surveys-answers-other' });
    const { midpoint } = await programSurveysOf(db, w.orgId, w.programId);
    expect(await addSurveyRecipients(db, w.orgId, midpoint, new Date())).toBe(2);

    const [mine] = await listCheckInsOf(db, w.orgId, w.mentee.personId);
    expect(mine).toMatchObject({
      personId: w.mentee.personId,
      side: 'mentee',
      partnerName: w.mentor.name,
      programId: w.programId,
      respondedAt: null,
      survey: { id: midpoint.id, timing: 'midpoint' },
    });
    const first = new Date('2026-12-02T10:00:00Z');
    await saveSurveyResponse(
      db,
      w.orgId,
      { surveyId: midpoint.id, recipientId: mine!.recipientId, answers: { midpoint_going: 2 } },
      first,
    );
    const later = new Date('2026-12-03T10:00:00Z');
    await saveSurveyResponse(
      db,
      w.orgId,
      {
        surveyId: midpoint.id,
        recipientId: mine!.recipientId,
        answers: { midpoint_going: 4, midpoint_learned: { text: 'Lots', shareWithHr: false } },
      },
      later,
    );

    const own = await getCheckInOf(db, w.orgId, w.mentee.personId, mine!.recipientId);
    expect(own?.answers).toEqual({
      midpoint_going: 4,
      midpoint_learned: { text: 'Lots', shareWithHr: false },
    });
    expect(own?.respondedAt).toEqual(later);
    expect(await getCheckInOf(db, w.orgId, w.mentor.personId, mine!.recipientId)).toBeUndefined();
    expect(await getCheckInOf(db, other.orgId, w.mentee.personId, mine!.recipientId)).toBeUndefined();

    expect(await listSurveyResponses(db, w.orgId, midpoint.id)).toEqual([
      {
        respondentId: w.mentee.personId,
        side: 'mentee',
        answers: { midpoint_going: 4, midpoint_learned: { text: 'Lots', shareWithHr: false } },
      },
    ]);
    expect(await listSurveyResponses(db, other.orgId, midpoint.id)).toEqual([]);
    expect(await getProgramSurvey(db, w.orgId, w.programId, midpoint.id)).toMatchObject({
      invited: 2,
      responded: 1,
    });
  });
});
