import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '#server/auth/secrets';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { insertAccount, insertMembership } from '#store/accounts-store';
import { DEMO_PASSWORD, demoAccounts, demoPeople } from '#store/demo/demo-people';
import { insertOrganisation } from '#store/organisations-store';
import { insertPeople } from '#store/people-store';
import { type Session, signIn } from '#tests/fixtures/sign-in';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

const MARKER = 'TENANT-B-MARKER-7f3a';
let t: TestApp;
let northwindHr: Session;
let otherAdmin: Session;
let otherPersonId: string;
const emailOf = (role: string) =>
  demoPeople.find((p) => p.key === demoAccounts.find((a) => a.role === role)!.personKey)!.email;

beforeAll(async () => {
  t = await createTestApp();
  expect((await seedDemoOrganisation(t.deps)).ok).toBe(true);
  const { db } = t.database;
  const other = await insertOrganisation(db, { slug: 'globex', name: 'Globex' });
  const [person] = await insertPeople(db, other.id, [
    { email: 'secret@globex.example', name: `Hidden ${MARKER}`, department: MARKER },
  ]);
  otherPersonId = person!.id;
  const account = await insertAccount(db, {
    email: 'admin@globex.example',
    name: 'Globex Admin',
    passwordHash: await hashPassword('globex admin passphrase'),
  });
  await insertMembership(db, {
    orgId: other.id,
    accountId: account.id,
    personId: null,
    roles: ['org_admin', 'program_manager'],
  });
  northwindHr = await signIn(t.app, emailOf('program_manager'), DEMO_PASSWORD);
  otherAdmin = await signIn(t.app, 'admin@globex.example', 'globex admin passphrase');
});
afterAll(() => t.close());

describe('people', () => {
  it('lists the organisation with managers named, searchable and paged', async () => {
    const all = (await northwindHr.inject({ method: 'GET', url: '/api/people?limit=200' })).json();
    expect(all.total).toBe(demoPeople.length);
    const cfo = all.items.find(
      (p: { email: string }) => p.email === demoPeople.find((d) => d.key === 'cfo')!.email,
    );
    expect(cfo.managerName).toBe(demoPeople.find((d) => d.key === 'ceo')!.name);

    const finance = (await northwindHr.inject({ method: 'GET', url: '/api/people?q=finance' })).json();
    expect(finance.total).toBeGreaterThan(0);
    expect(
      finance.items.every((p: { department: string; title: string }) =>
        /finance/i.test(p.department + p.title),
      ),
    ).toBe(true);

    const page = (await northwindHr.inject({ method: 'GET', url: '/api/people?limit=5&offset=5' })).json();
    expect(page.items).toHaveLength(5);
    expect(page.items[0].name).toBe(all.items[5].name);
  });

  it('explains a bad page size instead of failing', async () => {
    const response = await northwindHr.inject({ method: 'GET', url: '/api/people?limit=100000' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'validation',
      issues: [expect.objectContaining({ path: ['limit'] })],
    });
  });

  it('keeps people records from sponsors, ERG leads and participants', async () => {
    for (const role of ['sponsor', 'erg_lead', 'participant']) {
      const session = await signIn(t.app, emailOf(role), DEMO_PASSWORD);
      expect((await session.inject({ method: 'GET', url: '/api/people' })).statusCode, role).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/people' })).statusCode).toBe(401);
  });
});

describe('tenant isolation', () => {
  it("answers another organisation's person with 404, not 403", async () => {
    const response = await northwindHr.inject({ method: 'GET', url: `/api/people/${otherPersonId}` });
    expect(response.statusCode).toBe(404);
    expect(response.body).not.toContain(MARKER);
    expect((await otherAdmin.inject({ method: 'GET', url: `/api/people/${otherPersonId}` })).statusCode).toBe(
      200,
    );
  });

  it("never shows tenant B's marker to tenant A, in any list", async () => {
    const nw = await signIn(t.app, emailOf('org_admin'), DEMO_PASSWORD);
    for (const url of [
      '/api/people?limit=200',
      `/api/people?q=${MARKER}`,
      '/api/admin/members',
      '/api/admin/outbox',
      '/api/admin/audit',
      '/api/me',
    ]) {
      const response = await nw.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).not.toContain(MARKER);
      expect(response.body, url).not.toContain('globex');
    }
  });

  it("cannot change another organisation's member or switch into it", async () => {
    const globexMembers = (await otherAdmin.inject({ method: 'GET', url: '/api/admin/members' })).json()
      .items;
    const nwAdmin = await signIn(t.app, emailOf('org_admin'), DEMO_PASSWORD);
    const change = await nwAdmin.inject({
      method: 'PUT',
      url: `/api/admin/members/${globexMembers[0].id}/roles`,
      payload: { roles: ['participant'] },
    });
    expect(change.statusCode).toBe(404);
    const globexId = (await otherAdmin.inject({ method: 'GET', url: '/api/me' })).json().org.id;
    const sw = await nwAdmin.inject({
      method: 'POST',
      url: '/api/auth/switch-org',
      payload: { orgId: globexId },
    });
    expect(sw.statusCode).toBe(404);
  });
});
