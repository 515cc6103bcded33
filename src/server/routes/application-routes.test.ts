import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '#server/auth/secrets';
import { insertAccount, insertMembership } from '#store/accounts-store';
import { consentRecords, enrollments, skills } from '#store/schema';
import {
  CAST,
  completeAnswers,
  type EnrollmentWorld,
  enrollmentWorld,
} from '#tests/fixtures/enrollment-world';
import { setProgramPhase } from '#tests/fixtures/program-builder';
import type { Session } from '#tests/fixtures/sign-in';
import { signIn } from '#tests/fixtures/sign-in';

let w: EnrollmentWorld;
let hr: Session;
let junior: Session;
let cfo: Session;

beforeAll(async () => {
  w = await enrollmentWorld();
  hr = await w.as(CAST.hr);
  junior = await w.as(CAST.junior);
  cfo = await w.as(CAST.cfo);
});
afterAll(() => w.t.close());

async function invite(programId: string, email: string, side: 'mentor' | 'mentee') {
  const response = await hr.inject({
    method: 'POST',
    url: `/api/programs/${programId}/invitations`,
    payload: { personIds: [await w.personId(email)], side },
  });
  expect(response.json()).toMatchObject({ invited: 1 });
}

const put = (session: Session, programId: string, payload: object) =>
  session.inject({ method: 'PUT', url: `/api/my/programs/${programId}/application`, payload });

describe('an invited junior answers the form', () => {
  let programId: string;
  beforeAll(async () => {
    programId = await w.program({ name: 'Invite Only 2026', settings: { enrollmentMode: 'invite' } });
    await invite(programId, CAST.junior, 'mentor');
  });

  it('lists the program and serves the mentor questions only', async () => {
    const mine = (await junior.inject({ method: 'GET', url: '/api/my/programs' })).json();
    const item = mine.items.find((i: { program: { id: string } }) => i.program.id === programId);
    expect(item).toMatchObject({
      program: { name: 'Invite Only 2026', phase: 'recruiting' },
      enrollment: { side: 'mentor', status: 'invited', submittedAt: null },
      canVolunteer: null,
    });
    const application = (
      await junior.inject({ method: 'GET', url: `/api/my/programs/${programId}/application` })
    ).json();
    expect(application).toMatchObject({
      side: 'mentor',
      status: 'invited',
      answersOpen: true,
      matchingConsent: false,
    });
    const ids = application.questions.map((q: { id: string }) => q.id);
    expect(ids).toContain('mentor_perspective');
    expect(ids).not.toContain('mentee_challenge');
    expect(application.groundRules.length).toBeGreaterThan(0);
  });

  it('saves a draft with required answers missing, but refuses to submit it, naming each question', async () => {
    const draft = await put(junior, programId, {
      answers: { goals: 'Be heard' },
      matchingConsent: false,
      submit: false,
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({ status: 'invited', answers: { goals: 'Be heard' } });

    const submit = await put(junior, programId, {
      answers: { goals: 'Be heard' },
      matchingConsent: false,
      submit: true,
    });
    expect(submit.statusCode).toBe(400);
    const paths = submit.json().error.issues.map((i: { path: string[] }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([['skills'], ['availability'], ['meeting_mode'], ['ground_rules']]),
    );
  });

  it('reports wrong answers by question id and the part of the answer', async () => {
    const response = await put(junior, programId, {
      answers: completeAnswers({
        meeting_mode: 'carrier pigeon',
        availability: [{ day: 'tue', from: '11:00', to: '10:00' }],
        mentee_challenge: 'not my side',
      }),
      matchingConsent: false,
      submit: true,
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.issues.map((i: { path: unknown[] }) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([['meeting_mode'], ['availability', 0, 'to'], ['mentee_challenge']]),
    );
    const bodyIssue = await put(junior, programId, { answers: [], matchingConsent: 'yes', submit: true });
    expect(bodyIssue.statusCode).toBe(400);
    expect(bodyIssue.json().error.issues.map((i: { path: string[] }) => i.path[0])).toEqual(
      expect.arrayContaining(['answers', 'matchingConsent']),
    );
  });

  it('submits: invited becomes applied, the person is emailed, new skills join the list once', async () => {
    const response = await put(junior, programId, {
      answers: completeAnswers({
        skills: {
          canTeach: [
            { skill: 'Zero-knowledge proofs', level: 4 },
            { skill: 'zero-knowledge PROOFS', level: 3 },
          ],
          wantToLearn: [],
        },
        gender: 'Woman',
      }),
      matchingConsent: true,
      submit: true,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'applied',
      matchingConsent: true,
      answers: { gender: 'Woman' },
    });

    const mail = await w.mailTo(CAST.junior);
    const received = mail.find((m) => m.subject === 'We have your application to Invite Only 2026');
    expect(received?.text).toContain('Northwind Energy');
    expect(received?.text).toContain(`http://localhost:3000/my/programs/${programId}`);

    const found = await w.t.database.db.select().from(skills).where(eq(skills.orgId, w.orgId));
    expect(found.filter((s) => s.name.toLowerCase() === 'zero-knowledge proofs')).toHaveLength(1);
    const listed = (await junior.inject({ method: 'GET', url: '/api/skills?q=zero' })).json();
    expect(listed.items.map((s: { name: string }) => s.name)).toEqual(['Zero-knowledge proofs']);

    const [row] = await w.t.database.db
      .select()
      .from(enrollments)
      .where(and(eq(enrollments.orgId, w.orgId), eq(enrollments.programId, programId)));
    expect(row!.sensitiveAnswers).toEqual({ gender: 'Woman' });
    expect(row!.answers).not.toHaveProperty('gender');
  });

  it('records every change of matching consent, and its withdrawal with the application', async () => {
    const recorded = async () => {
      const [row] = await w.t.database.db
        .select({ id: enrollments.id })
        .from(enrollments)
        .where(and(eq(enrollments.orgId, w.orgId), eq(enrollments.programId, programId)));
      const records = await w.t.database.db
        .select({ granted: consentRecords.granted })
        .from(consentRecords)
        .where(eq(consentRecords.enrollmentId, row!.id))
        .orderBy(consentRecords.createdAt);
      return records.map((r) => r.granted);
    };
    expect(await recorded()).toEqual([true]);
    await put(junior, programId, { answers: completeAnswers(), matchingConsent: true, submit: false });
    expect(await recorded()).toEqual([true]);
    const off = await put(junior, programId, {
      answers: completeAnswers(),
      matchingConsent: false,
      submit: false,
    });
    expect(off.json()).toMatchObject({ matchingConsent: false, status: 'applied' });
    await put(junior, programId, { answers: completeAnswers(), matchingConsent: true, submit: false });
    expect(await recorded()).toEqual([true, false, true]);

    const withdrawn = await junior.inject({ method: 'POST', url: `/api/my/programs/${programId}/withdraw` });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toEqual({ status: 'withdrawn' });
    expect(await recorded()).toEqual([true, false, true, false]);
    const again = await junior.inject({ method: 'POST', url: `/api/my/programs/${programId}/withdraw` });
    expect(again.json()).toEqual({ status: 'withdrawn' });

    const edit = await put(junior, programId, {
      answers: completeAnswers(),
      matchingConsent: false,
      submit: true,
    });
    expect(edit.statusCode).toBe(409);
    const view = (
      await junior.inject({ method: 'GET', url: `/api/my/programs/${programId}/application` })
    ).json();
    expect(view).toMatchObject({ status: 'withdrawn', answersOpen: false });
  });
});

describe('answers close when matching starts', () => {
  it('refuses edits with 409 and says answers are closed', async () => {
    const programId = await w.program({ name: 'Locked 2026', settings: { enrollmentMode: 'invite' } });
    await invite(programId, CAST.cfo, 'mentee');
    const first = await put(cfo, programId, {
      answers: completeAnswers(),
      matchingConsent: false,
      submit: true,
    });
    expect(first.statusCode, first.body).toBe(200);
    await setProgramPhase(w.t.database.db, programId, 'matching');
    const late = await put(cfo, programId, {
      answers: completeAnswers({ goals: 'changed' }),
      matchingConsent: false,
      submit: false,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/matching has started/);
    const view = (
      await cfo.inject({ method: 'GET', url: `/api/my/programs/${programId}/application` })
    ).json();
    expect(view).toMatchObject({
      answersOpen: false,
      answers: { goals: 'Understand how strategic decisions are made.' },
    });
  });
});

describe('volunteering', () => {
  let open: string;
  beforeAll(async () => {
    open = await w.program({ name: 'Open Sign-up 2026', settings: { enrollmentMode: 'open' } });
  });

  it('offers a senior the mentee side of an open program and enrolls them on submit', async () => {
    const mine = (await cfo.inject({ method: 'GET', url: '/api/my/programs' })).json();
    expect(mine.items.find((i: { program: { id: string } }) => i.program.id === open)).toMatchObject({
      enrollment: null,
      canVolunteer: 'mentee',
    });
    const empty = (await cfo.inject({ method: 'GET', url: `/api/my/programs/${open}/application` })).json();
    expect(empty).toMatchObject({ side: 'mentee', status: null, answers: {}, answersOpen: true });
    const saved = await put(cfo, open, { answers: completeAnswers(), matchingConsent: false, submit: true });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ side: 'mentee', status: 'applied' });
    expect((await w.mailTo(CAST.cfo)).map((m) => m.subject)).toContain(
      'We have your application to Open Sign-up 2026',
    );
  });

  it('refuses a side the level does not fit, and programs that are not open', async () => {
    const wrongSide = await put(junior, open, {
      side: 'mentee',
      answers: completeAnswers(),
      matchingConsent: false,
      submit: true,
    });
    expect(wrongSide.statusCode).toBe(400);
    expect(wrongSide.json().error.issues[0]).toMatchObject({ code: 'not_eligible', path: ['side'] });

    const inviteOnly = await w.program({ name: 'Closed Doors', settings: { enrollmentMode: 'invite' } });
    const volunteer = await put(cfo, inviteOnly, {
      answers: completeAnswers(),
      matchingConsent: false,
      submit: true,
    });
    expect(volunteer.statusCode).toBe(404);
    expect(
      (await cfo.inject({ method: 'GET', url: `/api/my/programs/${inviteOnly}/application` })).statusCode,
    ).toBe(404);
    const mine = (await cfo.inject({ method: 'GET', url: '/api/my/programs' })).json();
    expect(mine.items.map((i: { program: { id: string } }) => i.program.id)).not.toContain(inviteOnly);

    const draft = await w.program({ name: 'Not yet', phase: 'draft', settings: { enrollmentMode: 'open' } });
    expect(
      (await put(cfo, draft, { answers: completeAnswers(), matchingConsent: false, submit: true }))
        .statusCode,
    ).toBe(404);
  });

  it('keeps an enrolled person on their side', async () => {
    const response = await put(cfo, open, {
      side: 'mentor',
      answers: completeAnswers(),
      matchingConsent: false,
      submit: false,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0]).toMatchObject({ code: 'side_fixed', path: ['side'] });
  });
});

describe('who may reach an application', () => {
  it('answers 409 with a clear message to a member without an employee record', async () => {
    const { db } = w.t.database;
    const account = await insertAccount(db, {
      email: 'contractor@northwind.example',
      name: 'Casey Contractor',
      passwordHash: await hashPassword('contractor passphrase 1'),
    });
    await insertMembership(db, {
      orgId: w.orgId,
      accountId: account.id,
      personId: null,
      roles: ['participant'],
    });
    const casey = await signIn(w.t.app, 'contractor@northwind.example', 'contractor passphrase 1');
    const programId = await w.program({ settings: { enrollmentMode: 'open' } });
    const response = await put(casey, programId, {
      answers: completeAnswers(),
      matchingConsent: false,
      submit: true,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.message).toMatch(/not linked to an employee record/);
    expect(
      (await casey.inject({ method: 'GET', url: `/api/my/programs/${programId}/application` })).statusCode,
    ).toBe(409);
    expect((await casey.inject({ method: 'GET', url: '/api/my/programs' })).json()).toEqual({ items: [] });
  });

  it('asks anonymous callers to sign in on every route', async () => {
    const programId = await w.program();
    for (const [method, url] of [
      ['GET', '/api/my/programs'],
      ['GET', `/api/my/programs/${programId}/application`],
      ['PUT', `/api/my/programs/${programId}/application`],
      ['POST', `/api/my/programs/${programId}/withdraw`],
      ['GET', '/api/skills'],
    ] as const) {
      const response = await w.t.app.inject({
        method,
        url,
        ...(method === 'PUT'
          ? { payload: { answers: completeAnswers(), matchingConsent: false, submit: true } }
          : {}),
      });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('does not know another organisation’s programs or skills', async () => {
    const other = await w.other();
    await other.session.inject({
      method: 'PUT',
      url: `/api/my/programs/${other.programId}/application`,
      payload: { answers: {}, matchingConsent: false, submit: false },
    });
    expect(
      (await junior.inject({ method: 'GET', url: `/api/my/programs/${other.programId}/application` }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await put(junior, other.programId, {
          answers: completeAnswers(),
          matchingConsent: false,
          submit: false,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await junior.inject({ method: 'POST', url: `/api/my/programs/${other.programId}/withdraw` }))
        .statusCode,
    ).toBe(404);
    const globexSkills = (await other.session.inject({ method: 'GET', url: '/api/skills' })).json();
    expect(globexSkills.items).toEqual([]);
  });
});
