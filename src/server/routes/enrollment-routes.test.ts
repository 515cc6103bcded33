import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '#store/schema';
import {
  BACKGROUND_QUESTION,
  CAST,
  completeAnswers,
  type EnrollmentWorld,
  enrollmentWorld,
} from '#tests/fixtures/enrollment-world';
import { setProgramPhase } from '#tests/fixtures/program-builder';
import type { Session } from '#tests/fixtures/sign-in';

const MARKER = 'SENSITIVE-MARKER-9c41e';
const APPRENTICE = 'mateo.silva@northwind.example'; // level 1, no account yet
const LEAVER = 'ethan.murphy@northwind.example';

let w: EnrollmentWorld;
let hr: Session;
let junior: Session;
let cfo: Session;
let programId: string;
const enrollmentOf = new Map<string, string>();

type Row = { id: string; side: string; status: string; person: { name: string } };

beforeAll(async () => {
  w = await enrollmentWorld();
  hr = await w.as(CAST.hr);
  junior = await w.as(CAST.junior);
  cfo = await w.as(CAST.cfo);
  programId = await w.program({
    name: 'Reverse Mentoring 2026',
    settings: { enrollmentMode: 'invite' },
    extraQuestions: [BACKGROUND_QUESTION],
  });
});
afterAll(() => w.t.close());

const list = async (query = '') =>
  (await hr.inject({ method: 'GET', url: `/api/programs/${programId}/enrollments${query}` })).json()
    .items as Row[];

describe('invitations', () => {
  it('invites in bulk, skipping unknown people, leavers and repeats with a reason each', async () => {
    const ids = [await w.personId(CAST.junior), await w.personId(APPRENTICE), await w.personId(LEAVER)];
    const response = await hr.inject({
      method: 'POST',
      url: `/api/programs/${programId}/invitations`,
      payload: { personIds: [...ids, ids[0], 'no-such-person'], side: 'mentor' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body.invited).toBe(2);
    expect(body.skipped).toEqual([
      { personId: ids[2], reason: expect.stringMatching(/has left/) },
      { personId: 'no-such-person', reason: expect.stringMatching(/Not found/) },
    ]);
    const mentee = await hr.inject({
      method: 'POST',
      url: `/api/programs/${programId}/invitations`,
      payload: { personIds: [await w.personId(CAST.cfo), ids[0]], side: 'mentee' },
    });
    expect(mentee.json()).toEqual({
      invited: 1,
      skipped: [{ personId: ids[0], reason: expect.stringMatching(/already in this program \(invited\)/) }],
    });
    for (const row of await list()) enrollmentOf.set(row.person.name, row.id);
    expect([...enrollmentOf.keys()].sort()).toEqual(['Leila Haddad', 'Mateo Silva', 'Thomas Whitfield']);
  });

  it('emails a link to the program, and a sign-up link to people without an account', async () => {
    const [leila] = await w.mailTo(CAST.junior);
    expect(leila?.subject).toBe("You're invited to Reverse Mentoring 2026 at Northwind Energy");
    expect(leila?.text).toContain('Sarah Lindqvist has invited you');
    expect(leila?.text).toContain(`http://localhost:3000/my/programs/${programId}`);
    expect(leila?.text).not.toContain('/invitations/');
    expect(leila?.html).toContain(`href="http://localhost:3000/my/programs/${programId}"`);
    const [mateo] = await w.mailTo(APPRENTICE);
    expect(mateo?.text).toMatch(/http:\/\/localhost:3000\/invitations\/[A-Za-z0-9_-]+/);
    expect(await w.mailTo(LEAVER)).toEqual([]);
    const audit = await w.t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, w.orgId), eq(auditEvents.action, 'program.people_invited')));
    expect(audit.map((a) => a.detail)).toEqual([
      expect.objectContaining({ side: 'mentor', invited: 2, skipped: 2 }),
      expect.objectContaining({ side: 'mentee', invited: 1, skipped: 1 }),
    ]);
  });

  it('explains bad input field by field', async () => {
    const response = await hr.inject({
      method: 'POST',
      url: `/api/programs/${programId}/invitations`,
      payload: { personIds: [], side: 'boss' },
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .error.issues.map((i: { path: string[] }) => i.path[0])
        .sort(),
    ).toEqual(['personIds', 'side']);
  });

  it('refuses invitations once matching has started', async () => {
    const late = await w.program({ name: 'Late', phase: 'matching' });
    const response = await hr.inject({
      method: 'POST',
      url: `/api/programs/${late}/invitations`,
      payload: { personIds: [await w.personId(CAST.junior)], side: 'mentor' },
    });
    expect(response.statusCode).toBe(409);
  });
});

describe('applications as HR sees them', () => {
  beforeAll(async () => {
    for (const [session, extra] of [
      [junior, { background: `First in my family at university ${MARKER}`, gender: 'Woman' }],
      [cfo, {}],
    ] as const) {
      const saved = await session.inject({
        method: 'PUT',
        url: `/api/my/programs/${programId}/application`,
        payload: { answers: completeAnswers(extra), matchingConsent: session === junior, submit: true },
      });
      expect(saved.statusCode, saved.body).toBe(200);
    }
  });

  it('filters by side, status and search term', async () => {
    expect((await list('?side=mentee')).map((r) => r.person.name)).toEqual(['Thomas Whitfield']);
    expect((await list('?status=applied')).map((r) => r.person.name)).toEqual([
      'Leila Haddad',
      'Thomas Whitfield',
    ]);
    expect((await list('?status=invited&side=mentor')).map((r) => r.person.name)).toEqual(['Mateo Silva']);
    expect((await list('?q=finance')).map((r) => r.person.name)).toEqual(['Thomas Whitfield']);
    const bad = await hr.inject({
      method: 'GET',
      url: `/api/programs/${programId}/enrollments?status=maybe`,
    });
    expect(bad.statusCode).toBe(400);
  });

  it('shows answers but only how many sensitive questions were answered, never the answers', async () => {
    const response = await hr.inject({
      method: 'GET',
      url: `/api/programs/${programId}/enrollments/${enrollmentOf.get('Leila Haddad')}`,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      status: 'applied',
      side: 'mentor',
      person: { name: 'Leila Haddad', level: 2, department: 'Engineering' },
      answers: { goals: 'Understand how strategic decisions are made.' },
      sensitive: { answered: 2, matchingConsent: true },
    });
    expect(body.submittedAt).toEqual(expect.any(String));
    expect(body.answers).not.toHaveProperty('gender');
    expect(body.answers).not.toHaveProperty('background');
    expect(response.body).not.toContain(MARKER);
  });

  it('never lets the sensitive marker reach HR, the ERG lead or the sponsor', async () => {
    const erg = await w.as(CAST.erg);
    const sponsor = await w.as(CAST.sponsor);
    const urls = [
      `/api/programs/${programId}/enrollments`,
      `/api/programs/${programId}/enrollments/summary`,
      `/api/programs/${programId}/enrollments/${enrollmentOf.get('Leila Haddad')}`,
      `/api/programs/${programId}`,
      '/api/programs',
      '/api/nominations',
      '/api/my/programs',
    ];
    for (const session of [hr, erg, sponsor]) {
      for (const url of urls) {
        const response = await session.inject({ method: 'GET', url });
        expect(response.body, url).not.toContain(MARKER);
      }
    }
    const own = await junior.inject({ method: 'GET', url: `/api/my/programs/${programId}/application` });
    expect(own.body).toContain(MARKER); // the marker is really there: only its owner sees it
  });

  it('counts by side and status, department and level', async () => {
    const response = await hr.inject({
      method: 'GET',
      url: `/api/programs/${programId}/enrollments/summary`,
    });
    expect(response.statusCode).toBe(200);
    const summary = response.json();
    expect(summary.bySide.mentor).toMatchObject({ invited: 1, applied: 1, approved: 0, withdrawn: 0 });
    expect(summary.bySide.mentee).toMatchObject({ invited: 0, applied: 1 });
    expect(summary.byDepartment).toEqual([
      { department: 'Engineering', mentor: 1, mentee: 0 },
      { department: 'Finance', mentor: 0, mentee: 1 },
    ]);
    expect(summary.byLevel).toEqual([
      { level: 2, mentor: 1, mentee: 0 },
      { level: 9, mentor: 0, mentee: 1 },
    ]);
  });
});

describe('decisions', () => {
  it('reports each application in the wrong state and changes nothing', async () => {
    const ids = [enrollmentOf.get('Leila Haddad'), enrollmentOf.get('Mateo Silva')];
    const response = await hr.inject({
      method: 'POST',
      url: `/api/programs/${programId}/enrollments/decisions`,
      payload: { enrollmentIds: ids, decision: 'approve' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([
      expect.objectContaining({
        code: 'wrong_status',
        path: ['enrollmentIds', 1],
        message: expect.stringMatching(/Mateo Silva.*invited/),
      }),
    ]);
    expect((await list('?status=applied')).length).toBe(2);
  });

  it('approves, wait-lists and declines, emailing each person kindly, and audits it', async () => {
    const decide = (name: string, decision: string) =>
      hr.inject({
        method: 'POST',
        url: `/api/programs/${programId}/enrollments/decisions`,
        payload: { enrollmentIds: [enrollmentOf.get(name)], decision },
      });
    const waitlisted = await decide('Thomas Whitfield', 'waitlist');
    expect(waitlisted.json()).toEqual({ updated: 1 });
    expect((await decide('Thomas Whitfield', 'approve')).json()).toEqual({ updated: 1 });
    expect((await decide('Leila Haddad', 'approve')).json()).toEqual({ updated: 1 });
    const subjects = (await w.mailTo(CAST.cfo)).map((m) => m.subject);
    expect(subjects).toEqual(
      expect.arrayContaining([
        'You are on the waiting list for Reverse Mentoring 2026',
        'Welcome to Reverse Mentoring 2026',
      ]),
    );
    const welcome = (await w.mailTo(CAST.junior)).find(
      (m) => m.subject === 'Welcome to Reverse Mentoring 2026',
    );
    expect(welcome?.text).toContain('Northwind Energy');
    expect(welcome?.text).toContain(`/my/programs/${programId}`);
    const rows = await list('?status=approved');
    expect(rows.map((r) => r.person.name)).toEqual(['Leila Haddad', 'Thomas Whitfield']);
    const audit = await w.t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, w.orgId), eq(auditEvents.action, 'enrollments.decided')));
    expect(audit.map((a) => a.detail.decision)).toEqual(['waitlist', 'approve', 'approve']);

    const declineProgram = await w.program({ name: 'Small Cohort', settings: { enrollmentMode: 'open' } });
    await cfo.inject({
      method: 'PUT',
      url: `/api/my/programs/${declineProgram}/application`,
      payload: { answers: completeAnswers(), matchingConsent: false, submit: true },
    });
    const [row] = (
      await hr.inject({ method: 'GET', url: `/api/programs/${declineProgram}/enrollments` })
    ).json().items;
    const declined = await hr.inject({
      method: 'POST',
      url: `/api/programs/${declineProgram}/enrollments/decisions`,
      payload: { enrollmentIds: [row.id], decision: 'decline' },
    });
    expect(declined.json()).toEqual({ updated: 1 });
    const mail = (await w.mailTo(CAST.cfo)).find((m) => m.subject === 'Your application to Small Cohort');
    expect(mail?.text).toMatch(/not a judgement/);
  });

  it('answers 404 for an unknown application and 409 once the program is running', async () => {
    const unknown = await hr.inject({
      method: 'POST',
      url: `/api/programs/${programId}/enrollments/decisions`,
      payload: { enrollmentIds: ['nope'], decision: 'approve' },
    });
    expect(unknown.statusCode).toBe(404);
    const running = await w.program({ name: 'Running', phase: 'active' });
    const response = await hr.inject({
      method: 'POST',
      url: `/api/programs/${running}/enrollments/decisions`,
      payload: { enrollmentIds: [enrollmentOf.get('Leila Haddad')], decision: 'approve' },
    });
    expect(response.statusCode).toBe(409);
    await setProgramPhase(w.t.database.db, running, 'closed');
  });
});

describe('access', () => {
  const routes = () =>
    [
      ['GET', `/api/programs/${programId}/enrollments`, undefined],
      ['GET', `/api/programs/${programId}/enrollments/summary`, undefined],
      ['GET', `/api/programs/${programId}/enrollments/${enrollmentOf.get('Leila Haddad')}`, undefined],
      ['POST', `/api/programs/${programId}/invitations`, { personIds: ['x'], side: 'mentor' }],
      [
        'POST',
        `/api/programs/${programId}/enrollments/decisions`,
        { enrollmentIds: ['x'], decision: 'approve' },
      ],
    ] as const;

  it('is for program managers only: 401 signed out, 403 for every other role', async () => {
    for (const [method, url, payload] of routes()) {
      expect((await w.t.app.inject({ method, url, ...(payload ? { payload } : {}) })).statusCode, url).toBe(
        401,
      );
      for (const email of [CAST.erg, CAST.junior, CAST.sponsor, CAST.admin]) {
        const session = await w.as(email);
        expect(
          (await session.inject({ method, url, ...(payload ? { payload } : {}) })).statusCode,
          `${email} ${url}`,
        ).toBe(403);
      }
    }
  });

  it('answers 404 to another organisation for every program and enrollment id', async () => {
    const other = await w.other();
    for (const [method, url, payload] of routes()) {
      const response = await other.session.inject({ method, url, ...(payload ? { payload } : {}) });
      expect(response.statusCode, url).toBe(404);
    }
    const ownProgramOtherEnrollment = await other.session.inject({
      method: 'GET',
      url: `/api/programs/${other.programId}/enrollments/${enrollmentOf.get('Leila Haddad')}`,
    });
    expect(ownProgramOtherEnrollment.statusCode).toBe(404);
    const decide = await other.session.inject({
      method: 'POST',
      url: `/api/programs/${other.programId}/enrollments/decisions`,
      payload: { enrollmentIds: [enrollmentOf.get('Leila Haddad')], decision: 'decline' },
    });
    expect(decide.statusCode).toBe(404);
    const invite = await other.session.inject({
      method: 'POST',
      url: `/api/programs/${other.programId}/invitations`,
      payload: { personIds: [await w.personId(CAST.junior)], side: 'mentor' },
    });
    expect(invite.json()).toMatchObject({
      invited: 0,
      skipped: [{ reason: expect.stringMatching(/Not found/) }],
    });
  });
});
