import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganisation } from '#server/use-cases/seed-demo-organisation';
import { DEMO_PASSWORD, demoPeople } from '#store/demo/demo-people';
import { signIn } from '#tests/fixtures/sign-in';
import { createTestApp, type TestApp } from '#tests/fixtures/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoOrganisation(t.deps);
});
afterAll(() => t.close());

describe('the staff directory', () => {
  it('lets an ERG lead find colleagues by name, title or department, without HR record fields', async () => {
    const erg = await signIn(t.app, 'adaeze.okafor@northwind.example', DEMO_PASSWORD);
    const response = await erg.inject({ method: 'GET', url: '/api/directory?q=engineer' });
    expect(response.statusCode).toBe(200);
    const { items } = response.json();
    expect(items.length).toBeGreaterThan(0);
    for (const entry of items) {
      expect(Object.keys(entry).sort()).toEqual(['department', 'id', 'level', 'name', 'title']);
      expect(`${entry.name} ${entry.title} ${entry.department}`.toLowerCase()).toContain('engineer');
    }
  });

  it('leaves out people who have left', async () => {
    const hr = await signIn(t.app, 'sarah.lindqvist@northwind.example', DEMO_PASSWORD);
    const leaver = demoPeople.find((p) => p.employmentStatus === 'left')!;
    const { items } = (
      await hr.inject({ method: 'GET', url: `/api/directory?q=${encodeURIComponent(leaver.name)}` })
    ).json();
    expect(items).toEqual([]);
  });

  it('is closed to participants, sponsors and anonymous visitors', async () => {
    for (const email of ['leila.haddad@northwind.example', 'richard.adeyemi@northwind.example']) {
      const session = await signIn(t.app, email, DEMO_PASSWORD);
      expect((await session.inject({ method: 'GET', url: '/api/directory' })).statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/directory' })).statusCode).toBe(401);
  });

  it("puts the person's own time zone in /api/me", async () => {
    const me = (
      await (
        await signIn(t.app, 'leila.haddad@northwind.example', DEMO_PASSWORD)
      ).inject({ method: 'GET', url: '/api/me' })
    ).json();
    expect(me.person.timeZone).toBe(demoPeople.find((p) => p.key === 'junior-blockchain-engineer')!.timeZone);
  });
});
