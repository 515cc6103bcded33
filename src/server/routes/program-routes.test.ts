import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '#server/auth/secrets';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { insertAccount, insertMembership } from '#store/accounts-store';
import { DEMO_PASSWORD } from '#store/demo/demo-people';
import { insertOrganisation } from '#store/organisations-store';
import { enrollments, people, programs } from '#store/schema';
import { type Session, signIn } from '#tests/fixtures/sign-in';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

let t: TestApp;
let hr: Session;
let otherHr: Session;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoOrganisation(t.deps);
  hr = await signIn(t.app, 'sarah.lindqvist@northwind.example', DEMO_PASSWORD);
  const other = await insertOrganisation(t.database.db, { slug: 'globex', name: 'Globex' });
  const account = await insertAccount(t.database.db, {
    email: 'hr@globex.example',
    name: 'Globex HR',
    passwordHash: await hashPassword('globex hr passphrase'),
  });
  await insertMembership(t.database.db, {
    orgId: other.id,
    accountId: account.id,
    personId: null,
    roles: ['program_manager'],
  });
  otherHr = await signIn(t.app, 'hr@globex.example', 'globex hr passphrase');
});
afterAll(() => t.close());

const create = (session: Session, payload: Record<string, unknown>) =>
  session.inject({ method: 'POST', url: '/api/programs', payload });

async function personId(email: string): Promise<string> {
  const [row] = await t.database.db.select({ id: people.id }).from(people).where(eq(people.email, email));
  return row!.id;
}

async function approve(programId: string, side: 'mentor' | 'mentee', emails: string[]) {
  const [program] = await t.database.db.select().from(programs).where(eq(programs.id, programId));
  for (const email of emails) {
    await t.database.db.insert(enrollments).values({
      orgId: program!.orgId,
      programId,
      personId: await personId(email),
      side,
      status: 'approved',
    });
  }
}

async function setPhase(programId: string, phase: 'matching' | 'midpoint' | 'closed') {
  await t.database.db
    .update(programs)
    .set({ phase })
    .where(and(eq(programs.id, programId)));
}

describe('creating a program', () => {
  it('offers the defaults of a type for the new-program form', async () => {
    const response = await hr.inject({
      method: 'GET',
      url: '/api/programs/defaults?type=reverse&startDate=2027-01-11',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      type: 'reverse',
      endDate: '2027-07-11',
      midpointDate: '2027-04-11',
      settings: { enrollmentMode: 'nominated' },
    });
    expect(response.json().intakeForm.length).toBeGreaterThan(5);
    const peer = (
      await hr.inject({ method: 'GET', url: '/api/programs/defaults?type=peer&startDate=2027-01-11' })
    ).json();
    expect(peer.settings).toMatchObject({ seniorityGap: 0, topicPlan: [] });
    const bad = await hr.inject({ method: 'GET', url: '/api/programs/defaults?type=reverse&startDate=soon' });
    expect(bad.statusCode).toBe(400);
  });

  it('launches in one step with the reverse-mentoring defaults', async () => {
    const ceo = await personId('richard.adeyemi@northwind.example');
    const response = await create(hr, {
      name: 'Reverse Mentoring 2027',
      type: 'reverse',
      sponsorPersonId: ceo,
      startDate: '2027-01-11',
    });
    expect(response.statusCode, response.body).toBe(201);
    const program = response.json();
    expect(program).toMatchObject({
      phase: 'draft',
      startDate: '2027-01-11',
      midpointDate: '2027-04-11',
      endDate: '2027-07-11',
      sponsor: { name: 'Richard Adeyemi' },
      nextPhases: ['recruiting'],
      answersOpen: true,
      settings: {
        cadence: { everyWeeks: 2, minutes: 60 },
        enrollmentMode: 'nominated',
        eligibility: { mentor: { maxLevel: 3 }, mentee: { minLevel: 6 } },
      },
      transitions: [{ fromPhase: null, toPhase: 'draft', actorName: 'Sarah Lindqvist' }],
    });
    expect(program.settings.topicPlan.length).toBeGreaterThanOrEqual(6);
    expect(program.settings.groundRules.join(' ')).toContain('Confidentiality');
    expect(program.intakeForm.some((q: { sensitive: boolean }) => q.sensitive)).toBe(true);

    const list = (await hr.inject({ method: 'GET', url: '/api/programs' })).json();
    expect(list.items.find((p: { id: string }) => p.id === program.id)).toMatchObject({
      name: 'Reverse Mentoring 2027',
      sponsorName: 'Richard Adeyemi',
      approvedMentors: 0,
    });
  });

  it('keeps what HR chose and reports every problem with its field', async () => {
    const chosen = await create(hr, {
      name: 'Peer circle',
      type: 'peer',
      startDate: '2027-02-01',
      settings: { cadence: { everyWeeks: 4, minutes: 45 } },
    });
    expect(chosen.json().settings).toMatchObject({
      cadence: { everyWeeks: 4, minutes: 45 },
      seniorityGap: 0,
    });

    const bad = await create(hr, {
      name: ' ',
      type: 'reverse',
      startDate: '2027-03-01',
      endDate: '2027-02-01',
      sponsorPersonId: 'nobody',
      settings: { cadence: { everyWeeks: 0 } },
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.issues.map((i: { path: string[] }) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name']));
    const checked = await create(hr, {
      name: 'X',
      type: 'reverse',
      startDate: '2027-03-01',
      endDate: '2027-02-01',
      sponsorPersonId: 'nobody',
      settings: { cadence: { everyWeeks: 0 } },
    });
    const checkedPaths = checked.json().error.issues.map((i: { path: string[] }) => i.path.join('.'));
    expect(checkedPaths).toEqual(
      expect.arrayContaining(['endDate', 'settings.cadence.everyWeeks', 'sponsorPersonId']),
    );
  });

  it("refuses another organisation's employee as sponsor", async () => {
    const otherSponsor = (await otherHr.inject({ method: 'GET', url: '/api/me' })).json();
    expect(otherSponsor.org.slug).toBe('globex');
    const ceo = await personId('richard.adeyemi@northwind.example');
    const response = await create(otherHr, {
      name: 'Sneaky',
      type: 'reverse',
      startDate: '2027-01-01',
      sponsorPersonId: ceo,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toEqual(['sponsorPersonId']);
  });
});

describe('phases', () => {
  it('moves forward only when the guards allow, and records who and why', async () => {
    const program = (await create(hr, { name: 'Guarded', type: 'reverse', startDate: '2026-01-05' })).json();
    const move = (to: string, reason?: string) =>
      hr.inject({
        method: 'POST',
        url: `/api/programs/${program.id}/transitions`,
        payload: reason ? { to, reason } : { to },
      });

    const skip = await move('closed');
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.message).toBe(
      'A program in Draft cannot move to Closed. From here it can go to: Recruiting.',
    );

    expect((await move('recruiting')).json().phase).toBe('recruiting');
    const early = await move('matching');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('approved participants on both sides');

    await approve(program.id, 'mentor', ['leila.haddad@northwind.example']);
    await approve(program.id, 'mentee', ['thomas.whitfield@northwind.example']);
    const matching = await move('matching');
    expect(matching.json()).toMatchObject({
      phase: 'matching',
      answersOpen: false,
      counts: { mentor: { approved: 1 }, mentee: { approved: 1 } },
    });

    const live = await move('active');
    expect(live.statusCode).toBe(409);
    expect(live.json().error.message).toContain('Publish at least one pair');

    await setPhase(program.id, 'midpoint');
    const closing = await move('closing', 'Sponsor asked to wrap up after the reorganisation');
    expect(closing.statusCode).toBe(200);
    expect(closing.json().transitions.at(-1)).toMatchObject({
      fromPhase: 'midpoint',
      toPhase: 'closing',
      reason: 'Sponsor asked to wrap up after the reorganisation',
      actorName: 'Sarah Lindqvist',
    });
  });

  it('asks for a reason to close before the end date', async () => {
    const program = (
      await create(hr, { name: 'Early close', type: 'reverse', startDate: '2099-01-05' })
    ).json();
    await setPhase(program.id, 'midpoint');
    const refused = await hr.inject({
      method: 'POST',
      url: `/api/programs/${program.id}/transitions`,
      payload: { to: 'closing' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('give a reason');
  });
});

describe('editing, the intake form, cloning and deleting', () => {
  it('edits settings, but not once closed', async () => {
    const program = (await create(hr, { name: 'Editable', type: 'reverse', startDate: '2027-01-04' })).json();
    const body = {
      name: 'Edited',
      type: 'reverse',
      sponsorPersonId: null,
      startDate: program.startDate,
      endDate: program.endDate,
      midpointDate: program.midpointDate,
      settings: { ...program.settings, mentorCapacity: 2 },
    };
    const edited = await hr.inject({ method: 'PUT', url: `/api/programs/${program.id}`, payload: body });
    expect(edited.json()).toMatchObject({ name: 'Edited', settings: { mentorCapacity: 2 } });
    await setPhase(program.id, 'closed');
    const closed = await hr.inject({ method: 'PUT', url: `/api/programs/${program.id}`, payload: body });
    expect(closed.statusCode).toBe(409);
  });

  it('replaces the intake form while answers are open, with field-level problems', async () => {
    const program = (await create(hr, { name: 'Form', type: 'reverse', startDate: '2027-01-04' })).json();
    const url = `/api/programs/${program.id}/intake-form`;
    const ok = await hr.inject({
      method: 'PUT',
      url,
      payload: { questions: [{ id: 'why', kind: 'long_text', label: 'Why join?', required: true }] },
    });
    expect(ok.json().intakeForm).toEqual([
      expect.objectContaining({ id: 'why', side: 'both', sensitive: false }),
    ]);
    const bad = await hr.inject({
      method: 'PUT',
      url,
      payload: {
        questions: [
          { id: 'a', kind: 'single_choice', label: 'A', options: ['one'] },
          { id: 'a', kind: 'short_text', label: 'B' },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues.map((i: { path: unknown[] }) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['questions.0.options', 'questions.1.id']),
    );
    await setPhase(program.id, 'matching');
    expect((await hr.inject({ method: 'PUT', url, payload: { questions: [] } })).statusCode).toBe(409);
  });

  it('clones settings, form and topics into a draft next cohort, without people', async () => {
    const source = (
      await create(hr, {
        name: 'Cohort 1',
        type: 'reverse',
        startDate: '2026-01-05',
        settings: { mentorCapacity: 3 },
      })
    ).json();
    await approve(source.id, 'mentor', ['maya.castillo@northwind.example']);
    const cloned = await hr.inject({
      method: 'POST',
      url: `/api/programs/${source.id}/clone`,
      payload: { name: 'Cohort 2', startDate: '2026-09-07' },
    });
    expect(cloned.statusCode).toBe(201);
    expect(cloned.json()).toMatchObject({
      name: 'Cohort 2',
      phase: 'draft',
      startDate: '2026-09-07',
      midpointDate: '2026-12-07',
      endDate: '2027-03-07',
      clonedFrom: { id: source.id, name: 'Cohort 1' },
      settings: { mentorCapacity: 3, topicPlan: source.settings.topicPlan },
      counts: { mentor: { approved: 0 } },
    });
  });

  it('deletes a draft only', async () => {
    const draft = (await create(hr, { name: 'Throwaway', type: 'peer', startDate: '2027-01-04' })).json();
    expect((await hr.inject({ method: 'DELETE', url: `/api/programs/${draft.id}` })).statusCode).toBe(204);
    expect((await hr.inject({ method: 'GET', url: `/api/programs/${draft.id}` })).statusCode).toBe(404);
    const live = (await create(hr, { name: 'Kept', type: 'peer', startDate: '2027-01-04' })).json();
    await hr.inject({
      method: 'POST',
      url: `/api/programs/${live.id}/transitions`,
      payload: { to: 'recruiting' },
    });
    expect((await hr.inject({ method: 'DELETE', url: `/api/programs/${live.id}` })).statusCode).toBe(409);
  });
});

describe('access', () => {
  it('lets HR manage, the org admin read, and nobody else in', async () => {
    const admin = await signIn(t.app, 'rui.costa@northwind.example', DEMO_PASSWORD);
    expect((await admin.inject({ method: 'GET', url: '/api/programs' })).statusCode).toBe(200);
    expect((await create(admin, { name: 'No', type: 'reverse', startDate: '2027-01-04' })).statusCode).toBe(
      403,
    );
    for (const email of [
      'richard.adeyemi@northwind.example',
      'adaeze.okafor@northwind.example',
      'leila.haddad@northwind.example',
    ]) {
      const session = await signIn(t.app, email, DEMO_PASSWORD);
      expect((await session.inject({ method: 'GET', url: '/api/programs' })).statusCode, email).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/programs' })).statusCode).toBe(401);
  });

  it("answers another organisation's program with 404 on every route", async () => {
    const mine = (
      await create(hr, { name: 'Private to Northwind', type: 'reverse', startDate: '2027-01-04' })
    ).json();
    const base = `/api/programs/${mine.id}`;
    const attempts = [
      { method: 'GET' as const, url: base },
      {
        method: 'PUT' as const,
        url: base,
        payload: {
          name: 'x',
          type: 'reverse',
          sponsorPersonId: null,
          startDate: '2027-01-04',
          endDate: '2027-07-04',
          midpointDate: '2027-04-04',
        },
      },
      { method: 'PUT' as const, url: `${base}/intake-form`, payload: { questions: [] } },
      { method: 'POST' as const, url: `${base}/transitions`, payload: { to: 'recruiting' } },
      { method: 'POST' as const, url: `${base}/clone`, payload: { name: 'copy', startDate: '2027-01-04' } },
      { method: 'DELETE' as const, url: base },
    ];
    for (const attempt of attempts) {
      const response = await otherHr.inject(attempt);
      expect(response.statusCode, `${attempt.method} ${attempt.url}`).toBe(404);
      expect(response.body).not.toContain('Private to Northwind');
    }
    const list = (await otherHr.inject({ method: 'GET', url: '/api/programs' })).json();
    expect(list.items).toEqual([]);
  });
});
