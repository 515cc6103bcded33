import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, organisations, outbox, programSurveys, programs } from '#store/schema';
import { listCheckInsOf, saveSurveyResponse } from '#store/surveys-store';
import { addMember, addPair, dayFrom, setSurveyState } from '#tests/fixtures/check-in-builders';
import type { Session } from '#tests/fixtures/sign-in';
import { type WorkspaceApp, workspaceApp } from '#tests/fixtures/workspace-builders';

type Survey = {
  id: string;
  key: string;
  timing: 'kickoff' | 'midpoint' | 'final';
  title: string;
  status: 'scheduled' | 'open' | 'closed';
  opensOn: string;
  closesOn: string;
  openedAt: string | null;
  closedAt: string | null;
  invited: number;
  responded: number;
  template: { key: string; title: string; timing: string; questions: { id: string }[] };
};

let w: WorkspaceApp;
let hr: Session;
let today: string;
let surveys: Record<'kickoff' | 'midpoint' | 'final', Survey>;
const day = (offset: number) => dayFrom(w.t.deps.now(), offset);
const url = (path = '') => `/api/programs/${w.programId}/surveys${path}`;

beforeAll(async () => {
  w = await workspaceApp({ slug: 'survey-routes' });
  hr = await w.as('hr');
  today = day(0);
  // The program starts in 5 days, so its check-ins are all still to come whenever the test runs.
  await w.db
    .update(programs)
    .set({ startDate: day(5), midpointDate: day(40), endDate: day(150) })
    .where(eq(programs.id, w.programId));
});
afterAll(async () => {
  await w?.t.close();
});

describe('a program’s check-ins for HR', () => {
  it('are the three surveys in the order they are sent, on the program’s dates, created on first look', async () => {
    const response = await hr.inject({ method: 'GET', url: url() });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as Survey[];
    expect(
      items.map((s) => [s.key, s.timing, s.title, s.opensOn, s.closesOn, s.invited, s.responded]),
    ).toEqual([
      ['kickoff_expectations', 'kickoff', 'Before you start: your expectations', day(5), day(19), 0, 0],
      ['midpoint_check_in', 'midpoint', 'Halfway check-in', day(40), day(54), 0, 0],
      ['final_review', 'final', 'Final review', day(143), day(164), 0, 0],
    ]);
    expect(items.every((s) => s.status === 'scheduled' && s.openedAt === null)).toBe(true);
    expect(items[1]!.template.questions.map((q) => q.id)).toContain('midpoint_going');
    surveys = Object.fromEntries(items.map((s) => [s.timing, s])) as typeof surveys;
    const again = await hr.inject({ method: 'GET', url: url() });
    expect((again.json().items as Survey[]).map((s) => s.id)).toEqual(items.map((s) => s.id));
  });

  it('are for HR only: 403 for participants, sponsors, ERG leads and admins, 401 signed out, 404 in another organisation', async () => {
    const ergLead = await addMember(w, 'erg-survey', ['erg_lead', 'participant']);
    const sessions = {
      mentor: await w.as('mentor'),
      sponsor: await w.as('sponsor'),
      ergLead,
      admin: await w.as('admin'),
      otherTenant: await w.as('otherTenant'),
    };
    const { id } = surveys.midpoint;
    const calls = [
      { method: 'GET', url: url() },
      { method: 'PATCH', url: url(`/${id}`), payload: { closesOn: '2026-12-20' } },
      { method: 'POST', url: url(`/${id}/send`), payload: {} },
      { method: 'POST', url: url(`/${id}/close`), payload: {} },
      { method: 'GET', url: url(`/${id}/results`) },
    ] as const;
    for (const call of calls) {
      for (const [who, session] of Object.entries(sessions)) {
        const response = await session.inject(call);
        expect(response.statusCode, `${who} ${call.method} ${call.url}`).toBe(
          who === 'otherTenant' ? 404 : 403,
        );
      }
      expect((await w.t.app.inject(call)).statusCode, `anonymous ${call.url}`).toBe(401);
    }
    const missing = await hr.inject({ method: 'GET', url: url('/no-such-survey/results') });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('That check-in was not found.');
    expect((await hr.inject({ method: 'GET', url: '/api/programs/nope/surveys' })).statusCode).toBe(404);
  });
});

describe('HR’s changes to a check-in', () => {
  it('move a scheduled check-in’s dates, and name the field of a bad date', async () => {
    const { id } = surveys.final;
    const moved = await hr.inject({
      method: 'PATCH',
      url: url(`/${id}`),
      payload: { opensOn: day(60), closesOn: day(75) },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({
      id,
      status: 'scheduled',
      opensOn: day(60),
      closesOn: day(75),
    });

    const backwards = await hr.inject({
      method: 'PATCH',
      url: url(`/${id}`),
      payload: { closesOn: day(59) },
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.issues).toEqual([
      {
        code: 'closes_before_opens',
        path: ['closesOn'],
        message: 'Choose a closing date after the opening date.',
      },
    ]);
    const malformed = await hr.inject({
      method: 'PATCH',
      url: url(`/${id}`),
      payload: { opensOn: '31/12/2026' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.issues).toMatchObject([{ code: 'invalid_date', path: ['opensOn'] }]);
  });

  it('edit a scheduled check-in’s questions, keeping its key and the before/after pairs of the program', async () => {
    const { id, template } = surveys.kickoff;
    const retitled = await hr.inject({
      method: 'PATCH',
      url: url(`/${id}`),
      payload: { template: { ...template, title: 'Before we begin' } },
    });
    expect(retitled.statusCode, retitled.body).toBe(200);
    expect(retitled.json()).toMatchObject({
      title: 'Before we begin',
      template: { title: 'Before we begin' },
    });

    const rekeyed = await hr.inject({
      method: 'PATCH',
      url: url(`/${id}`),
      payload: { template: { ...template, key: 'my_kickoff' } },
    });
    expect(rekeyed.statusCode).toBe(400);
    expect(rekeyed.json().error.issues).toMatchObject([{ code: 'fixed', path: ['template', 'key'] }]);

    const withoutPaired = {
      ...template,
      questions: template.questions.filter((q) => q.id !== 'kickoff_visibility'),
    };
    const unpaired = await hr.inject({
      method: 'PATCH',
      url: url(`/${id}`),
      payload: { template: withoutPaired },
    });
    expect(unpaired.statusCode).toBe(400);
    expect(unpaired.json().error.issues).toEqual([
      {
        code: 'unknown_question',
        path: ['template'],
        message:
          '“Final review” compares answers with a question this check-in no longer has. Keep that question, or change “Final review” first.',
      },
    ]);

    const untitled = await hr.inject({
      method: 'PATCH',
      url: url(`/${id}`),
      payload: { template: { ...template, title: ' ' } },
    });
    expect(untitled.statusCode).toBe(400);
    expect(untitled.json().error.issues).toMatchObject([{ path: ['template', 'title'] }]);
  });

  it('move a program’s scheduled check-ins with its dates, unless HR chose them', async () => {
    const program = (await hr.inject({ method: 'GET', url: `/api/programs/${w.programId}` })).json();
    const moved = await hr.inject({
      method: 'PUT',
      url: `/api/programs/${w.programId}`,
      payload: {
        name: program.name,
        type: program.type,
        sponsorPersonId: program.sponsor?.id ?? null,
        startDate: day(5),
        midpointDate: day(30),
        endDate: day(120),
        settings: program.settings,
      },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const items = (await hr.inject({ method: 'GET', url: url() })).json().items as Survey[];
    // The midpoint follows the program; the final review keeps the dates HR gave it above.
    expect(items.map((s) => [s.timing, s.opensOn])).toEqual([
      ['kickoff', day(5)],
      ['midpoint', day(30)],
      ['final', day(60)],
    ]);
  });
});

describe('sending and closing a check-in', () => {
  it('sends it now: opens it today, invites both people of the pair, and is refused once closed', async () => {
    const { id } = surveys.midpoint;
    const sent = await hr.inject({ method: 'POST', url: url(`/${id}/send`), payload: {} });
    expect(sent.statusCode, sent.body).toBe(202);
    expect(sent.json()).toMatchObject({ status: 'open', opensOn: today, invited: 2, responded: 0 });
    expect(sent.json().openedAt).not.toBeNull();
    const invitations = await w.db.select().from(outbox).where(eq(outbox.orgId, w.orgId));
    expect(
      invitations
        .filter((m) => m.subject === 'Check-in: Halfway check-in')
        .map((m) => m.toAddress)
        .sort(),
    ).toEqual([w.mentor.email, w.mentee.email].sort());

    const again = await hr.inject({ method: 'POST', url: url(`/${id}/send`), payload: {} });
    expect(again.statusCode).toBe(202);
    expect(again.json().invited).toBe(2);
    expect(await w.db.select().from(outbox).where(eq(outbox.orgId, w.orgId))).toHaveLength(
      invitations.length,
    );

    const reopen = await hr.inject({ method: 'PATCH', url: url(`/${id}`), payload: { opensOn: day(1) } });
    expect(reopen.statusCode).toBe(409);
    const retemplate = await hr.inject({
      method: 'PATCH',
      url: url(`/${id}`),
      payload: { template: { ...surveys.midpoint.template, title: 'Changed' } },
    });
    expect(retemplate.statusCode).toBe(409);
    expect(retemplate.json().error.message).toBe(
      'This check-in has already been sent, so its questions can no longer change.',
    );
    const longer = await hr.inject({
      method: 'PATCH',
      url: url(`/${id}`),
      payload: { closesOn: day(20), template: surveys.midpoint.template },
    });
    expect(longer.statusCode, longer.body).toBe(200);
    expect(longer.json()).toMatchObject({ status: 'open', closesOn: day(20) });

    const closed = await hr.inject({ method: 'POST', url: url(`/${id}/close`), payload: {} });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe('closed');
    expect(closed.json().closedAt).not.toBeNull();
    expect((await hr.inject({ method: 'POST', url: url(`/${id}/close`), payload: {} })).statusCode).toBe(409);
    const resend = await hr.inject({ method: 'POST', url: url(`/${id}/send`), payload: {} });
    expect(resend.statusCode).toBe(409);
    expect(resend.json().error).toMatchObject({
      code: 'conflict',
      message: 'This check-in is closed, so it can no longer be sent.',
    });
    expect(
      (await hr.inject({ method: 'POST', url: url(`/${surveys.kickoff.id}/close`), payload: {} })).statusCode,
    ).toBe(409);

    const audit = await w.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.orgId, w.orgId));
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['survey.updated', 'survey.sent', 'survey.closed']),
    );
  });
});

describe('a check-in’s results for HR', () => {
  const CONSENTED = 'SHARED-WITH-HR-ANSWER-4c1d';
  const PRIVATE = 'NOT-SHARED-ANSWER-9e2b';

  it('hide groups under the minimum, and show written answers only where their authors ticked consent', async () => {
    const { id } = surveys.kickoff;
    await setSurveyState(w.db, w.orgId, id, { opensOn: today, closesOn: day(14) });
    for (const key of ['r1', 'r2', 'r3', 'r4']) await addPair(w.db, w.orgId, w.programId, key);
    expect((await hr.inject({ method: 'POST', url: url(`/${id}/send`), payload: {} })).json().invited).toBe(
      10,
    );

    const mentee = (await listCheckInsOf(w.db, w.orgId, w.mentee.personId)).find((c) => c.survey.id === id)!;
    await saveSurveyResponse(
      w.db,
      w.orgId,
      {
        surveyId: id,
        recipientId: mentee.recipientId,
        answers: {
          kickoff_digital_confidence: 2,
          kickoff_understanding: 3,
          kickoff_hopes: { text: PRIVATE, shareWithHr: false },
        },
      },
      w.t.deps.now(),
    );
    const small = await hr.inject({ method: 'GET', url: url(`/${id}/results`) });
    expect(small.statusCode, small.body).toBe(200);
    expect(small.json()).toMatchObject({
      survey: { id, status: 'open', invited: 10, responded: 1 },
      responseRate: { invited: 10, responded: 1 },
      aggregate: { minGroupSize: 5, respondents: { overall: { suppressed: true, reason: 'small_group' } } },
      change: null,
    });
    const confidence = small
      .json()
      .aggregate.questions.find((q: { questionId: string }) => q.questionId === 'kickoff_digital_confidence');
    expect(confidence.overall).toMatchObject({ suppressed: true, reason: 'small_group' });
    expect(small.body).not.toContain(PRIVATE);

    await w.db.update(organisations).set({ minGroupSize: 1 }).where(eq(organisations.id, w.orgId));
    await saveSurveyResponse(
      w.db,
      w.orgId,
      {
        surveyId: id,
        recipientId: mentee.recipientId,
        answers: {
          kickoff_digital_confidence: 2,
          kickoff_understanding: 3,
          kickoff_hopes: { text: CONSENTED, shareWithHr: true },
        },
      },
      w.t.deps.now(),
    );
    const shown = await hr.inject({ method: 'GET', url: url(`/${id}/results`) });
    const hopes = shown
      .json()
      .aggregate.questions.find((q: { questionId: string }) => q.questionId === 'kickoff_hopes');
    expect(hopes.overall).toEqual({ suppressed: false, respondents: 1, texts: [CONSENTED] });
    expect(shown.body).not.toContain(PRIVATE);
    expect(shown.body).not.toContain(w.mentee.name);
    const sponsor = await w.as('sponsor');
    const forSponsor = await sponsor.inject({ method: 'GET', url: url(`/${id}/results`) });
    expect(forSponsor.statusCode).toBe(403);
    expect(forSponsor.body).not.toContain(CONSENTED);
  });

  it('compare the final review with the kickoff answers', async () => {
    const results = await hr.inject({ method: 'GET', url: url(`/${surveys.final.id}/results`) });
    expect(results.statusCode, results.body).toBe(200);
    const change = results.json().change as { questionId: string; beforeQuestionId: string }[];
    expect(change.map((c) => [c.questionId, c.beforeQuestionId])).toEqual([
      ['final_digital_confidence', 'kickoff_digital_confidence'],
      ['final_understanding', 'kickoff_understanding'],
      ['final_visibility', 'kickoff_visibility'],
      ['final_voice_confidence', 'kickoff_voice_confidence'],
      ['final_leadership', 'kickoff_leadership'],
    ]);
    expect(results.json().aggregate.respondents.overall).toMatchObject({
      suppressed: true,
      reason: 'no_answers',
    });
  });
});

describe('check-ins of new programs', () => {
  it('come with a new program, and a clone carries HR’s edited questions onto its own dates', async () => {
    const created = await hr.inject({
      method: 'POST',
      url: '/api/programs',
      payload: { name: 'Autumn cohort', type: 'reverse', startDate: '2027-09-06' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const programId = created.json().id as string;
    const listed = await w.db
      .select({ timing: programSurveys.timing, opensOn: programSurveys.opensOn })
      .from(programSurveys)
      .where(eq(programSurveys.programId, programId));
    expect(listed.sort((a, b) => a.opensOn.localeCompare(b.opensOn))).toEqual([
      { timing: 'kickoff', opensOn: '2027-09-06' },
      { timing: 'midpoint', opensOn: '2027-12-06' },
      { timing: 'final', opensOn: '2028-02-28' },
    ]);

    const cloned = await hr.inject({
      method: 'POST',
      url: `/api/programs/${w.programId}/clone`,
      payload: { name: 'Next cohort', startDate: '2028-01-10' },
    });
    expect(cloned.statusCode, cloned.body).toBe(201);
    const items = (
      await hr.inject({ method: 'GET', url: `/api/programs/${cloned.json().id}/surveys` })
    ).json().items as Survey[];
    expect(items.map((s) => [s.timing, s.title, s.status, s.invited])).toEqual([
      ['kickoff', 'Before we begin', 'scheduled', 0],
      ['midpoint', 'Halfway check-in', 'scheduled', 0],
      ['final', 'Final review', 'scheduled', 0],
    ]);
    expect(items[0]!.opensOn).toBe('2028-01-10');
  });
});
