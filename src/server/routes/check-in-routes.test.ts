import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programs } from '#store/schema';
import { dayFrom, setSurveyState } from '#tests/fixtures/check-in-builders';
import type { Session } from '#tests/fixtures/sign-in';
import { type WorkspaceApp, workspaceApp } from '#tests/fixtures/workspace-builders';

type MyCheckIn = {
  id: string;
  programId: string;
  programName: string;
  title: string;
  timing: string;
  partnerName: string;
  status: string;
  closesOn: string;
  answeredAt: string | null;
};

const SUPPORT = 'MY-OWN-SUPPORT-ANSWER-3f8a';
let w: WorkspaceApp;
let hr: Session;
let mentee: Session;
let mentor: Session;
let midpointId: string;
let kickoffId: string;
const day = (offset: number) => dayFrom(w.t.deps.now(), offset);
const surveysUrl = (path = '') => `/api/programs/${w.programId}/surveys${path}`;
const mine = async (s: Session) =>
  (await s.inject({ method: 'GET', url: '/api/my/check-ins' })).json().items as MyCheckIn[];
const answer = (s: Session, id: string, answers: Record<string, unknown>) =>
  s.inject({ method: 'PUT', url: `/api/my/check-ins/${id}`, payload: { answers } });

beforeAll(async () => {
  w = await workspaceApp({ slug: 'check-in-routes' });
  // A program halfway through, whenever the test runs: its midpoint check-in can be sent today.
  await w.db
    .update(programs)
    .set({ startDate: day(-60), midpointDate: day(3), endDate: day(120) })
    .where(eq(programs.id, w.programId));
  [hr, mentee, mentor] = await Promise.all([w.as('hr'), w.as('mentee'), w.as('mentor')]);
  const items = (await hr.inject({ method: 'GET', url: surveysUrl() })).json().items as {
    id: string;
    timing: string;
  }[];
  midpointId = items.find((s) => s.timing === 'midpoint')!.id;
  kickoffId = items.find((s) => s.timing === 'kickoff')!.id;
  const sent = await hr.inject({ method: 'POST', url: surveysUrl(`/${midpointId}/send`), payload: {} });
  expect(sent.statusCode, sent.body).toBe(202);
});
afterAll(async () => {
  await w?.t.close();
});

describe('my check-ins', () => {
  it('lists the check-ins I was asked to answer, and nobody else’s', async () => {
    expect(await mine(mentee)).toEqual([
      {
        id: expect.any(String),
        programId: w.programId,
        programName: 'Reverse check-in-routes',
        title: 'Halfway check-in',
        timing: 'midpoint',
        partnerName: w.mentor.name,
        status: 'open',
        closesOn: day(17),
        answeredAt: null,
      },
    ]);
    expect((await mine(mentor)).map((c) => c.partnerName)).toEqual([w.mentee.name]);
    for (const who of ['hr', 'outsider', 'sponsor', 'otherTenant'] as const)
      expect(await mine(await w.as(who)), who).toEqual([]);
    expect((await w.t.app.inject({ method: 'GET', url: '/api/my/check-ins' })).statusCode).toBe(401);
  });

  it('opens my own check-in with who sees the answers and my questions; anyone else’s is not found', async () => {
    const [checkIn] = await mine(mentee);
    const response = await mentee.inject({ method: 'GET', url: `/api/my/check-ins/${checkIn!.id}` });
    expect(response.statusCode, response.body).toBe(200);
    const detail = response.json();
    expect(detail).toMatchObject({ checkIn, side: 'mentee', answers: null });
    expect(detail.intro).toContain('halfway through');
    expect(detail.audienceNote).toContain('Your partner never sees your answers.');
    expect(detail.questions.map((q: { id: string }) => q.id)).toEqual([
      'midpoint_going',
      'midpoint_frequency',
      'midpoint_learned',
      'midpoint_support',
    ]);
    for (const who of ['mentor', 'hr', 'admin', 'sponsor', 'outsider', 'otherTenant'] as const) {
      const session = await w.as(who);
      const read = await session.inject({ method: 'GET', url: `/api/my/check-ins/${checkIn!.id}` });
      expect(read.statusCode, who).toBe(404);
      expect((await answer(session, checkIn!.id, { midpoint_going: 1 })).statusCode, who).toBe(404);
    }
    expect((await mentee.inject({ method: 'GET', url: '/api/my/check-ins/nope' })).statusCode).toBe(404);
  });

  it('names each question whose answer is missing or not allowed', async () => {
    const [checkIn] = await mine(mentee);
    const response = await answer(mentee, checkIn!.id, {
      midpoint_frequency: 'Every day',
      midpoint_learned: { text: 'x'.repeat(4001), shareWithHr: false },
      kickoff_hopes: 'Not on this survey',
    });
    expect(response.statusCode).toBe(400);
    const issues = response.json().error.issues as { code: string; path: string[] }[];
    expect(issues.map((i) => [i.code, i.path.slice(0, 2)])).toEqual(
      expect.arrayContaining([
        ['unknown_question', ['answers', 'kickoff_hopes']],
        ['required', ['answers', 'midpoint_going']],
        [expect.any(String), ['answers', 'midpoint_frequency']],
        [expect.any(String), ['answers', 'midpoint_learned']],
      ]),
    );
    expect(issues).toHaveLength(4);
    const outOfRange = await answer(mentee, checkIn!.id, { midpoint_going: 7 });
    expect(outOfRange.json().error.issues).toEqual([
      { code: 'too_big', path: ['answers', 'midpoint_going'], message: 'Pick a number from 1 to 5.' },
    ]);
    expect((await mine(mentee))[0]!.answeredAt).toBeNull();
  });

  it('keeps my answers, which I may change until the check-in closes', async () => {
    const [checkIn] = await mine(mentee);
    const first = await answer(mentee, checkIn!.id, {
      midpoint_going: 2,
      midpoint_learned: { text: 'How budgets are decided.', shareWithHr: true },
      midpoint_support: { text: '  ', shareWithHr: false },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().answers).toEqual({
      midpoint_going: 2,
      midpoint_learned: { text: 'How budgets are decided.', shareWithHr: true },
    });
    expect(first.json().checkIn.answeredAt).not.toBeNull();

    const changed = await answer(mentee, checkIn!.id, {
      midpoint_going: 4,
      midpoint_frequency: 'About right',
      midpoint_support: { text: SUPPORT, shareWithHr: false },
    });
    expect(changed.statusCode).toBe(200);
    const read = await mentee.inject({ method: 'GET', url: `/api/my/check-ins/${checkIn!.id}` });
    expect(read.json().answers).toEqual({
      midpoint_going: 4,
      midpoint_frequency: 'About right',
      midpoint_support: { text: SUPPORT, shareWithHr: false },
    });
    const survey = (await hr.inject({ method: 'GET', url: surveysUrl() }))
      .json()
      .items.find((s: { id: string }) => s.id === midpointId);
    expect(survey).toMatchObject({ invited: 2, responded: 1 });
    // HR's list shows counts only; the answer itself is not in it.
    expect(JSON.stringify(survey)).not.toContain(SUPPORT);
  });

  it('asks each side only its own questions', async () => {
    await setSurveyState(w.db, w.orgId, kickoffId, { opensOn: day(0), closesOn: day(14) });
    const sent = await hr.inject({ method: 'POST', url: surveysUrl(`/${kickoffId}/send`), payload: {} });
    expect(sent.statusCode, sent.body).toBe(202);
    const kickoff = (await mine(mentor)).find((c) => c.timing === 'kickoff')!;
    const detail = (await mentor.inject({ method: 'GET', url: `/api/my/check-ins/${kickoff.id}` })).json();
    expect(detail.side).toBe('mentor');
    const ids = detail.questions.map((q: { id: string }) => q.id);
    expect(ids).toContain('kickoff_visibility');
    expect(ids).not.toContain('kickoff_digital_confidence');
    const wrongSide = await answer(mentor, kickoff.id, { kickoff_digital_confidence: 3 });
    expect(wrongSide.json().error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'unknown_question',
          path: ['answers', 'kickoff_digital_confidence'],
        }),
      ]),
    );
    // Open ones first: both check-ins are open, the one closing sooner on top.
    expect((await mine(mentor)).map((c) => c.timing)).toEqual(['kickoff', 'midpoint']);
  });

  it('refuses changes once the check-in is closed, and still shows my answers', async () => {
    const [checkIn] = (await mine(mentee)).filter((c) => c.timing === 'midpoint');
    const closed = await hr.inject({ method: 'POST', url: surveysUrl(`/${midpointId}/close`), payload: {} });
    expect(closed.statusCode).toBe(200);
    const refused = await answer(mentee, checkIn!.id, { midpoint_going: 5 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toEqual({
      code: 'conflict',
      message: 'This check-in has closed, so answers can no longer be given or changed.',
    });
    const read = await mentee.inject({ method: 'GET', url: `/api/my/check-ins/${checkIn!.id}` });
    expect(read.json()).toMatchObject({ checkIn: { status: 'closed' }, answers: { midpoint_going: 4 } });
    expect((await mine(mentee)).map((c) => [c.timing, c.status])).toEqual([
      ['kickoff', 'open'],
      ['midpoint', 'closed'],
    ]);
  });

  it('closes on its own after the closing day', async () => {
    const kickoff = (await mine(mentee)).find((c) => c.timing === 'kickoff')!;
    expect(
      (await answer(mentee, kickoff.id, { kickoff_digital_confidence: 3, kickoff_understanding: 2 }))
        .statusCode,
    ).toBe(200);
    await setSurveyState(w.db, w.orgId, kickoffId, { opensOn: day(-10), closesOn: day(-1) });
    const late = await answer(mentee, kickoff.id, {
      kickoff_digital_confidence: 4,
      kickoff_understanding: 2,
    });
    expect(late.statusCode).toBe(409);
    expect((await mine(mentee)).find((c) => c.id === kickoff.id)?.status).toBe('closed');
  });
});
