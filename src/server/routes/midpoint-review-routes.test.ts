import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgramSettings } from '#core/programs/program-settings';
import { insertPairs } from '#store/pairs-store';
import { insertPeople } from '#store/people-store';
import { auditEvents, outbox, pairReviews, programs, surveyRecipients, surveyResponses } from '#store/schema';
import { buildProgram } from '#tests/fixtures/program-builder';
import type { Session } from '#tests/fixtures/sign-in';
import { type WorkspaceApp, type Who, workspaceApp } from '#tests/fixtures/workspace-builders';

const SLUG = 'midpoint';
const ANSWER = 'MIDPOINT-ANSWER-MARKER-4c1e9a';
const NOTE = 'HR-REVIEW-NOTE-MARKER-77b2d0';
const REASON = 'We never find a time that suits us both.';
const RESOURCES: ProgramSettings['resources'] = [
  {
    title: 'Meeting guide',
    url: 'https://intranet.example/guide',
    description: 'Ten questions for a session.',
  },
  { title: 'Feedback basics', url: 'https://intranet.example/feedback', description: '' },
  { title: 'Reverse mentoring FAQ', url: '', description: 'Answers to common questions.' },
];

type ReviewPair = {
  pairId: string;
  mentor: { id: string; name: string };
  mentee: { id: string; name: string };
  state: 'healthy' | 'at_risk' | 'inactive';
  reasons: { code: string; message: string }[];
  meetingsHeld: number;
  meetingsPlanned: number;
  checkIn: { mentorAnswered: boolean; menteeAnswered: boolean };
  openRepairRequests: number;
  decision: null | { decision: string; note: string; decidedAt: string; decidedBy: string };
  next?: string;
};

let w: WorkspaceApp;
let hr: Session;
let freshPairId: string;
let endedPairId: string;
let otherProgramPairId: string;
let surveyId: string;
const reviewUrl = () => `/api/programs/${w.programId}/midpoint-review`;
const pairUrl = (pairId: string, programId = w.programId) =>
  `/api/programs/${programId}/midpoint-review/pairs/${pairId}`;
const decide = (s: Session, pairId: string, payload: object, programId?: string) =>
  s.inject({ method: 'PUT', url: pairUrl(pairId, programId), payload });

/** A pair of two new people in a program, started now. */
async function addPair(programId: string, key: string, status: 'active' | 'ended' = 'active') {
  const [mentor, mentee] = await insertPeople(w.db, w.orgId, [
    { email: `${key}-mentor@${SLUG}.example`, name: `Mentor ${key}`, level: 1 },
    { email: `${key}-mentee@${SLUG}.example`, name: `Mentee ${key}`, level: 7 },
  ]);
  const [pair] = await insertPairs(w.db, [
    {
      orgId: w.orgId,
      programId,
      mentorPersonId: mentor!.id,
      menteePersonId: mentee!.id,
      score: 70,
      explanation: 'Both like data.',
      contributions: [],
      status,
    },
  ]);
  return pair!.id;
}

beforeAll(async () => {
  w = await workspaceApp({ slug: SLUG });
  hr = await w.as('hr');
  const [program] = await w.db.select().from(programs).where(eq(programs.id, w.programId));
  await w.db
    .update(programs)
    .set({ settings: { ...(program!.settings as ProgramSettings), resources: RESOURCES } })
    .where(eq(programs.id, w.programId));
  freshPairId = await addPair(w.programId, 'fresh');
  endedPairId = await addPair(w.programId, 'ended', 'ended');
  otherProgramPairId = await addPair(await buildProgram(w.db, w.orgId, { phase: 'active' }), 'other');
  const asked = await (await w.as('mentee')).inject({
    method: 'POST',
    url: `/api/my/pairs/${w.pairId}/repair-request`,
    payload: { reason: REASON },
  });
  expect(asked.statusCode, asked.body).toBeLessThan(300);

  // The midpoint check-in (created on first read): the workspace pair's mentor answered, its mentee not.
  const first = await hr.inject({ method: 'GET', url: reviewUrl() });
  expect(first.statusCode, first.body).toBe(200);
  surveyId = first.json().midpointSurvey.id;
  const [mentorRecipient] = await w.db
    .insert(surveyRecipients)
    .values([
      {
        orgId: w.orgId,
        surveyId,
        personId: w.mentor.personId,
        pairId: w.pairId,
        side: 'mentor',
        respondedAt: new Date(),
      },
      { orgId: w.orgId, surveyId, personId: w.mentee.personId, pairId: w.pairId, side: 'mentee' },
    ])
    .returning({ id: surveyRecipients.id });
  await w.db.insert(surveyResponses).values({
    orgId: w.orgId,
    surveyId,
    recipientId: mentorRecipient!.id,
    answers: { midpoint_going: 1, midpoint_change: { text: ANSWER, shareWithHr: true } },
  });
}, 120_000);
afterAll(async () => {
  await w?.t.close();
});

describe('the midpoint review for HR', () => {
  it('gathers health, who answered the check-in, re-pair requests and the resources, worst first', async () => {
    const response = await hr.inject({ method: 'GET', url: reviewUrl() });
    expect(response.statusCode, response.body).toBe(200);
    const review = response.json();
    expect(review.program).toMatchObject({ id: w.programId, name: `Reverse ${SLUG}`, phase: 'active' });
    expect(review.health.summary).toEqual({ healthy: 1, at_risk: 1, inactive: 0, total: 2 });
    expect(review.pairs.map((p: ReviewPair) => p.pairId)).toEqual([w.pairId, freshPairId]);
    const [struggling, fresh] = review.pairs as ReviewPair[];
    expect(struggling).toMatchObject({
      mentor: { id: w.mentor.personId, name: w.mentor.name },
      mentee: { id: w.mentee.personId, name: w.mentee.name },
      state: 'at_risk',
      meetingsHeld: 0,
      meetingsPlanned: 2,
      checkIn: { mentorAnswered: true, menteeAnswered: false },
      openRepairRequests: 1,
      decision: null,
    });
    expect(struggling!.reasons.map((r) => r.code)).toContain('few_meetings_held');
    expect(fresh).toMatchObject({
      state: 'healthy',
      checkIn: { mentorAnswered: false, menteeAnswered: false },
      openRepairRequests: 0,
    });
    expect(review.midpointSurvey).toMatchObject({
      id: surveyId,
      timing: 'midpoint',
      key: 'midpoint_check_in',
      invited: 2,
      responded: 1,
    });
    expect(['scheduled', 'open', 'closed']).toContain(review.midpointSurvey.status);
    expect(review.repairRequests).toEqual([
      {
        id: expect.any(String),
        pairId: w.pairId,
        requestedBy: { id: w.mentee.personId, name: w.mentee.name },
        reason: REASON,
        createdAt: expect.any(String),
      },
    ]);
    expect(review.resources).toEqual(RESOURCES.map((r, index) => ({ index, ...r })));
  });

  it('says who answered the check-in, never what', async () => {
    const response = await hr.inject({ method: 'GET', url: reviewUrl() });
    expect(response.body).not.toContain(ANSWER);
    expect(response.body).not.toContain('"answers"');
    expect(response.body).not.toContain('shareWithHr');
  });

  it('is closed to every role but HR, and to HR of another organisation', async () => {
    const others: Who[] = ['mentor', 'mentee', 'admin', 'sponsor', 'outsider'];
    for (const who of others) {
      const s = await w.as(who);
      expect((await s.inject({ method: 'GET', url: reviewUrl() })).statusCode, who).toBe(403);
      expect((await decide(s, w.pairId, { decision: 'keep' })).statusCode, who).toBe(403);
    }
    const stranger = await w.as('otherTenant');
    expect((await stranger.inject({ method: 'GET', url: reviewUrl() })).statusCode).toBe(404);
    expect((await decide(stranger, w.pairId, { decision: 'keep' })).statusCode).toBe(404);
    expect((await w.t.app.inject({ method: 'GET', url: reviewUrl() })).statusCode).toBe(401);
    expect(await w.db.select().from(pairReviews)).toEqual([]);
  });

  it('answers 404 for an unknown program or a pair of another program, and 409 for an ended pair', async () => {
    expect((await hr.inject({ method: 'GET', url: '/api/programs/nope/midpoint-review' })).statusCode).toBe(
      404,
    );
    expect((await decide(hr, w.pairId, { decision: 'keep' }, 'nope')).statusCode).toBe(404);
    const elsewhere = await decide(hr, otherProgramPairId, { decision: 'keep' });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().error.code).toBe('not_found');
    expect((await decide(hr, 'no-such-pair', { decision: 'keep' })).statusCode).toBe(404);
    const ended = await decide(hr, endedPairId, { decision: 'keep' });
    expect(ended.statusCode).toBe(409);
    expect(ended.json().error.message).toBe('This pair has already ended, so it is no longer reviewed.');
  });
});

describe('HR’s decisions', () => {
  it('keeps a pair with a note, shows the decision in the review, and lets HR change it', async () => {
    const kept = await decide(hr, freshPairId, { decision: 'keep', note: `  ${NOTE}  ` });
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json()).toMatchObject({
      pairId: freshPairId,
      state: 'healthy',
      decision: { decision: 'keep', note: NOTE, decidedBy: 'hr' },
    });
    expect(kept.json()).not.toHaveProperty('next');

    const repaired = await decide(hr, freshPairId, { decision: 'repair' });
    expect(repaired.statusCode, repaired.body).toBe(200);
    expect(repaired.json()).toMatchObject({
      pairId: freshPairId,
      decision: { decision: 'repair', note: '' },
      next: `/programs/${w.programId}/matching?pair=${freshPairId}`,
    });
    const review = (await hr.inject({ method: 'GET', url: reviewUrl() })).json();
    const row = review.pairs.find((p: ReviewPair) => p.pairId === freshPairId);
    expect(row.decision).toMatchObject({ decision: 'repair', decidedBy: 'hr' });
    expect(row).not.toHaveProperty('next');
    // The re-pair goes through the pairing workflow: recording the decision does not end the pair.
    expect(review.health.summary.total).toBe(2);
    expect(await w.db.select().from(pairReviews).where(eq(pairReviews.pairId, freshPairId))).toHaveLength(1);
  });

  it('emails both people the chosen resources, one email each, without a word of health or reasons', async () => {
    const before = (await w.db.select().from(outbox)).length;
    const sent = await decide(hr, w.pairId, {
      decision: 'send_resources',
      note: NOTE,
      resourceIndexes: [0, 2, 0],
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().decision).toMatchObject({ decision: 'send_resources', note: NOTE });
    const mails = (await w.db.select().from(outbox)).slice(before);
    expect(mails.map((m) => m.toAddress).sort()).toEqual([w.mentee.email, w.mentor.email].sort());
    const review = sent.json() as ReviewPair;
    for (const mail of mails) {
      const partner = mail.toAddress === w.mentor.email ? w.mentee.name : w.mentor.name;
      expect(mail.subject).toBe(`Resources for the second half of Reverse ${SLUG}`);
      expect(mail.text).toContain(
        'Meeting guide: Ten questions for a session.\n  https://intranet.example/guide',
      );
      expect(mail.text).toContain('Reverse mentoring FAQ: Answers to common questions.');
      expect(mail.text).not.toContain('Feedback basics');
      expect(mail.text.match(/Meeting guide/g)).toHaveLength(1);
      expect(mail.text).toContain(`you and ${partner}`);
      expect(mail.text).toContain(`/my/pairs/${w.pairId}?tab=resources`);
      expect(mail.text).toContain(`Org ${SLUG}`);
      const all = `${mail.subject}\n${mail.text}\n${mail.html}`;
      for (const secret of [NOTE, REASON, ANSWER, ...review.reasons.map((r) => r.message)])
        expect(all).not.toContain(secret);
      expect(all.toLowerCase()).not.toMatch(/health|at risk|inactive/);
    }
  });

  it('refuses to send without resources, or with one not in the program’s list, and changes nothing', async () => {
    const before = (await w.db.select().from(outbox)).length;
    const [decided] = await w.db.select().from(pairReviews).where(eq(pairReviews.pairId, w.pairId));
    for (const [payload, path] of [
      [{ decision: 'send_resources' }, ['resourceIndexes']],
      [{ decision: 'send_resources', resourceIndexes: [] }, ['resourceIndexes']],
      [{ decision: 'send_resources', resourceIndexes: [1, 3] }, ['resourceIndexes', 1]],
    ] as const) {
      const refused = await decide(hr, w.pairId, payload);
      expect(refused.statusCode, JSON.stringify(payload)).toBe(400);
      expect(refused.json().error).toMatchObject({ code: 'validation', issues: [{ path }] });
    }
    const negative = await decide(hr, w.pairId, { decision: 'send_resources', resourceIndexes: [-1] });
    expect(negative.statusCode).toBe(400);
    expect(await w.db.select().from(outbox)).toHaveLength(before);
    expect(await w.db.select().from(pairReviews).where(eq(pairReviews.pairId, w.pairId))).toEqual([decided]);
  });

  it('audits each decision with ids and the decision only', async () => {
    const events = await w.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, w.orgId), eq(auditEvents.action, 'pair_review.decided')));
    expect(events.map((e) => [e.target, e.detail])).toEqual([
      [freshPairId, { programId: w.programId, decision: 'keep' }],
      [freshPairId, { programId: w.programId, decision: 'repair' }],
      [w.pairId, { programId: w.programId, decision: 'send_resources', resourcesSent: 2 }],
    ]);
    expect(JSON.stringify(events)).not.toContain(NOTE);
  });
});
