import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '#server/app';
import { hashPassword } from '#server/auth/secrets';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { insertAccount, insertMembership } from '#store/accounts-store';
import type { Db } from '#store/database';
import { DEMO_PASSWORD } from '#store/demo/demo-people';
import { insertPairs } from '#store/pairs-store';
import { insertPeople } from '#store/people-store';
import { meetingSeries, meetings, pairAgreements, pairs } from '#store/schema';
import { addSurveyRecipients } from '#store/survey-recipients-store';
import { listCheckInsOf, saveSurveyResponse } from '#store/surveys-store';
import { dayFrom, programSurveysOf, setSurveyState } from '#tests/fixtures/check-in-builders';
import { type Session, signIn } from '#tests/fixtures/sign-in';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';
import {
  daysFromNow,
  WORKSPACE_PASSWORD,
  type WorkspaceApp,
  workspaceApp,
} from '#tests/fixtures/workspace-builders';

type Item = {
  pairId: string;
  mentor: { id: string; name: string };
  mentee: { id: string; name: string };
  state: 'healthy' | 'at_risk' | 'inactive';
  reasons: { code: string; message: string }[];
  meetingsHeld: number;
  meetingsPlanned: number;
};
type Health = { summary: Record<'healthy' | 'at_risk' | 'inactive' | 'total', number>; items: Item[] };

const SUBJECT = 'HEALTH-CONCERN-SUBJECT-MARKER-61c2';
const BODY = 'HEALTH-CONCERN-BODY-MARKER-0f9e';
const SLUG = 'health';

type MeetingSpec = { daysAgo: number; status: 'held' | 'missed' | 'scheduled' | 'cancelled'; pulse?: number };

/** A pair of the workspace's program, in a given state, written straight into the tables. */
async function addPair(
  w: WorkspaceApp,
  spec: {
    mentor: string;
    startedDaysAgo: number;
    agreed: boolean;
    meetings?: readonly MeetingSpec[];
    status?: 'active' | 'paused' | 'ended';
  },
): Promise<string> {
  const db: Db = w.db;
  const key = spec.mentor.toLowerCase().replace(/\W+/g, '-');
  const [mentor, mentee] = await insertPeople(db, w.orgId, [
    { email: `${key}@${SLUG}.example`, name: spec.mentor, level: 1 },
    { email: `${key}-mentee@${SLUG}.example`, name: `Mentee of ${spec.mentor}`, level: 7 },
  ]);
  const startedAt = daysFromNow(-spec.startedDaysAgo);
  const [pair] = await insertPairs(db, [
    {
      orgId: w.orgId,
      programId: w.programId,
      mentorPersonId: mentor!.id,
      menteePersonId: mentee!.id,
      score: 75,
      explanation: 'Both like data.',
      contributions: [],
      startedAt,
      status: spec.status ?? 'active',
    },
  ]);
  const pairId = pair!.id;
  if (spec.agreed) {
    await db.insert(pairAgreements).values({
      pairId,
      orgId: w.orgId,
      groundRules: [],
      schedule: {},
      mentorObjectives: [],
      menteeObjectives: [],
      agreedAt: daysFromNow(2 - spec.startedDaysAgo),
    });
  }
  if (spec.meetings?.length) {
    const [series] = await db
      .insert(meetingSeries)
      .values({ orgId: w.orgId, pairId, schedule: {}, startsOn: '2026-01-01', endsOn: '2027-12-31' })
      .returning({ id: meetingSeries.id });
    await db.insert(meetings).values(
      spec.meetings.map((m) => {
        const startsAt = daysFromNow(-m.daysAgo);
        const logged = m.status === 'held' || m.status === 'missed';
        return {
          orgId: w.orgId,
          pairId,
          seriesId: series!.id,
          originalStart: startsAt,
          startsAt,
          durationMinutes: 60,
          status: m.status,
          loggedAt: logged ? startsAt : null,
          mentorPulse: m.pulse ?? null,
          menteePulse: m.pulse ?? null,
        };
      }),
    );
  }
  return pairId;
}

const held = (daysAgo: number, pulse = 4): MeetingSpec => ({ daysAgo, status: 'held', pulse });
const unlogged = (daysAgo: number): MeetingSpec => ({ daysAgo, status: 'scheduled' });

describe('pair health for HR', () => {
  let w: WorkspaceApp;
  let hr: Session;
  let ids: Record<'healthy' | 'quiet' | 'kickoff' | 'lowPulse' | 'ended', string>;
  const url = () => `/api/programs/${w.programId}/pair-health`;

  beforeAll(async () => {
    // The workspace's own pair (Mia Mentor): two meetings have passed unlogged, and its mentee has raised a concern.
    w = await workspaceApp({ slug: SLUG });
    hr = await w.as('hr');
    const mentee = await w.as('mentee');
    const raised = await mentee.inject({
      method: 'POST',
      url: `/api/my/pairs/${w.pairId}/concerns`,
      payload: { subject: SUBJECT, body: BODY },
    });
    expect(raised.statusCode, raised.body).toBe(201);
    ids = {
      healthy: await addPair(w, {
        mentor: 'Hal Healthy',
        startedDaysAgo: 60,
        agreed: true,
        meetings: [
          held(56),
          held(42, 5),
          held(28),
          held(14),
          { daysAgo: 7, status: 'cancelled' },
          unlogged(-7),
        ],
      }),
      quiet: await addPair(w, {
        mentor: 'Ana Quiet',
        startedDaysAgo: 90,
        agreed: true,
        meetings: [held(84), held(70), unlogged(56), unlogged(42), unlogged(28), unlogged(14)],
      }),
      kickoff: await addPair(w, { mentor: 'Kit Kickoff', startedDaysAgo: 30, agreed: false }),
      lowPulse: await addPair(w, {
        mentor: 'Lou Lowpulse',
        startedDaysAgo: 40,
        agreed: true,
        meetings: [held(35, 2), held(21, 2), held(7, 2)],
      }),
      ended: await addPair(w, { mentor: 'Eve Ended', startedDaysAgo: 90, agreed: false, status: 'ended' }),
    };
  });
  afterAll(() => w.t.close());

  it('rates every live pair, worst first, with reasons and meetings held of planned', async () => {
    const response = await hr.inject({ method: 'GET', url: url() });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as Health;
    expect(body.summary).toEqual({ healthy: 1, at_risk: 2, inactive: 2, total: 5 });
    expect(body.items.map((i) => [i.mentor.name, i.state])).toEqual([
      ['Ana Quiet', 'inactive'],
      ['Kit Kickoff', 'inactive'],
      ['Lou Lowpulse', 'at_risk'],
      [w.mentor.name, 'at_risk'],
      ['Hal Healthy', 'healthy'],
    ]);
    const byId = new Map(body.items.map((i) => [i.pairId, i]));
    expect(byId.has(ids.ended)).toBe(false);

    const quiet = byId.get(ids.quiet)!;
    expect(quiet.reasons.map((r) => r.code)).toEqual(['no_recent_meetings', 'few_meetings_held']);
    expect(quiet.reasons[0]?.message).toBe('No meeting has been held or logged for 70 days.');
    expect(quiet).toMatchObject({ meetingsHeld: 2, meetingsPlanned: 6 });
    expect(quiet.mentee).toEqual({ id: expect.any(String), name: 'Mentee of Ana Quiet' });

    const kickoff = byId.get(ids.kickoff)!;
    expect(kickoff.reasons.map((r) => r.code)).toEqual(['kickoff_overdue']);
    expect(kickoff).toMatchObject({ meetingsHeld: 0, meetingsPlanned: 0 });

    expect(byId.get(ids.lowPulse)!.reasons.map((r) => r.code)).toEqual(['low_pulse']);

    const mia = byId.get(w.pairId)!;
    expect(mia.reasons.map((r) => r.code)).toEqual(['few_meetings_held', 'open_concern']);
    expect(mia.reasons[1]?.message).toBe('A concern is open and needs a reply.');
    expect(mia).toMatchObject({ meetingsHeld: 0, meetingsPlanned: 2 });

    const healthy = byId.get(ids.healthy)!;
    expect(healthy).toMatchObject({ reasons: [], meetingsHeld: 4, meetingsPlanned: 4 });
  });

  it('never gives away a concern’s words, notes or anyone’s ratings', async () => {
    const response = await hr.inject({ method: 'GET', url: url() });
    expect(response.body).not.toContain(SUBJECT);
    expect(response.body).not.toContain(BODY);
    for (const item of (response.json() as Health).items) {
      expect(Object.keys(item).sort()).toEqual(
        ['meetingsHeld', 'meetingsPlanned', 'mentee', 'mentor', 'pairId', 'reasons', 'state'].sort(),
      );
      for (const reason of item.reasons) expect(Object.keys(reason).sort()).toEqual(['code', 'message']);
    }
  });

  it('uses the app’s clock: as time passes without meetings, a pair goes quiet', async () => {
    w.t.advance(30 * 86_400_000);
    try {
      const later = await w.as('hr'); // the earlier session has expired by then
      const body = (await later.inject({ method: 'GET', url: url() })).json() as Health;
      const healthy = body.items.find((i) => i.pairId === ids.healthy)!;
      expect(healthy.state).toBe('inactive');
      expect(healthy.reasons[0]?.code).toBe('no_recent_meetings');
    } finally {
      w.t.advance(-30 * 86_400_000);
    }
  });

  it('is HR’s alone: participants, the sponsor, an ERG lead and an org admin are refused', async () => {
    const erg = await insertPeople(w.db, w.orgId, [{ email: `erg@${SLUG}.example`, name: 'Eli Erg' }]);
    const account = await insertAccount(w.db, {
      email: erg[0]!.email,
      name: 'Eli Erg',
      passwordHash: await hashPassword(WORKSPACE_PASSWORD),
    });
    await insertMembership(w.db, {
      orgId: w.orgId,
      accountId: account.id,
      personId: erg[0]!.id,
      roles: ['erg_lead', 'participant'],
    });
    const ergLead = await signIn(w.t.app, erg[0]!.email, WORKSPACE_PASSWORD);
    for (const session of [
      await w.as('mentor'),
      await w.as('mentee'),
      await w.as('outsider'),
      await w.as('sponsor'),
      await w.as('admin'),
      ergLead,
    ]) {
      const response = await session.inject({ method: 'GET', url: url() });
      expect(response.statusCode, response.body).toBe(403);
      expect(response.body).not.toContain('Ana Quiet');
    }
    expect((await w.t.app.inject({ method: 'GET', url: url() })).statusCode).toBe(401);
  });

  it('answers 404 for an unknown program and for another organisation’s', async () => {
    const unknown = await hr.inject({ method: 'GET', url: '/api/programs/no-such-program/pair-health' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('That program was not found.');
    const stranger = await w.as('otherTenant');
    const other = await stranger.inject({ method: 'GET', url: url() });
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('Ana Quiet');
  });
});

describe('pair health of the demo', () => {
  const seededAt = new Date('2026-11-21T12:00:00Z');
  let t: TestApp;
  let app: FastifyInstance;
  let hrEmail: string;

  beforeAll(async () => {
    t = await createTestApp();
    const deps = { ...t.deps, now: () => seededAt };
    const seeded = await seedDemoOrganisation(deps);
    if (!seeded.ok) throw new Error(seeded.issues[0]?.message);
    hrEmail = seeded.value.logins.find((l) => l.roles.includes('program_manager'))!.email;
    app = await buildApp(deps, { logger: false });
    await app.ready();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('shows HR a healthy, an at-risk and an inactive pair in Reverse Mentoring 2026', async () => {
    const hr = await signIn(app, hrEmail, DEMO_PASSWORD);
    const programs = (await hr.inject({ method: 'GET', url: '/api/programs' })).json().items as {
      id: string;
      name: string;
    }[];
    const program = programs.find((p) => p.name === 'Reverse Mentoring 2026')!;
    const response = await hr.inject({ method: 'GET', url: `/api/programs/${program.id}/pair-health` });
    expect(response.statusCode, response.body).toBe(200);
    const { summary, items } = response.json() as Health;
    expect(summary.healthy).toBeGreaterThanOrEqual(1);
    expect(summary.at_risk).toBeGreaterThanOrEqual(1);
    expect(summary.inactive).toBeGreaterThanOrEqual(1);
    const codes = (state: Item['state']) =>
      new Set(items.filter((i) => i.state === state).flatMap((i) => i.reasons.map((r) => r.code)));
    // The demo's stories: a kickoff never agreed and a pair gone quiet; a pair slipping with a concern.
    expect(codes('inactive')).toContain('kickoff_overdue');
    expect(codes('inactive')).toContain('no_recent_meetings');
    expect(codes('at_risk')).toContain('open_concern');
  });
});

describe('pair health fed by check-ins', () => {
  let w: WorkspaceApp;
  let hr: Session;
  let pairId: string;
  const today = () => dayFrom(w.t.deps.now(), 0);

  async function answerGoing(timing: 'midpoint' | 'final', side: 'mentor' | 'mentee', going: number) {
    const surveys = await programSurveysOf(w.db, w.orgId, w.programId);
    const survey = surveys[timing];
    await setSurveyState(w.db, w.orgId, survey.id, {
      opensOn: today(),
      closesOn: dayFrom(w.t.deps.now(), 14),
      openedAt: w.t.deps.now(),
    });
    await addSurveyRecipients(w.db, w.orgId, survey, w.t.deps.now());
    const [pair] = await w.db.select().from(pairs).where(eq(pairs.id, pairId));
    const personId = side === 'mentor' ? pair!.mentorPersonId : pair!.menteePersonId;
    const checkIn = (await listCheckInsOf(w.db, w.orgId, personId)).find((c) => c.survey.id === survey.id)!;
    await saveSurveyResponse(
      w.db,
      w.orgId,
      { surveyId: survey.id, recipientId: checkIn.recipientId, answers: { [`${timing}_going`]: going } },
      w.t.deps.now(),
    );
  }
  const rated = async () => {
    const body = (await hr.inject({ method: 'GET', url: `/api/programs/${w.programId}/pair-health` })).json();
    return (body as Health).items.find((i) => i.pairId === pairId)!;
  };

  beforeAll(async () => {
    w = await workspaceApp({ slug: 'health-check-ins' });
    hr = await w.as('hr');
    pairId = await addPair(w, {
      mentor: 'Cleo Checkin',
      startedDaysAgo: 40,
      agreed: true,
      meetings: [held(35), held(21), held(7)],
    });
  });
  afterAll(() => w.t.close());

  it('puts a pair at risk when either side said in the latest check-in that it is not going well, without saying who', async () => {
    expect((await rated()).state).toBe('healthy');
    await answerGoing('midpoint', 'mentor', 5);
    expect((await rated()).state).toBe('healthy');
    await answerGoing('midpoint', 'mentee', 2);
    const atRisk = await rated();
    expect(atRisk.state).toBe('at_risk');
    expect(atRisk.reasons).toEqual([
      {
        code: 'low_check_in',
        message: 'In the latest check-in, the mentoring was said to be not going well.',
      },
    ]);
    const text = JSON.stringify(atRisk.reasons);
    for (const giveaway of [/\bmentee\b/i, /\bmentor\b/i, /Cleo/, /\b2\b/])
      expect(text).not.toMatch(giveaway);
  });

  it('reads each side’s latest check-in: a better final review answer replaces a low midpoint one', async () => {
    await answerGoing('final', 'mentee', 4);
    expect(await rated()).toMatchObject({ state: 'healthy', reasons: [] });
    await answerGoing('final', 'mentor', 1);
    expect((await rated()).reasons.map((r) => r.code)).toEqual(['low_check_in']);
  });
});
