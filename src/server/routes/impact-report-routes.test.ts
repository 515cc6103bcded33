import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSurveys } from '#core/surveys/default-surveys';
import { questionsForSide } from '#core/surveys/survey-template';
import { auditEvents, programs, surveyResponses } from '#store/schema';
import { addMember, dayFrom } from '#tests/fixtures/check-in-builders';
import { buildProgram } from '#tests/fixtures/program-builder';
import { pdfText } from '#tests/fixtures/read-pdf';
import type { Session } from '#tests/fixtures/sign-in';
import { type WorkspaceApp, workspaceApp } from '#tests/fixtures/workspace-builders';

type Quote = { responseId: string; questionId: string; prompt: string; side: string; text: string };
type Notes = { takeaways: string; quotes: Quote[]; candidates: Quote[]; updatedAt: string | null };
type MyCheckIn = { id: string; timing: string };

const MENTOR_QUOTE = 'I finally understand how our youngest customers think.';
const MENTEE_QUOTE = 'Leaders listen when you bring data.';
const PRIVATE_TEXT = 'PRIVATE-LEARNED-MARKER';
const TAKEAWAYS = 'Pairs who met in the first fortnight kept meeting.\n\nBook the first meeting at kickoff.';

let w: WorkspaceApp;
let hr: Session;
let mentor: Session;
let mentee: Session;
const day = (offset: number) => dayFrom(w.t.deps.now(), offset);
const notesUrl = (id = w.programId) => `/api/programs/${id}/impact/report-notes`;
const checkIns = async (s: Session) =>
  (await s.inject({ method: 'GET', url: '/api/my/check-ins' })).json().items as MyCheckIn[];
const answerFinal = async (s: Session, answers: Record<string, unknown>) => {
  const final = (await checkIns(s)).find((c) => c.timing === 'final')!;
  const response = await s.inject({
    method: 'PUT',
    url: `/api/my/check-ins/${final.id}`,
    payload: { answers },
  });
  expect(response.statusCode, response.body).toBe(200);
};
/** Every required answer of the default final review for a side, then the written ones. */
const finalAnswers = (side: 'mentor' | 'mentee', testimonial: Record<string, unknown>) => {
  const final = defaultSurveys().find((t) => t.timing === 'final')!;
  const required = Object.fromEntries(
    questionsForSide(final, side)
      .filter((q) => q.required)
      .map((q) => [q.id, q.kind === 'nps' ? 9 : 'options' in q ? q.options[0] : 4]),
  );
  return {
    ...required,
    final_learned: { text: PRIVATE_TEXT, shareWithHr: true },
    final_testimonial: testimonial,
  };
};

beforeAll(async () => {
  w = await workspaceApp({ slug: 'impact-report' });
  // A program in its last days, so its final review can be sent today.
  await w.db
    .update(programs)
    .set({ startDate: day(-180), midpointDate: day(-90), endDate: day(2) })
    .where(eq(programs.id, w.programId));
  [hr, mentor, mentee] = await Promise.all([w.as('hr'), w.as('mentor'), w.as('mentee')]);
  const surveys = (await hr.inject({ method: 'GET', url: `/api/programs/${w.programId}/surveys` })).json()
    .items as { id: string; timing: string }[];
  const finalId = surveys.find((s) => s.timing === 'final')!.id;
  const sent = await hr.inject({
    method: 'POST',
    url: `/api/programs/${w.programId}/surveys/${finalId}/send`,
    payload: {},
  });
  expect(sent.statusCode, sent.body).toBe(202);
  await answerFinal(
    mentor,
    finalAnswers('mentor', { text: MENTOR_QUOTE, shareWithHr: true, mayQuote: true }),
  );
  await answerFinal(
    mentee,
    finalAnswers('mentee', { text: MENTEE_QUOTE, shareWithHr: true, mayQuote: false }),
  );
});
afterAll(async () => {
  await w?.t.close();
});

describe('the impact report’s notes', () => {
  it('starts empty, offering only answers whose authors agreed to be quoted, without names', async () => {
    const response = await hr.inject({ method: 'GET', url: notesUrl() });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as Notes;
    expect(body).toEqual({
      takeaways: '',
      quotes: [],
      candidates: [
        {
          responseId: expect.any(String),
          questionId: 'final_testimonial',
          prompt: 'In a sentence or two, what would you tell a colleague about this program?',
          side: 'mentor',
          text: MENTOR_QUOTE,
        },
      ],
      updatedAt: null,
    });
    for (const marker of [w.mentor.name, w.mentee.name, MENTEE_QUOTE, PRIVATE_TEXT])
      expect(response.body).not.toContain(marker);
    // The author reads their consent back as they gave it, to change it while the survey is open.
    const final = (await checkIns(mentor)).find((c) => c.timing === 'final')!;
    const mine = await mentor.inject({ method: 'GET', url: `/api/my/check-ins/${final.id}` });
    expect(mine.json().answers.final_testimonial).toEqual({
      text: MENTOR_QUOTE,
      shareWithHr: true,
      mayQuote: true,
    });
    expect(mine.json().questions.find((q: { id: string }) => q.id === 'final_testimonial')).toMatchObject({
      quotable: true,
      quoteConsentPrompt: "You may quote this in the program's impact report, without my name.",
    });
  });

  it('lets HR save takeaways and quotes, audited without the text', async () => {
    const { candidates } = (await hr.inject({ method: 'GET', url: notesUrl() })).json() as Notes;
    const chosen = candidates.map(({ responseId, questionId }) => ({ responseId, questionId }));
    const saved = await hr.inject({
      method: 'PUT',
      url: notesUrl(),
      payload: { takeaways: `  ${TAKEAWAYS}  `, quotes: chosen },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      takeaways: TAKEAWAYS,
      quotes: [{ text: MENTOR_QUOTE, side: 'mentor' }],
    });
    const read = (await hr.inject({ method: 'GET', url: notesUrl() })).json() as Notes;
    expect(read.quotes.map((q) => q.text)).toEqual([MENTOR_QUOTE]);
    expect(read.updatedAt).toEqual(expect.any(String));
    const [audit] = await w.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, w.orgId), eq(auditEvents.action, 'impact_report.notes_saved')));
    expect(audit?.detail).toEqual({ programId: w.programId, takeawaysLength: TAKEAWAYS.length, quotes: 1 });
    expect(JSON.stringify(audit)).not.toContain(MENTOR_QUOTE);
  });

  it('refuses an answer whose author did not agree to be quoted, at that quote', async () => {
    const [response] = await w.db.select().from(surveyResponses).where(eq(surveyResponses.orgId, w.orgId));
    const menteeResponse = (await w.db.select().from(surveyResponses)).find(
      (r) => (r.answers as { final_testimonial?: { text: string } }).final_testimonial?.text === MENTEE_QUOTE,
    )!;
    expect(response).toBeDefined();
    const refused = await hr.inject({
      method: 'PUT',
      url: notesUrl(),
      payload: {
        takeaways: 'Changed',
        quotes: [
          { responseId: menteeResponse.id, questionId: 'final_testimonial' },
          { responseId: menteeResponse.id, questionId: 'final_learned' },
        ],
      },
    });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'validation',
      issues: [
        { code: 'not_quotable', path: ['quotes', 0] },
        { code: 'not_quotable', path: ['quotes', 1] },
      ],
    });
    const tooLong = await hr.inject({
      method: 'PUT',
      url: notesUrl(),
      payload: { takeaways: 'x'.repeat(5001), quotes: [] },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.issues[0].path).toEqual(['takeaways']);
    // Nothing was saved.
    expect(((await hr.inject({ method: 'GET', url: notesUrl() })).json() as Notes).takeaways).toBe(TAKEAWAYS);
  });

  it('drops a quote at once when its author withdraws consent, from the notes and the PDF', async () => {
    const pdfBefore = await hr.inject({
      method: 'GET',
      url: `/api/programs/${w.programId}/impact/report.pdf`,
    });
    expect(pdfText(pdfBefore.rawPayload)).toContain(MENTOR_QUOTE);
    await answerFinal(
      mentor,
      finalAnswers('mentor', { text: MENTOR_QUOTE, shareWithHr: true, mayQuote: false }),
    );
    const read = (await hr.inject({ method: 'GET', url: notesUrl() })).json() as Notes;
    expect(read).toMatchObject({ takeaways: TAKEAWAYS, quotes: [], candidates: [] });
    const pdf = await hr.inject({ method: 'GET', url: `/api/programs/${w.programId}/impact/report.pdf` });
    expect(pdfText(pdf.rawPayload)).not.toContain(MENTOR_QUOTE);
    // Consent given again: the quote HR chose comes back.
    await answerFinal(
      mentor,
      finalAnswers('mentor', { text: MENTOR_QUOTE, shareWithHr: true, mayQuote: true }),
    );
    expect(((await hr.inject({ method: 'GET', url: notesUrl() })).json() as Notes).quotes).toHaveLength(1);
  });

  it('is HR’s alone: sponsors and participants are refused, another organisation gets 404', async () => {
    for (const who of ['sponsor', 'mentor', 'admin'] as const) {
      const session = await w.as(who);
      expect((await session.inject({ method: 'GET', url: notesUrl() })).statusCode, who).toBe(403);
      const put = await session.inject({
        method: 'PUT',
        url: notesUrl(),
        payload: { takeaways: 'x', quotes: [] },
      });
      expect(put.statusCode, who).toBe(403);
    }
    const stranger = await w.as('otherTenant');
    expect((await stranger.inject({ method: 'GET', url: notesUrl() })).statusCode).toBe(404);
    const put = await stranger.inject({
      method: 'PUT',
      url: notesUrl(),
      payload: { takeaways: 'x', quotes: [] },
    });
    expect(put.statusCode).toBe(404);
    expect((await hr.inject({ method: 'GET', url: notesUrl('no-such-program') })).statusCode).toBe(404);
  });
});

describe('the report PDF for each audience', () => {
  const pdfUrl = () => `/api/programs/${w.programId}/impact/report.pdf`;

  it('gives HR the takeaways, the chosen quote labelled by side, the charts and the cohort sentence', async () => {
    const response = await hr.inject({ method: 'GET', url: pdfUrl() });
    expect(response.statusCode).toBe(200);
    const text = pdfText(response.rawPayload);
    for (const expected of [
      'Key takeaways',
      'Pairs who met in the first fortnight kept meeting.',
      'In their words',
      MENTOR_QUOTE,
      'Mentor, answering',
      'Participation over time',
      'Compared with earlier cohorts',
      'There is no earlier cohort of this program to compare with yet.',
    ])
      expect(text).toContain(expected);
    for (const marker of [w.mentor.name, w.mentee.name, MENTEE_QUOTE, PRIVATE_TEXT])
      expect(text).not.toContain(marker);
  });

  it('gives the sponsor the takeaways and the comparison but never a quote', async () => {
    const sponsor = await w.as('sponsor');
    const response = await sponsor.inject({ method: 'GET', url: pdfUrl() });
    expect(response.statusCode, response.body).toBe(200);
    const text = pdfText(response.rawPayload);
    expect(text).toContain('Pairs who met in the first fortnight kept meeting.');
    expect(text).toContain('Compared with earlier cohorts');
    for (const marker of [MENTOR_QUOTE, MENTEE_QUOTE, PRIVATE_TEXT, 'In their words'])
      expect(text).not.toContain(marker);
  });

  it('gives HR and the sponsor the takeaways on their own, and no one else', async () => {
    const url = `/api/programs/${w.programId}/impact/takeaways`;
    for (const who of ['hr', 'sponsor', 'admin'] as const) {
      const response = await (await w.as(who)).inject({ method: 'GET', url });
      expect(response.statusCode, who).toBe(200);
      expect(response.json()).toEqual({ takeaways: TAKEAWAYS, updatedAt: expect.any(String) });
    }
    expect((await (await w.as('mentor')).inject({ method: 'GET', url })).statusCode).toBe(403);
    expect((await (await w.as('otherTenant')).inject({ method: 'GET', url })).statusCode).toBe(404);
    const otherSponsor = await addMember(w, 'takeaways-sponsor', ['sponsor']);
    expect((await otherSponsor.inject({ method: 'GET', url })).statusCode).toBe(404);
  });
});

describe('the comparison with earlier cohorts', () => {
  it('follows the cohorts a program was cloned from, for HR and the sponsor, aggregates only', async () => {
    const first = await buildProgram(w.db, w.orgId, {
      name: 'Cohort 1',
      phase: 'closed',
      startDate: '2025-01-06',
    });
    const second = await buildProgram(w.db, w.orgId, {
      name: 'Cohort 2',
      phase: 'closed',
      startDate: '2025-07-07',
    });
    await w.db.update(programs).set({ clonedFromId: first }).where(eq(programs.id, second));
    await w.db.update(programs).set({ clonedFromId: second }).where(eq(programs.id, w.programId));
    const url = `/api/programs/${w.programId}/impact/cohorts`;
    const asHr = await hr.inject({ method: 'GET', url });
    expect(asHr.statusCode, asHr.body).toBe(200);
    const body = asHr.json() as {
      cohorts: { programId: string; current: boolean }[];
      rows: { measure: string; cells: { value: number | null; hidden: boolean; text: string }[] }[];
    };
    expect(body.cohorts.map((c) => [c.programId, c.current])).toEqual([
      [w.programId, true],
      [second, false],
      [first, false],
    ]);
    // Nobody enrolled in any of them: 0 matched. This program's one pair planned meetings: 2 people, hidden.
    expect(body.rows[0]!.cells.map((c) => c.text)).toEqual(['0 people', '0 people', '0 people']);
    expect(body.rows.find((r) => r.measure === 'meetings_held')!.cells).toEqual([
      { value: null, hidden: true, text: expect.stringMatching(/^Hidden/) },
      { value: null, hidden: false, text: 'Nothing to count yet.' },
      { value: null, hidden: false, text: 'Nothing to count yet.' },
    ]);
    const sponsor = await w.as('sponsor');
    const asSponsor = await sponsor.inject({ method: 'GET', url });
    expect(asSponsor.statusCode).toBe(200);
    expect(asSponsor.json()).toEqual(body);
    const pdf = pdfText(
      (await sponsor.inject({ method: 'GET', url: `/api/programs/${w.programId}/impact/report.pdf` }))
        .rawPayload,
    );
    expect(pdf).toContain('Cohort 1');
    expect(pdf).toContain('(this cohort)');
    expect((await (await w.as('mentor')).inject({ method: 'GET', url })).statusCode).toBe(403);
    expect((await (await w.as('otherTenant')).inject({ method: 'GET', url })).statusCode).toBe(404);
    const otherSponsor = await addMember(w, 'other-sponsor', ['sponsor']);
    expect((await otherSponsor.inject({ method: 'GET', url })).statusCode).toBe(404);
  });

  it('stops at a loop and goes back at most five cohorts', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i += 1)
      ids.push(
        await buildProgram(w.db, w.orgId, { name: `Loop ${i}`, phase: 'closed', startDate: '2024-01-01' }),
      );
    for (let i = 0; i < 7; i += 1)
      await w.db
        .update(programs)
        .set({ clonedFromId: ids[(i + 1) % 7]! })
        .where(eq(programs.id, ids[i]!));
    const body = (
      await hr.inject({ method: 'GET', url: `/api/programs/${ids[0]}/impact/cohorts` })
    ).json() as {
      cohorts: { programId: string }[];
    };
    expect(body.cohorts.map((c) => c.programId)).toEqual(ids.slice(0, 6));
    await w.db.update(programs).set({ clonedFromId: ids[0]! }).where(eq(programs.id, ids[1]!));
    const loop = (
      await hr.inject({ method: 'GET', url: `/api/programs/${ids[0]}/impact/cohorts` })
    ).json() as {
      cohorts: { programId: string }[];
    };
    expect(loop.cohorts.map((c) => c.programId)).toEqual([ids[0], ids[1]]);
  });
});
