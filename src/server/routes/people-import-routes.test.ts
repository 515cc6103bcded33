import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { DEMO_PASSWORD, demoAccounts, demoPeople } from '#store/demo/demo-people';
import { type Session, signIn } from '#tests/fixtures/sign-in';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

let t: TestApp;
let hr: Session;
const emailOf = (role: string) =>
  demoPeople.find((p) => p.key === demoAccounts.find((a) => a.role === role)!.personKey)!.email;
const ceo = demoPeople.find((p) => p.key === 'ceo')!;
const csv = { 'content-type': 'text/csv' };

beforeAll(async () => {
  t = await createTestApp();
  expect((await seedDemoOrganisation(t.deps)).ok).toBe(true);
  hr = await signIn(t.app, emailOf('program_manager'), DEMO_PASSWORD);
});
afterAll(() => t.close());

const upload = (session: Session, body: string | Buffer, query = '') =>
  session.inject({ method: 'POST', url: `/api/people/import${query}`, headers: csv, payload: body });

async function peopleCount(): Promise<number> {
  return (await hr.inject({ method: 'GET', url: '/api/people?limit=1' })).json().total;
}

describe('POST /api/people/import', () => {
  it('reports every problem with row and column and writes nothing', async () => {
    const before = await peopleCount();
    const file = [
      'email;name;manager_email;hire_date',
      'new.one@northwind.example;New One;;2024-01-01',
      'bad-email;Bad;;',
      `new.two@northwind.example;New Two;ghost@northwind.example;31/01/2024`,
    ].join('\r\n');
    const response = await upload(hr, file, '?dryRun=false');
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toEqual({
      code: 'validation',
      message: 'The file has 3 problems. Nothing was imported.',
      issues: [
        expect.objectContaining({ code: 'invalid_email', path: [3, 'email'] }),
        expect.objectContaining({ code: 'bad_date', path: [4, 'hire_date'] }),
        expect.objectContaining({ code: 'unknown_manager', path: [4, 'manager_email'] }),
      ],
    });
    expect(await peopleCount()).toBe(before);
  });

  it('caps the list of problems and gives the total', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => `not-an-email-${i},X`);
    const response = await upload(hr, ['email,name', ...rows].join('\n'));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe(
      'The file has 1,200 problems (the first 1,000 are listed). Nothing was imported.',
    );
    expect(response.json().error.issues).toHaveLength(1000);
  });

  it('runs dry first (nothing written), then imports, updating by email and keeping leavers when asked', async () => {
    const before = await peopleCount();
    const file = `\uFEFFEmail,Name,Manager Email,Level\r\nnew.hire@northwind.example,New Hire,${ceo.email.toUpperCase()},3\r\n${ceo.email},${ceo.name},,${ceo.level}\r\n`;
    const dry = await upload(hr, Buffer.from(file, 'utf8'), '?dryRun=true&markLeavers=false');
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toEqual({
      dryRun: true,
      counts: { created: 1, updated: 0, markedLeft: 0, unchanged: 1 },
      issues: [],
    });
    expect(await peopleCount()).toBe(before);

    const done = await upload(hr, file, '?markLeavers=false');
    expect(done.json()).toEqual({
      dryRun: false,
      counts: { created: 1, updated: 0, markedLeft: 0, unchanged: 1 },
      issues: [],
    });
    expect(await peopleCount()).toBe(before + 1);
    const found = (await hr.inject({ method: 'GET', url: '/api/people?q=new.hire' })).json().items[0];
    expect(found).toMatchObject({
      name: 'New Hire',
      level: 3,
      managerName: ceo.name,
      employmentStatus: 'active',
    });

    const audit = (await signIn(t.app, emailOf('org_admin'), DEMO_PASSWORD)).inject({
      method: 'GET',
      url: '/api/admin/audit',
    });
    expect(
      (await audit).json().items.find((e: { action: string }) => e.action === 'people.imported'),
    ).toMatchObject({
      action: 'people.imported',
      detail: { created: 1, updated: 0, markedLeft: 0, unchanged: 1, markMissingAsLeavers: false },
    });
  });

  it('a dry run with full sync counts the people missing from the file as leavers', async () => {
    const total = await peopleCount();
    const dry = await upload(hr, `email,name\n${ceo.email},${ceo.name}`, '?dryRun=true');
    const left = demoPeople.filter((p) => p.employmentStatus === 'left').length;
    expect(dry.json().counts).toEqual({ created: 0, updated: 0, markedLeft: total - 1 - left, unchanged: 1 });
  });

  it('refuses a body that is not CSV, and a file over 20 MB with 413', async () => {
    const json = await hr.inject({ method: 'POST', url: '/api/people/import', payload: { email: 'x' } });
    expect(json.statusCode).toBe(415);
    const huge = await upload(hr, Buffer.alloc(20 * 1024 * 1024 + 1, 'a'));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('payload_too_large');
  });

  it('is for HR and org admins only', async () => {
    for (const role of ['sponsor', 'erg_lead', 'participant']) {
      const session = await signIn(t.app, emailOf(role), DEMO_PASSWORD);
      expect((await upload(session, 'email,name\na@b.example,A')).statusCode, role).toBe(403);
      expect(
        (await session.inject({ method: 'GET', url: '/api/people/import/template.csv' })).statusCode,
      ).toBe(403);
    }
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/people/import',
      headers: csv,
      payload: 'email,name',
    });
    expect(anonymous.statusCode).toBe(401);
    const admin = await signIn(t.app, emailOf('org_admin'), DEMO_PASSWORD);
    expect((await upload(admin, 'email,name\nnobody', '?dryRun=true')).statusCode).toBe(400);
  });
});

describe('GET /api/people/import/template.csv', () => {
  it('downloads the documented template, which imports cleanly', async () => {
    const response = await hr.inject({ method: 'GET', url: '/api/people/import/template.csv' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
    const [header, ...rows] = response.body.trim().split('\r\n');
    expect(header).toBe(
      'email,name,title,level,department,manager_email,location,time_zone,hire_date,employment_status,end_date',
    );
    expect(rows).toHaveLength(2);
    const dry = await upload(hr, response.body, '?dryRun=true&markLeavers=false');
    expect(dry.json().counts).toMatchObject({ created: 2 });
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/people/import', '/api/people/import/template.csv', '/api/people/{id}']),
    );
    expect(doc.paths['/api/people'].post).toBeDefined();
    expect(doc.paths['/api/people/{id}'].patch).toBeDefined();
  });
});
