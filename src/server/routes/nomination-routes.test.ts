import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '#server/auth/secrets';
import { findAccountByEmail, insertAccount, insertMembership } from '#store/accounts-store';
import { insertEnrollment } from '#store/enrollments-store';
import { insertOrganisation } from '#store/organisations-store';
import { insertPeople } from '#store/people-store';
import { addPair } from '#tests/fixtures/check-in-builders';
import { buildProgram } from '#tests/fixtures/program-builder';
import { CAST, type EnrollmentWorld, enrollmentWorld } from '#tests/fixtures/enrollment-world';
import { type Session, signIn } from '#tests/fixtures/sign-in';

const APPRENTICE = 'mateo.silva@northwind.example'; // level 1, no account yet
const NOTE = 'Leila ran our blockchain guild and explains it better than anyone.';

let w: EnrollmentWorld;
let erg: Session;
let nominated: string;

beforeAll(async () => {
  w = await enrollmentWorld();
  erg = await w.as(CAST.erg);
  nominated = await w.program({ name: 'Reverse Mentoring 2026', settings: { enrollmentMode: 'nominated' } });
});
afterAll(() => w.t.close());

const nominate = (session: Session, programId: string, personId: string, note = NOTE) =>
  session.inject({
    method: 'POST',
    url: `/api/programs/${programId}/nominations`,
    payload: { personId, note },
  });

describe('nominating', () => {
  it('nominates a junior as a mentor with a note, and emails them naming the ERG lead', async () => {
    const response = await nominate(erg, nominated, await w.personId(CAST.junior));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      side: 'mentor',
      status: 'nominated',
      person: { name: 'Leila Haddad', level: 2 },
      nominatedBy: 'Adaeze Okafor',
      nominationNote: NOTE,
      submittedAt: null,
    });
    const [mail] = await w.mailTo(CAST.junior);
    expect(mail?.subject).toBe('Adaeze Okafor has nominated you for Reverse Mentoring 2026');
    expect(mail?.text).toContain(NOTE);
    expect(mail?.text).toContain('Northwind Energy');
    expect(mail?.text).toContain(`http://localhost:3000/my/programs/${nominated}`);

    const junior = await w.as(CAST.junior);
    const mine = (await junior.inject({ method: 'GET', url: '/api/my/programs' })).json();
    expect(mine.items.find((i: { program: { id: string } }) => i.program.id === nominated)).toMatchObject({
      enrollment: { status: 'nominated', side: 'mentor' },
    });
  });

  it('gives a nominee without an account a way to sign up as a participant', async () => {
    expect((await nominate(erg, nominated, await w.personId(APPRENTICE), '')).statusCode).toBe(201);
    const [mail] = await w.mailTo(APPRENTICE);
    expect(mail?.text).toMatch(/\/invitations\/[A-Za-z0-9_-]+/);
    expect(mail?.text).not.toContain('wrote:');
    expect(await findAccountByEmail(w.t.database.db, APPRENTICE)).toMatchObject({ passwordHash: null });
  });

  it('refuses a repeat, a senior, and programs that do not take nominations', async () => {
    const repeat = await nominate(erg, nominated, await w.personId(CAST.junior));
    expect(repeat.statusCode).toBe(409);
    const senior = await nominate(erg, nominated, await w.personId(CAST.cfo));
    expect(senior.statusCode).toBe(400);
    expect(senior.json().error.issues[0]).toMatchObject({ code: 'not_eligible', path: ['personId'] });
    const inviteOnly = await w.program({ name: 'Invite Only', settings: { enrollmentMode: 'invite' } });
    expect((await nominate(erg, inviteOnly, await w.personId(CAST.junior))).statusCode).toBe(409);
    const draft = await w.program({
      name: 'Draft',
      phase: 'draft',
      settings: { enrollmentMode: 'nominated' },
    });
    expect((await nominate(erg, draft, await w.personId(CAST.junior))).statusCode).toBe(409);
    expect((await nominate(erg, nominated, 'no-such-person')).statusCode).toBe(404);
    const bad = await erg.inject({
      method: 'POST',
      url: `/api/programs/${nominated}/nominations`,
      payload: { note: 'x'.repeat(2001) },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.issues.map((i: { path: string[] }) => i.path[0])
        .sort(),
    ).toEqual(['note', 'personId']);
  });
});

describe('following nominees', () => {
  it('shows an ERG lead their own nominees only', async () => {
    const { db } = w.t.database;
    const account = await insertAccount(db, {
      email: 'second.lead@northwind.example',
      name: 'Second Lead',
      passwordHash: await hashPassword('second lead passphrase'),
    });
    await insertMembership(db, {
      orgId: w.orgId,
      accountId: account.id,
      personId: null,
      roles: ['erg_lead'],
    });
    const second = await signIn(w.t.app, 'second.lead@northwind.example', 'second lead passphrase');
    expect(
      (await nominate(second, nominated, await w.personId('olivia.grant@northwind.example'))).statusCode,
    ).toBe(201);

    const all = (await erg.inject({ method: 'GET', url: '/api/nominations' })).json();
    const mine = { items: all.items.filter((i: { program: { id: string } }) => i.program.id === nominated) };
    expect(mine.items.map((i: { person: { name: string } }) => i.person.name).sort()).toEqual([
      'Leila Haddad',
      'Mateo Silva',
    ]);
    expect(
      mine.items.find((i: { person: { name: string } }) => i.person.name === 'Leila Haddad'),
    ).toMatchObject({
      program: { id: nominated, name: 'Reverse Mentoring 2026', phase: 'recruiting' },
      person: { title: 'Junior Software Engineer', department: 'Engineering' },
      status: 'nominated',
      note: NOTE,
    });
    const theirs = (await second.inject({ method: 'GET', url: '/api/nominations' })).json();
    expect(theirs.items.map((i: { person: { name: string } }) => i.person.name)).toEqual(['Olivia Grant']);
  });

  it('lists the programs taking nominations now', async () => {
    const response = (await erg.inject({ method: 'GET', url: '/api/nominations/programs' })).json();
    expect(response.items).toContainEqual({
      id: nominated,
      name: 'Reverse Mentoring 2026',
      phase: 'recruiting',
    });
    const inviteOnly = await w.program({
      name: 'Not for nominations',
      settings: { enrollmentMode: 'invite' },
    });
    const closed = await w.program({
      name: 'Done',
      phase: 'closed',
      settings: { enrollmentMode: 'nominated' },
    });
    const again = (await erg.inject({ method: 'GET', url: '/api/nominations/programs' })).json();
    const ids = again.items.map((p: { id: string }) => p.id);
    expect(ids).toContain(nominated);
    expect(ids).not.toContain(inviteOnly);
    expect(ids).not.toContain(closed);
  });
});

describe('access', () => {
  it('is for ERG leads: 401 signed out, 403 for HR, participants, sponsors and admins', async () => {
    const personId = await w.personId(CAST.junior);
    const routes = [
      ['POST', `/api/programs/${nominated}/nominations`, { personId, note: '' }],
      ['GET', '/api/nominations', undefined],
      ['GET', '/api/nominations/programs', undefined],
    ] as const;
    for (const [method, url, payload] of routes) {
      expect((await w.t.app.inject({ method, url, ...(payload ? { payload } : {}) })).statusCode, url).toBe(
        401,
      );
      for (const email of [CAST.hr, CAST.junior, CAST.sponsor, CAST.admin]) {
        const session = await w.as(email);
        expect(
          (await session.inject({ method, url, ...(payload ? { payload } : {}) })).statusCode,
          `${email} ${url}`,
        ).toBe(403);
      }
    }
  });

  it('does not know another organisation’s programs, people or nominees', async () => {
    const other = await w.other();
    expect((await nominate(other.session, nominated, await w.personId(CAST.junior))).statusCode).toBe(404);
    const ownProgram = await nominate(other.session, other.programId, await w.personId(CAST.junior));
    expect(ownProgram.statusCode).toBe(404);
    expect((await other.session.inject({ method: 'GET', url: '/api/nominations' })).json()).toEqual({
      items: [],
    });
    const programs = (await other.session.inject({ method: 'GET', url: '/api/nominations/programs' })).json();
    expect(programs.items.map((p: { id: string }) => p.id)).toEqual([other.programId]);
  });
});

describe('how my nominees are doing', () => {
  const PLANTED = 'Zephyrine';
  type StageFigure = { suppressed: boolean; people?: number };
  type Stage = { stage: string; overall: StageFigure; bySide: { mentor: StageFigure; mentee: StageFigure } };
  type Body = {
    minGroupSize: number;
    overall: Stage[];
    programs: { id: string; name: string; phase: string; funnel: Stage[] }[];
  };

  /** An ERG lead account of `orgId` with a session. */
  const lead = async (key: string, orgId = w.orgId) => {
    const { db } = w.t.database;
    const account = await insertAccount(db, {
      email: `${key}@northwind.example`,
      name: `Lead ${key}`,
      passwordHash: await hashPassword(`${key} passphrase 2026`),
    });
    await insertMembership(db, { orgId, accountId: account.id, personId: null, roles: ['erg_lead'] });
    return { accountId: account.id, session: await signIn(w.t.app, account.email, `${key} passphrase 2026`) };
  };
  /** `count` people (named with the planted word) nominated by `accountId`, the first `matched` paired. */
  const nominees = async (
    orgId: string,
    programId: string,
    accountId: string,
    key: string,
    count: number,
    matched: number,
  ) => {
    const { db } = w.t.database;
    const made = await insertPeople(
      db,
      orgId,
      Array.from({ length: count }, (_, i) => ({
        email: `${key}-${i}@nominees.example`,
        name: `${PLANTED} ${key} ${i}`,
        level: 1,
      })),
    );
    for (const [i, person] of made.entries()) {
      await insertEnrollment(db, {
        orgId,
        programId,
        personId: person.id,
        side: 'mentor',
        status: 'approved',
        nominatedByAccountId: accountId,
        decidedAt: new Date('2026-02-01T00:00:00Z'),
      });
      if (i < matched)
        await addPair(db, orgId, programId, `${key}-${i}`, {
          mentor: { personId: person.id, email: person.email, name: person.name },
        });
    }
  };
  const impactOf = async (session: Session) => {
    const response = await session.inject({ method: 'GET', url: '/api/my/nominees/impact' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.body).not.toContain(PLANTED);
    return response.json() as Body;
  };
  const people = (stages: Stage[], stage: string) => {
    const figure = stages.find((s) => s.stage === stage)!.overall;
    return figure.suppressed ? 'hidden' : figure.people;
  };
  const shownCounts = (body: Body) =>
    [...body.overall, ...body.programs.flatMap((p) => p.funnel)].flatMap((s) =>
      [s.overall, s.bySide.mentor, s.bySide.mentee].flatMap((f) => (f.suppressed ? [] : [f.people!])),
    );

  it('counts my nominees only, per program and overall, hiding small groups, and names no one', async () => {
    const a = await lead('impact-lead-a');
    const b = await lead('impact-lead-b');
    const active = await w.program({ name: 'Nominee Impact 2026', phase: 'active' });
    const small = await w.program({ name: 'Small Cohort 2026', phase: 'recruiting' });
    await nominees(w.orgId, active, a.accountId, 'a-active', 6, 5);
    await nominees(w.orgId, small, a.accountId, 'a-small', 2, 0);
    await nominees(w.orgId, active, b.accountId, 'b-active', 3, 3);
    // The same account leading in another organisation: its nominees there never count here.
    const { db } = w.t.database;
    const initech = await insertOrganisation(db, { slug: 'initech', name: 'Initech' });
    await insertMembership(db, {
      orgId: initech.id,
      accountId: a.accountId,
      personId: null,
      roles: ['erg_lead'],
    });
    await nominees(initech.id, await buildProgram(db, initech.id), a.accountId, 'a-initech', 6, 6);

    const mine = await impactOf(a.session);
    expect(mine.minGroupSize).toBe(5);
    expect(mine.programs.map((p) => [p.name, p.phase])).toEqual([
      ['Nominee Impact 2026', 'active'],
      ['Small Cohort 2026', 'recruiting'],
    ]);
    const funnel = mine.programs.find((p) => p.id === active)!.funnel;
    // The small program's 2 invited and approved are hidden; the totals across programs would give
    // them away next to this program's 6, so those are hidden too. Nobody in the small one is matched.
    expect(['invited', 'approved', 'matched'].map((s) => people(funnel, s))).toEqual(['hidden', 'hidden', 5]);
    expect(people(mine.programs.find((p) => p.id === small)!.funnel, 'invited')).toBe('hidden');
    expect(people(mine.overall, 'invited')).toBe(8);
    expect(people(mine.overall, 'matched')).toBe(5);
    expect(shownCounts(mine).filter((n) => n > 0 && n < 5)).toEqual([]);

    const theirs = await impactOf(b.session);
    expect(theirs.programs.map((p) => p.id)).toEqual([active]);
    expect(people(theirs.overall, 'invited')).toBe('hidden');
    expect(people(theirs.overall, 'matched')).toBe('hidden');
    expect(shownCounts(theirs).filter((n) => n > 0 && n < 5)).toEqual([]);
  });

  it('is for ERG leads only', async () => {
    for (const email of [CAST.hr, CAST.junior]) {
      const session = await w.as(email);
      expect((await session.inject({ method: 'GET', url: '/api/my/nominees/impact' })).statusCode).toBe(403);
    }
  });
});
