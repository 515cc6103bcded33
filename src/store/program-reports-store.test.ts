import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import {
  getProgramReportNotes,
  listProgramResponsesForQuotes,
  saveProgramReportNotes,
} from '#store/program-reports-store';
import { surveyRecipients } from '#store/schema';
import { addSurveyRecipients } from '#store/survey-recipients-store';
import { saveSurveyResponse } from '#store/surveys-store';
import { programSurveysOf } from '#tests/fixtures/check-in-builders';
import { describeEachDriver } from '#tests/fixtures/each-driver';
import { buildWorkspace } from '#tests/fixtures/workspace-builders';

const NOW = new Date('2027-03-01T10:00:00Z');

describeEachDriver('program reports store', (database) => {
  it('keeps one row of notes per program, replaced on save, and none for another organisation', async () => {
    const { db } = database();
    const w = await buildWorkspace(db, { slug: 'reports-notes' });
    const other = await buildWorkspace(db, { slug: 'reports-notes-other' });
    expect(await getProgramReportNotes(db, w.orgId, w.programId)).toEqual({
      takeaways: '',
      quotes: [],
      updatedAt: null,
    });
    const save = (takeaways: string, quotes: { responseId: string; questionId: string }[], now: Date) =>
      saveProgramReportNotes(db, {
        orgId: w.orgId,
        programId: w.programId,
        takeaways,
        quotes,
        accountId: null,
        now,
      });
    await save('First', [{ responseId: 'r1', questionId: 'q' }], NOW);
    await save('Second', [], new Date('2027-03-02T10:00:00Z'));
    expect(await getProgramReportNotes(db, w.orgId, w.programId)).toEqual({
      takeaways: 'Second',
      quotes: [],
      updatedAt: new Date('2027-03-02T10:00:00Z'),
    });
    expect((await getProgramReportNotes(db, other.orgId, w.programId)).takeaways).toBe('');
  });

  it('lists the program’s answers with their template and side, never who wrote them', async () => {
    const { db } = database();
    const w = await buildWorkspace(db, { slug: 'reports-answers' });
    const { final } = await programSurveysOf(db, w.orgId, w.programId);
    await addSurveyRecipients(db, w.orgId, final, NOW);
    const [recipient] = await db
      .select()
      .from(surveyRecipients)
      .where(and(eq(surveyRecipients.surveyId, final.id), eq(surveyRecipients.side, 'mentee')));
    const answers = { final_testimonial: { text: 'Go for it.', shareWithHr: true, mayQuote: true } };
    await saveSurveyResponse(db, w.orgId, { surveyId: final.id, recipientId: recipient!.id, answers }, NOW);
    const listed = await listProgramResponsesForQuotes(db, w.orgId, w.programId);
    expect(listed).toEqual([
      { responseId: expect.any(String), side: 'mentee', answers, template: final.template },
    ]);
    expect(JSON.stringify(listed)).not.toContain(w.mentee.personId);
    expect(await listProgramResponsesForQuotes(db, 'another-org', w.programId)).toEqual([]);
  });
});
