import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { DEMO_PASSWORD, demoAccounts, demoPeople } from '#store/demo/demo-people';
import { insertOrganisation } from '#store/organisations-store';
import { findPersonByEmail, insertPeople } from '#store/people-store';
import { type Session, signIn } from '#tests/fixtures/sign-in';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

let t: TestApp;
let hr: Session;
let orgId: string;
let otherTenantPersonId: string;
const emailOf = (role: string) =>
  demoPeople.find((p) => p.key === demoAccounts.find((a) => a.role === role)!.personKey)!.email;
const idOf = async (key: string) =>
  (await findPersonByEmail(t.database.db, orgId, demoPeople.find((p) => p.key === key)!.email))!.id;

beforeAll(async () => {
  t = await createTestApp();
  expect((await seedDemoOrganisation(t.deps)).ok).toBe(true);
  hr = await signIn(t.app, emailOf('program_manager'), DEMO_PASSWORD);
  orgId = (await hr.inject({ method: 'GET', url: '/api/me' })).json().org.id;
  const other = await insertOrganisation(t.database.db, { slug: 'globex', name: 'Globex' });
  const [person] = await insertPeople(t.database.db, other.id, [
    { email: 'x@globex.example', name: 'Hidden' },
  ]);
  otherTenantPersonId = person!.id;
});
afterAll(() => t.close());

describe('POST /api/people', () => {
  it('adds a person with every field and a manager', async () => {
    const ceoId = await idOf('ceo');
    const response = await hr.inject({
      method: 'POST',
      url: '/api/people',
      payload: {
        email: 'Ines.Ramos@Northwind.example',
        name: 'Inês Ramos',
        title: 'Data Analyst',
        level: 2,
        department: 'Finance',
        managerId: ceoId,
        location: 'Lisbon',
        timeZone: 'europe/lisbon',
        hireDate: '2025-02-03',
        employmentStatus: 'active',
        endDate: null,
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      email: 'ines.ramos@northwind.example',
      timeZone: 'Europe/Lisbon',
      managerId: ceoId,
      hireDate: '2025-02-03',
      level: 2,
    });
  });

  it('answers field-level problems with the importer rules, and refuses a taken email', async () => {
    const response = await hr.inject({
      method: 'POST',
      url: '/api/people',
      payload: {
        email: emailOf('sponsor').toUpperCase(),
        name: ' ',
        level: 30,
        timeZone: 'Mars/Base',
        hireDate: '03/02/2025',
        employmentStatus: 'left',
      },
    });
    expect(response.statusCode).toBe(400);
    const paths = response
      .json()
      .error.issues.map((i: { path: string[]; code: string }) => `${i.path[0]}:${i.code}`);
    expect(paths).toEqual([
      'name:missing_name',
      'level:bad_level',
      'timeZone:unknown_time_zone',
      'hireDate:bad_date',
      'endDate:end_date_required',
      'email:duplicate_email',
    ]);
    const noManager = await hr.inject({
      method: 'POST',
      url: '/api/people',
      payload: { email: 'a@northwind.example', name: 'A', managerId: otherTenantPersonId },
    });
    expect(noManager.json().error.issues).toEqual([
      expect.objectContaining({ code: 'unknown_manager', path: ['managerId'] }),
    ]);
  });
});

describe('PATCH /api/people/:id', () => {
  it('changes only the fields sent and records who did it', async () => {
    const id = await idOf('cfo');
    const response = await hr.inject({
      method: 'PATCH',
      url: `/api/people/${id}`,
      payload: { title: 'Group CFO', level: 11 },
    });
    expect(response.statusCode).toBe(200);
    const cfo = demoPeople.find((p) => p.key === 'cfo')!;
    expect(response.json()).toMatchObject({
      title: 'Group CFO',
      level: 11,
      name: cfo.name,
      department: cfo.department,
    });
    const admin = await signIn(t.app, emailOf('org_admin'), DEMO_PASSWORD);
    const audit = (await admin.inject({ method: 'GET', url: '/api/admin/audit' })).json().items;
    expect(audit.find((e: { action: string }) => e.action === 'person.updated')).toMatchObject({
      target: cfo.email,
      detail: { fields: ['title', 'level'] },
    });
  });

  it('checks the merged record: a leaver needs an end date after the hire date', async () => {
    const id = await idOf('cfo');
    const left = await hr.inject({
      method: 'PATCH',
      url: `/api/people/${id}`,
      payload: { employmentStatus: 'left' },
    });
    expect(left.json().error.issues).toEqual([
      expect.objectContaining({ path: ['endDate'], code: 'end_date_required' }),
    ]);
    const early = await hr.inject({
      method: 'PATCH',
      url: `/api/people/${id}`,
      payload: { employmentStatus: 'left', endDate: '1990-01-01' },
    });
    expect(early.json().error.issues).toEqual([
      expect.objectContaining({ path: ['endDate'], code: 'end_before_hire' }),
    ]);
  });

  it('refuses a manager who is the person or one of their reports, directly or not', async () => {
    const ceoId = await idOf('ceo');
    const self = await hr.inject({
      method: 'PATCH',
      url: `/api/people/${ceoId}`,
      payload: { managerId: ceoId },
    });
    expect(self.json().error.issues).toEqual([
      expect.objectContaining({ code: 'manager_cycle', path: ['managerId'] }),
    ]);
    const deepReport = demoPeople.find(
      (p) =>
        p.managerKey !== null &&
        p.managerKey !== 'ceo' &&
        demoPeople.find((m) => m.key === p.managerKey)?.managerKey === 'ceo',
    )!;
    const cycle = await hr.inject({
      method: 'PATCH',
      url: `/api/people/${ceoId}`,
      payload: { managerId: await idOf(deepReport.key) },
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.issues[0]).toMatchObject({
      code: 'manager_cycle',
      message: expect.stringContaining(deepReport.name),
    });
    const fine = await hr.inject({
      method: 'PATCH',
      url: `/api/people/${await idOf(deepReport.key)}`,
      payload: { managerId: ceoId },
    });
    expect(fine.statusCode).toBe(200);
  });

  it("keeps another tenant's person out of reach (404), and is for HR and admins only", async () => {
    const response = await hr.inject({
      method: 'PATCH',
      url: `/api/people/${otherTenantPersonId}`,
      payload: { name: 'Taken over' },
    });
    expect(response.statusCode).toBe(404);
    const id = await idOf('cfo');
    for (const role of ['sponsor', 'erg_lead', 'participant']) {
      const session = await signIn(t.app, emailOf(role), DEMO_PASSWORD);
      expect(
        (await session.inject({ method: 'PATCH', url: `/api/people/${id}`, payload: { name: 'X' } }))
          .statusCode,
        role,
      ).toBe(403);
      expect(
        (
          await session.inject({
            method: 'POST',
            url: '/api/people',
            payload: { email: 'z@z.example', name: 'Z' },
          })
        ).statusCode,
      ).toBe(403);
    }
    expect(
      (await t.app.inject({ method: 'PATCH', url: `/api/people/${id}`, payload: { name: 'X' } })).statusCode,
    ).toBe(401);
    const admin = await signIn(t.app, emailOf('org_admin'), DEMO_PASSWORD);
    expect(
      (await admin.inject({ method: 'PATCH', url: `/api/people/${id}`, payload: { location: 'Berlin' } }))
        .statusCode,
    ).toBe(200);
  });
});
